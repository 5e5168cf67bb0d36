## የመተግበሪያው ገጾች። { $count } እና { $n } ቁጥሮች ናቸው፤ ሌሎቹ ጽሑፎች ናቸው።

nav-label = ገጾች
nav-sessions = ስብሰባዎች
nav-setup = ዝግጅት
nav-run = የስብሰባው ሂደት
nav-signin = ምዝገባ
nav-capture = መመዝገብ
nav-board = የጉዳዮች ሰሌዳ
nav-voting = ድምፅ መስጠት
nav-settings = ቅንብሮች
skip-to-content = ወደ ይዘቱ ይለፉ
header-session = ስብሰባ፦ { $title }
header-no-session = የተከፈተ ስብሰባ የለም
working = በመሥራት ላይ…
save = አስቀምጥ
saved = ተቀምጧል።
none-yet = እስካሁን የለም።
minutes = { $n ->
    [one] { $n } ደቂቃ
   *[other] { $n } ደቂቃዎች
}
minutes-short = ደቂቃ
language-code-hint = እንደ en፣ es፣ zh-Hant፣ vi፣ so፣ am ወይም ar ያለ የቋንቋ ኮድ።
import-problems = { $count ->
    [one] { $count } ረድፍ ችግር አለበት፤ ስለዚህ ምንም አልገባም፦
   *[other] { $count } ረድፎች ችግር አለባቸው፤ ስለዚህ ምንም አልገባም፦
}
import-problem = መስመር { $line }፣ ዓምድ “{ $column }”፦ { $message }

## የስብሰባ ዓይነቶች፣ የአጀንዳ ዓይነቶች፣ ሚናዎች፣ ሁኔታዎች፣ የመለያ ዓይነቶች
session-kind-summit = የክፍለ ከተማ ጉባኤ
session-kind-small-group = ትንሽ ቡድን
session-kind-report-back = የውጤት ማሳወቂያ ስብሰባ
session-kind-workshop = ዎርክሾፕ
agenda-kind-welcome = የእንኳን ደህና መጡ ንግግር
agenda-kind-presentation = ገለጻ
agenda-kind-discussion = ውይይት
agenda-kind-breakout = የቡድን ውይይቶች
agenda-kind-report-out = የቡድኖች ሪፖርት
agenda-kind-vote = ድምፅ መስጠት
agenda-kind-break = እረፍት
role-resident = ነዋሪ
role-business = የንግድ ባለቤት
role-organisation = የማኅበረሰብ ድርጅት
role-city-staff = የከተማ ሠራተኛ
role-police = ፖሊስ
status-new = አዲስ
status-under-review = በግምገማ ላይ
status-action-planned = እርምጃ ታቅዷል
status-in-progress = በሂደት ላይ
status-done = ተጠናቋል
status-not-pursued = አይቀጥልም
tag-kind-pillar = ምሰሶ
tag-kind-topic = ርዕስ
ballot-kind-rank = በደረጃ የሚሰጥ ድምፅ
ballot-kind-budget = የበጀት ድምፅ

## ስብሰባዎች
sessions-heading = ስብሰባዎች
sessions-empty = እስካሁን ስብሰባ የለም። ከታች አንዱን ይፍጠሩ፣ ወይም የማሳያ ጉባኤውን ይክፈቱ።
sessions-demo = የማሳያ ጉባኤውን ክፈት
sessions-col-title = ስብሰባ
sessions-col-kind = ዓይነት
sessions-col-precinct = ክፍለ ከተማ
sessions-col-starts = የሚጀምርበት
sessions-col-counts = እስካሁን
sessions-col-actions = ተግባራት
sessions-counts = የተመዘገቡ፦ { $signins } · ስጋቶች፦ { $concerns } · ቡድኖች፦ { $groups }
sessions-open = ክፈት
sessions-duplicate = ቅዳ…
sessions-duplicate-title = የአዲሱ ስብሰባ ርዕስ
sessions-duplicate-go = ቅጂውን ፍጠር
sessions-copy-title = { $title } (ሁለተኛ ዙር)
sessions-new = አዲስ ስብሰባ
sessions-create = ስብሰባ ፍጠር
session-title = ርዕስ
session-kind = ዓይነት
session-precinct = ክፍለ ከተማ
session-place = ቦታ
session-starts = የሚጀምርበት ጊዜ
session-room-minutes = አዳራሹ የተያዘበት ጊዜ (በደቂቃ)
session-room-minutes-hint = የአጀንዳው ድምር ከዚህ ጋር ይነጻጸራል።
session-languages = የሚነገሩ ቋንቋዎች
session-interpreted = የሚተረጎሙ ቋንቋዎች
session-languages-hint = በኮማ የተለዩ የቋንቋ ኮዶች፣ ለምሳሌ en, es, vi።

## ዝግጅት
setup-heading = ዝግጅት
agenda-heading = አጀንዳ
agenda-help = ንጥሉን በመያዣው ይጎትቱ፣ ወይም መያዣውን መርጠው ለማንቀሳቀስ Alt+↑ ወይም Alt+↓ ይጫኑ።
agenda-reorder = “{ $title }”ን አንቀሳቅስ፣ ንጥል { $place } ከ{ $count }
agenda-minutes-for = ለ“{ $title }” የታቀዱ ደቂቃዎች
agenda-up = “{ $title }”ን ወደ ላይ አንቀሳቅስ
agenda-down = “{ $title }”ን ወደ ታች አንቀሳቅስ
agenda-remove = “{ $title }”ን አስወግድ
agenda-total = የታቀደ፦ { $planned } ደቂቃዎች።
agenda-within-booking = የታቀደ፦ አዳራሹ ከተያዘበት { $booked } ደቂቃ ውስጥ { $planned }።
agenda-over-booking = የታቀደ፦ { $planned } ደቂቃዎች፤ አዳራሹ ከተያዘበት { $booked } ደቂቃ በ{ $over } ይበልጣል። አንድ ንጥል ያሳጥሩ ወይም ያስወግዱ።
agenda-add = ንጥል ጨምር
agenda-item-title = ንጥል
agenda-item-minutes = ደቂቃዎች
agenda-item-kind = ዓይነት
agenda-item-presenter = አቅራቢ
agenda-import-template = ከአጀንዳ አብነት (CSV) ንጥሎችን ጨምር…
agenda-imported = { $count ->
    [one] { $count } የአጀንዳ ንጥል ተጨምሯል።
   *[other] { $count } የአጀንዳ ንጥሎች ተጨምረዋል።
}
groups-heading = የውይይት ቡድኖች
groups-empty = እስካሁን ቡድን የለም።
groups-add = ቡድን ጨምር
group-name = የቡድኑ ስም
group-language = ቋንቋ
group-topic = ርዕስ
group-facilitator = አመቻች
questions-heading = የውይይት ጥያቄዎች
questions-empty = እስካሁን ጥያቄ የለም።
questions-add = ጥያቄ ጨምር
question-text = ጥያቄ
question-language = ቋንቋ
languages-heading = ቋንቋዎችና አዳራሽ
tags-heading = የመለያ ምልክቶች ዝርዝር
tags-add = መለያ ጨምር
tags-retire = #{ $tag }ን አቁም
tag-slug = መለያ
tag-label = ስያሜ
tag-kind = ዓይነት
tag-pillar = ምሰሶ
tag-pillar-hint = ለርዕስ፦ የሚመደብበት ምሰሶ።

## የስብሰባው ሂደት
run-heading = የስብሰባው ሂደት
run-now = አሁን
run-not-started = አጀንዳው አልተጀመረም።
run-done = አጀንዳው ተጠናቋል።
run-start = አጀንዳውን ጀምር
run-next = ቀጣይ ንጥል
run-previous = ቀዳሚ ንጥል
run-overrun = ጊዜው በ{ $time } አልፏል
run-almost = { $time } ቀርቷል
run-agenda = አጀንዳ
run-planned = የታቀደ { $minutes } ደቂቃ
run-started = የጀመረው { $time }
run-actual = { $minutes } ደቂቃ ወሰደ
run-start-this = ይህን ንጥል ጀምር
projector-heading = ፕሮጀክተር
projector-open = የፕሮጀክተሩን መስኮት ክፈት
projector-question = በማያ ገጹ ላይ ያለው ጥያቄ
projector-no-question = ጥያቄ የለም
projector-language-1 = ቋንቋ
projector-language-2 = ሁለተኛ ቋንቋ፣ ጎን ለጎን
projector-no-second = የለም
projector-show-results = የድምፅ ውጤቶችን በቀጥታ አሳይ

## ምዝገባ
signin-heading = የመመዝገቢያ ቅጽ
signin-form-heading = አንድ ሰው መዝግብ
signin-form-help = ሁሉም መስኮች አማራጭ ናቸው። Tab በመስኮች መካከል ያንቀሳቅሳል፤ Enter ከየትኛውም መስክ ያስቀምጣል።
signin-name = ስም
signin-name-hint = ስም ሳይሰጡ ለመመዝገብ ባዶ ይተዉት።
signin-neighbourhood = ሰፈር
signin-zip = ዚፕ ኮድ
signin-language = የሚመርጡት ቋንቋ
signin-interpreter = አስተርጓሚ ያስፈልገዋል
signin-role = የሚሳተፉበት ሚና
signin-email = ኢሜይል
signin-phone = ስልክ
signin-consent = ስለ ቀጣይ ሂደቱ እንድንገናኘው ይስማማል
signin-group = የውይይት ቡድን
signin-no-group = ገና አልተመደበም
signin-suggested-group = የሚመከረው፦ { $group }፣ በ{ $language } የሚሠራ።
signin-save = መዝግብ
signin-saved = ተመዝግቧል።
signin-duplicate-warning = { $count ->
    [one] እነዚህ መረጃዎች ያሉት ሰው በ{ $time } ተመዝግቧል። ቢሆንም ለመመዝገብ Enter እንደገና ይጫኑ፣ ወይም መረጃዎቹን ይቀይሩ።
   *[other] እነዚህ መረጃዎች ያሏቸው { $count } ሰዎች ተመዝግበዋል (የመጀመሪያው በ{ $time })። ቢሆንም ለመመዝገብ Enter እንደገና ይጫኑ፣ ወይም መረጃዎቹን ይቀይሩ።
}
signin-counts = እዚህ ያሉት
signin-total = { $count ->
    [one] { $count } ሰው ተመዝግቧል
   *[other] { $count } ሰዎች ተመዝግበዋል
} ({ $anonymous } ያለ ስም፣ { $interpreter } አስተርጓሚ ያስፈልጋቸዋል)
signin-by-language = በቋንቋ
signin-by-role = በሚና
signin-by-neighbourhood = በሰፈር
signin-recent = የቅርብ ጊዜ ምዝገባዎች
signin-language-unknown = ቋንቋ አልተገለጸም
kiosk-heading = ራስን መመዝገቢያ
kiosk-help = ለተሳታፊዎች ሙሉ ማያ ገጽ መስኮት ይከፍታል። የሌሎችን መረጃ አያሳይም፤ የሚዘጋው በእርስዎ ፒን ብቻ ነው።
kiosk-mode = መመዝገቢያው የሚያገለግለው ለ
kiosk-mode-sign-in = ምዝገባ
kiosk-mode-ballot = ድምፅ መስጠት
kiosk-languages = የመጀመሪያው ቋንቋ
kiosk-language-2 = ሁለተኛው ቋንቋ
kiosk-language-3 = ሦስተኛው ቋንቋ
kiosk-ballot-kind = የድምፅ መስጫ
kiosk-budget = በበጀት ድምፅ የሚከፋፈሉ ነጥቦች
kiosk-pin = የአመቻቹ ፒን
kiosk-pin-hint = ቢያንስ አራት አሃዞች። መመዝገቢያውን ለመዝጋት ያስፈልግዎታል።
kiosk-start = መመዝገቢያውን ክፈት

## መመዝገብ
capture-heading = የቡድን ውይይት መመዝገቢያ
capture-form-heading = ጉዳይ መዝግብ
capture-group = ቡድን
capture-group-hint = ቡድን ለመቀየር Alt+1 እስከ Alt+9።
capture-no-group = መላው ስብሰባ
capture-text = ጉዳዩ፣ እንደተነገረው
capture-text-hint = ለማስቀመጥ Enter ይጫኑ። ለመለያ # ይጻፉ፤ ለመምረጥ ↑ ↓ እና Tab።
capture-language = የተነገረበት ቋንቋ
capture-interpretation = ትርጉም
capture-interpretation-hint = አማራጭ፦ የአስተርጓሚው ትርጉም፣ ከዋናው ጎን ይቀመጣል።
capture-save = ጉዳዩን አስቀምጥ
capture-undo = ቀልብስ
capture-undo-what = ቀልብስ፦ { $what }
capture-undo-add = የመጨረሻውን ምዝገባ
capture-undo-status = የሁኔታውን ለውጥ
capture-quick-keys = ለመጨረሻው ምዝገባ ፈጣን ቁልፎች፦
capture-quick-status = Ctrl+{ $n } { $status }
capture-recent = በዚህ ቡድን የተመዘገቡ
capture-saving = በማስቀመጥ ላይ…
capture-saved = ተቀምጧል
capture-count = { $count ->
    [one] እስካሁን { $count } ጉዳይ።
   *[other] እስካሁን { $count } ጉዳዮች።
}

## የጉዳዮች ሰሌዳ
board-heading = የጉዳዮች ሰሌዳ
board-search = ፈልግ
board-tag = መለያ
board-group = ቡድን
board-layout = በዚህ አደራጅ
board-by-status = ሁኔታ
board-by-tag = መለያ
board-by-group = ቡድን
board-all-tags = ሁሉም መለያዎች
board-all-groups = ሁሉም ቡድኖች
board-no-group = ቡድን የለውም
board-untagged = መለያ የለውም
board-votes = ድምፆች
board-dots = { $count ->
    [one] { $count } ነጥብ
   *[other] { $count } ነጥቦች
}
board-status-of = ሁኔታ
board-merge = አዋህድ…
board-merge-cancel = ማዋሐዱን ሰርዝ
board-merge-here = ወደዚህ አዋህድ
board-merge-pick = የሚዋሃድበትን ካርድ ይምረጡ፣ ወይም ይሰርዙ።
board-merged = ተዋህዷል። የድግግሞሹ ድምፆች አሁን ለተቀላቀለው ካርድ ይቆጠራሉ።
board-duplicates = ሊደጋገሙ የሚችሉ
board-no-duplicates = ሊደጋገሙ የሚችሉ የሉም።
board-dup-similar = { $percent }% ይመሳሰላሉ
board-merge-these = የመጀመሪያውን ወደ ሁለተኛው አዋህድ

## ድምፅ መስጠት
voting-heading = ድምፅ መስጠት
voting-dots-heading = የተቆጠሩ ነጥቦች
voting-dots-help = በካርዱ ላይ ያሉትን ነጥቦች ቁጥር ጽፈው Enter ይጫኑ፤ ጠቋሚው ወደሚቀጥለው ይሄዳል።
voting-col-concern = ጉዳይ
voting-col-dots = ነጥቦች
voting-col-add = ነጥቦች ጨምር
voting-add = ጨምር
voting-add-dots-for = ለ“{ $text }” የሚጨመሩ ነጥቦች
voting-dots-saved = ነጥቦች ተጨምረዋል።
voting-tally = ውጤቶች
voting-dots = ነጥቦች
voting-ranked = { $ballots ->
    [one] በደረጃ የተሰጡ ድምፆች ({ $ballots } ድምፅ መስጫ)፦ የቦርዳ ነጥቦች
   *[other] በደረጃ የተሰጡ ድምፆች ({ $ballots } ድምፅ መስጫዎች)፦ የቦርዳ ነጥቦች
}
voting-irv-winner = የፈጣን ዙር አሸናፊ፦ { $text }
voting-budget = { $ballots ->
    [one] በጀት ({ $ballots } ድምፅ መስጫ)
   *[other] በጀት ({ $ballots } ድምፅ መስጫዎች)
}
voting-show-on-projector = ውጤቶቹን በፕሮጀክተሩ አሳይ

## ቅንብሮች
settings-heading = ቅንብሮች
settings-device = ይህ ኮምፒውተር
settings-device-name = የኮምፒውተሩ ስም
settings-device-name-hint = ከዚህ ኮምፒውተር ጥቅሎች ጎን ለአስተባባሪው ይታያል፣ ለምሳሌ “ጠረጴዛ 3”።
settings-fingerprint = የመሣሪያው የጣት አሻራ፦ { $fingerprint }
settings-data = መረጃ
settings-database = የመረጃ ቋት ፋይል
settings-database-hint = ይህ ኮምፒውተር የሚመዘግበው ሁሉ በዚህ አንድ ፋይል ውስጥ ነው።
settings-choose = ምረጥ…
settings-open-database = ይህን የመረጃ ቋት ክፈት
settings-database-opened = ተከፍቷል።
settings-language = ቋንቋ
settings-language-label = የዚህ መተግበሪያ ቋንቋ
settings-language-hint = ወዲያውኑ ይቀየራል። ፕሮጀክተሩና መመዝገቢያው የራሳቸውን ቋንቋ ይመርጣሉ።
settings-pseudo-locale = የሙከራ ቋንቋ (ያልተተረጎመ ጽሑፍ ያገኛል)
settings-version = Convene { $version }

## የፕሮጀክተር መስኮት (ለአዳራሹ የሚታይ፣ አመቻቹ በሚመርጣቸው ቋንቋዎች)
projector-window-title = Convene — ፕሮጀክተር
projector-now = አሁን
projector-waiting = በቅርቡ ይጀምራል
projector-question-label = ጥያቄ
projector-results = የድምፅ ውጤቶች
projector-no-votes = እስካሁን ድምፅ የለም።
projector-dots = { $count ->
    [one] { $shown } ነጥብ
   *[other] { $shown } ነጥቦች
}

## የመመዝገቢያ መስኮት (ለተሳታፊዎች በራሳቸው ቋንቋ የሚታይ)
kiosk-window-title = Convene — ምዝገባ
kiosk-welcome = እንኳን ደህና መጡ
kiosk-choose-language = ቋንቋዎን ይምረጡ
kiosk-form-heading = ይመዝገቡ
kiosk-form-help = ሁሉም ነገር አማራጭ ነው። መልሶችዎ ማን እንደመጣ እንድናውቅ ይረዱናል፤ የሚጋሩት ቁጥሮች ብቻ ናቸው።
kiosk-optional = አማራጭ
kiosk-name = ስምዎ
kiosk-neighbourhood = ሰፈርዎ
kiosk-zip = ዚፕ ኮድ
kiosk-role = እዚህ የመጣሁት እንደ
kiosk-interpreter = አስተርጓሚ እፈልጋለሁ
kiosk-email = ኢሜይል
kiosk-phone = ስልክ
kiosk-consent = ስለሚቀጥለው ነገር ልታገኙኝ ትችላላችሁ
kiosk-submit = ይመዝገቡ
kiosk-back = ተመለስ
kiosk-thanks = እናመሰግናለን፣ ተመዝግበዋል።
kiosk-next-person = ቀጣዩ ሰው በቅርቡ መጀመር ይችላል።
kiosk-facilitator = አመቻች
kiosk-pin-heading = መመዝገቢያውን ዝጋ
kiosk-pin-label = ፒን
kiosk-unlock = መመዝገቢያውን ዝጋ
kiosk-rank-heading = ጉዳዮቹን በደረጃ ያስቀምጡ
kiosk-rank-help = ጉዳዮቹን ለእርስዎ ባላቸው አስፈላጊነት ቅደም ተከተል ይንኩ፦ የመጀመሪያው ንክኪ የመጀመሪያ ምርጫዎ ነው። ለማስወገድ እንደገና ይንኩ።
kiosk-budget-heading = { $budget } ነጥቦችን ያከፋፍሉ
kiosk-budget-help = { $budget } ነጥቦችዎን ለእርስዎ በጣም ለሚያስፈልጉት ጉዳዮች ይስጡ።
kiosk-points-for = ለ“{ $text }” ነጥቦች
kiosk-ranked = { $count ->
    [0] እስካሁን ምንም ደረጃ አልተሰጠም።
    [one] { $count } ጉዳይ ደረጃ ተሰጥቶታል።
   *[other] { $count } ጉዳዮች ደረጃ ተሰጥቷቸዋል።
}
kiosk-cast = ድምፄን ስጥ
kiosk-ballot-thanks = እናመሰግናለን፣ ድምፅዎ ተቆጥሯል።
kiosk-error-consent-required = ኢሜይል ወይም ስልክ ቁጥር ለመስጠት፣ ልናገኝዎ እንደምንችል የሚናገረውን ሳጥን ምልክት ያድርጉ።
kiosk-error-invalid-zip = ይህ ዚፕ ኮድ ትክክል አይመስልም። አምስት አሃዞችን ይጠቀሙ፣ ወይም ባዶ ይተዉት።
kiosk-error-invalid-email = ይህ የኢሜይል አድራሻ ትክክል አይመስልም። ያረጋግጡት፣ ወይም ባዶ ይተዉት።
kiosk-error-invalid-phone = ይህ የስልክ ቁጥር ትክክል አይመስልም። ያረጋግጡት፣ ወይም ባዶ ይተዉት።
kiosk-error-empty-ballot = መጀመሪያ ቢያንስ አንድ ጉዳይ ይምረጡ።
kiosk-error-budget-mismatch = የነጥቦችዎ ድምር ከሚታየው ቁጥር ጋር እኩል መሆን አለበት። ቁጥሮችዎን ያረጋግጡ።
kiosk-error-kiosk-pin-wrong = ፒኑ ትክክል አይደለም።
kiosk-error-other = የሆነ ችግር ተፈጥሯል። እባክዎ አመቻቹን እርዳታ ይጠይቁ።
agenda-kind-closing = መዝጊያ
signin-not-given = አልተገለጸም
board-show-more = ሌሎች { $count } አሳይ ({ $rest } አልታዩም)

## ኪቶችና ጥቅሎች፣ የአስተባባሪው ጠረጴዛ፣ እርምጃዎች
nav-exchange = ኪቶችና ጥቅሎች
nav-coordinator = አስተባባሪ
nav-actions = እርምጃዎች
files-choose = ምረጥ…
files-hint = የፋይሉን መንገድ ይጻፉ ወይም ይለጥፉ፣ ይምረጡት፣ ወይም ፋይሉን በዚህ መስኮት ላይ ይጣሉት።
files-many-hint = በእያንዳንዱ መስመር አንድ መንገድ፤ ብዙዎችን በአንድ ጊዜ ይምረጡ፣ ወይም ፋይሎቹን በዚህ መስኮት ላይ ይጣሉ።
progress-of = { $done } ከ{ $total } { $item }
exchange-heading = ኪቶችና ጥቅሎች
exchange-this-laptop = ይህ ኮምፒውተር
exchange-fingerprint = የዚህ ኮምፒውተር የጣት አሻራ፦ { $fingerprint }
exchange-follows = የጣት አሻራው { $fingerprint } የሆነውን አስተባባሪ ይከተላል።
exchange-no-kit = እስካሁን ኪት አልገባም፦ ከዝግጅቱ በፊት የአስተባባሪውን ኪት ያስገቡ።
exchange-is-coordinator = ይህ የአስተባባሪው ኮምፒውተር ነው፦ በጥቅሎቹ ውስጥ ያለው የተሳታፊዎች የግል መረጃ ለዚህ ታሽጓል።
exchange-become-coordinator = ይህን የአስተባባሪው ኮምፒውተር አድርግ
exchange-sessions = ስብሰባዎች
exchange-kit-out = ኪት አውጣ (አስተባባሪ፣ ከዝግጅቱ በፊት)
exchange-kit-out-help = ኪቱ የስብሰባዎቹን ዕቅድ (አጀንዳ፣ ቡድኖች፣ ጥያቄዎች፣ መለያዎች) እና ቁልፎችዎን ተፈርሞ ይይዛል። ለእያንዳንዱ ኮምፒውተር በUSB ያስቀምጡት።
exchange-kit-file = የኪት ፋይል
exchange-export-kit = ኪቱን አውጣ
exchange-kit-written = ኪቱ በ{ $path } ተጽፏል ({ $ops } ለውጦች)።
exchange-kit-in = ኪቱን አስገባ (እያንዳንዱ ኮምፒውተር፣ ከዝግጅቱ በፊት)
exchange-kit-in-help = የሚያሳየውን የጣት አሻራ በአስተባባሪው ማያ ገጽ ላይ ካለው ጋር ያነጻጽሩ።
exchange-import-kit = ኪቱን አስገባ
exchange-kit-imported = { $count ->
    [one] ኪቱ ገብቷል፦ { $count } ስብሰባ፣ { $ops } አዳዲስ ለውጦች።
   *[other] ኪቱ ገብቷል፦ { $count } ስብሰባዎች፣ { $ops } አዳዲስ ለውጦች።
}
exchange-compare-fingerprint = የአስተባባሪው የጣት አሻራ፦ { $fingerprint }። ከአስተባባሪው ማያ ገጽ ጋር መዛመድ አለበት።
exchange-kit-new-coordinator = አዎ፣ ይህ ኪት ከአዲሱ አስተባባሪያችን ነው፦ አስገባው
exchange-bundle-out = የዚህን ኮምፒውተር ጥቅል አውጣ (በስብሰባው መጨረሻ)
exchange-bundle-out-help = እዚህ የተመዘገበውን ሁሉ የያዘ አንድ የተፈረመ ፋይል፤ ስሞችና የመገናኛ መረጃዎች አስተባባሪው ብቻ እንዲያነባቸው ታሽገዋል።
exchange-bundle-file = የጥቅል ፋይል
exchange-export-bundle = ጥቅሉን አውጣ
exchange-writing = ጥቅሉን በመጻፍና በማረጋገጥ ላይ…
exchange-bundle-safe = ተጽፏል፣ ተረጋግጧል። USBን በደህና ማውጣት ይችላሉ።
exchange-bundle-written = { $path }፦ { $ops } ለውጦች፤ የግል መረጃ { $personal }።
exchange-personal-sealed = ለአስተባባሪው ታሽጓል
exchange-personal-plaintext = ሳይመሰጠር ተካቷል
exchange-personal-left-out = አልተካተተም (ኪት አልገባም)
coordinator-heading = የአስተባባሪው ጠረጴዛ
coordinator-import = ጥቅሎችን አስገባ
coordinator-import-help = ከUSBዎቹ ሁሉንም ጥቅሎች በአንድ ጊዜ ይምረጡ። እያንዳንዱ ከመነበቡ በፊት ይፈተሻል፤ ሙሉ በሙሉ ይገባል ወይም ምንም አይገባም።
coordinator-bundle-files = የጥቅል ፋይሎች
coordinator-import-go = ጥቅሎቹን አስገባ
coordinator-importing = ጥቅሎችን በማስገባት ላይ
coordinator-import-summary = ገቡ { $imported }፣ ቀድሞ ነበሩ { $already }፣ ማጽደቅ የሚጠብቁ { $quarantined }፣ ውድቅ የተደረጉ { $rejected }፤ { $conflicts } አዳዲስ ግጭቶች።
coordinator-bundles = የደረሱ ጥቅሎች
coordinator-no-bundles = እስካሁን ጥቅል የለም።
coordinator-col-device = ጥቅል
coordinator-col-facilitator = ኮምፒውተር
coordinator-col-sessions = ስብሰባዎች
coordinator-col-received = የደረሰበት
coordinator-col-counts = ለውጦች
coordinator-col-signature = ፊርማና ሁኔታ
coordinator-ops = { $ops } ({ $new } አዲስ)
coordinator-status-imported = ፊርማው ትክክል ነው፣ ተዋህዷል
coordinator-status-quarantined = ፊርማው ትክክል ነው፣ ማጽደቅ ይጠብቃል
coordinator-status-alarm = ማስጠንቀቂያ፦ ሌላ ጥቅል ተመሳሳይ ለውጦችን ይናገራል
coordinator-status-rejected = ውድቅ ተደርጓል
coordinator-status-already-had = ቀድሞ ነበር
coordinator-devices = ኮምፒውተሮች
coordinator-no-devices = እስካሁን ሌላ ኮምፒውተር የለም።
coordinator-waiting = { $count ->
    [one] { $count } ጥቅል ይጠብቃል
   *[other] { $count } ጥቅሎች ይጠብቃሉ
}
coordinator-approve = አጽድቅ
coordinator-reject = ውድቅ አድርግ
coordinator-approved = { $count ->
    [one] ጸድቋል፤ የሚጠብቀው ጥቅሉ ተዋህዷል።
   *[other] ጸድቋል፤ የሚጠብቁት { $count } ጥቅሎቹ ተዋህደዋል።
}
device-state-self = ይህ ኮምፒውተር
device-state-coordinator = አስተባባሪ
device-state-approved = ጸድቋል
device-state-quarantined = ማጽደቅ ይጠብቃል
device-state-revoked = ውድቅ ተደርጓል
coordinator-conflicts = ግጭቶች
coordinator-no-conflicts = ግጭት የለም።
coordinator-conflict-title = “{ $title }”፦ { $field }
coordinator-conflict-winner = ማዋሐዱ ያቆየው
coordinator-conflict-loser = ወደ ጎን የተተወው
coordinator-conflict-by = { $device }፣ { $at }
coordinator-keep-this = ይህን አቆይ
coordinator-own-value = ወይም ትክክለኛውን እሴት ይጻፉ
coordinator-keep-own = የኔን አቆይ
coordinator-resolved = ተፈቷል።
coordinator-board = የተዋሃደ የጉዳዮች ሰሌዳ
coordinator-precinct = ክፍለ ከተማ
coordinator-board-count = { $count ->
    [one] { $count } ጉዳይ።
   *[other] { $count } ጉዳዮች።
}
coordinator-col-concern = ጉዳይ
coordinator-col-session = ስብሰባ
coordinator-col-group = ቡድን
coordinator-col-laptop = የተመዘገበበት
coordinator-col-dots = ነጥቦች
actions-heading = እርምጃዎች
actions-new = አዲስ እርምጃ
actions-create = እርምጃውን ፍጠር
actions-created = እርምጃው ተፈጥሯል።
actions-list = እርምጃዎች
actions-empty = እስካሁን እርምጃ የለም።
action-title = እርምጃ
action-response = የሚደረገው
action-owner = ኃላፊ
action-due = የጊዜ ገደብ
action-precinct = ክፍለ ከተማ
action-basis = የተቀየረበት ምክንያት
action-concerns = የሚመልሳቸው ጉዳዮች
action-concerns-hint = የተዋሃደውን ሰሌዳ ይፈልጉና ጉዳዮቹን ምልክት ያድርጉ።
basis-community-input = በማኅበረሰቡ አስተያየት ላይ የተመሠረተ
basis-result-based = በውጤቶች ላይ የተመሠረተ
action-status-planned = ታቅዷል
action-status-in-progress = በሂደት ላይ
action-status-done = ተጠናቋል
action-status-dropped = ተሰርዟል
action-status-unchanged = ሁኔታው አልተቀየረም
action-meta = ኃላፊ፦ { $owner } · የጊዜ ገደብ { $due } · { $precinct }
action-update-text = ስለ “{ $title }” ዝማኔ
action-update-status = ለ“{ $title }” አዲስ ሁኔታ
action-add-update = ዝማኔ ጨምር
report-heading = የውጤት ማሳወቂያ፦ ከእያንዳንዱ ጉዳይ እስከ ተደረገው
report-precinct = ክፍለ ከተማ
report-precinct-hint = ለሁሉም ክፍለ ከተሞች ባዶ ይተዉት።
report-empty = እስካሁን ጉዳይ የለም።
report-raised = የተነሳው በ{ $session } ({ $kind })፣ { $group }፤ { $dots } ነጥቦች።
report-also-raised = { $count ->
    [one] { $count } ጊዜ ተጨማሪ ተነስቷል፣ በ፦ { $groups }።
   *[other] { $count } ጊዜ ተጨማሪ ተነስቷል፣ በ፦ { $groups }።
}
report-action = እርምጃ፦ { $title } — { $status } (የመጨረሻ ዝማኔ { $updated })።
report-no-action = እስካሁን እርምጃ የለም (ሁኔታ፦ { $status })።

## ሪፖርቶችና ማውጫ
nav-reports = ሪፖርቶችና ማውጫ
reports-heading = ሪፖርቶችና ማውጫ
reports-pdf-heading = የPDF ሪፖርት
reports-pdf-kind = ሪፖርት
reports-pdf-summary = የስብሰባው ማጠቃለያ
reports-pdf-signin-sheet = የሚታተም የመመዝገቢያ ቅጽ (ባዶ)
reports-pdf-report-back = የውጤት ማሳወቂያ በራሪ ወረቀት
reports-pdf-cpp = የማኅበረሰብ ፖሊስ ዕቅድ ዝማኔ
reports-pdf-help-summary = ተሳትፎ በቁጥር (ስሞች ፈጽሞ አይገቡም)፣ የታቀደውና የተከናወነው አጀንዳ፣ ብዙ ድምፅ ያገኙ ጉዳዮች፣ ጉዳዮች በምሰሶና በርዕስ፣ የየቡድኑ ማስታወሻዎችና እርምጃዎች።
reports-pdf-help-signin-sheet = የዚህ ስብሰባ ርዕስ ያለበት ባዶ ቅጽ፣ ኮምፒውተሮቹን መጠቀም በማይቻልበት ጊዜ። እያንዳንዱ ዓምድ በሁለቱም እንዲታተም ሁለተኛ ቋንቋ ይምረጡ።
reports-pdf-help-report-back = ይህ ክፍለ ከተማ ያነሳው፣ የተደረገውና ቀጥሎ የሚመጣው፣ ለውጤት ማሳወቂያ ስብሰባ። ከሁለተኛ ቋንቋ ጋር ቢሆን ይመረጣል።
reports-pdf-help-cpp = በዚህ ክፍለ ከተማ ስብሰባዎች ላይ የተመሠረተ የግማሽ ዓመት ዝማኔ፦ አስተያየትና ቅድሚያዎች፣ የአሁኑ ጥረቶች ሁኔታ፣ አዲስ ወይም የተቀየሩ ምላሾችና የተጋራው።
reports-language = ቋንቋ
reports-second-language = ሁለተኛ ቋንቋ
reports-second-language-hint = ከመጀመሪያው ሥር ይታተማል፣ ለሚተረጎሙ ስብሰባዎች።
reports-no-second = የለም
reports-paper = ወረቀት
reports-paper-letter = የአሜሪካ Letter
reports-paper-a4 = A4
reports-file = አስቀምጥ እንደ
reports-write-pdf = PDF ፍጠር
reports-written = በ{ $path } ተጽፏል ({ $size } ባይት)።
reports-csv-heading = የCSV ሠንጠረዦች
reports-csv-help = ለተመን ሉሆች። የተመን ሉህ እንደ ቀመር ሊያነበው የሚችል ማንኛውም ሕዋስ ጽሑፍ ሆኖ እንዲቀር ተደርጎ ይጻፋል።
reports-table = ሠንጠረዥ
reports-table-concerns = ጉዳዮች
reports-table-signins = ምዝገባዎች
reports-table-votes = ድምፆችና ውጤቶች
reports-table-actions = እርምጃዎች
reports-bom = በባይት ቅደም ተከተል ምልክት ጀምር (ለExcel)
reports-personal = ስሞችን፣ ኢሜይሎችንና ስልክ ቁጥሮችን አካትት (ለምዝገባዎች ብቻ)
reports-write-csv = CSV ፍጠር
reports-import-heading = የተተየቡ ቅጾችን አስገባ
reports-import-help = የወረቀት መመዝገቢያ ቅጽ ወይም የአጀንዳ አብነት፣ በተመን ሉህ ተተይቦ በCSV የተቀመጠ። እያንዳንዱ ረድፍ መጀመሪያ ይፈተሻል።
reports-import-table = ፋይሉ የያዘው
reports-import-signins = ከወረቀት ቅጽ የተገኙ ምዝገባዎች
reports-import-agenda = የአጀንዳ አብነት
reports-import-file = የCSV ፋይል
reports-skip-invalid = አንዳንዶቹ ችግር ቢኖርባቸውም ትክክለኛዎቹን ረድፎች አስገባ
reports-import-go = አስገባ
reports-imported = { $count ->
    [one] { $count } ረድፍ ገብቷል።
   *[other] { $count } ረድፎች ገብተዋል።
}
reports-import-skipped = { $count ->
    [one] { $count } ረድፍ በችግር ምክንያት ቀርቷል፦
   *[other] { $count } ረድፎች በችግሮች ምክንያት ቀርተዋል፦
}
device-state-unknown = ከዚህ በፊት ያልታየ
exchange-personal-none = በዚህ ጥቅል ውስጥ የለም
ledger-detail-seq-alarm = የላከው ላፕቶፕ እነዚህን ተከታታይ ቁጥሮች ለሌሎች ለውጦች አስቀድሞ ተጠቅሟል
ledger-detail-device-revoked = የላከው ላፕቶፕ ውድቅ ስለተደረገ አይዋሃድም
field-programme-name = ስም
field-programme-description = መግለጫ
field-session-programme-id = መርሃ ግብር
field-session-title = ርዕስ
field-session-kind = የስብሰባው ዓይነት
field-session-precinct = ክፍለ ከተማ
field-session-place = ቦታ
field-session-starts-at = የሚጀምርበት ሰዓት
field-session-room-minutes = የአዳራሹ ቆይታ (ደቂቃ)
field-session-languages = የሚነገሩ ቋንቋዎች
field-session-interpreted = የሚተረጎሙ ቋንቋዎች
field-agenda-title = ርዕስ
field-agenda-kind = የአጀንዳው ዓይነት
field-agenda-presenter = አቅራቢ
field-agenda-planned-minutes = የታቀዱ ደቂቃዎች
field-agenda-position = በአጀንዳው ያለው ቦታ
field-agenda-started-at = የጀመረበት ሰዓት
field-agenda-finished-at = ያለቀበት ሰዓት
field-group-name = የቡድኑ ስም
field-group-topic = ርዕሰ ጉዳይ
field-group-facilitator = አመቻች
field-group-note-taker = ማስታወሻ ያዥ
field-group-language = ቋንቋ
field-question-text = ጥያቄ
field-question-language = ቋንቋ
field-question-position = በዝርዝሩ ያለው ቦታ
field-signin-neighbourhood = ሰፈር
field-signin-zip = የፖስታ ኮድ
field-signin-language = የሚመርጡት ቋንቋ
field-signin-interpreter = አስተርጓሚ ያስፈልጋል
field-signin-accessibility = የተደራሽነት ፍላጎቶች
field-signin-role = ሚና
field-signin-consent-to-contact = ለመገናኘት ፈቃድ
field-signin-group-id = የውይይት ቡድን
field-concern-group-id = የውይይት ቡድን
field-concern-question-id = የውይይት ጥያቄ
field-concern-text = ቃላት
field-concern-language = የተነገረበት ቋንቋ
field-concern-interpretation = ትርጉም
field-concern-interpretation-language = የትርጉሙ ቋንቋ
field-concern-location = ቦታ
field-concern-tags = መለያዎች
field-concern-status = ሁኔታ
field-concern-duplicate-of = የተደገመው
field-action-precinct = ክፍለ ከተማ
field-action-title = እርምጃ
field-action-response = የታቀደው ምላሽ
field-action-owner = ኃላፊ
field-action-due = የመጨረሻ ቀን
field-action-status = ሁኔታ
field-action-basis = የለውጡ ምክንያት
field-action-concern-ids = የሚመልሳቸው ስጋቶች
field-tag-label = ስም
field-tag-kind = የመለያው ዓይነት
field-tag-pillar = ምሰሶ
duration-years =
    { $count ->
        [one] { $count } ዓመት
       *[other] { $count } ዓመታት
    }
duration-days =
    { $count ->
        [one] { $count } ቀን
       *[other] { $count } ቀናት
    }
duration-hours =
    { $count ->
        [one] { $count } ሰዓት
       *[other] { $count } ሰዓታት
    }
duration-minutes =
    { $count ->
        [one] { $count } ደቂቃ
       *[other] { $count } ደቂቃዎች
    }
clock-ahead = የ{ $device } ሰዓት ወደ { $duration } ያህል ቀድሞ ነበር፤ ጊዜዎቹ እርግጠኛ ያልሆኑ ተብለው ተለይተዋል።
clock-behind = የ{ $device } ሰዓት ወደ { $duration } ያህል ዘግይቶ ነበር፤ ጊዜዎቹ እርግጠኛ ያልሆኑ ተብለው ተለይተዋል።
entity-programme = መርሃ ግብሮች
entity-session = ስብሰባዎች
entity-agenda = የአጀንዳ ነጥቦች
entity-group = የውይይት ቡድኖች
entity-question = የውይይት ጥያቄዎች
entity-signin = ምዝገባዎች
entity-signin-contact = ስሞችና አድራሻዎች
entity-concern = ስጋቶች
entity-note = ማስታወሻዎች
entity-dot-count = የነጥብ ቆጠራዎች
entity-ballot = የድምፅ ወረቀቶች
entity-action = እርምጃዎች
entity-action-update = የእርምጃ ዝመናዎች
entity-tag = መለያዎች
coordinator-import-held =
    { $count ->
        [one] { $count } ለውጥ በ“የሚገመገሙ ለውጦች” ስር ግምገማዎን ይጠብቃል።
       *[other] { $count } ለውጦች በ“የሚገመገሙ ለውጦች” ስር ግምገማዎን ይጠብቃሉ።
    }
coordinator-import-refused =
    { $count ->
        [one] { $count } ለውጥ ውድቅ ተደርጓል፦ ላፕቶፑ ከተሰጠው ውጭ ነበር ወይም ለመስኩ አይስማማም። ምንም አይቆጠርም፤ የጥቅሉ ረድፍ ያሳያል።
       *[other] { $count } ለውጦች ውድቅ ተደርገዋል፦ ላፕቶፑ ከተሰጠው ውጭ ወይም ለመስካቸው የማይስማሙ። ምንም አይቆጠሩም፤ የጥቅሎቹ ረድፎች ያሳያሉ።
    }
coordinator-held-refused = { $held } ለግምገማ ተይዘዋል፣ { $refused } ውድቅ ሆነዋል
coordinator-held = የሚገመገሙ ለውጦች
coordinator-held-help = የጸደቁ ላፕቶፖች የእነሱ ያልሆኑ መዝገቦችን (የሌላ ላፕቶፕ ወይም የእርስዎ) ቀይረዋል ወይም ብዙዎችን በአንድ ጊዜ አስወግደዋል። እዚህ ያለው ምንም እስኪቀበሉት ድረስ አይቆጠርም።
coordinator-no-held = ግምገማ የሚጠብቅ ለውጥ የለም።
coordinator-held-set = { $device } { $field }ን ወደ “{ $value }” ሊቀይር ነው
coordinator-held-delete = { $device } ሊሰርዘው ነው
coordinator-accept = ተቀበል
coordinator-refuse = አትቀበል
coordinator-change-accepted = ተቀባይነት አግኝቷል፤ አሁን ይቆጠራል።
coordinator-change-refused = ውድቅ ተደርጓል፤ በፍጹም አይቆጠርም።
coordinator-approve-only = ለአንዳንድ ክፍለ ጊዜዎች ብቻ
coordinator-approve-only-hint = ይህ ላፕቶፕ ያካሄዳቸውን ክፍለ ጊዜዎች ምልክት ያድርጉ። ምንም ካልመረጡ ለዕቅድዎ ክፍለ ጊዜዎች ሁሉ ይጸድቃል።
coordinator-revoke = መሻር ምን እንደሚመልስ ይመልከቱ
coordinator-revoke-heading = { $device }ን መሻር
coordinator-revoke-from = ለውጦቹን መልስ
coordinator-revoke-from-all = ሁሉንም
coordinator-revoke-from-bundle = ከጥቅል { $bundle } ጀምሮ ({ $at } የደረሰ)
coordinator-revoke-preview = { $device }ን ከለውጥ { $seq } ጀምሮ መሻር ከለውጦቹ { $count }ን ይመልሳል፦
coordinator-revoke-kind = { $kind }፦ { $restored } ይመለሳሉ፣ { $removed } ይወገዳሉ፣ { $changed } ወደ ቀድሞው ይመለሳሉ
coordinator-revoke-go = ሽር እና እነዚህን መልስ
coordinator-cancel = ተው
coordinator-revoked = ተሽሯል። ጥቅሎቹ ውድቅ ይደረጋሉ፤ ለውጦቹ ምልክት ተደርገው በመዝገቡ ይቆያሉ፣ ከእንግዲህ አይቆጠሩም።
coordinator-revoked-from = ከለውጥ { $seq } ጀምሮ ተሽሯል
coordinator-asks = ጥቅሎቹ የሚጠቅሱት፦ { $sessions }
coordinator-not-given = ያልተሰጡትን ክፍለ ጊዜዎች ላይ ጽፏል፦ { $sessions }። እስኪሰጡት ድረስ እዚያ ያደረገው ምንም አይቆጠርም።
coordinator-give = እነዚህን ክፍለ ጊዜዎች ስጠው
coordinator-given = የተሰጠው፦ { $sessions }
session-scope-given = የተሰጠ
session-scope-own = የራሱ
session-scope-not-given = ያልተሰጠ
time-approximate = የላፕቶፑ ሰዓት ትክክል አልነበረም፦ ጊዜው ተስተካክሏል፣ ግምታዊ ነው።
time-about = በግምት { $time }
exchange-kit-own-elsewhere =
    { $count ->
        [one] አስተባባሪው ይህ ላፕቶፕ ከእንግዲህ የሌለውን { $count } ለውጥ ይዟል (ከቆየ ምትኬ ተመልሷል)። እዚያ ደህና ነው፣ አዳዲስ ለውጦችም ከሱ በኋላ ይቆጠራሉ።
       *[other] አስተባባሪው ይህ ላፕቶፕ ከእንግዲህ የሌላቸውን { $count } ለውጦች ይዟል (ከቆየ ምትኬ ተመልሷል)። እዚያ ደህና ናቸው፣ አዳዲስ ለውጦችም ከነሱ በኋላ ይቆጠራሉ።
    }
coordinator-revoke-summary = ይህን ላፕቶፕ ሽር…
ledger-detail-resolved = ላፕቶፑ አዲስ ማንነት ወስዶ ሥራውን እንደገና በመላክ የፈታው ማንቂያ
ledger-detail-merge-failed = አሁንም ተይዟል፦ ላፕቶፑ ሲጸድቅ መቀላቀል አልተቻለም፤ ምክንያቱን አስተካክለው እንደገና ያጽድቁ
settings-backup = ይህን ላፕቶፕ ምትኬ ያስቀምጡ
settings-backup-intro = ይህ ላፕቶፕ የመዘገበውን ሁሉና ቁልፎቹን የያዘ፣ በይለፍ ሐረግ የተቆለፈ አንድ ፋይል። ከእያንዳንዱ ስብሰባ በኋላ ያስቀምጡትና ከላፕቶፑ ርቆ ያኑሩት።
settings-backup-file = የምትኬ ፋይል
settings-backup-passphrase = የይለፍ ሐረግ
settings-backup-passphrase-hint = ቢያንስ 10 ቁምፊዎች። ጥቂት የተለመዱ ቃላት ለማስታወስ ቀላል ናቸው፤ ያለ እነሱ ምትኬው አይከፈትም።
settings-backup-passphrase-again = የይለፍ ሐረጉን እንደገና
settings-backup-mismatch = ሁለቱ የይለፍ ሐረጎች ይለያያሉ። አንዱን ሁለት ጊዜ ይተይቡ።
settings-backup-now = አሁን ምትኬ ያስቀምጡ
settings-backup-done = ወደ { $path } ምትኬ ተቀምጧል። የይለፍ ሐረጉን ከፋይሉ ለይተው ያስቀምጡ።
settings-backup-done-coordinator = ወደ { $path } ከአስተባባሪው ማንነት ጋር ምትኬ ተቀምጧል፤ ፋይሉና የይለፍ ሐረጉ ያለው ሰው እርስዎን ሆኖ ጥቅሎችን ማጽደቅ ይችላል። ለያይተው ደህንነቱ በተጠበቀ ቦታ ያስቀምጧቸው።
settings-restore = ከምትኬ ይመልሱ
settings-restore-intro = ለጠፋ ወይም ለተበላሸ ላፕቶፕ፦ ምትኬው ወደ አዲስ የውሂብ ጎታ ፋይል ይመለሳል፣ ይህ መተግበሪያም ይከፍተዋል። ላፕቶፑ ከአሮጌው ጋር በተያያዘ አዲስ ማንነት ይቀጥላል፤ ስለዚህ አስተባባሪው ማመኑን ይቀጥላል።
settings-restore-file = የሚመለሰው የምትኬ ፋይል
settings-restore-database = አዲስ የውሂብ ጎታ ፋይል
settings-restore-now = መልሰው ይክፈቱ
settings-restored = ወደ { $path } ተመልሶ ተከፍቷል። ይህ ላፕቶፕ አሁን ከ { $old } ጋር የተያያዘ { $new } ሆኖ ይፈርማል።
settings-missing-device-key = ይህ የውሂብ ጎታ ከጎኑ የመሣሪያ ቁልፍ የለውም ({ $path })፣ ስለዚህ ጥቅሎችን መፈረም አይችልም። ከታች ከምትኬ ይመልሱት፣ ወይም የቁልፍ ፋይሉን መልሰው ይቅዱ።
settings-missing-coordinator-identity = ይህ የአስተባባሪ ውሂብ ጎታ ከጎኑ የማንነት ፋይል የለውም ({ $path })፣ ስለዚህ በጥቅሎች ውስጥ የታሸጉ ስሞች ሊከፈቱ አይችሉም። ከታች ከምትኬ ይመልሱት፣ ወይም የማንነት ፋይሉን መልሰው ይቅዱ።
capture-redact = አስወግድ፦ ሰው ይጠቅሳል
capture-redact-explain = ቃላቱን ከዚህ ላፕቶፕ፣ ሲደርሳቸውም ከአስተባባሪውና ከሌሎች ላፕቶፖች ያስወግዳል። አስቀድመው የተጻፉ ጥቅሎች ይዘዋቸው ይቆያሉ።
capture-redact-confirm = አስወግድ
capture-redact-cancel = ይቆይ
signin-redact = አስወግድ፦ ዝርዝሮቻቸውን
capture-redacted = ተወግዷል። ቃላቱ ከዚህ ላፕቶፕ ምዝግብም ጠፍተዋል።
capture-redacted-bundles-before =
    { $count ->
        [one] ተወግዷል። ቃላቱ ከዚህ ላፕቶፕ ምዝግብም ጠፍተዋል፤ ግን ቀደም ብሎ የተጻፈ { $count } ጥቅል አሁንም ይዟቸዋል፦ ያንን ፋይል ይሰርዙ።
       *[other] ተወግዷል። ቃላቱ ከዚህ ላፕቶፕ ምዝግብም ጠፍተዋል፤ ግን ቀደም ብለው የተጻፉ { $count } ጥቅሎች አሁንም ይዘዋቸዋል፦ እነዚያን ፋይሎች ይሰርዙ።
    }
coordinator-held-redact = { $device } እንደ የግል መረጃ ሊያስወግደው ይፈልጋል፦ መቀበል ቃላቱን እዚህና በእያንዳንዱ ላፕቶፕ ላይ ለዘለቄታው ያጠፋል
language-review-proposed = ገና በቋንቋው ተናጋሪ አልተገመገመም
language-review-reviewed = በቋንቋው ተናጋሪ ተገምግሟል
language-review-source = Convene የተጻፈበት ቋንቋ
settings-language-review = “{ language-review-proposed }” የተባሉት ትርጉሞች በጥንቃቄ ተሰርተዋል፤ ግን ገና ማንም የቋንቋው ተናጋሪ አላረጋገጣቸውም። አንድ የማኅበረሰብ ድርጅት እንዴት መገምገም እንደሚችል README ያብራራል።
