## የትእዛዝ መስመር፦ `convene --help`፣ የሰንጠረዥ ርዕሶችና ትእዛዞች የሚያትሟቸው መልእክቶች።

### እገዛ

cli-about = የፖሊስና የማኅበረሰብ ጉባኤዎችን ያለ ኢንተርኔት ያካሂዱ፦ አጀንዳ፣ ምዝገባ፣ ጉዳዮች፣ ድምፅና እርምጃዎች።
cli-heading-usage = አጠቃቀም፦
cli-heading-commands = ትእዛዞች
cli-heading-arguments = ነጋሪ እሴቶች
cli-heading-options = አማራጮች
cli-value-command = ትእዛዝ
cli-help-flag = እገዛውን አሳይ
cli-version-flag = ስሪቱን አሳይ
cli-arg-db = የውሂብ ጎታ ፋይሉ። በነባሪ የዴስክቶፕ መተግበሪያው የሚጠቀምበት ፋይል ነው
cli-arg-json = ከጽሑፍ ይልቅ አንድ የJSON ነገር ብቻ አትም
cli-arg-locale = የመልእክቶች ቋንቋ (en, es, zh-Hant, vi, ru, so, ko, am, ar)

cli-cmd-init = ይህን ኮምፒውተር አዘጋጅ፦ የውሂብ ጎታውንና የመሣሪያ ማንነቱን
cli-arg-init-device-name = አስተባባሪው የሚያየው የዚህ ኮምፒውተር ስም (ለምሳሌ "የጠረጴዛ 3 ኮምፒውተር")

cli-cmd-demo = እውነተኛ የሚመስል የናሙና ጉባኤ ፍጠርና የስብሰባውን መለያ አትም
cli-arg-demo-seed = ለናሙናው የዘፈቀደ ምርጫዎች ዘር፤ አንድ ዓይነት ዘር አንድ ዓይነት ጉባኤ ይሰጣል
cli-arg-demo-concerns = ሰሌዳውን በከተማ ደረጃ ለመሞከር ይህን ያህል ሠራሽ ጉዳዮች ጨምር

cli-cmd-programme = የተለያዩ ክፍለ ከተሞችን ስብሰባዎች የሚያሰባስቡ ፕሮግራሞች
cli-cmd-programme-create = ፕሮግራም ፍጠር፤ ለምሳሌ "ደኅንነቱ የተጠበቀ ማኅበረሰብ 2027"
cli-cmd-programme-list = ፕሮግራሞችንና ክፍለ ከተሞቻቸውን ዘርዝር

cli-cmd-session = ጉባኤዎች፣ የአነስተኛ ቡድን ስብሰባዎች፣ የውጤት ሪፖርት ስብሰባዎችና ወርክሾፖች
cli-cmd-session-create = ስብሰባ ፍጠር
cli-arg-session-create-starts = የመጀመሪያ ቀንና ሰዓት፣ RFC 3339 (2027-03-14T18:30:00-07:00) ወይም ቀን ብቻ
cli-arg-session-create-room-minutes = አዳራሹ የተያዘበት ደቂቃ
cli-arg-session-create-languages = የሚነገሩ ቋንቋዎች፣ በኮማ የተለዩ (en,es)
cli-arg-session-create-interpreted = የሚተረጎሙ ቋንቋዎች፣ በኮማ የተለዩ
cli-arg-session-create-programme = የፕሮግራሙ መለያ (መጀመሪያው)
cli-cmd-session-list = ስብሰባዎችን ዘርዝር
cli-cmd-session-show = ስብሰባንና የያዘውን አሳይ
cli-cmd-session-edit = የስብሰባውን ዝርዝር ቀይር
cli-cmd-session-duplicate = የቀደመ ስብሰባ አጀንዳ፣ ቡድኖችና ጥያቄዎች ያሉት አዲስ ስብሰባ

cli-cmd-agenda = አጀንዳውና አካሄዱ
cli-cmd-agenda-add = በስብሰባው አጀንዳ መጨረሻ ላይ ንጥል ጨምር
cli-cmd-agenda-list = አጀንዳው በቅደም ተከተል፣ የታቀደውና የሆነው
cli-cmd-agenda-move = ንጥልን በአጀንዳው ውስጥ ወዳለ ቦታ አንቀሳቅስ (1 የመጀመሪያው ነው)
cli-cmd-agenda-start = ንጥልን አሁን ጀምር (እየሄደ ያለውን ጨርሶ)
cli-cmd-agenda-finish = ንጥልን አሁን ጨርስ
cli-cmd-agenda-next = አካሄድ፦ የአሁኑን ንጥል ጨርሰህ ቀጣዩን ጀምር
cli-cmd-agenda-edit = ንጥልን ቀይር
cli-cmd-agenda-remove = ንጥልን ከአጀንዳው አውጣ

cli-cmd-group = የውይይት ቡድኖች
cli-cmd-group-add = የውይይት ቡድን ጨምር
cli-arg-group-add-language = ቡድኑ የሚሠራበት ቋንቋ
cli-cmd-group-list = የስብሰባውን ቡድኖች ዘርዝር

cli-cmd-question = የውይይት ጥያቄዎች
cli-cmd-question-add = የውይይት ጥያቄ ጨምር
cli-cmd-question-list = የስብሰባውን ጥያቄዎች በቅደም ተከተል ዘርዝር

cli-cmd-signin = የምዝገባ ወረቀት
cli-cmd-signin-add = ተሳታፊን መዝግብ። ሁሉም መስኮች አማራጭ ናቸው፤ ስም-አልባ ምዝገባም ይቆጠራል
cli-arg-signin-add-zip = የአሜሪካ የፖስታ ኮድ (98122 ወይም 98122-1234)
cli-arg-signin-add-language = የሚመርጡት ቋንቋ (es, zh-Hant, vi, ...)
cli-arg-signin-add-interpreter = አስተርጓሚ ያስፈልጋቸዋል
cli-arg-signin-add-role = resident, business, organisation, city-staff ወይም police
cli-arg-signin-add-consent = እንዲገናኟቸው ፈቅደዋል (ለ--email ወይም ለ--phone ያስፈልጋል)
cli-arg-signin-add-group = የውይይት ቡድን፣ በስም ወይም በመለያ
cli-arg-signin-add-time-in = አሁን ካልሆነ የደረሱበት ሰዓት (የወረቀት ምዝገባን ሲገለብጡ)
cli-cmd-signin-list = የምዝገባ ወረቀቱ፣ ያለ ስምና አድራሻ
cli-cmd-signin-counts = በቋንቋ፣ በሚና፣ በሰፈርና በቡድን የቀጥታ ቆጠራ
cli-cmd-signin-assign = ተሳታፊን በውይይት ቡድን መድብ
cli-arg-signin-assign-group = ቡድን በስም ወይም በመለያ፤ ምደባውን ለመሰረዝ ይተዉት
cli-cmd-signin-suggest-group = ለተሳታፊ በቋንቋቸው የሚስማማ ቡድን ጠቁም

cli-cmd-concern = የጉዳዮች ሰሌዳ
cli-cmd-concern-add = ጉዳይ መዝግብ። በጽሑፉ ውስጥ ያሉ `#መለያዎች` መለያ ይሆናሉ
cli-arg-concern-add-group = የውይይት ቡድን፣ በስም ወይም በመለያ
cli-arg-concern-add-language = ጉዳዩ የተነሣበት ቋንቋ
cli-arg-concern-add-interpretation = ወደ የሥራ ቋንቋው የተተረጎመው
cli-arg-concern-add-location = የት፦ መንገድ፣ መታጠፊያ፣ መናፈሻ
cli-cmd-concern-list = የጉዳዮች ሰሌዳ
cli-arg-concern-list-search = በጽሑፉ፣ በትርጉሙ ወይም በቦታው የሚፈለጉ ቃላት
cli-arg-concern-list-all = ከሌሎች ጋር የተዋሐዱ ጉዳዮችንም አካትት
cli-cmd-concern-show = አንድ ጉዳይ ሙሉውን
cli-cmd-concern-edit = የጉዳዩን ጽሑፍ፣ ትርጉም፣ ቋንቋ፣ ቦታ ወይም ቡድን ቀይር
cli-cmd-concern-tag = መለያዎችን ጨምር ወይም አስወግድ
cli-cmd-concern-status = ሁኔታውን አስቀምጥ፦ new, under-review, action-planned, in-progress, done, not-pursued
cli-cmd-concern-merge = ጉዳይን የሌላው ድግግሞሽ ብለህ ምልክት አድርግ፤ ድምፆቹ ለሌላው ይቆጠራሉ
cli-cmd-concern-unmerge = ውሕደቱን ቀልብስ
cli-cmd-concern-delete = በስሕተት የተመዘገበ ጉዳይ ሰርዝ
cli-cmd-concern-duplicates = ሊደጋገሙ የሚችሉ፣ በጽሑፍና በትርጉም በጋራ ቃላት
cli-arg-concern-duplicates-threshold = የጋራ ቃላት ድርሻ፣ ከ0 እስከ 1

cli-cmd-note = ማስታወሻዎች በቡድንና በጥያቄ
cli-cmd-note-add = ለቡድንና ለጥያቄ ማስታወሻ ጨምር
cli-cmd-note-list = ማስታወሻዎች፣ ከተፈለገ የአንድ ቡድን ብቻ

cli-cmd-vote = በትልቁ ወረቀት ላይ የተቆጠሩ ነጥቦች
cli-cmd-vote-dots = በጉዳዩ ካርድ ላይ የተቆጠሩ ነጥቦችን አስገባ

cli-cmd-ballot = የተሳታፊዎች ድምፅ፦ ነጥብ፣ በደረጃ ወይም በበጀት
cli-cmd-ballot-cast = የአንድ ተሳታፊ ድምፅ ስጥ። እያንዳንዱ ቶከን ከእያንዳንዱ ዓይነት አንድ ድምፅ ይሰጣል
cli-arg-ballot-cast-token = የተሳታፊው የድምፅ ቶከን (ከካርዳቸው ወይም ከኪዮስኩ)
cli-arg-ballot-cast-choices = ጉዳይ፦ ለደረጃ በቅደም ተከተል፣ ምርጡ መጀመሪያ፤ ለነጥብ በእያንዳንዱ ነጥብ አንድ ጊዜ
cli-arg-ballot-cast-allocations = ለበጀት ድምፅ፦ ጉዳይ=ነጥብ፣ ተደጋግሞ
cli-arg-ballot-cast-budget = የበጀት ድምፅ መድረስ ያለበት የነጥብ ድምር
cli-cmd-ballot-list = በስብሰባው የተሰጡ ድምፆች

cli-cmd-tally = በስብሰባው ያሉትን ድምፆች ሁሉ ቁጠር
cli-arg-tally-top = በእያንዳንዱ ቆጠራ ስንት ጉዳዮች ይታዩ

cli-cmd-action = የክትትል እርምጃዎችና ቀን ያላቸው ዝማኔዎቻቸው
cli-cmd-action-add = ለጉዳዮች መልስ የሚሆን እርምጃ አቅድ
cli-arg-action-add-response = የታቀደው ምላሽ
cli-arg-action-add-due = የማብቂያ ቀን፣ ዓዓዓዓ-ወወ-ቀቀ
cli-arg-action-add-concerns = የሚመልሰው ጉዳይ (ለብዙዎች ይድገሙት)
cli-arg-action-add-basis = result-based ወይም community-input
cli-cmd-action-update = ቀን ያለው ዝማኔ መዝግብ፤ ከተፈለገ ሁኔታውን ወይም መሠረቱን ቀይር
cli-arg-action-update-date = ዓዓዓዓ-ወወ-ቀቀ፤ ካልተሰጠ ዛሬ
cli-cmd-action-edit = ኃላፊውን፣ የማብቂያ ቀኑን ወይም የታቀደውን ምላሽ ቀይር
cli-cmd-action-list = የስብሰባ፣ የክፍለ ከተማ ወይም የሁሉም እርምጃዎች
cli-cmd-action-show = አንድ እርምጃና ዝማኔዎቹ

cli-cmd-tag = የመለያ ቃላት
cli-cmd-tag-list = ቃላቱ፦ ምሰሶዎችና ርዕሶቻቸው
cli-cmd-tag-add = ርዕስ ጨምር (ወይም በ--kind pillar ምሰሶ)
cli-arg-tag-add-pillar = ርዕሱ የሚያገለግለው ምሰሶ
cli-cmd-tag-rename = የመለያውን ስም ቀይር
cli-cmd-tag-remove = መለያን ከቃላቱ አውጣ (ጉዳዮቹ ይዘውት ይቆያሉ)

cli-cmd-doctor = የውሂብ ጎታውን ፈትሽ፤ --rebuild ሁኔታው ከሥራዎች መዝገብ ብቻ እንደሚገኝ ያረጋግጣል
cli-arg-doctor-rebuild = እያንዳንዱን ሰንጠረዥ ከሥራዎች መዝገብ እንደገና ገንብተህ ውጤቱ አንድ መሆኑን አረጋግጥ

cli-cmd-key = የዚህ መሣሪያ የፊርማ ቁልፍና የጣት አሻራ
cli-cmd-key-show = የዚህ መሣሪያ መለያ፣ የሕዝብ ቁልፍና የጣት አሻራ (ካለም የአስተባባሪው ተቀባይ)

cli-cmd-coordinator = ለተሳታፊዎች የግል መረጃ የአስተባባሪው ማንነት
cli-cmd-coordinator-init = ይህን የውሂብ ጎታ የአስተባባሪ አድርግ፦ ለግል መረጃ የage ማንነት ይጨምራል
cli-cmd-coordinator-restore = የአስተባባሪ ማንነትን ከፋይሉ ጫን (ምትኬ ወይም ሁለተኛ የአስተባባሪ ኮምፒውተር)

cli-cmd-kit = ኪቶች፦ ከአስተባባሪው ወደ ኮምፒውተሮቹ የሚሄዱ የስብሰባ ዕቅዶች
cli-cmd-kit-export = የስብሰባዎቹን ዕቅዶችና የዚህን አስተባባሪ ቁልፎች የያዘ የተፈረመ ኪት ጻፍ
cli-cmd-kit-import = የአስተባባሪን ኪት በዚህ ኮምፒውተር ላይ ጫን
cli-arg-kit-import-new-coordinator = ይህ ኮምፒውተር ከሚከተለው የተለየ አስተባባሪ የመጣ ኪት ተቀበል

cli-cmd-bundle = ጥቅሎች፦ የእያንዳንዱ ኮምፒውተር ሥራ፣ ተፈርሞ ወደ አስተባባሪው የሚመለስ
cli-cmd-bundle-export = የዚህን ኮምፒውተር የስብሰባ ሥራ እንደ ተፈረመ ጥቅል ጻፍ
cli-arg-bundle-export-include-personal-data = ኪት ከሌለ ስሞችንና አድራሻዎችን ሳይመሰጠሩ አካትት (አለበለዚያ ይቀራሉ)
cli-cmd-bundle-verify = ጥቅልን ሳታስገባ ፈትሽ
cli-cmd-bundle-import = ጥቅሎችን አስገባ፤ እያንዳንዱ ሙሉ በሙሉ ይገባል ወይም ምንም አይገባም
cli-cmd-bundle-list = መዝገቡ፦ ለዚህ የውሂብ ጎታ የቀረበ እያንዳንዱ ጥቅል

cli-cmd-trust = የየትኞቹ መሣሪያዎች ጥቅሎች እንደተዋሐዱ፣ እንደሚጠብቁ ወይም እንደተከለከሉ
cli-cmd-trust-list = መሣሪያዎች ከጣት አሻራቸውና ከሁኔታቸው ጋር
cli-cmd-trust-approve = የጣት አሻራውን ካነጻጸርክ በኋላ መሣሪያውን አጽድቅ፤ የተለዩ ጥቅሎቹን ያዋሕዳል
cli-cmd-trust-revoke = መሣሪያን ይሻሩ፦ ለውጦቹ መቆጠር ያቆማሉ፣ ያደረጉትም ይቀለበሳል (ሁሉንም፣ ወይም ከአንድ ጥቅል ወይም ተከታታይ ቁጥር ጀምሮ)
cli-cmd-trust-add = ጥቅሎቹ ከመድረሳቸው በፊት ኮምፒውተርን እመን፣ የ`key show` ትእዛዙ በሚያትመው መለያና ቁልፍ

cli-cmd-conflicts = የአንድ መስክ በአንድ ጊዜ የተደረጉ ለውጦች፣ አስተባባሪው እንዲፈታቸው የተቀመጡ
cli-cmd-conflicts-list = ያልተፈቱ ግጭቶች፦ የአንድ መስክ በአንድ ጊዜ የተደረጉ ለውጦች
cli-cmd-conflicts-resolve = ግጭትን ፍታ
cli-arg-conflicts-resolve-keep = winner ወይም loser
cli-arg-conflicts-resolve-text = በምትኩ አዲስ እሴት

cli-cmd-board = የሁሉም ስብሰባዎች የተዋሐደ የጉዳዮች ሰሌዳ፣ እያንዳንዱ ጉዳይ ከየት እንደመጣ ጋር
cli-arg-board-precinct = የዚህ ክፍለ ከተማ ስብሰባዎች ብቻ

cli-cmd-bench = መመዝገብን፣ መላክን፣ ማስገባትን፣ መቁጠርንና እንደገና መገንባትን በትልቅ መጠን ከመነሻዎች ጋር አወዳድረህ ለካ
cli-arg-bench-quick = በደረጃ 1 እና 2 አነስተኛ ውሂብ፦ ልኬቱ አሁንም እንደሚሠራ ያረጋግጣል፣ ፍጥነቱን አይደለም
cli-arg-bench-scales = የሚሄዱ ደረጃዎች (1 = አንድ ጉባኤ፤ 20 = ከተማ፦ 5 ክፍለ ከተሞች × 4 ምዕራፎች)
cli-arg-bench-dir = የውሂብ ጎታዎቹና ጥቅሎቹ የሚቀመጡበት (ለመለካት በሚፈልጉት ዲስክ ላይ)

cli-cmd-report = የPDF ሪፖርቶች፦ ማጠቃለያ፣ የምዝገባ ወረቀት፣ የውጤት ሪፖርት በራሪ፣ የCPP ማሻሻያ
cli-cmd-report-pdf = የስብሰባ የPDF ሪፖርት (በራሪውና የCPP ማሻሻያው ክፍለ ከተማውን ይሸፍናሉ)
cli-arg-report-pdf-locale = የሪፖርቱ ቋንቋ
cli-arg-report-pdf-second-locale = ለርዕሶችና ለስያሜዎች ሁለተኛ ቋንቋ፣ ከመጀመሪያው በታች
cli-arg-report-pdf-paper = letter ወይም a4

cli-cmd-export = የስብሰባ ውሂብ ላክ (CSV)
cli-cmd-export-csv = የስብሰባ ሰንጠረዥ በCSV፣ በተመን ሉህ ለመክፈት ደኅንነቱ የተጠበቀ
cli-arg-export-csv-bom = ለExcel በባይት ቅደም ተከተል ምልክት ጀምር
cli-arg-export-csv-with-personal-data = የተሳታፊዎችን ስም፣ ኢሜልና ስልክ አካትት (ምዝገባ ብቻ)

cli-cmd-import = የተገለበጡ ወረቀቶችን አስገባ (CSV)
cli-cmd-import-csv = የተገለበጠ የወረቀት ምዝገባ ወይም የአጀንዳ አብነት
cli-arg-import-csv-skip-invalid = አንዳንዶቹ ትክክል ባይሆኑም ትክክለኛዎቹን ረድፎች አስገባ

### የሰንጠረዥ ርዕሶች

cli-col-id = መለያ
cli-col-status = ሁኔታ
cli-col-due = ማብቂያ
cli-col-owner = ኃላፊ
cli-col-basis = መሠረት
cli-col-concerns = ጉዳዮች
cli-col-title = ርዕስ
cli-col-place = #
cli-col-kind = ዓይነት
cli-col-planned = የታቀደ
cli-col-actual = የሆነ
cli-col-presenter = አቅራቢ
cli-col-token = ቶከን
cli-col-cast = የተሰጠበት
cli-col-dots = ነጥቦች
cli-col-session = ስብሰባ
cli-col-group = ቡድን
cli-col-from-device = ከመሣሪያ
cli-col-text = ጽሑፍ
cli-col-tags = መለያዎች
cli-col-similarity = ተመሳሳይነት
cli-col-concern = ጉዳይ
cli-col-likely-duplicate-of = ሊደግመው የሚችለው
cli-col-line = መስመር
cli-col-column = ዓምድ
cli-col-problem = ችግር
cli-col-device = መሣሪያ
cli-col-state = ሁኔታ
cli-col-ops = ሥራዎች
cli-col-new = አዲስ
cli-col-seq = ተራ ቁጥር
cli-col-received = የደረሰበት
cli-col-file = ፋይል
cli-col-fingerprint = የጣት አሻራ
cli-col-name = ስም
cli-col-waiting = በመጠበቅ ላይ
cli-col-record = መዝገብ
cli-col-field = መስክ
cli-col-kept = የተያዘው (አሸናፊ)
cli-col-also-written = የተጻፈውም (ተሸናፊ)
cli-col-language = ቋንቋ
cli-col-facilitator = አወያይ
cli-col-note-taker = ማስታወሻ ያዥ
cli-col-topic = ርዕሰ ጉዳይ
cli-col-question = ጥያቄ
cli-col-note = ማስታወሻ
cli-col-sessions = ክፍለ ጊዜዎች
cli-col-precincts = ክፍለ ከተሞች
cli-col-starts = ጅማሬ
cli-col-precinct = ክፍለ ከተማ
cli-col-time-in = የደረሰበት ሰዓት
cli-col-role = ሚና
cli-col-interpreter = አስተርጓሚ
cli-col-neighbourhood = ሰፈር/የፖስታ ኮድ
cli-col-slug = ኮድ
cli-col-pillar = ምሰሶ
cli-col-label = ስያሜ
cli-col-scale = ደረጃ
cli-col-step = እርምጃ
cli-col-median-ms = መካከለኛ ms
cli-col-p99-ms = P99 ms
cli-col-per-op = µs/ሥራ
cli-col-peak-mb = ከፍተኛ MB
cli-col-out-kib = ውጤት KiB
cli-col-baseline = መነሻ
cli-col-ratio = ጥምርታ
cli-col-target = ግብ

### የአንድ መዝገብ ሙሉ ስያሜዎች

cli-field-label = { $label }፦
cli-field-id = መለያ
cli-field-status = ሁኔታ
cli-field-basis = መሠረት
cli-field-owner = ኃላፊ
cli-field-due = ማብቂያ
cli-field-response = ምላሽ
cli-field-concerns = ጉዳዮች
cli-field-kind = ዓይነት
cli-field-precinct = ክፍለ ከተማ
cli-field-place = ቦታ
cli-field-starts = ጅማሬ
cli-field-languages = ቋንቋዎች
cli-field-interpreted = የሚተረጎሙ
cli-field-agenda = አጀንዳ
cli-field-groups = ቡድኖች
cli-field-questions = ጥያቄዎች
cli-field-signins = ምዝገባዎች
cli-field-notes = ማስታወሻዎች
cli-field-ballots = ድምፆች
cli-field-actions = እርምጃዎች
cli-field-language = ቋንቋ
cli-field-interpretation = ትርጉም
cli-field-tags = መለያዎች
cli-field-location = ቦታ
cli-field-duplicate-of = የሚደግመው
cli-field-captured = የተመዘገበበት
cli-field-database = የውሂብ ጎታ
cli-field-schema-version = የንድፍ ስሪት
cli-field-integrity = ሙሉነት
cli-field-foreign-keys = የውጭ ቁልፎች
cli-field-ops = ሥራዎች
cli-field-state-hash = የሁኔታ ሃሽ
cli-field-fingerprint = የጣት አሻራ
cli-field-signing-key = የፊርማ ቁልፍ
cli-field-device = መሣሪያ
cli-field-public-key = የሕዝብ ቁልፍ
cli-field-coordinator-recipient = የአስተባባሪው ተቀባይ (age)
cli-field-follows = የሚከተለው
cli-field-sealed-to = የግል መረጃ የታሸገለት
cli-field-next = ቀጣይ
cli-field-state = ሁኔታ
cli-field-sessions = ስብሰባዎች

### መልእክቶች

cli-yes = አዎ
cli-updated = ተዘምኗል
cli-removed = ተወግዷል
cli-minutes = { $minutes } ደቂቃ
cli-wrote = { $path } ተጽፏል ({ $bytes } ባይት)።

cli-action-updates = ዝማኔዎች፦

cli-agenda-running = በሂደት ላይ
cli-agenda-total = በአጠቃላይ የታቀደ፦ { $planned } ደቂቃ
cli-agenda-total-booked = በአጠቃላይ የታቀደ፦ ከተያዘው { $booked } ደቂቃ { $planned } ደቂቃ
cli-agenda-total-over = በአጠቃላይ የታቀደ፦ ከተያዘው { $booked } ደቂቃ { $planned } ደቂቃ — ከአዳራሹ ቦታ ማስያዝ ይበልጣል
cli-agenda-moved = ወደ ቦታ { $place } ተዛውሯል
cli-agenda-started = “{ $title }” ተጀምሯል
cli-agenda-finished = ተጠናቋል
cli-agenda-now = አሁን፦ { $title }
cli-agenda-done = አጀንዳው ተጠናቋል።

cli-tally-signed-in = የተመዘገቡ፦ { $count }
cli-tally-dots = የነጥብ ድምፆች ({ $ballots } ድምፅ ወረቀቶችና የተቆጠሩ ነጥቦች)፦
cli-tally-none-yet = ገና የለም
cli-tally-dots-score = { $score } ነጥብ
cli-tally-points-score = { $score } ነጥብ
cli-tally-ranked = በደረጃ የተሰጡ ድምፆች፦ { $ballots }
cli-tally-borda = የቦርዳ ቆጠራ፦
cli-tally-irv = ፈጣን ድጋሚ ምርጫ፦
cli-tally-round = ዙር { $round }፦ { $counts }
cli-tally-exhausted = ያለቁ { $count }
cli-tally-out = የወጣ፦ { $concern }
cli-tally-out-several = የወጡ፦ የመጀመሪያ ምርጫ የሌላቸው { $count }
cli-tally-winner = አሸናፊ፦ { $concern }
cli-tally-budget = የበጀት ክፍፍል ({ $ballots } ድምፅ ወረቀቶች)፦
cli-tally-repeated = { $count ->
    [one] { $count } ድምፅ አልተቆጠረም፦ ቶከኑ አስቀድሞ ድምፅ ሰጥቷል።
   *[other] { $count } ድምፆች አልተቆጠሩም፦ ቶከናቸው አስቀድሞ ድምፅ ሰጥቷል።
  }

cli-bench-met = ተሳክቷል ({ $target })
cli-bench-missed = አልተሳካም ({ $target })
cli-bench-sane = ውጤቶቹ ምክንያታዊ ናቸው።
cli-bench-problems = ችግሮች፦

cli-board-revoked = { $device } (የተሻረ)

cli-concern-duplicate = ድግግሞሽ
cli-concern-captured = { $at } በመሣሪያ { $device }
cli-concern-tags = መለያዎች፦ { $tags }
cli-concern-status = ሁኔታ፦ { $status }
cli-concern-merged = ከ{ $into } ጋር ተዋሕዷል
cli-concern-unmerged = ውሕደቱ ተቀልብሷል
cli-concern-deleted = ተሰርዟል

cli-import-summary = { $rows } ረድፎች፦ { $imported } ገብተዋል፣ { $problems } ችግር አለባቸው።

cli-doctor-title = የConvene የውሂብ ጎታ ፍተሻ
cli-doctor-ok = ደኅና
cli-doctor-problems = { $count } ችግሮች
cli-doctor-ops = { $ops } ከ{ $devices } መሣሪያዎች
cli-doctor-rows = ረድፎች፦
cli-doctor-rebuilt = ከ{ $ops } ሥራዎች እንደገና ተገንብቷል፦ የሁኔታ ሃሽ { $hash } — ከቀድሞው ሁኔታ ጋር አንድ ነው።

cli-init-ready = መሣሪያ { $device } ዝግጁ ነው።
cli-init-ready-named = መሣሪያ { $device } “{ $name }” በሚል ስም ዝግጁ ነው።

cli-key-title = የዚህ ኮምፒውተር የፊርማ ቁልፍ
cli-key-follows = አስተባባሪ { $coordinator } — የጣት አሻራ { $fingerprint }
cli-coordinator-ready = የአስተባባሪው ማንነት ዝግጁ ነው።
cli-coordinator-next = convene kit export ስብሰባ --out kit.convene
cli-kit-written = ኪቱ በ{ $path } ተጽፏል ({ $ops } ሥራዎች፣ { $bytes } ባይት)።
    ኮምፒውተሮቹ የአስተባባሪውን የጣት አሻራ { $fingerprint } ያያሉ።
cli-kit-imported = ከአስተባባሪ { $coordinator } የመጣ ኪት።
    ከዝግጅቱ በፊት ይህን የጣት አሻራ ከአስተባባሪው ጋር ያነጻጽሩ፦ { $fingerprint }
    ስብሰባዎች፦ { $sessions }
    ከአሁን በኋላ የዚህ ኮምፒውተር ጥቅሎች የተሳታፊዎችን የግል መረጃ ለዚያ አስተባባሪ ያሽጋሉ።

cli-bundle-personal-left-out = የ{ $count } ምዝገባዎች ስሞችና አድራሻዎች ቀርተዋል፦ ይህ ኮምፒውተር የሚያሽግበት የአስተባባሪ ቁልፍ የለውም። መጀመሪያ የአስተባባሪውን ኪት ያስገቡ፣ ወይም ሳይመሰጠሩ ለማካተት --include-personal-data ይጨምሩ።
cli-bundle-written = ጥቅሉ ተጽፎ ተፈትሿል፦ { $path } ({ $ops } ሥራዎች፣ { $bytes } ባይት፤ የግል መረጃ፦ { $personal })።
    አሁን ፍላሽ ዲስኩን ማውጣት ይችላሉ።
cli-bundle-verified = { $file }፦ ፊርማውና ሃሾቹ ትክክል ናቸው።
cli-bundle-import-summary = የገቡ { $imported }፣ ቀድሞ የነበሩ { $already_had }፣ የተለዩ { $quarantined }፣ የተከለከሉ { $rejected }፣ አዲስ ግጭቶች { $conflicts }።
cli-bundle-alarm = ማስጠንቀቂያ፦ { $count } ጥቅሎች የአንድ መሣሪያ ተራ ቁጥሮችን ደግመው ይጠቀማሉ፤ `convene bundle list` ይመልከቱ።
cli-bundle-compare-quarantined = የተለዩ መሣሪያዎችን የጣት አሻራ ከአወያዮቻቸው ጋር ያነጻጽሩ፣ ከዚያም `convene trust approve DEVICE` ያሂዱ።
cli-progress-imported = { $file }፦ ከ{ $device } { $ops } አዲስ ሥራዎች ገብተዋል
cli-progress-already-had = { $file }፦ ቀድሞ ገብቷል፣ የሚደረግ ነገር የለም
cli-progress-quarantined = { $file }፦ ተለይቷል — ያልታወቀ መሣሪያ { $device }፤ የጣት አሻራውን ያነጻጽሩ፣ ከዚያም `convene trust approve`
cli-progress-rejected = { $file }፦ ተከልክሏል — { $problem }

cli-trust-approved = { $device } [{ $fingerprint }] ጸድቋል።
cli-trust-added = { $device } [{ $fingerprint }] ታምኗል።
cli-trust-revoked = { $device } [{ $fingerprint }] ከለውጥ { $seq } ጀምሮ ተሽሯል፦ ጥቅሎቹ ውድቅ ይደረጋሉ፣ ከዚያ ጀምሮ ያደረገውም አይቆጠርም (ለውጦቹ ምልክት ተደርጎባቸው በመዝገቡ ይቆያሉ)።
cli-conflicts-none = ያልተፈታ ግጭት የለም።
cli-conflict-resolved = ግጭት { $id } በ{ $field } “{ $title }” ተፈትቷል።

cli-session-agenda = { $items } ንጥሎች፣ { $planned } ደቂቃ የታቀደ
cli-session-agenda-booked = { $items } ንጥሎች፣ ከተያዘው { $booked } ደቂቃ { $planned } ደቂቃ የታቀደ
cli-session-updated = ስብሰባ { $id } ተዘምኗል

cli-signin-maybe-duplicate = ማሳሰቢያ፦ ይህ ሰው ቀድሞ ተመዝግቦ ሊሆን ይችላል ({ $count })፤ ቢሆንም ተመዝግቧል።
cli-signin-counts = የተመዘገቡ፦ { $total } ({ $anonymous } ስም-አልባ፣ { $interpreter } አስተርጓሚ የሚያስፈልጋቸው)
cli-signin-by-language = በቋንቋ፦
cli-signin-by-role = በሚና፦
cli-signin-by-neighbourhood = በሰፈር፦
cli-signin-by-group = በቡድን፦
cli-signin-unassigned = ቡድን የለም
cli-signin-assigned = ተመድቧል
cli-signin-no-groups = ይህ ስብሰባ ገና የውይይት ቡድኖች የሉትም።

cli-tag-renamed = ስሙ ተቀይሯል
cli-cmd-key-renew = አዲስ የመሣሪያ ማንነት ይውሰዱ (ምትኬ ከመለሱ በኋላ፣ ወይም በተቀዳ ላፕቶፕ ላይ)፣ በቀድሞው ቁልፍ ከቀድሞው ማንነት ጋር የተያያዘ
cli-arg-key-renew-reissue-from-seq = ከዚህ ተከታታይ ቁጥር ጀምሮ የዚህን ላፕቶፕ ለውጦች በአዲሱ ማንነት እንደገና ያውጡ (ማስጠንቀቂያው የሚጠቅሰው ቁጥር)
cli-cmd-review = ሌሎች ላፕቶፖች የራሳቸው ባልሆኑ መዝገቦች ላይ ያደረጓቸው፣ አስተባባሪውን የሚጠብቁ ለውጦች
cli-cmd-review-list = ግምገማ የሚጠብቁ ለውጦች
cli-cmd-review-accept = የተያዘ ለውጥ ይቀበሉ፦ ከአሁን ጀምሮ ይቆጠራል
cli-cmd-review-refuse = የተያዘ ለውጥ ውድቅ ያድርጉ፦ ፈጽሞ አይቆጠርም
cli-arg-review-accept-change = `review list` እንደሚያሳየው የለውጡ መለያ (ወይም መጀመሪያው)
cli-arg-review-refuse-change = `review list` እንደሚያሳየው የለውጡ መለያ (ወይም መጀመሪያው)
cli-arg-trust-approve-sessions = እነዚህ ስብሰባዎች ብቻ (መለያዎች፣ በኮማ የተለዩ)፤ ካልተሰጠ፣ በአስተባባሪው ዕቅድ ያሉ ሁሉም ስብሰባዎች
cli-arg-trust-add-sessions = እነዚህ ስብሰባዎች ብቻ (መለያዎች፣ በኮማ የተለዩ)፤ ካልተሰጠ፣ በአስተባባሪው ዕቅድ ያሉ ሁሉም ስብሰባዎች
cli-arg-trust-revoke-from-bundle = ከዚህ ጥቅል ጀምሮ ብቻ ይቀልብሱ (`bundle list` እንደሚያሳየው ሃሹ)
cli-arg-trust-revoke-from-seq = ከዚህ ተከታታይ ቁጥር ጀምሮ ብቻ ይቀልብሱ
cli-arg-trust-revoke-dry-run = የሚቀለበሰውን ያሳዩ፣ ምንም አይቀይሩ
cli-arg-doctor-repair = እያንዳንዱን ለውጥ በዛሬዎቹ ፍተሻዎች እንደገና ይዳኙ፣ ሁሉንም ሠንጠረዦች ገንብተው ውጤቱን ያስቀምጡ
cli-key-renewed = ይህ ላፕቶፕ አሁን { $device } [{ $fingerprint }] ነው፣ { $old }ን ይተካል። በአዲሱ ማንነት እንደገና የወጡ ለውጦች፦ { $reissued }። ጥቅል ይላኩ፦ አስተባባሪው ሁለቱ ማንነቶች መያያዛቸውን ያያል።
cli-revoke-preview = { $device }ን ከለውጥ { $seq } ጀምሮ መሻር ለውጦቹን ይመልሳል፦ { $ops }።
cli-revoke-kind = { $kind }፦ የሚመለሱ { $restored }፣ የሚጠፉ { $removed }፣ የሚለወጡ { $changed }
cli-review-set = { $field }ን “{ $value }” ማድረግ
cli-review-delete = መሰረዝ
cli-review-none = ግምገማ የሚጠብቅ ለውጥ የለም።
cli-review-accepted = ተቀባይነት አግኝቷል፦ በ“{ $title }” ላይ { $change }።
cli-review-refused = ውድቅ ተደርጓል፦ በ“{ $title }” ላይ { $change }፤ ፈጽሞ አይቆጠርም።
cli-col-change = ለውጥ
cli-bundle-held = ግምገማ የሚጠብቁ ለውጦች (በሌሎች ላፕቶፖች ወይም በአስተባባሪው መዝገቦች ላይ)፦ { $count }። `convene review list` ይመልከቱ።
cli-bundle-refused = ውድቅ የተደረጉና የማይቆጠሩ ለውጦች (ላፕቶፑ ከተሰጠው ውጭ፣ ያልተፈቀዱ፣ ወይም ለመስካቸው የማይስማሙ)፦ { $count }። `convene bundle list` የትኞቹ ጥቅሎች እንደሆኑ ያሳያል።
cli-bundle-list-held-refused = የተያዙ { $held }፣ ውድቅ { $refused }
cli-doctor-verdicts = ለግምገማ የተያዙ { $held }፣ ውድቅ { $refused }፣ የተሻሩ { $revoked }
cli-field-not-counting = የማይቆጠሩ
cli-doctor-repaired = { $ops } ሥራዎች በዛሬዎቹ ፍተሻዎች እንደገና ተዳኙ፤ የተለወጡ ውሳኔዎች፦ { $changed } (ከእነዚህ ፍተሻዎች በፊት የተቀመጡና አሁን የማያልፉ ለውጦች አሁን አይቆጠሩም)። የሁኔታ ሃሽ { $hash }።
cli-trust-given = የተሰጠው፦ { $sessions } (እና ራሱ የሚፈጥራቸው ክፍለ ጊዜዎች)።
cli-trust-given-plan = የተሰጠው፦ የዕቅድዎ ክፍለ ጊዜዎች ሁሉ፣ እና ራሱ የሚፈጥራቸው።
cli-bundle-not-given = { $device } ያልተሰጡትን ክፍለ ጊዜዎች ላይ ጽፏል፦ { $sessions }። እስኪሰጡት ድረስ እዚያ ያደረገው ምንም አይቆጠርም፦ `convene trust approve { $fingerprint }`
cli-cmd-backup = ይህን ላፕቶፕ ምትኬ ያስቀምጡ፦ የውሂብ ጎታውንና ቁልፎቹን በይለፍ ሐረግ በተመሰጠረ አንድ ፋይል
cli-arg-backup-out = የምትኬ ፋይሉ የሚጻፍበት ቦታ
cli-arg-backup-passphrase-file = የይለፍ ሐረጉን ከዚህ ፋይል የመጀመሪያ መስመር ያንብቡ (ካልሆነ ከ CONVENE_BACKUP_PASSPHRASE፣ ወይም ይጠየቃል)
cli-cmd-restore = ላፕቶፑን ከምትኬ ፋይል ይመልሱ፤ ገና ወደሌለ የውሂብ ጎታ
cli-arg-restore-file = ለመመለስ የሚውለው የምትኬ ፋይል
cli-arg-restore-passphrase-file = የይለፍ ሐረጉን ከዚህ ፋይል የመጀመሪያ መስመር ያንብቡ (ካልሆነ ከ CONVENE_BACKUP_PASSPHRASE፣ ወይም ይጠየቃል)
cli-backup-passphrase-prompt = የምትኬው የይለፍ ሐረግ፦
cli-backup-written = ወደ { $path } ምትኬ ተቀምጧል ({ $bytes } ባይት)። የይለፍ ሐረጉን ከፋይሉ ለይተው ያስቀምጡ፤ ያለ እሱ ምትኬው አይከፈትም።
cli-backup-written-coordinator = ወደ { $path } ምትኬ ተቀምጧል ({ $bytes } ባይት)፣ ከአስተባባሪው ማንነት ጋር፦ ፋይሉና የይለፍ ሐረጉ ያለው ማንኛውም ሰው እንደዚህ አስተባባሪ ጥቅሎችን ማጽደቅ ይችላል። ለያይተው ደህንነቱ በተጠበቀ ቦታ ያስቀምጧቸው።
cli-restored = ወደ { $path } ተመልሷል። ይህ ላፕቶፕ አሁን ከ { $old } ጋር የተያያዘ { $new } ሆኖ ይፈርማል፤ አስተባባሪው ከአዲሱ ማንነት ኪት ወይም ጥቅል ሲደርሰው ጥቅሎቹን ይቀበላል።
cli-missing-device-key = ይህ የውሂብ ጎታ ከጎኑ የመሣሪያ ቁልፍ የለውም ({ $path })፣ ስለዚህ ጥቅሎችን መፈረም አይችልም። በ `convene restore` ከምትኬ ይመልሱት፣ ወይም የቁልፍ ፋይሉን መልሰው ይቅዱ።
cli-missing-coordinator-identity = ይህ የአስተባባሪ ውሂብ ጎታ ከጎኑ የማንነት ፋይል የለውም ({ $path })፣ ስለዚህ በጥቅሎች ውስጥ የታሸጉ ስሞችና አድራሻዎች ሊከፈቱ አይችሉም። በ `convene restore` ከምትኬ ይመልሱት፣ ወይም የማንነት ፋይሉን መልሰው ይቅዱ።
cli-doctor-plaintext-accessibility =
    { $count ->
        [one] የተደራሽነት ፍላጎቶች መታሸግ ከመጀመራቸው በፊት የተደረገ { $count } የመግቢያ ለውጥ ያንን ፍላጎት በምዝግብ ውስጥ በግልጽ ጽሑፍ ይዟል፤ ከስብሰባው ጥቅሎች ጋር ይጓዛል። ከአሁን በኋላ የሚጻፉ መግቢያዎች ያሽጉታል።
       *[other] የተደራሽነት ፍላጎቶች መታሸግ ከመጀመራቸው በፊት የተደረጉ { $count } የመግቢያ ለውጦች እነዚያን ፍላጎቶች በምዝግብ ውስጥ በግልጽ ጽሑፍ ይዘዋል፤ ከስብሰባዎቻቸው ጥቅሎች ጋር ይጓዛሉ። ከአሁን በኋላ የሚጻፉ መግቢያዎች ያሽጉታል።
    }
cli-cmd-concern-redact = አንድን ሰው ስለሚጠቅስ ወይም ዝርዝሩን ስለያዘ ስጋትን ያስወግዱ፦ ቃላቱ ከምዝግቡም፣ ማስወገዱ ከሚደርስበት ከእያንዳንዱ ላፕቶፕም ይጠፋሉ
cli-arg-concern-redact-concern = የስጋቱ መለያ (ወይም መጀመሪያው)
cli-cmd-note-redact = አንድን ሰው ስለሚጠቅስ ወይም ዝርዝሩን ስለያዘ ማስታወሻን ያስወግዱ፦ ቃላቱ ከምዝግቡም ይጠፋሉ
cli-arg-note-redact-note = የማስታወሻው መለያ (ወይም መጀመሪያው)
cli-cmd-signin-redact = መግቢያን ከስሙ፣ ከአድራሻዎቹና ከተደራሽነት ፍላጎቶቹ ጋር ያስወግዱ፦ ቃላቱ ከምዝግቡም ይጠፋሉ
cli-arg-signin-redact-signin = የመግቢያው መለያ (ወይም መጀመሪያው)
cli-redacted = እንደ የግል መረጃ ተወግዷል፦ ቃላቱ በዚህ ላፕቶፕ ምዝግብ ውስጥ ባሉ { $ops } ለውጦች ጠፍተዋል፤ ማስወገዱም ከሚቀጥለው ጥቅል ወይም ኪት ጋር ይጓዛል።
cli-redacted-bundles-before =
    { $count ->
        [one] ይህ ላፕቶፕ ከዚህ በፊት የጻፈው { $count } ጥቅል አሁንም ቃላቱን ይዟል፤ ሊለወጥም አይችልም፦ ያንን ፋይል ይሰርዙ፣ አስተባባሪውም የራሱን እንዲሰርዝ ይጠይቁ።
       *[other] ይህ ላፕቶፕ ከዚህ በፊት የጻፋቸው { $count } ጥቅሎች አሁንም ቃላቱን ይዘዋል፤ ሊለወጡም አይችሉም፦ እነዚያን ፋይሎች ይሰርዙ፣ አስተባባሪውም የራሱን እንዲሰርዝ ይጠይቁ።
    }
cli-review-redact = እንደ የግል መረጃ ማስወገድ (መቀበል ቃላቱን በሁሉም ቦታ ለዘለቄታው ያጠፋል)
