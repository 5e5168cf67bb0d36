## Shaashadaha barnaamijka. Doorsoomayaasha { $count } iyo { $n } waa tirooyin; kuwa kale waa qoraal.

nav-label = Shaashadaha
nav-sessions = Kulamada
nav-setup = Diyaarinta
nav-run = Socodsiinta
nav-signin = Diiwaangelinta
nav-capture = Qorista
nav-board = Looxa arrimaha
nav-voting = Codbixinta
nav-settings = Dejinta
skip-to-content = U bood nuxurka
header-session = Kulanka: { $title }
header-no-session = Kulan furan ma jiro
working = Waa la shaqeynayaa…
save = Kaydi
saved = Waa la kaydiyay.
none-yet = Weli ma jiro.
minutes = { $n ->
    [one] { $n } daqiiqo
   *[other] { $n } daqiiqo
}
minutes-short = daq
language-code-hint = Koodh luqadeed sida en, es, zh-Hant, vi, so, am ama ar.
import-problems = { $count ->
    [one] Hal saf ayaa dhibaato leh, sidaa darteed waxba lama soo gelin:
   *[other] { $count } saf ayaa dhibaato leh, sidaa darteed waxba lama soo gelin:
}
import-problem = Sadarka { $line }, tiirka “{ $column }”: { $message }

## Noocyada kulanka, noocyada ajendaha, doorarka, xaaladaha, noocyada summadaha
session-kind-summit = Shirka saldhigga
session-kind-small-group = Koox yar
session-kind-report-back = Kulanka natiijo-celinta
session-kind-workshop = Aqoon-is-weydaarsi
agenda-kind-welcome = Soo dhaweyn
agenda-kind-presentation = Soo bandhigid
agenda-kind-discussion = Wada-hadal
agenda-kind-breakout = Kooxaha wada-hadalka
agenda-kind-report-out = Warbixinta kooxaha
agenda-kind-vote = Codbixin
agenda-kind-break = Nasasho
role-resident = Deegaane
role-business = Ganacsi
role-organisation = Urur bulsho
role-city-staff = Shaqaale magaalo
role-police = Boolis
status-new = Cusub
status-under-review = Dib-u-eegis ku jira
status-action-planned = Tallaabo la qorsheeyay
status-in-progress = Socda
status-done = La dhammeeyay
status-not-pursued = Lama sii wadin
tag-kind-pillar = Tiir
tag-kind-topic = Mawduuc
ballot-kind-rank = Cod kala-horeyn ah
ballot-kind-budget = Cod miisaaniyadeed

## Kulamada
sessions-heading = Kulamada
sessions-empty = Weli kulan ma jiro. Hoos ka samee mid, ama fur shirka tusaalaha ah.
sessions-demo = Fur shirka tusaalaha ah
sessions-col-title = Kulan
sessions-col-kind = Nooc
sessions-col-precinct = Saldhig
sessions-col-starts = Bilaabmaya
sessions-col-counts = Ilaa hadda
sessions-col-actions = Ficillo
sessions-counts = Is diiwaangeliyay: { $signins } · Welwelo: { $concerns } · Kooxo: { $groups }
sessions-open = Fur
sessions-duplicate = Nuqul ka samee…
sessions-duplicate-title = Cinwaanka kulanka cusub
sessions-duplicate-go = Samee nuqulka
sessions-copy-title = { $title } (wareegga labaad)
sessions-new = Kulan cusub
sessions-create = Samee kulan
session-title = Cinwaan
session-kind = Nooc
session-precinct = Saldhig
session-place = Goob
session-starts = Wuxuu bilaabmayaa
session-room-minutes = Qolka waxaa loo qabsaday (daqiiqado)
session-room-minutes-hint = Wadarta ajendaha ayaa tan lagu eegaa.
session-languages = Luqadaha lagu hadlo
session-interpreted = Luqadaha la turjumayo
session-languages-hint = Koodhadh luqadeed oo hakad lagu kala saaray, sida en, es, vi.

## Diyaarinta
setup-heading = Diyaarinta
agenda-heading = Ajendaha
agenda-help = Qodobka ka jiid gacan-qabtiisa, ama dooro gacan-qabta oo taabo Alt+↑ ama Alt+↓ si aad u dhaqaajiso.
agenda-reorder = Dhaqaaji “{ $title }”, qodobka { $place } ee { $count }
agenda-minutes-for = Daqiiqadaha loo qorsheeyay “{ $title }”
agenda-up = Kor u qaad “{ $title }”
agenda-down = Hoos u dhig “{ $title }”
agenda-remove = Ka saar “{ $title }”
agenda-total = La qorsheeyay: { $planned } daqiiqo.
agenda-within-booking = La qorsheeyay: { $planned } ka mid ah { $booked } daqiiqo ee qolka loo qabsaday.
agenda-over-booking = La qorsheeyay: { $planned } daqiiqo, { $over } ka badan { $booked } daqiiqo ee qolka loo qabsaday. Gaabi ama ka saar qodob.
agenda-add = Ku dar qodob
agenda-item-title = Qodob
agenda-item-minutes = Daqiiqado
agenda-item-kind = Nooc
agenda-item-presenter = Soo-bandhige
agenda-import-template = Qodobbo ka soo dar qaab ajende (CSV)…
agenda-imported = { $count ->
    [one] Hal qodob ayaa lagu daray ajendaha.
   *[other] { $count } qodob ayaa lagu daray ajendaha.
}
groups-heading = Kooxaha wada-hadalka
groups-empty = Weli koox ma jirto.
groups-add = Ku dar koox
group-name = Magaca kooxda
group-language = Luqad
group-topic = Mawduuc
group-facilitator = Hage
questions-heading = Su'aalaha wada-hadalka
questions-empty = Weli su'aal ma jirto.
questions-add = Ku dar su'aal
question-text = Su'aal
question-language = Luqad
languages-heading = Luqadaha iyo qolka
tags-heading = Liiska summadaha
tags-add = Ku dar summad
tags-retire = Jooji #{ $tag }
tag-slug = Summad
tag-label = Magac
tag-kind = Nooc
tag-pillar = Tiir
tag-pillar-hint = Mawduuc ahaan: tiirka uu ka tirsan yahay.

## Socodsiinta
run-heading = Socodsiinta kulanka
run-now = Hadda
run-not-started = Ajendahu ma bilaabmin.
run-done = Ajendihii waa dhammaaday.
run-start = Bilow ajendaha
run-next = Qodobka xiga
run-previous = Qodobkii hore
run-overrun = Waqtiga waa laga dhaafay { $time }
run-almost = Waxaa haray { $time }
run-agenda = Ajendaha
run-planned = la qorsheeyay { $minutes } daq
run-started = bilaabmay { $time }
run-actual = qaatay { $minutes } daq
run-start-this = Bilow qodobkan
projector-heading = Borojektarka
projector-open = Fur daaqadda borojektarka
projector-question = Su'aasha shaashadda
projector-no-question = Su'aal ma jirto
projector-language-1 = Luqad
projector-language-2 = Luqad labaad, dhinac-dhinac
projector-no-second = Midna
projector-show-results = Si toos ah u muuji natiijada codbixinta

## Diiwaangelinta
signin-heading = Warqadda diiwaangelinta
signin-form-heading = Diiwaangeli qof
signin-form-help = Goob kastaa waa ikhtiyaari. Tab wuxuu u dhexeeyaa goobaha; Enter wuxuu ka kaydiyaa goob kasta.
signin-name = Magac
signin-name-hint = Madhan ka tag si aad magac la'aan isu diiwaangeliso.
signin-neighbourhood = Xaafad
signin-zip = Koodhka boostada
signin-language = Luqadda la doorbidayo
signin-interpreter = Turjubaan ayuu u baahan yahay
signin-role = Wuxuu u yimid sidii
signin-email = Iimayl
signin-phone = Telefoon
signin-consent = Wuxuu oggol yahay in lala soo xiriiro wixii xiga
signin-group = Kooxda wada-hadalka
signin-no-group = Weli lama qoondeyn
signin-suggested-group = La soo jeediyay: { $group }, oo ku shaqeysa { $language }.
signin-save = Diiwaangeli
signin-saved = Waa la diiwaangeliyay.
signin-duplicate-warning = { $count ->
    [one] Qof xogtan leh ayaa is diiwaangeliyay { $time }. Mar kale taabo Enter si aad si kastaba u diiwaangeliso, ama beddel xogta.
   *[other] { $count } qof oo xogtan leh ayaa is diiwaangeliyay (kii ugu horreeyay { $time }). Mar kale taabo Enter si aad si kastaba u diiwaangeliso, ama beddel xogta.
}
signin-counts = Yaa joogo
signin-total = { $count ->
    [one] Hal qof ayaa is diiwaangeliyay
   *[other] { $count } qof ayaa is diiwaangeliyay
} ({ $anonymous } magac la'aan, { $interpreter } u baahan turjubaan)
signin-by-language = Luqad ahaan
signin-by-role = Door ahaan
signin-by-neighbourhood = Xaafad ahaan
signin-recent = Diiwaangelintii ugu dambeysay
signin-language-unknown = luqad lama bixin
kiosk-heading = Kiosk-ka is-diiwaangelinta
kiosk-help = Wuxuu u furaa ka qaybgalayaasha daaqad shaashad buuxda ah. Ma muujiso xogta dadka kale, waxaana xiri kara PIN-kaaga oo keliya.
kiosk-mode = Kiosk-ku waxa uu u yahay
kiosk-mode-sign-in = Diiwaangelin
kiosk-mode-ballot = Codbixin
kiosk-languages = Luqadda koowaad
kiosk-language-2 = Luqadda labaad
kiosk-language-3 = Luqadda saddexaad
kiosk-ballot-kind = Codbixin
kiosk-budget = Dhibcaha codbixinta miisaaniyadda
kiosk-pin = PIN-ka hagaha
kiosk-pin-hint = Ugu yaraan afar god. Waxaad u baahan doontaa si aad u xirto kiosk-ka.
kiosk-start = Fur kiosk-ka

## Qorista
capture-heading = Qorista kooxaha wada-hadalka
capture-form-heading = Qor arrin
capture-group = Koox
capture-group-hint = Alt+1 ilaa Alt+9 ayaa kooxaha beddela.
capture-no-group = Kulanka oo dhan
capture-text = Arrinta, sidii loo yiri
capture-text-hint = Taabo Enter si aad u kaydiso. Qor # summadaha; ↑ ↓ iyo Tab ayaa mid doorta.
capture-language = Luqadda lagu yiri
capture-interpretation = Turjumaad
capture-interpretation-hint = Ikhtiyaari: turjumaadda turjubaanka, oo lagu kaydiyo asalka agtiisa.
capture-save = Kaydi arrinta
capture-undo = Ka noqo
capture-undo-what = Ka noqo: { $what }
capture-undo-add = qoraalkii ugu dambeeyay
capture-undo-status = beddelka xaaladda
capture-quick-keys = Furayaal degdeg ah oo loogu talagalay qoraalkii ugu dambeeyay:
capture-quick-status = Ctrl+{ $n } { $status }
capture-recent = Waxa kooxdan lagu qoray
capture-saving = Waa la kaydinayaa…
capture-saved = Waa la kaydiyay
capture-count = { $count ->
    [one] Hal arrin ilaa hadda.
   *[other] { $count } arrimood ilaa hadda.
}

## Looxa arrimaha
board-heading = Looxa arrimaha
board-search = Raadi
board-tag = Summad
board-group = Koox
board-layout = U kala habee
board-by-status = Xaalad
board-by-tag = Summad
board-by-group = Koox
board-all-tags = Dhammaan summadaha
board-all-groups = Dhammaan kooxaha
board-no-group = Koox ma leh
board-untagged = Summad ma leh
board-votes = Codad
board-dots = { $count ->
    [one] 1 dhibic
   *[other] { $count } dhibcood
}
board-status-of = Xaalad
board-merge = Isku dar…
board-merge-cancel = Jooji isku-darka
board-merge-here = Halkan ku dar
board-merge-pick = Dooro kaarka lagu darayo, ama jooji.
board-merged = Waa la isku daray. Codadka nuqulka hadda waxay u tirsan yihiin kaarka uu ku biiray.
board-duplicates = Nuqullo suurtagal ah
board-no-duplicates = Nuqullo suurtagal ah ma jiraan.
board-dup-similar = { $percent }% isku eg
board-merge-these = Ku dar kan koowaad kan labaad

## Codbixinta
voting-heading = Codbixinta
voting-dots-heading = Dhibcaha la tiriyay
voting-dots-help = Qor tirada dhibcaha ku yaal kaarka oo taabo Enter; cursor-ku wuxuu u guurayaa kan xiga.
voting-col-concern = Arrin
voting-col-dots = Dhibco
voting-col-add = Ku dar dhibco
voting-add = Ku dar
voting-add-dots-for = Dhibcaha lagu darayo “{ $text }”
voting-dots-saved = Dhibcaha waa lagu daray.
voting-tally = Natiijada
voting-dots = Dhibco
voting-ranked = { $ballots ->
    [one] Codad kala-horeyn ah (hal warqad): dhibcaha Borda
   *[other] Codad kala-horeyn ah ({ $ballots } warqadood): dhibcaha Borda
}
voting-irv-winner = Guuleystaha wareegga degdegga: { $text }
voting-budget = { $ballots ->
    [one] Miisaaniyad (hal warqad)
   *[other] Miisaaniyad ({ $ballots } warqadood)
}
voting-show-on-projector = Natiijada ku muuji borojektarka

## Dejinta
settings-heading = Dejinta
settings-device = Kombiyuutarkan
settings-device-name = Magaca kombiyuutarka
settings-device-name-hint = Isku-duwaha ayaa u muuqda xirmooyinka kombiyuutarkan agtooda, tusaale “Miiska 3”.
settings-fingerprint = Calaamadda qalabka: { $fingerprint }
settings-data = Xogta
settings-database = Faylka xog-ururinta
settings-database-hint = Wax kasta oo kombiyuutarkani diiwaangeliyo wuxuu ku jiraa faylkan keliya.
settings-choose = Dooro…
settings-open-database = Fur xog-ururintan
settings-database-opened = Waa la furay.
settings-language = Luqad
settings-language-label = Luqadda barnaamijka
settings-language-hint = Isla markiiba wuu isbeddelaa. Borojektarka iyo kiosk-ku waxay doortaan luqadahooda.
settings-pseudo-locale = Luqad been-abuur ah (waxay helaysaa qoraal aan la turjumin)
settings-version = Convene { $version }

## Daaqadda borojektarka (loo muujiyo qolka, luqadaha hagaha doorto)
projector-window-title = Convene — borojektar
projector-now = Hadda
projector-waiting = Dhowaan ayaan bilaabaynaa
projector-question-label = Su'aal
projector-results = Natiijada codbixinta
projector-no-votes = Weli cod ma jiro.
projector-dots = { $count ->
    [one] { $shown } dhibic
   *[other] { $shown } dhibcood
}

## Daaqadda kiosk-ka (loo muujiyo ka qaybgalayaasha luqaddooda)
kiosk-window-title = Convene — diiwaangelin
kiosk-welcome = Ku soo dhawoow
kiosk-choose-language = Dooro luqaddaada
kiosk-form-heading = Is diiwaangeli
kiosk-form-help = Wax walba waa ikhtiyaari. Jawaabahaagu waxay naga caawiyaan inaan ogaanno cidda timid; waxaa la wadaagaa tirooyin keliya.
kiosk-optional = Ikhtiyaari
kiosk-name = Magacaaga
kiosk-neighbourhood = Xaafaddaada
kiosk-zip = Koodhka boostada
kiosk-role = Waxaan halkan u imid sidii
kiosk-interpreter = Waxaan rabaa turjubaan
kiosk-email = Iimayl
kiosk-phone = Telefoon
kiosk-consent = Waad ila soo xiriiri kartaan wixii xiga
kiosk-submit = Is diiwaangeli
kiosk-back = Dib u noqo
kiosk-thanks = Mahadsanid, waad is diiwaangelisay.
kiosk-next-person = Qofka xiga wuu bilaabi karaa dhowaan.
kiosk-facilitator = Hage
kiosk-pin-heading = Xir kiosk-ka
kiosk-pin-label = PIN
kiosk-unlock = Xir kiosk-ka
kiosk-rank-heading = Kala horeysii arrimaha
kiosk-rank-help = Taabo arrimaha sida ay muhiimka kuugu yihiin: taabashada koowaad waa doorashadaada ugu sareysa. Mar kale taabo si aad uga saarto.
kiosk-budget-heading = Qaybi { $budget } dhibcood
kiosk-budget-help = Sii { $budget } dhibcood arrimaha adiga kuugu muhiimsan.
kiosk-points-for = Dhibcaha “{ $text }”
kiosk-ranked = { $count ->
    [0] Weli waxba lama kala horeysiin.
    [one] Hal arrin ayaa la kala horeysiiyay.
   *[other] { $count } arrimood ayaa la kala horeysiiyay.
}
kiosk-cast = Codkayga dhiib
kiosk-ballot-thanks = Mahadsanid, codkaaga waa la tiriyay.
kiosk-error-consent-required = Si aad u bixiso iimayl ama lambar telefoon, calaamadee sanduuqa leh in lagula soo xiriiri karo.
kiosk-error-invalid-zip = Koodhka boostadu sax uma eka. Isticmaal shan god, ama madhan ka tag.
kiosk-error-invalid-email = Ciwaanka iimaylku sax uma eka. Hubi, ama madhan ka tag.
kiosk-error-invalid-phone = Lambarka telefoonku sax uma eka. Hubi, ama madhan ka tag.
kiosk-error-empty-ballot = Marka hore dooro ugu yaraan hal arrin.
kiosk-error-budget-mismatch = Dhibcahaagu waa inay isku darsadaan wadarta la muujiyay. Hubi tirooyinkaaga.
kiosk-error-kiosk-pin-wrong = PIN-kaasi sax maaha.
kiosk-error-other = Wax ayaa khaldamay. Fadlan caawimaad ka weydiiso hagaha.
agenda-kind-closing = Xiritaan
signin-not-given = Lama bixin
board-show-more = Muuji { $count } kale ({ $rest } aan la muujin)

## Qalabka iyo xirmooyinka, miiska isku-duwaha, tallaabooyinka
nav-exchange = Qalabka iyo xirmooyinka
nav-coordinator = Isku-duwaha
nav-actions = Tallaabooyin
files-choose = Dooro…
files-hint = Qor ama dhig waddada faylka, dooro, ama faylka ku tuur daaqaddan.
files-many-hint = Hal waddo sadar kasta; dooro dhowr mar keliya, ama faylasha ku tuur daaqaddan.
progress-of = { $done } ee { $total } { $item }
exchange-heading = Qalabka iyo xirmooyinka
exchange-this-laptop = Kombiyuutarkan
exchange-fingerprint = Calaamadda kombiyuutarkan: { $fingerprint }
exchange-follows = Wuxuu raacaa isku-duwaha calaamadda { $fingerprint } leh.
exchange-no-kit = Weli qalab lama soo gelin: soo geli qalabka isku-duwaha ka hor munaasabadda.
exchange-is-coordinator = Kani waa kombiyuutarka isku-duwaha: xogta shakhsiga ah ee ka qaybgalayaasha ee xirmooyinka ku jirta ayaa loo xiray.
exchange-become-coordinator = Kombiyuutarkan ka dhig kan isku-duwaha
exchange-sessions = Kulamada
exchange-kit-out = Dhoofi qalab (isku-duwaha, ka hor munaasabadda)
exchange-kit-out-help = Qalabku wuxuu sitaa qorshaha kulamada (ajende, kooxo, su'aalo, summado) iyo furayaashaada, oo la saxiixay. Ku dhig USB kombiyuutar kasta.
exchange-kit-file = Faylka qalabka
exchange-export-kit = Dhoofi qalabka
exchange-kit-written = Qalabka waxaa lagu qoray { $path } ({ $ops } isbeddel).
exchange-kit-in = Soo geli qalabka (kombiyuutar kasta, ka hor munaasabadda)
exchange-kit-in-help = Isbarbardhig calaamadda uu muujiyo kuwa ku yaal shaashadda isku-duwaha.
exchange-import-kit = Soo geli qalabka
exchange-kit-imported = { $count ->
    [one] Qalabka waa la soo geliyay: hal kulan, { $ops } isbeddel cusub.
   *[other] Qalabka waa la soo geliyay: { $count } kulan, { $ops } isbeddel cusub.
}
exchange-compare-fingerprint = Calaamadda isku-duwaha: { $fingerprint }. Waa inay la mid noqdaan shaashadda isku-duwaha.
exchange-kit-new-coordinator = Haa, qalabkan wuxuu ka yimid isku-duwahayaga cusub: soo geli
exchange-bundle-out = Dhoofi xirmada kombiyuutarkan (dhammaadka kulanka)
exchange-bundle-out-help = Hal fayl oo la saxiixay oo ka kooban wax kasta oo halkan lagu qoray; magacyada iyo xiriirka waa la xiray si isku-duwaha keliya u akhriyo.
exchange-bundle-file = Faylka xirmada
exchange-export-bundle = Dhoofi xirmada
exchange-writing = Xirmada waa la qorayaa oo la hubinayaa…
exchange-bundle-safe = Waa la qoray oo la hubiyay. USB-ga si nabad ah ayaad u saari kartaa.
exchange-bundle-written = { $path }: { $ops } isbeddel; xogta shakhsiga { $personal }.
exchange-personal-sealed = loo xiray isku-duwaha
exchange-personal-plaintext = lagu daray iyadoon la sirin
exchange-personal-left-out = laguma darin (qalab lama soo gelin)
coordinator-heading = Miiska isku-duwaha
coordinator-import = Soo geli xirmooyinka
coordinator-import-help = Mar keliya dooro dhammaan xirmooyinka USB-yada. Mid kasta waa la hubiyaa ka hor intaan wax la akhriyin, waxaana loo soo geliyaa dhammaan ama waxba.
coordinator-bundle-files = Faylasha xirmooyinka
coordinator-import-go = Soo geli xirmooyinka
coordinator-importing = Xirmooyinka waa la soo gelinayaa
coordinator-import-summary = La soo geliyay { $imported }, horay loo haystay { $already }, sugaya oggolaansho { $quarantined }, la diiday { $rejected }; { $conflicts } khilaaf cusub.
coordinator-bundles = Xirmooyinka la helay
coordinator-no-bundles = Weli xirmo ma jirto.
coordinator-col-device = Xirmo
coordinator-col-facilitator = Kombiyuutar
coordinator-col-sessions = Kulamo
coordinator-col-received = La helay
coordinator-col-counts = Isbeddello
coordinator-col-signature = Saxiixa iyo xaaladda
coordinator-ops = { $ops } ({ $new } cusub)
coordinator-status-imported = Saxiixu waa sax, waa la isku daray
coordinator-status-quarantined = Saxiixu waa sax, wuxuu sugayaa oggolaansho
coordinator-status-alarm = Digniin: xirmo kale ayaa sheeganaysa isla isbeddellada
coordinator-status-rejected = La diiday
coordinator-status-already-had = Horay loo haystay
coordinator-devices = Kombiyuutarrada
coordinator-no-devices = Weli kombiyuutar kale ma jiro.
coordinator-waiting = { $count ->
    [one] hal xirmo ayaa sugaysa
   *[other] { $count } xirmo ayaa sugaya
}
coordinator-approve = Oggolow
coordinator-reject = Diid
coordinator-approved = { $count ->
    [one] Waa la oggolaaday; xirmadiisii sugaysay waa la isku daray.
   *[other] Waa la oggolaaday; { $count } xirmo oo sugayay waa la isku daray.
}
device-state-self = kombiyuutarkan
device-state-coordinator = isku-duwe
device-state-approved = la oggolaaday
device-state-quarantined = sugaya oggolaansho
device-state-revoked = la diiday
coordinator-conflicts = Khilaafaadka
coordinator-no-conflicts = Khilaaf ma jiro.
coordinator-conflict-title = “{ $title }”: { $field }
coordinator-conflict-winner = Waxa isku-darku hayay
coordinator-conflict-loser = Waxa dhinac la dhigay
coordinator-conflict-by = { $device }, { $at }
coordinator-keep-this = Hay kan
coordinator-own-value = Ama qor qiimaha saxda ah
coordinator-keep-own = Hay kayga
coordinator-resolved = Waa la xalliyay.
coordinator-board = Looxa arrimaha la isku daray
coordinator-precinct = Saldhig
coordinator-board-count = { $count ->
    [one] Hal arrin.
   *[other] { $count } arrimood.
}
coordinator-col-concern = Arrin
coordinator-col-session = Kulan
coordinator-col-group = Koox
coordinator-col-laptop = Lagu qoray
coordinator-col-dots = Dhibco
actions-heading = Tallaabooyin
actions-new = Tallaabo cusub
actions-create = Samee tallaabada
actions-created = Tallaabada waa la sameeyay.
actions-list = Tallaabooyin
actions-empty = Weli tallaabo ma jirto.
action-title = Tallaabo
action-response = Waxa la qaban doono
action-owner = Mas'uul
action-due = Waqtiga
action-precinct = Saldhig
action-basis = Sababta isbeddelka
action-concerns = Arrimaha ay ka jawaabayso
action-concerns-hint = Ka raadi looxa la isku daray oo calaamadee arrimaha.
basis-community-input = Iyadoo lagu saleeyay fikradda bulshada
basis-result-based = Iyadoo lagu saleeyay natiijooyinka
action-status-planned = La qorsheeyay
action-status-in-progress = Socda
action-status-done = La dhammeeyay
action-status-dropped = La joojiyay
action-status-unchanged = Xaaladdu ma beddelmin
action-meta = Mas'uul: { $owner } · waqtiga { $due } · { $precinct }
action-update-text = Warbixin ku saabsan “{ $title }”
action-update-status = Xaalad cusub oo “{ $title }”
action-add-update = Ku dar warbixin
report-heading = Natiijo-celin: arrin kasta ilaa waxa la qabtay
report-precinct = Saldhig
report-precinct-hint = Madhan u dhaaf dhammaan saldhigyada.
report-empty = Weli arrin ma jirto.
report-raised = Waxaa lagu soo qaaday { $session } ({ $kind }), { $group }; { $dots } dhibcood.
report-also-raised = { $count ->
    [one] Mar kale ayaa sidoo kale la soo qaaday, goobta: { $groups }.
   *[other] { $count } jeer oo kale ayaa sidoo kale la soo qaaday, goobaha: { $groups }.
}
report-action = Tallaabo: { $title } — { $status } (warbixintii ugu dambeysay { $updated }).
report-no-action = Weli tallaabo ma jirto (xaalad: { $status }).

## Warbixinnada iyo dhoofinta
nav-reports = Warbixinnada iyo dhoofinta
reports-heading = Warbixinnada iyo dhoofinta
reports-pdf-heading = Warbixin PDF ah
reports-pdf-kind = Warbixin
reports-pdf-summary = Soo-koobidda kulanka
reports-pdf-signin-sheet = Warqad diiwaangelin oo la daabaci karo (madhan)
reports-pdf-report-back = Warqadda natiijo-celinta
reports-pdf-cpp = Cusboonaysiinta Qorshaha Booliska Bulshada
reports-pdf-help-summary = Ka qaybgalka oo tiro ahaan ah (weligeed magacyo ma leh), ajendaha la qorsheeyay iyo kan dhabta ah, arrimaha codadka ugu badan, arrimaha tiir iyo mawduuc ahaan, qoraallada koox kasta iyo tallaabooyinka.
reports-pdf-help-signin-sheet = Warqad madhan oo leh cinwaanka kulankan, marka kombiyuutarrada aan la isticmaali karin. Dooro luqad labaad si tiir kasta loogu daabaco labada luqadood.
reports-pdf-help-report-back = Waxa saldhiggani soo qaaday, waxa la qabtay iyo waxa xiga, kulanka natiijo-celinta. Waxaa fiican in luqad labaad lagu daro.
reports-pdf-help-cpp = Cusboonaysiinta lix-biloodlaha ah ee kulamada saldhiggan: fikradaha iyo mudnaanta, sida dadaallada hadda u socdaan, jawaabaha cusub ama la beddelay iyo waxa la wadaagay.
reports-language = Luqad
reports-second-language = Luqad labaad
reports-second-language-hint = Waxaa lagu daabacaa ta koowaad hoosteeda, kulamada la turjumayo.
reports-no-second = Midna
reports-paper = Warqad
reports-paper-letter = Letter (Maraykan)
reports-paper-a4 = A4
reports-file = U kaydi sida
reports-write-pdf = Samee PDF
reports-written = Waxaa lagu qoray { $path } ({ $size } bayt).
reports-csv-heading = Jadwalada CSV
reports-csv-help = Loogu talagalay xaashiyaha xisaabta. Unug kasta oo xaashidu u qaadan karto qaacido ahaan waxaa loo qoraa si uu qoraal u ahaado.
reports-table = Jadwal
reports-table-concerns = Arrimaha
reports-table-signins = Diiwaangelinta
reports-table-votes = Codadka iyo natiijada
reports-table-actions = Tallaabooyinka
reports-bom = Ku bilow calaamadda habka bayt-yada (Excel)
reports-personal = Ku dar magacyada, iimaylada iyo telefoonnada (diiwaangelinta oo keliya)
reports-write-csv = Samee CSV
reports-import-heading = Soo geli warqado la qoray
reports-import-help = Warqad diiwaangelin ah ama qaab ajende, oo lagu qoray xaashi xisaabeed oo loo kaydiyay CSV. Saf kasta marka hore waa la hubiyaa.
reports-import-table = Waxa faylku hayo
reports-import-signins = Diiwaangelin warqad laga keenay
reports-import-agenda = Qaab ajende
reports-import-file = Faylka CSV
reports-skip-invalid = Soo geli safafka saxda ah xitaa haddii qaar dhibaato leeyihiin
reports-import-go = Soo geli
reports-imported = { $count ->
    [one] Hal saf ayaa la soo geliyay.
   *[other] { $count } saf ayaa la soo geliyay.
}
reports-import-skipped = { $count ->
    [one] Hal saf ayaa laga tagay dhibaato darteed:
   *[other] { $count } saf ayaa laga tagay dhibaatooyin darteed:
}
device-state-unknown = aan hore loo arag
exchange-personal-none = kuma jiraan xirmadan
ledger-detail-seq-alarm = kombiyuutarka soo diray ayaa horey lambarradan taxanaha ugu isticmaalay isbeddello kale
ledger-detail-device-revoked = kombiyuutarka soo diray waa la diiday, sidaas darteed laguma darayo
field-programme-name = magaca
field-programme-description = sharaxaadda
field-session-programme-id = barnaamijka
field-session-title = cinwaanka
field-session-kind = nooca kulanka
field-session-precinct = saldhigga
field-session-place = goobta
field-session-starts-at = waqtiga bilowga
field-session-room-minutes = muddada qolka (daqiiqado)
field-session-languages = luqadaha lagu hadlo
field-session-interpreted = luqadaha la turjumo
field-agenda-title = cinwaanka
field-agenda-kind = nooca qodobka
field-agenda-presenter = soo bandhigaha
field-agenda-planned-minutes = daqiiqadaha la qorsheeyay
field-agenda-position = kaalinta ajendaha
field-agenda-started-at = wuxuu bilaabmay
field-agenda-finished-at = wuxuu dhammaaday
field-group-name = magaca kooxda
field-group-topic = mawduuca
field-group-facilitator = hagaha
field-group-note-taker = qoraha
field-group-language = luqadda
field-question-text = su'aasha
field-question-language = luqadda
field-question-position = kaalinta liiska
field-signin-neighbourhood = xaafadda
field-signin-zip = koodhka boostada
field-signin-language = luqadda la doorbido
field-signin-interpreter = wuxuu u baahan yahay turjumaan
field-signin-accessibility = baahiyaha helitaanka
field-signin-role = doorka
field-signin-consent-to-contact = oggolaanshaha la xiriirka
field-signin-group-id = kooxda wada-hadalka
field-concern-group-id = kooxda wada-hadalka
field-concern-question-id = su'aasha doodda
field-concern-text = erayada
field-concern-language = luqadda lagu yidhi
field-concern-interpretation = turjumaadda
field-concern-interpretation-language = luqadda turjumaadda
field-concern-location = goobta
field-concern-tags = calaamadaha
field-concern-status = xaaladda
field-concern-duplicate-of = waa nuqul ka mid ah
field-action-precinct = saldhigga
field-action-title = tallaabada
field-action-response = jawaabta la qorsheeyay
field-action-owner = mas'uulka
field-action-due = taariikhda loo qabtay
field-action-status = xaaladda
field-action-basis = sababta isbeddelka
field-action-concern-ids = welwelaha ay ka jawaabayso
field-tag-label = magaca
field-tag-kind = nooca calaamadda
field-tag-pillar = tiirka
duration-years =
    { $count ->
        [one] sannad
       *[other] { $count } sano
    }
duration-days =
    { $count ->
        [one] maalin
       *[other] { $count } maalmood
    }
duration-hours =
    { $count ->
        [one] saacad
       *[other] { $count } saacadood
    }
duration-minutes =
    { $count ->
        [one] daqiiqad
       *[other] { $count } daqiiqo
    }
clock-ahead = Saacadda { $device } waxay hormarsanayd qiyaastii { $duration }; waqtiyadeeda waxaa loo calaamadeeyay hubaal la'aan.
clock-behind = Saacadda { $device } waxay ka dambaysay qiyaastii { $duration }; waqtiyadeeda waxaa loo calaamadeeyay hubaal la'aan.
entity-programme = Barnaamijyada
entity-session = Kulamada
entity-agenda = Qodobada ajendaha
entity-group = Kooxaha wada-hadalka
entity-question = Su'aalaha doodda
entity-signin = Diiwaangelinta
entity-signin-contact = Magacyada iyo xiriirada
entity-concern = Welwelaha
entity-note = Qoraallada
entity-dot-count = Tirinta dhibcaha
entity-ballot = Codadka
entity-action = Tallaabooyinka
entity-action-update = Warbixinnada tallaabooyinka
entity-tag = Calaamadaha
coordinator-import-held =
    { $count ->
        [one] Hal isbeddel ayaa sugaya dib-u-eegistaada qaybta “Isbeddellada la eegayo”.
       *[other] { $count } isbeddel ayaa sugaya dib-u-eegistaada qaybta “Isbeddellada la eegayo”.
    }
coordinator-import-refused =
    { $count ->
        [one] Hal isbeddel waa la diiday: wuxuu ka baxsanaa wixii kombiyuutarkiisa la siiyay, ama kuma habboonayn goobtiisa. Waxba kuma darsamo; safka xirmada ayaa muujinaya.
       *[other] { $count } isbeddel waa la diiday: way ka baxsanaayeen wixii kombiyuutarkooda la siiyay, ama kuma habboonayn goobahooda. Waxba kuma darsamaan; safafka xirmooyinka ayaa muujinaya.
    }
coordinator-held-refused = { $held } sugaya dib-u-eegis, { $refused } la diiday
coordinator-held = Isbeddellada la eegayo
coordinator-held-help = Kombiyuutarro la oggolaaday ayaa beddelay diiwaanno aan kuwooda ahayn (kombiyuutar kale ama kuwaaga), ama tirtiray qaar badan hal mar. Waxba halkan kuma darsamaan ilaa aad aqbasho.
coordinator-no-held = Ma jiraan isbeddello sugaya dib-u-eegis.
coordinator-held-set = { $device } wuxuu { $field } ka dhigayaa “{ $value }”
coordinator-held-delete = { $device } wuxuu tirtirayaa
coordinator-accept = Aqbal
coordinator-refuse = Diid
coordinator-change-accepted = Waa la aqbalay; hadda waa lagu darayaa.
coordinator-change-refused = Waa la diiday; weligiis laguma darayo.
coordinator-approve-only = Kaliya kulamo qaar
coordinator-approve-only-hint = Calaamadee kulamadii kombiyuutarkani maamulay. Haddii aadan midna calaamadin, waxaa loo oggolaanayaa kulan kasta oo qorshahaaga ah.
coordinator-revoke = Arag waxa ka-noqoshadu soo celinayso
coordinator-revoke-heading = Ka-noqoshada { $device }
coordinator-revoke-from = Soo celi isbeddelladiisa
coordinator-revoke-from-all = Dhammaan
coordinator-revoke-from-bundle = Laga bilaabo xirmada { $bundle } (la helay { $at })
coordinator-revoke-preview = Ka-noqoshada { $device } laga bilaabo isbeddelka { $seq } waxay soo celinaysaa { $count } ka mid ah isbeddelladiisa:
coordinator-revoke-kind = { $kind }: { $restored } soo noqday, { $removed } baxay, { $changed } dib loo beddelay
coordinator-revoke-go = Ka noqo oo soo celi kuwan
coordinator-cancel = Jooji
coordinator-revoked = Waa laga noqday. Xirmooyinkiisa waa la diidi doonaa; isbeddelladiisu diiwaanka ayay ku jiraan, calaamadaysan, mana darsamaan.
coordinator-revoked-from = laga noqday laga bilaabo isbeddelka { $seq }
coordinator-asks = Xirmooyinkiisu waxay magacaabayaan: { $sessions }
coordinator-not-given = Wuxuu wax ku qoray kulamo aan la siin: { $sessions }. Wixii uu halkaas ku sameeyay waxba kuma darsamaan ilaa aad siiso.
coordinator-give = Sii kulamadan
coordinator-given = La siiyay: { $sessions }
session-scope-given = la siiyay
session-scope-own = kiisa
session-scope-not-given = aan la siin
time-approximate = Saacadda kombiyuutarkiisa way khaldanayd: waqtiga waa la saxay, waana qiyaas.
time-about = qiyaastii { $time }
exchange-kit-own-elsewhere =
    { $count ->
        [one] Isku-duwaha ayaa haya hal isbeddel oo kombiyuutarkan ka yimid oo aanu hadda lahayn (waxaa laga soo celiyay kayd hore). Halkaas ayuu ku badbaadsan yahay, isbeddellada cusubna waxay ka dambeeyaan.
       *[other] Isku-duwaha ayaa haya { $count } isbeddel oo kombiyuutarkan ka yimid oo aanu hadda lahayn (waxaa laga soo celiyay kayd hore). Halkaas ayay ku badbaadsan yihiin, isbeddellada cusubna waxay ka dambeeyaan.
    }
coordinator-revoke-summary = Ka noqo kombiyuutarkan…
ledger-detail-resolved = digniin uu kombiyuutarkiisu xalliyay isagoo qaatay aqoonsi cusub oo mar kale soo diray shaqadiisa
ledger-detail-merge-failed = weli waa la hayaa: lama isku dari karin markii kombiyuutarkiisa la oggolaaday; sax sababta oo mar kale oggolow
settings-backup = Kaydi kombiyuutarkan
settings-backup-intro = Hal fayl oo ay ku jiraan wax kasta oo kombiyuutarkani diiwaangeliyey iyo furayaashiisa, oo lagu xiray eray sir ah. Samee kadib kulan kasta, kana fogee kombiyuutarka.
settings-backup-file = Faylka kaydka
settings-backup-passphrase = Erayga sirta
settings-backup-passphrase-hint = Ugu yaraan 10 xaraf. Dhowr erey oo caadi ah way fudud tahay in la xasuusto; la'aantood kaydka lama furi karo.
settings-backup-passphrase-again = Erayga sirta mar kale
settings-backup-mismatch = Labada eray sir way kala duwan yihiin. Isla midka laba jeer qor.
settings-backup-now = Hadda kaydi
settings-backup-done = Waxaa lagu kaydiyey { $path }. Erayga sirta ka fogee faylka.
settings-backup-done-coordinator = Waxaa lagu kaydiyey { $path }, oo ay la socoto aqoonsiga isuduwaha: qof haysta faylka iyo erayga sirta wuxuu ku ogolaan karaa xirmooyinka magacaaga. Kala fogee, meel ammaan ah.
settings-restore = Ka soo celi kayd
settings-restore-intro = Kombiyuutar lumay ama jabay: kaydkiisa waxaa lagu soo celiyaa fayl keyd xog oo cusub, barnaamijkanna wuu furaa. Kombiyuutarku wuxuu ku sii socdaa aqoonsi cusub oo ku xiran kii hore, sidaas darteed isuduwuhu wuu sii aaminayaa.
settings-restore-file = Faylka kaydka ee la soo celinayo
settings-restore-database = Faylka keydka xogta cusub
settings-restore-now = Soo celi oo fur
settings-restored = Waxaa dib loogu celiyey { $path } waana la furay. Kombiyuutarkan hadda wuxuu u saxiixaa sida { $new }, oo ku xiran { $old }.
settings-missing-device-key = Keydkan xogta furaha qalabka agtiisa kuma jiro ({ $path }), sidaas darteed ma saxiixi karo xirmooyinka. Hoos kaga soo celi kayd, ama dib u koobbi faylka furaha.
settings-missing-coordinator-identity = Keydkan xogta isuduwaha faylka aqoonsiga agtiisa kuma jiro ({ $path }), sidaas darteed magacyada xiran ee xirmooyinka lama furi karo. Hoos kaga soo celi kayd, ama dib u koobbi faylka aqoonsiga.
capture-redact = Ka saar: qof ayuu magacaabayaa
capture-redact-explain = Erayada waxay ka saartaa kombiyuutarkan, iyo isuduwaha iyo kombiyuutarrada kale marka ay helaan. Xirmooyinka horey loo qoray way haysanayaan.
capture-redact-confirm = Ka saar
capture-redact-cancel = Hay
signin-redact = Ka saar: faahfaahintooda
capture-redacted = Waa la saaray. Erayadiisa sidoo kale waa laga tirtiray diiwaanka kombiyuutarkan.
capture-redacted-bundles-before =
    { $count ->
        [one] Waa la saaray. Erayadiisa sidoo kale waa laga tirtiray diiwaanka kombiyuutarkan, laakiin hal xirmo oo horey loo qoray ayaa weli haysa: tirtir faylkaas.
       *[other] Waa la saaray. Erayadiisa sidoo kale waa laga tirtiray diiwaanka kombiyuutarkan, laakiin { $count } xirmo oo horey loo qoray ayaa weli haysa: tirtir faylashaas.
    }
coordinator-held-redact = { $device } wuxuu u saarayaa sida macluumaad shakhsi ah: aqbalaaddu waxay tirtiraysaa erayadiisa halkan iyo kombiyuutar kasta, weligeed
language-review-proposed = weli ma uusan eegin qof si fiican ugu hadla
language-review-reviewed = waxaa eegay qof si fiican ugu hadla
language-review-source = luqadda Convene lagu qoray
settings-language-review = Tarjumaadaha lagu calaamadeeyay “{ language-review-proposed }” si taxaddar leh ayaa loo sameeyay, laakiin weli qof si fiican ugu hadla ma hubin; README ayaa sharxaya sida urur bulsheed u eegi karo.
