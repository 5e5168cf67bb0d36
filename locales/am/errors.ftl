## የConvene ዋና ክፍል የሚያሳያቸው ስህተቶች። እያንዳንዱ መልእክት ምን እንደተሳሳተ እና ቀጥሎ ምን መደረግ እንዳለበት ይናገራል።

error-not-found = “{ $id }” የሚባል { $kind } የለም። ሊጠቀሙባቸው የሚችሉትን መለያዎች ለማየት `convene { $kind } list` ያሂዱ።
error-ambiguous-id = “{ $prefix }” ከ{ $count } የ{ $kind } መዝገቦች ጋር ይዛመዳል። ተጨማሪ የመለያውን ፊደላት ይጻፉ።
error-empty-text = { $field } ባዶ ነው። ጽሑፍ ያስገቡና እንደገና ይሞክሩ።
error-text-too-long = { $field } { $length } ፊደላት ይረዝማል፤ የሚፈቀደው ከፍተኛ { $max } ነው። ያሳጥሩትና እንደገና ይሞክሩ።
error-invalid-zip = “{ $value }” የዚፕ ኮድ አይደለም። እንደ 98122 ያሉ አምስት አሃዞችን ወይም እንደ 98122-1234 ያለ ZIP+4 ይጠቀሙ፤ የሰፈር ስም በሰፈር መስኩ ውስጥ ይጻፉ።
error-invalid-choice = “{ $value }” ትክክለኛ { $field } አይደለም። ከእነዚህ አንዱን ይጠቀሙ፦ { $allowed }።
error-invalid-number = “{ $value }” ትክክለኛ { $field } አይደለም፦ በ{ $min } እና በ{ $max } መካከል መሆን አለበት።
error-invalid-date = “{ $value }” ትክክለኛ { $field } አይደለም። እንደ 2027-03-14 ያለ ቀን ወይም እንደ 2027-03-14T18:30:00-08:00 ያለ ቀንና ሰዓት ይጠቀሙ።
error-invalid-language = “{ $value }” የቋንቋ መለያ አይደለም። እንደ en፣ es፣ zh-Hant፣ vi፣ so ወይም am ያለ ኮድ ይጠቀሙ።
error-invalid-email = “{ $value }” የኢሜይል አድራሻ አይመስልም።
error-invalid-phone = “{ $value }” የስልክ ቁጥር አይመስልም። አሃዞችን፣ ክፍተቶችን፣ ሰረዞችን፣ ቅንፎችን እና ከፈለጉ በመጀመሪያ + ይጠቀሙ።
error-consent-required = ኢሜይል ወይም ስልክ ቁጥር መመዝገብ የሚቻለው ተሳታፊው እንዲገናኙት ሲስማማ ብቻ ነው። ይጠይቋቸው፣ ከዚያም የፈቃድ ሳጥኑን ምልክት ያድርጉ (ወይም በትእዛዝ መስመር --consent ያክሉ)።
error-wrong-session = ያ { $kind } ({ $id }) የሌላ ስብሰባ ነው። ከዚህ ስብሰባ { $kind } ይጠቀሙ።
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
error-read-only = Convene በ{ $path } ላይ መጻፍ አይችልም፦ ፋይሉ ወይም አቃፊው ለማንበብ ብቻ ነው። ሊጻፍበት የሚችል ቦታ ይምረጡ፣ ወይም ፈቃዶቹን ያስተካክሉ።
error-disk-full = { $path } ያለበት ዲስክ ሞልቷል። ምንም አልተቀመጠም። ቦታ ያስለቅቁና እንደገና ይሞክሩ።
error-busy = የመረጃ ቋቱ በሌላ መስኮት ወይም ፕሮግራም ተይዟል። ትንሽ ይጠብቁና እንደገና ይሞክሩ።
error-storage = የመረጃ ቋቱ ስህተት አሳይቷል፦ { $detail }
error-io = { $path }ን መጠቀም አልተቻለም፦ { $detail }
error-rebuild-mismatch = ከክንውኖች መዝገብ እንደገና መገንባት በእነዚህ ውስጥ የተለየ ውጤት ሰጠ፦ { $tables }። ምንም አልተለወጠም። የመረጃ ቋቱን ቅጂ ያስቀምጡና ይህንን ያሳውቁ።
error-file-too-large = { $path } { $size } ባይት ነው፤ Convene የሚቀበለው እስከ { $max } ባይት ብቻ ነው። ይህ Convene የጻፈው ጥቅል አይደለም፤ ኮምፒውተሩ እንደገና እንዲያወጣው ይጠይቁ።
error-malformed = { $path } ሊነበብ የሚችል የConvene ጥቅል ወይም ኪት አይደለም ({ $detail })። ተበላሽቶ ወይም ተቆርጦ ሊሆን ይችላል፦ ከኮምፒውተሩ ወይም ከUSB እንደገና ይቅዱት።
error-unexpected-entry = { $path } “{ $entry }” ይዟል፤ ይህ በማንኛውም የConvene ጥቅል ወይም ኪት ውስጥ የለም። ፋይሉ ሳይከፈት ተቀባይነት አላገኘም፤ አይጠቀሙበት።
error-entry-too-large = { $path }፦ “{ $entry }” ከ{ $max } ባይት በላይ ይሰፋል። ፋይሉ ሳይፈታ ተቀባይነት አላገኘም፤ አይጠቀሙበት።
error-bad-signature = { $path } ከተፈረመ በኋላ ተቀይሯል፦ ፊርማው አይረጋገጥም። ምንም አልገባም። ከሠራው ኮምፒውተር እንደገና ይቅዱት።
error-hash-mismatch = { $path }፦ “{ $entry }” በተፈረመው ዝርዝር ውስጥ ካለው ማረጋገጫ ጋር አይዛመድም፤ ስለዚህ ፋይሉ ተቀይሯል ወይም ተበላሽቷል። ምንም አልገባም። ከሠራው ኮምፒውተር እንደገና ይቅዱት።
error-key-mismatch = { $path } ከመሣሪያ { $device } እንደመጣ ይናገራል፣ ግን በሌላ ቁልፍ ተፈርሟል (የጣት አሻራ { $fingerprint })። ምንም አልገባም። የትኛው ኮምፒውተር እንደሠራው ከአመቻቹ ጋር ያረጋግጡ።
error-revoked-device = { $path } ከመሣሪያ { $device } (የጣት አሻራ { $fingerprint }) የመጣ ነው፤ ይህ መሣሪያ ተሰርዟል። ምንም አልገባም። ስህተት ከሆነ መሣሪያውን እንደገና ያጽድቁ።
error-seq-alarm = ማስጠንቀቂያ፦ { $path } የመሣሪያ { $device } ክንውን { $seq } ነኝ ይላል፣ ግን ይህ የመረጃ ቋት በዚያ ቁጥር የተለየ ክንውን አለው። ሁለት የተለያዩ ጥቅሎች ሁለቱም እውነተኛ ሊሆኑ አይችሉም። ምንም አልገባም፤ ሁለቱንም ፋይሎች ያስቀምጡና ከዚህ መሣሪያ ሌላ ነገር ከማጽደቅዎ በፊት ይመርምሩ።
error-not-sealed-for-us = { $path } የተሳታፊዎችን የግል መረጃ ይዟል፤ መረጃው የታሸገው ይህ የመረጃ ቋት ለሌለው የአስተባባሪ ቁልፍ ነው። በአስተባባሪው የመረጃ ቋት ውስጥ ያስገቡት (የአስተባባሪ ማንነት የፈጠረውና ኪቱን ያወጣው)።
error-foreign-coordinator = ይህ ኪት በአስተባባሪ { $got } ተፈርሟል፣ ይህ ኮምፒውተር ግን አስተባባሪ { $expected }ን ይከተላል። የጣት አሻራዎችን ከአስተባባሪዎ ጋር ያነጻጽሩ፤ ለመቀየር እንደገና ያስገቡና «አዲስ አስተባባሪ» ይምረጡ።
error-no-coordinator-identity = ይህ የመረጃ ቋት የአስተባባሪ ማንነት የለውም። መጀመሪያ ይህን ኮምፒውተር የአስተባባሪው ያድርጉት።
error-device-key-missing = የዚህ ኮምፒውተር የመፈረሚያ ቁልፍ { $path } ጠፍቷል ወይም ከመረጃ ቋቱ ጋር አይዛመድም። የቁልፍ ፋይሉን ከምትኬ ይመልሱ፤ ያለሱ ከዚህ የመረጃ ቋት ጥቅሎችን መፈረም አይቻልም።
error-crypto = የምስጠራ ክንውን አልተሳካም፦ { $detail }
error-unknown-device = “{ $id }” የሚባል መሣሪያ የለም። የመሣሪያዎችን ዝርዝርና የጣት አሻራዎቻቸውን ይመልከቱ።
error-conflict-not-found = “{ $id }” የሚባል ክፍት ግጭት የለም። የግጭቶችን ዝርዝር ይመልከቱ።
error-wrong-file-kind = { $path } { $found } ነው እንጂ { $expected } አይደለም። ኪቶችን በኪቶች ገጽ፣ ጥቅሎችን በአስተባባሪው ጠረጴዛ ያስገቡ።
error-csv-invalid = { $path } { $problems ->
    [one] አንድ ችግር
   *[other] { $problems } ችግሮች
  } አሉበት (ከላይ ተዘርዝረዋል)፤ ስለዚህ ምንም አልገባም። ረድፎቹን ያስተካክሉና እንደገና ያስገቡ፣ ወይም ትክክለኛዎቹን ረድፎች ብቻ ለማስገባት ይምረጡ።
error-unknown-locale = { $locale } ከConvene ቋንቋዎች አንዱ አይደለም። በቅንብሮች ውስጥ ካለው ዝርዝር አንዱን ይምረጡ።
error-kiosk-closed = ራስን መመዝገቢያው ክፍት አይደለም። አመቻቹ ከመመዝገቢያ ገጹ እንዲከፍተው ይጠይቁ።
error-kiosk-pin = ቢያንስ አራት አሃዞች ያሉት የመመዝገቢያ ፒን ይምረጡ፤ ይህም አመቻቹ ብቻ እንዲዘጋው ነው።
error-kiosk-pin-wrong = ፒኑ ትክክል አይደለም። አመቻቹ መመዝገቢያውን እንዲዘጋ ይጠይቁ።
error-font-missing = ይህ ሪፖርት ጽሑፉን ለማተም { $file } የሚባለውን ፊደል ይፈልጋል። የ{ $package } ጥቅልን ይጫኑ (በDebian ወይም Ubuntu፦ sudo apt install { $package })፣ ወይም የፊደል ፋይሉን በCONVENE_FONT_DIR በተጠቀሰው አቃፊ ውስጥ ያስቀምጡ።
