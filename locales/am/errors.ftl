## የConvene ዋና ክፍል የሚያሳያቸው ስህተቶች። እያንዳንዱ መልእክት ምን እንደተሳሳተ እና ቀጥሎ ምን መደረግ እንዳለበት ይናገራል።

error-not-found =
    ከ“{ $id }” ጋር የሚዛመድ የ“{ $kind }” ዓይነት መዝገብ የለም። { $surface ->
        [cli] ሊጠቀሙባቸው የሚችሉትን መለያዎች ለማየት `convene { $command } list` ያሂዱ።
       *[app] እባክዎ በማያ ገጹ ላይ ካለው ዝርዝር ይምረጡ።
    }
error-ambiguous-id = “{ $prefix }” ከአንድ በላይ የ“{ $kind }” መዝገብ ጋር ይዛመዳል ({ $count })። ተጨማሪ የመለያውን ፊደላት ይጻፉ።
error-empty-text = “{ $field }” ባዶ ነው። ጽሑፍ ያስገቡና እንደገና ይሞክሩ።
error-text-too-long = “{ $field }” በጣም ረጅም ነው፦ የፊደላት ብዛት { $length }፣ ከፍተኛው { $max }። ያሳጥሩና እንደገና ይሞክሩ።
error-invalid-zip = “{ $value }” የዚፕ ኮድ አይደለም። እንደ 98122 ያሉ አምስት አሃዞችን ወይም እንደ 98122-1234 ያለ ZIP+4 ይጠቀሙ፤ የሰፈር ስም በሰፈር መስኩ ውስጥ ይጻፉ።
error-invalid-choice = “{ $value }” ለ“{ $field }” ትክክለኛ ዋጋ አይደለም። ከእነዚህ አንዱን ይጠቀሙ፦ { $allowed }።
error-invalid-number = “{ $value }” ለ“{ $field }” ትክክለኛ ዋጋ አይደለም፦ ከ{ $min } እስከ { $max } ያለ ሙሉ ቁጥር መሆን አለበት።
error-invalid-date = “{ $value }” ለ“{ $field }” ትክክለኛ ዋጋ አይደለም። እንደ 2027-03-14 ያለ ቀን ወይም እንደ 2027-03-14T18:30:00-08:00 ያለ ቀንና ሰዓት ይጠቀሙ።
error-invalid-language = “{ $value }” የቋንቋ መለያ አይደለም። እንደ en፣ es፣ zh-Hant፣ vi፣ so ወይም am ያለ ኮድ ይጠቀሙ።
error-invalid-email = “{ $value }” የኢሜይል አድራሻ አይመስልም።
error-invalid-phone = “{ $value }” የስልክ ቁጥር አይመስልም። አሃዞችን፣ ክፍተቶችን፣ ሰረዞችን፣ ቅንፎችን እና ከፈለጉ በመጀመሪያ + ይጠቀሙ።
error-consent-required =
    ኢሜይል ወይም ስልክ መመዝገብ የሚቻለው ተሳታፊው እንዲገናኙት ከተስማማ ብቻ ነው። ይጠይቋቸው፣ ከዚያ { $surface ->
        [cli] --consent ያክሉ።
       *[app] የፈቃድ ሳጥኑን ምልክት ያድርጉ።
    }
error-wrong-session = “{ $id }” ({ $kind }) የሌላ ስብሰባ ነው። ከዚህ ስብሰባ ይምረጡ።
error-duplicate-token = የድምፅ መስጫ ቶከን “{ $token }” በዚህ ስብሰባ ቀድሞ ጥቅም ላይ ውሏል። እያንዳንዱ ቶከን አንድ ድምፅ ብቻ ይሰጣል፤ ለተሳታፊው አዲስ ቶከን ይስጡ።
error-empty-ballot = የድምፅ መስጫው ምንም ጉዳይ አልመረጠም። ቢያንስ አንድ ይምረጡ።
error-repeated-choice = የደረጃ ድምፅ መስጫው አንድን ጉዳይ ሁለት ጊዜ ይዘረዝራል ({ $id })። እያንዳንዱን ጉዳይ አንድ ጊዜ ብቻ ደረጃ ይስጡ።
error-budget-mismatch = የተመደቡት ነጥቦች ድምር { $spent } ነው፣ በጀቱ ግን { $budget } ነው። ድምሩ ከበጀቱ ጋር በትክክል እንዲመጣጠን ያድርጉ።
error-negative-allocation = ምደባ ዜሮ ወይም ከዚያ በላይ መሆን አለበት፤ { $value } አይፈቀድም።
error-merge-into-self = አንድ ጉዳይ የራሱ ድግግሞሽ ሊሆን አይችልም። የሚዋሃድበትን ሌላ ጉዳይ ይምረጡ።
error-merge-cycle = { $id } እያዋሃዱት ያለው ጉዳይ ድግግሞሽ ነው። በተቃራኒው አቅጣጫ ያዋህዱ።
error-agenda-not-started = የአጀንዳው ንጥል “{ $title }” ገና አልተጀመረም። መጀመሪያ ይጀምሩት።
error-tag-exists = መለያ ምልክቱ “{ $slug }” ቀድሞውኑ በዝርዝሩ ውስጥ አለ።
error-not-a-database = { $path } የConvene የመረጃ ቋት አይደለም (የSQLite ፋይል አይደለም፣ ወይም ተበላሽቷል)። መንገዱን ያረጋግጡ፣ ወይም ፋይሉን ወደ ሌላ ቦታ ያንቀሳቅሱና Convene አዲስ እንዲፈጥር ይተዉት።
error-newer-schema = { $path } የተጻፈው በአዲስ የConvene ስሪት ነው (ንድፍ { $found }፤ ይህ ስሪት እስከ { $supported } ድረስ ብቻ ይረዳል)። ለመክፈት አዲሱን ስሪት ይጫኑ፤ ይህኛው አይነካውም።
error-read-only =
    Convene በ{ $path } ላይ መጻፍ አይችልም፦ ፋይሉ ወይም አቃፊው ለንባብ ብቻ ነው። { $surface ->
        [cli] በ--db ሊጻፍበት የሚችል ቦታ ይምረጡ፣ ወይም ፈቃዶቹን ያስተካክሉ።
       *[app] ሊጻፍበት በሚችል አቃፊ የውሂብ ጎታ ይክፈቱ፣ ወይም ፈቃዶቹን ያስተካክሉ።
    }
error-disk-full = { $path } ያለበት ዲስክ ሞልቷል። ምንም አልተቀመጠም። ቦታ ያስለቅቁና እንደገና ይሞክሩ።
error-busy = የመረጃ ቋቱ በሌላ መስኮት ወይም ፕሮግራም ተይዟል። ትንሽ ይጠብቁና እንደገና ይሞክሩ።
error-storage = የመረጃ ቋቱ ስህተት አሳይቷል፦ { $detail }
error-io = { $path }ን መጠቀም አልተቻለም፦ { $detail }
error-rebuild-mismatch = ከክንውኖች መዝገብ እንደገና መገንባት በእነዚህ ውስጥ የተለየ ውጤት ሰጠ፦ { $tables }። ምንም አልተለወጠም። የመረጃ ቋቱን ቅጂ ያስቀምጡና ይህንን ያሳውቁ።
error-file-too-large = { $path } Convene ለዚህ ዓይነት ፋይል ከሚቀበለው (ቢበዛ { $max } ባይት) ይበልጣል፣ ስለዚህ አልተነበበም። ትክክለኛው ፋይል መሆኑን ያረጋግጡ፦ Convene የጻፈው ጥቅል፣ ኪት፣ ምትኬ ወይም ሉህ በጣም ያንሳል።
error-malformed = { $path } ሊነበብ የሚችል የConvene ጥቅል ወይም ኪት አይደለም ({ $detail })። ተበላሽቶ ወይም ተቆርጦ ሊሆን ይችላል፦ ከኮምፒውተሩ ወይም ከUSB እንደገና ይቅዱት።
error-unexpected-entry = { $path } “{ $entry }” ይዟል፤ ይህ በማንኛውም የConvene ጥቅል ወይም ኪት ውስጥ የለም። ፋይሉ ሳይከፈት ተቀባይነት አላገኘም፤ አይጠቀሙበት።
error-entry-too-large = { $path }፦ “{ $entry }” ከ{ $max } ባይት በላይ ይሰፋል። ፋይሉ ሳይፈታ ተቀባይነት አላገኘም፤ አይጠቀሙበት።
error-bad-signature = { $path } ከተፈረመ በኋላ ተቀይሯል፦ ፊርማው አይረጋገጥም። ምንም አልገባም። ከሠራው ኮምፒውተር እንደገና ይቅዱት።
error-hash-mismatch = { $path }፦ “{ $entry }” በተፈረመው ዝርዝር ውስጥ ካለው ማረጋገጫ ጋር አይዛመድም፤ ስለዚህ ፋይሉ ተቀይሯል ወይም ተበላሽቷል። ምንም አልገባም። ከሠራው ኮምፒውተር እንደገና ይቅዱት።
error-key-mismatch = { $path } ከመሣሪያ { $device } እንደመጣ ይናገራል፣ ግን በሌላ ቁልፍ ተፈርሟል (የጣት አሻራ { $fingerprint })። ምንም አልገባም። የትኛው ኮምፒውተር እንደሠራው ከአመቻቹ ጋር ያረጋግጡ።
error-revoked-device =
    { $path } ፈቃዱ ከተሰረዘ ኮምፒውተር { $device } (አሻራ { $fingerprint }) የመጣ ነው። ምንም አልገባም። ስህተት ከሆነ፣ { $surface ->
        [cli] ኮምፒውተሩን በ`convene trust approve` እንደገና ያጽድቁ።
       *[app] ኮምፒውተሩን በ“{ nav-coordinator }” ማያ ገጽ በ“{ coordinator-devices }” ስር እንደገና ያጽድቁ።
    }
error-seq-alarm = ማስጠንቀቂያ፦ { $path } የመሣሪያ { $device } ክንውን { $seq } ነኝ ይላል፣ ግን ይህ የመረጃ ቋት በዚያ ቁጥር የተለየ ክንውን አለው። ሁለት የተለያዩ ጥቅሎች ሁለቱም እውነተኛ ሊሆኑ አይችሉም። ምንም አልገባም፤ ሁለቱንም ፋይሎች ያስቀምጡና ከዚህ መሣሪያ ሌላ ነገር ከማጽደቅዎ በፊት ይመርምሩ።
error-not-sealed-for-us =
    { $path } ይህ የውሂብ ጎታ በሌለው የአስተባባሪ ቁልፍ የታሸገ የተሳታፊዎች የግል መረጃ ይዟል። በአስተባባሪው የውሂብ ጎታ ያስገቡት (ማለትም { $surface ->
        [cli] `convene coordinator init` ያሄደውና ኪቱን ያወጣው)።
       *[app] ኪቱን ያዘጋጀው)።
    }
error-foreign-coordinator =
    ይህ ኪት በአስተባባሪ { $got } የተፈረመ ነው፣ ይህ ኮምፒውተር ግን አስተባባሪ { $expected }ን ይከተላል። አሻራዎቹን ከአስተባባሪዎ ጋር ያነጻጽሩ፤ ለመቀየር { $surface ->
        [cli] በ--new-coordinator እንደገና ያስገቡ።
       *[app] እንደገና ያስገቡና ለውጡን ያረጋግጡ።
    }
error-no-coordinator-identity =
    ይህ የውሂብ ጎታ የአስተባባሪ መለያ የለውም። { $surface ->
        [cli] መጀመሪያ `convene coordinator init` ያሂዱ።
       *[app] መጀመሪያ በ“{ nav-coordinator }” ማያ ገጽ ይፍጠሩ።
    }
error-device-key-missing = የዚህ ኮምፒውተር የመፈረሚያ ቁልፍ { $path } ጠፍቷል ወይም ከመረጃ ቋቱ ጋር አይዛመድም። የቁልፍ ፋይሉን ከምትኬ ይመልሱ፤ ያለሱ ከዚህ የመረጃ ቋት ጥቅሎችን መፈረም አይቻልም።
error-crypto = የምስጠራ ክንውን አልተሳካም፦ { $detail }
error-unknown-device =
    ከ“{ $id }” ጋር የሚዛመድ ኮምፒውተር የለም። { $surface ->
        [cli] ኮምፒውተሮችንና አሻራዎቻቸውን ለማየት `convene trust list` ያሂዱ።
       *[app] ኮምፒውተሮችና አሻራዎቻቸው በ“{ nav-coordinator }” ማያ ገጽ በ“{ coordinator-devices }” ስር ተዘርዝረዋል።
    }
error-conflict-not-found =
    ከ“{ $id }” ጋር የሚዛመድ ክፍት ግጭት የለም። { $surface ->
        [cli] ለማየት `convene conflicts list` ያሂዱ።
       *[app] ክፍት ግጭቶች በ“{ nav-coordinator }” ማያ ገጽ ተዘርዝረዋል።
    }
error-wrong-file-kind =
    { $path } የ“{ $found }” ዓይነት ፋይል ነው እንጂ “{ $expected }” አይደለም። { $surface ->
        [cli] ኪቶችን በ`convene kit import`፣ ጥቅሎችን በ`convene bundle import` ያስገቡ።
       *[app] ኪቶችን በ“{ nav-exchange }”፣ ጥቅሎችን በ“{ nav-coordinator }” ማያ ገጽ ያስገቡ።
    }
error-csv-invalid =
    { $path } ችግሮች አሉበት (ብዛት፦ { $problems }፣ ከላይ ተዘርዝረዋል)፤ ስለዚህ ምንም አልገባም። ረድፎቹን አስተካክለው እንደገና ያስገቡ፣ ወይም { $surface ->
        [cli] ትክክለኛዎቹን ረድፎች ብቻ ለማስገባት --skip-invalid ያክሉ።
       *[app] ትክክለኛዎቹን ረድፎች ብቻ ማስገባትን ይምረጡ።
    }
error-unknown-locale = { $locale } ከConvene ቋንቋዎች አንዱ አይደለም። በቅንብሮች ውስጥ ካለው ዝርዝር አንዱን ይምረጡ።
error-kiosk-closed = ራስን መመዝገቢያው ክፍት አይደለም። አመቻቹ ከመመዝገቢያ ገጹ እንዲከፍተው ይጠይቁ።
error-kiosk-pin = ቢያንስ አራት አሃዞች ያሉት የመመዝገቢያ ፒን ይምረጡ፤ ይህም አመቻቹ ብቻ እንዲዘጋው ነው።
error-kiosk-pin-wrong = ፒኑ ትክክል አይደለም። አመቻቹ መመዝገቢያውን እንዲዘጋ ይጠይቁ።
error-font-missing = ይህ ሪፖርት ጽሑፉን ለማተም { $file } የሚባለውን ፊደል ይፈልጋል። የ{ $package } ጥቅልን ይጫኑ (በDebian ወይም Ubuntu፦ sudo apt install { $package })፣ ወይም የፊደል ፋይሉን በCONVENE_FONT_DIR በተጠቀሰው አቃፊ ውስጥ ያስቀምጡ።
error-window = መስኮት መክፈት ወይም መዝጋት አልተቻለም፦ { $detail }። ሌሎቹን የConvene መስኮቶች ዘግተው እንደገና ይሞክሩ፤ ካልተሳካ መተግበሪያውን እንደገና ያስጀምሩ።
error-not-for-this-window = ይህ መስኮት ያንን ማድረግ አይችልም። ራስን መመዝገቢያው ሰዎችን መመዝገብ እና ድምፅ መቀበል ብቻ ነው የሚችለው፤ ለሌላው ሁሉ የአመቻቹን መስኮት ይጠቀሙ።
error-change-refused =
    { $reason ->
        [out-of-scope] ይህ ላፕቶፕ ያ ስብሰባ አልተሰጠውም፣ አልፈጠረውምም፤ ስለዚህ ለውጡ እዚህ ሊደረግ አይችልም። አስተባባሪው ስብሰባውን ለዚህ ላፕቶፕ እንዲሰጥ ይጠይቁ (`convene trust approve` ከ`--sessions` ጋር)።
        [taken-id] ያ መዝገብ በሌላ ላፕቶፕ ላይ ስለተፈጠረ እዚህ እንደገና ሊፈጠር አይችልም።
        [too-many-tags] ይህ ላፕቶፕ የሚፈቀደውን ያህል መለያዎች አክሏል፤ አስተባባሪው የቃላት ዝርዝሩን እንዲያሰፋ ይጠይቁ።
        [bad-value] አንድ እሴት ለመስኩ አይስማማም (በዓይነቱ፣ በክልሉ ወይም በርዝመቱ)።
        [not-a-clock] የዚህ ላፕቶፕ ሰዓት የማይቻል ጊዜ ያሳያል፤ ቀንና ሰዓቱን አስተካክለው እንደገና ይሞክሩ።
       *[other] ያ ለውጥ የዚህ ላፕቶፕ አይደለም፦ መዝገቡ የአስተባባሪው ወይም የሌላ ላፕቶፕ ነው። አስተባባሪው እንዲያደርገው ይጠይቁ።
    }
error-checks-changed =
    ከዛሬው ፍተሻ በፊት የተቀመጡ አንዳንድ ለውጦች አሁን ፍተሻውን አያልፉም (ብዛት፦ { $ops })፤ ስለዚህ እንደገና መገንባት ተመሳሳይ ውጤት አይሰጥም። { $surface ->
        [cli] እንደገና ለመዳኘትና ለመገንባት `convene doctor --repair` ያሂዱ፦
       *[app] እንደገና ለመዳኘትና ለመገንባት የውሂብ ጎታውን ከ“{ nav-settings }” ይጠግኑ፦
    } ለውጦቹ አይቆጠሩም፣ መዝገቡ ግን ይይዛቸዋል።
error-approval-failed = { $bundle } መቀላቀል ስላልተቻለ { $device }ን ማጽደቅ አልተሳካም፦ { $cause } ምንም አልተለወጠም፣ ጥቅሉም እዚህ ተይዟል፦ ምክንያቱን አስተካክለው እንደገና ያጽድቁ (ፋይሉ አያስፈልግም)።
error-not-a-file =
    { $path } { $kind ->
        [folder] አቃፊ
        [device] መሣሪያ
        [pipe] ቧንቧ
       *[other] መደበኛ ፋይል ያልሆነ
    } ነው፣ Convene የሚያነበው ወይም የሚጽፈው ፋይል አይደለም። የፋይል መንገድ ይስጡ (ለአዲስ ፋይል ገና ያልኖረ ስም)።
error-target-read-only = { $path } ለንባብ ብቻ ስለሆነ Convene አልተካውም። ሌላ ስም ይምረጡ፣ ወይም በእርግጥ መተካት ካለበት መጀመሪያ እንዲጻፍበት ያድርጉ።
error-foreign-database =
    { $path } የሌላ ፕሮግራም የውሂብ ጎታ ነው እንጂ የConvene አይደለም። Convene አልቀየረውም። { $surface ->
        [cli] በ--db የተሰጠውን መንገድ ያረጋግጡ።
       *[app] የተመረጠውን ፋይል ያረጋግጡ።
    }
error-sheet-too-long = { $path } ከማንኛውም የምዝገባ ቅጽ ወይም አጀንዳ የበለጠ ረድፎች አሉት (ከፍተኛው { $max })። ምንም አልገባም፦ ይክፈሉት፣ ወይም ትክክለኛው ፋይል መሆኑን ያረጋግጡ።
error-control-character = “{ $field }” የመቆጣጠሪያ ቁምፊ ({ $code }) ይዟል፤ ይህ ቁምፊ ከመነበብ ይልቅ ለተርሚናሉ ወይም ለተመን ሉሁ ትእዛዝ ይሰጣል። ጽሑፉን እንደገና ይጻፉ፣ ወይም እንደ ተራ ጽሑፍ ይለጥፉ።
error-ambiguous-device = “{ $key }” ከአንድ በላይ ኮምፒውተር ጋር ይዛመዳል ({ $count })፦ { $candidates }። ይህ ብዙውን ጊዜ አንድ ኮምፒውተር በአሮጌው የቁልፍ ፋይሉ እንደገና መዘጋጀቱን ያሳያል። የትኛውን እንደሚሉ ለመግለጽ የኮምፒውተሩን መለያ (የእያንዳንዱን የመጀመሪያ ክፍል) ይጠቀሙ።
error-op-id-reused = { $path } ለውጥ { $op }ን ይዟል፣ ነገር ግን ይህ ዳታቤዝ በዚያ መለያ ሌላ ለውጥ አስቀድሞ ይዟል። ምንም አልገባም። ጥቅሉ የተሠራው በተበላሸ ወይም በተቀየረ የConvene ቅጂ ነው፦ ፋይሉን ያስቀምጡ እና ከዚያ ላፕቶፕ ተጨማሪ ከማስገባትዎ በፊት እርዳታ ይጠይቁ።
error-op-does-not-fit = { $path } ሙሉ ነው፣ በትክክልም ተፈርሟል፤ ነገር ግን ከለውጦቹ አንዱ ለዚህ ዳታቤዝ አይስማማም ({ $detail })። ምንም አልገባም። ከአዲስ የConvene ስሪት የመጣ ሊሆን ይችላል፦ ይህን ያዘምኑ፣ ወይም ፋይሉን Conveneዎን ለሚደግፈው ሰው ይላኩ።
error-weak-passphrase = ያ የይለፍ ሐረግ ምትኬን ለመጠበቅ በጣም አጭር ነው። ቢያንስ { $min } ቁምፊዎችን ይጠቀሙ፤ ጥቂት የተለመዱ ቃላት ከምልክቶች ይልቅ ለማስታወስ ይቀላሉ።
error-wrong-passphrase = { $path } በዚያ የይለፍ ሐረግ ሊከፈት አልቻለም። ያረጋግጡና እንደገና ይሞክሩ፤ ምንም አልተለወጠም።
error-restore-target-exists =
    { $path } አስቀድሞ የውሂብ ጎታ ይዟል። መመለስ በነባር ላይ አይጽፍም፦ { $surface ->
        [cli] በ--db አዲስ መንገድ ይምረጡ፣ ወይም መጀመሪያ ያንን ፋይል ያንቀሳቅሱ።
       *[app] አዲስ ስም ይምረጡ፣ ወይም መጀመሪያ ያንን ፋይል ያንቀሳቅሱ።
    }

## What messages name: the kinds of thing ids point at, and the fields people fill in.
kind-programme = መርሃ ግብር
kind-session = ስብሰባ
kind-agenda = የአጀንዳ ነጥብ
kind-group = የውይይት ቡድን
kind-question = የውይይት ጥያቄ
kind-signin = ምዝገባ
kind-signin-contact = ስምና አድራሻ
kind-concern = ስጋት
kind-note = ማስታወሻ
kind-dot-count = የነጥብ ቆጠራ
kind-ballot = የድምፅ ወረቀት
kind-action = እርምጃ
kind-action-update = የእርምጃ ዝመና
kind-tag = መለያ
kind-conflict = ግጭት
kind-held-change = የተያዘ ለውጥ
kind-bundle = ጥቅል
kind-kit = ኪት
kind-unknown-file = ዓይነቱ ያልታወቀ ፋይል
field-ballot-token = የድምፅ መስጫ ኮድ
field-ballot-budget = በጀት
field-coordinator-identity = የአስተባባሪ መለያ
field-value-date = ቀን
field-value-time = ሰዓት
field-device-name = የላፕቶፕ ስም
field-device = ላፕቶፕ
field-dot-count = የነጥብ ብዛት
field-signin-name = ስም
field-note-text = ማስታወሻ
field-sequence-number = ተከታታይ ቁጥር
field-signin-time-in = የመድረሻ ሰዓት
field-action-update-date = የዝመናው ቀን
field-action-update-text = ዝመና
field-value = ዋጋ
field-error-code = የስህተት ኮድ
field-personal-data = የግል መረጃ
field-ledger-detail = የማስገቢያ ዝርዝር
field-bundle-status = የማስገቢያ ሁኔታ
field-verdict = ውሳኔ
field-reason = ምክንያት
field-session-scope = የስብሰባ ፈቃድ
field-table = ሰንጠረዥ
field-report-kind = የሪፖርት ዓይነት
field-paper-size = የወረቀት መጠን
field-key-kind = የቁልፍ ዓይነት
field-device-state = የላፕቶፕ ሁኔታ
field-ballot-kind = የድምፅ አሰጣጥ ዓይነት
field-ballot-allocation = የተሰጡ ነጥቦች
label-unknown = “{ $key }” (ይህ የConvene ስሪት የማያውቀው ስም)
