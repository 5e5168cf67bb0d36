## ለCSV ማውጫና ማስገቢያ የዓምድ ርዕሶች። ቁልፎቹ የማይቀየሩ የዓምድ ስሞች ናቸው።

csv-col-id = መለያ
csv-col-session = ስብሰባ
csv-col-group = ቡድን
csv-col-status = ሁኔታ
csv-col-text = ጽሑፍ
csv-col-language = ቋንቋ
csv-col-interpretation = ትርጉም
csv-col-interpretation_language = የትርጉም ቋንቋ
csv-col-tags = መለያ ምልክቶች
csv-col-location = ቦታ
csv-col-duplicate_of = ድግግሞሽ የ
csv-col-dots = ነጥቦች
csv-col-created_at = የተመዘገበበት ጊዜ
csv-col-time_in = የደረሰበት ሰዓት
csv-col-role = ሚና
csv-col-interpreter = አስተርጓሚ ያስፈልገዋል
csv-col-neighbourhood = ሰፈር
csv-col-zip = ዚፕ ኮድ
csv-col-accessibility = የተደራሽነት ፍላጎቶች
csv-col-consent = ለመገናኘት ፈቃድ
csv-col-name = ስም
csv-col-email = ኢሜይል
csv-col-phone = ስልክ
csv-col-concern = ጉዳይ
csv-col-borda = የቦርዳ ነጥቦች
csv-col-first_choices = የመጀመሪያ ምርጫዎች
csv-col-runoff = ፈጣን ዙር ምርጫ
csv-col-budget = የበጀት ነጥቦች
csv-col-title = ርዕስ
csv-col-basis = መሠረት
csv-col-owner = ኃላፊ
csv-col-due = የጊዜ ገደብ
csv-col-response = የታቀደ ምላሽ
csv-col-concerns = ጉዳዮች
csv-col-updates = ዝማኔዎች
csv-col-latest_update = የቅርብ ጊዜ ዝማኔ
csv-col-minutes = ደቂቃዎች
csv-col-presenter = አቅራቢ
csv-col-kind = ዓይነት
csv-runoff-winner = አሸናፊ
csv-runoff-out = በዙር { $round } ወጣ
csv-problem-unknown-column = “{ $heading }” ይህ ማስገቢያ የሚያውቀው ዓምድ አይደለም። እነዚህን ይጠቀሙ፦ { $allowed }።
csv-problem-missing-column = የሚያስፈልገው ዓምድ “{ $column }” የለም።
csv-problem-not-yes-no = “{ $value }” አዎ ወይም አይ አይደለም። “{ $yes }” ወይም “{ $no }” ብለው ይጻፉ።
csv-problem-not-a-number = “{ $value }” ሙሉ ቁጥር አይደለም።
csv-problem-unknown-group = በዚህ ስብሰባ “{ $value }” የሚባል የውይይት ቡድን የለም።
csv-problem-unreadable = ይህ መስመር እንደ CSV ሊነበብ አልቻለም፦ { $detail }

## የPDF ሪፖርቶች። ከመተግበሪያው ጋር የሚጋሩ መልእክቶች (የስብሰባ ዓይነቶች፣ ሚናዎች፣ ሁኔታዎች) ከui.ftl ይመጣሉ።

pdf-kind-summary = የስብሰባው ማጠቃለያ
pdf-kind-signin-sheet = የመመዝገቢያ ቅጽ
pdf-kind-report-back = የነገራችሁን፣ እና የተደረገውን
pdf-kind-cpp = የማኅበረሰብ ፖሊስ ዕቅድ ዝማኔ
pdf-page = ገጽ { $page } ከ{ $pages }
pdf-prepared = በ{ $date } በConvene ተዘጋጀ
pdf-precinct = ክፍለ ከተማ { $precinct }
pdf-all-precincts = ሁሉም ክፍለ ከተሞች
pdf-not-given = አልተገለጸም
pdf-none-yet = እስካሁን የለም።
language-name = { $code ->
    [en] እንግሊዝኛ
    [es] ስፓንኛ
    [zh-Hant] ቻይንኛ (ባህላዊ)
    [zh] ቻይንኛ
    [yue] ካንቶንኛ
    [vi] ቬትናምኛ
    [ru] ሩስኛ
    [so] ሶማሊኛ
    [ko] ኮሪያኛ
    [am] አማርኛ
    [ar] ዓረብኛ
    [ti] ትግርኛ
    [tl] ታጋሎግ
    [uk] ዩክሬንኛ
    [unknown] አልተገለጸም
   *[other] { $code }
  }

## የስብሰባው ማጠቃለያ
pdf-attendance = ተሳትፎ
pdf-attendance-total = { $count ->
    [one] { $count } ሰው ተመዝግቧል።
   *[other] { $count } ሰዎች ተመዝግበዋል።
  }
pdf-attendance-interpreter = { $count ->
    [0] ማንም አስተርጓሚ አልጠየቀም።
    [one] { $count } ሰው አስተርጓሚ ጠይቋል።
   *[other] { $count } ሰዎች አስተርጓሚ ጠይቀዋል።
  }
pdf-attendance-anonymous = { $count ->
    [0] ሁሉም ቢያንስ ሰፈር ወይም ዚፕ ኮድ ሰጥተዋል።
    [one] { $count } ሰው ስም ሳይሰጥ ተመዝግቧል።
   *[other] { $count } ሰዎች ስም ሳይሰጡ ተመዝግበዋል።
  }
pdf-attendance-privacy = ይህ ሪፖርት ሰዎችን ይቆጥራል እንጂ ስማቸውን ፈጽሞ አይጠቅስም።
pdf-by-language = በቋንቋ
pdf-by-role = በሚና
pdf-by-neighbourhood = በሰፈር ወይም በዚፕ ኮድ
pdf-col-people = ሰዎች
pdf-agenda = አጀንዳ፦ የታቀደውና የተከናወነው
pdf-col-item = ንጥል
pdf-col-presenter = አቅራቢ
pdf-col-planned = የታቀደ (ደቂቃ)
pdf-col-actual = የተከናወነ (ደቂቃ)
pdf-col-difference = ልዩነት
pdf-agenda-total = ድምር
pdf-agenda-not-run = አልተካሄደም
pdf-top-concerns = ብዙ ድምፅ ያገኙ ጉዳዮች
pdf-no-votes = በዚህ ስብሰባ ምንም ድምፅ አልተመዘገበም።
pdf-by-tag = ጉዳዮች በምሰሶና በርዕስ
pdf-col-pillar = ምሰሶ
pdf-col-topic = ርዕስ
pdf-col-concerns = ጉዳዮች
pdf-untagged = መለያ የሌለው
pdf-notes = ማስታወሻዎች በቡድን
pdf-whole-room = መላው አዳራሽ
pdf-actions = እርምጃዎች
pdf-col-action = እርምጃ
pdf-col-owner = ኃላፊ
pdf-col-due = የጊዜ ገደብ
pdf-col-status = ሁኔታ
pdf-col-basis = መሠረት
pdf-all-concerns = የተነሱት ጉዳዮች በሙሉ
pdf-col-concern = ጉዳይ
pdf-col-group = ቡድን
pdf-col-dots = ነጥቦች
pdf-interpreted = ትርጉም ({ $language })

## የመመዝገቢያ ቅጽ
pdf-signin-intro = እንኳን ደህና መጡ። እባክዎ በግልጽ ይጻፉ። ስምና የመገናኛ መረጃ አማራጭ ናቸው፤ የምንጠቀምባቸው የዚህን ስብሰባ ውጤት ለመላክ ብቻ ነው፣ ያውም የመጨረሻውን ሳጥን ምልክት ካደረጉ ብቻ።
pdf-signin-name = ስም (አማራጭ)
pdf-signin-neighbourhood = ሰፈር ወይም ዚፕ ኮድ
pdf-signin-language = የሚመርጡት ቋንቋ
pdf-signin-interpreter = አስተርጓሚ?
pdf-signin-role = ነዋሪ፣ ንግድ፣ ድርጅት፣ የከተማ ሠራተኛ ወይም ፖሊስ
pdf-signin-contact = ኢሜይል ወይም ስልክ (አማራጭ)
pdf-signin-consent = ልናገኝዎ እንችላለን?

## የውጤት ማሳወቂያ በራሪ ወረቀት
pdf-handout-intro = { $sessions ->
    [one] በ{ $sessions } ስብሰባ
   *[other] በ{ $sessions } ስብሰባዎች
  }፣ { $people ->
    [one] { $people } ሰው
   *[other] { $people } ሰዎች
  } ስለ { $concerns ->
    [one] { $concerns } ጉዳይ
   *[other] { $concerns } ጉዳዮች
  } ነግረውናል። የሰማነው፣ ያደረግነው እና ቀጥሎ የሚመጣው ይኸውና።
pdf-handout-raised = ያነሳችኋቸው ጉዳዮች
pdf-handout-done = የተደረገው
pdf-handout-next = ቀጥሎ የሚመጣው
pdf-raised-count = { $count ->
    [one] { $count } ጊዜ ተነስቷል
   *[other] { $count } ጊዜ ተነስቷል
  }፣ { $dots ->
    [one] { $dots } ድምፅ
   *[other] { $dots } ድምፆች
  }
pdf-handout-nothing-done = እስካሁን የተጠናቀቀ ነገር የለም፤ በሂደት ላይ ያሉት እርምጃዎች ቀጥሎ ተዘርዝረዋል።
pdf-handout-nothing-next = እስካሁን ሌላ የታቀደ እርምጃ የለም።
pdf-action-lead = ኃላፊ፦ { $owner }
pdf-action-latest = የቅርብ ጊዜ ({ $date })፦ { $text }

## የማኅበረሰብ ፖሊስ ዕቅድ ዝማኔ
pdf-cpp-period = { $sessions ->
    [one] { $sessions } ስብሰባ
   *[other] { $sessions } ስብሰባዎች
  }፣ ከ{ $from } እስከ { $to }
pdf-cpp-feedback = የማኅበረሰቡ አስተያየትና ቅድሚያዎች
pdf-cpp-feedback-intro = ከዳሰሳዎች፣ ከጉባኤዎችና ከትናንሽ ቡድኖች፦ { $people } ምዝገባዎችና { $concerns } ጉዳዮች፣ ብዙ ድምፅ ያገኙት ቀድመው።
pdf-cpp-effectiveness = የአሁኑ ጥረቶች ውጤታማነት
pdf-cpp-effectiveness-counts = { $done } ተጠናቀዋል፣ { $progress } በሂደት ላይ፣ { $planned } ታቅደዋል፣ { $dropped } ተሰርዘዋል።
pdf-cpp-responses = አዲስ ወይም የተሻሻሉ ምላሾች
pdf-cpp-shared = ለማኅበረሰቡ የተጋራው
pdf-cpp-no-sharing = በዚህ ክፍለ ከተማ እስካሁን የውጤት ማሳወቂያ ስብሰባ አልተካሄደም።
pdf-col-session = ስብሰባ
pdf-col-date = ቀን

# በዚህ ቋንቋ ቀን የሚጻፍበት መንገድ፣ በstrftime አጻጻፍ።
date-format = %B %-d ቀን %Y
pdf-interpretation = ትርጉም
csv-problem-duplicate-column = “{ $heading }” የሚለው ዓምድ ሁለት ጊዜ ይገኛል፤ የትኛው እንደሆነ መለየት አይቻልም። አንዱን ያስወግዱ ወይም ስሙን ይቀይሩ።
pdf-text-cut = (እዚህ ተቆርጧል፦ ሙሉው ጽሑፍ በ CSV ወደ ውጭ መላኪያው ውስጥ አለ)
csv-yes-words = አዎ, አዎን
csv-no-words = አይ, አይደለም
