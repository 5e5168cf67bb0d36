## Khadka amarrada: `convene --help`, madaxyada shaxda iyo fariimaha ay amarradu daabacaan.

### Caawimo

cli-about = Qabo shirarka booliska iyo bulshada adigoon internet lahayn: ajandaha, diiwaangelinta, arrimaha, codbixinta iyo tallaabooyinka.
cli-heading-usage = Isticmaalka:
cli-heading-commands = Amarro
cli-heading-arguments = Doodo
cli-heading-options = Doorashooyin
cli-value-command = AMAR
cli-help-flag = Daabac caawimada
cli-version-flag = Daabac nooca
cli-arg-db = Faylka xogta. Caadi ahaan waa isla faylka uu barnaamijka kombiyuutarku isticmaalo
cli-arg-json = Daabac hal shay JSON ah oo keliya halkii qoraal
cli-arg-locale = Luqadda fariimaha (en, es, zh-Hant, vi, ru, so, ko, am, ar)

cli-cmd-init = Diyaari kombiyuutarkan: xogtiisa iyo aqoonsiga qalabka
cli-arg-init-device-name = Magac kombiyuutarkan ah oo isku-duwuhu arki doono (tusaale "Kombiyuutarka miiska 3")

cli-cmd-demo = Samee shir tusaale ah oo dhab u eg, daabacna aqoonsiga kulanka
cli-arg-demo-seed = Abuurka doorashooyinka nasiibka ah; abuur isku mid ahi wuxuu bixiyaa shir isku mid ah
cli-arg-demo-concerns = Ku dar intan oo arrimo la sameeyay, si looxa loogu tijaabiyo heer magaalo

cli-cmd-programme = Barnaamijyo isku ururiya kulamada saldhigyo kala duwan
cli-cmd-programme-create = Samee barnaamij, tusaale "Bulsho Nabdoon 2027"
cli-cmd-programme-list = Liiska barnaamijyada iyo saldhigyadooda

cli-cmd-session = Shirarka saldhigga, kooxaha yaryar, kulamada warbixinta iyo aqoon-isweydaarsiyada
cli-cmd-session-create = Samee kulan
cli-arg-session-create-starts = Taariikhda iyo saacadda bilowga, RFC 3339 (2027-03-14T18:30:00-07:00), ama taariikh keliya
cli-arg-session-create-room-minutes = Daqiiqadaha qolka loo ballansaday
cli-arg-session-create-languages = Luqadaha lagu hadlo, hakad ku kala saar (en,es)
cli-arg-session-create-interpreted = Luqadaha la turjumo, hakad ku kala saar
cli-arg-session-create-programme = Aqoonsiga barnaamijka (bilowgiisa)
cli-cmd-session-list = Liiska kulamada
cli-cmd-session-show = Tus kulan iyo waxa uu ka kooban yahay
cli-cmd-session-edit = Beddel xogta kulanka
cli-cmd-session-duplicate = Kulan cusub oo leh ajandaha, kooxaha iyo su'aalaha kulan hore

cli-cmd-agenda = Ajandaha iyo socodsiintiisa
cli-cmd-agenda-add = Ku dar qodob dhammaadka ajandaha kulanka
cli-cmd-agenda-list = Ajandaha si kala horreyn ah, qorshaha iyo waxa dhacay
cli-cmd-agenda-move = U rar qodob meel kale oo ajandaha ah (1 waa kan ugu horreeya)
cli-cmd-agenda-start = Hadda bilow qodob (oo dhammee kii socday)
cli-cmd-agenda-finish = Hadda dhammee qodob
cli-cmd-agenda-next = Socodsiin: dhammee qodobka hadda socda oo bilow kan xiga
cli-cmd-agenda-edit = Beddel qodob
cli-cmd-agenda-remove = Ka saar qodob ajandaha

cli-cmd-group = Kooxaha doodda
cli-cmd-group-add = Ku dar koox dood
cli-arg-group-add-language = Luqadda ay kooxdu ku shaqeyso
cli-cmd-group-list = Liiska kooxaha kulanka

cli-cmd-question = Su'aalaha doodda
cli-cmd-question-add = Ku dar su'aal dood
cli-cmd-question-list = Su'aalaha kulanka si kala horreyn ah

cli-cmd-signin = Warqadda diiwaangelinta
cli-cmd-signin-add = Diiwaangeli qof. Meel kasta waa ikhtiyaar: diiwaangelin qarsoodi ahi sidoo kale waa la tiriyaa
cli-arg-signin-add-zip = Koodhka boostada Maraykanka (98122 ama 98122-1234)
cli-arg-signin-add-language = Luqadda la doorbido (es, zh-Hant, vi, ...)
cli-arg-signin-add-interpreter = Waxay u baahan yihiin turjubaan
cli-arg-signin-add-role = resident, business, organisation, city-staff ama police
cli-arg-signin-add-consent = Waxay oggolaadeen in lala xiriiro (waa loo baahan yahay --email ama --phone)
cli-arg-signin-add-group = Kooxda doodda, magac ama aqoonsi
cli-arg-signin-add-time-in = Goorta ay yimaadeen, haddii aysan ahayn hadda (marka warqad la qorayo)
cli-cmd-signin-list = Warqadda diiwaangelinta, magacyo iyo xiriir la'aan
cli-cmd-signin-counts = Tirooyin toos ah oo luqad, door, xaafad iyo koox ah
cli-cmd-signin-assign = Qof ku dar koox dood
cli-arg-signin-assign-group = Kooxda magac ama aqoonsi; ka tag si kooxda looga saaro
cli-cmd-signin-suggest-group = Soo jeedi koox ka qayb-gale, iyadoo la eegayo luqaddiisa

cli-cmd-concern = Looxa arrimaha
cli-cmd-concern-add = Qor arrin. `#calaamadaha` qoraalka ku jira waxay noqdaan calaamado
cli-arg-concern-add-group = Kooxda doodda, magac ama aqoonsi
cli-arg-concern-add-language = Luqadda arrinta lagu soo qaaday
cli-arg-concern-add-interpretation = Turjumaaddeeda luqadda shaqada
cli-arg-concern-add-location = Halkee: waddo, gees, beer
cli-cmd-concern-list = Looxa arrimaha
cli-arg-concern-list-search = Erayo laga raadiyo qoraalka, turjumaadda ama goobta
cli-arg-concern-list-all = Ku dar arrimaha lagu daray kuwo kale
cli-cmd-concern-show = Hal arrin oo dhammaystiran
cli-cmd-concern-edit = Beddel qoraalka, turjumaadda, luqadda, goobta ama kooxda arrinta
cli-cmd-concern-tag = Ku dar ama ka saar calaamado
cli-cmd-concern-status = Deji xaaladda: new, under-review, action-planned, in-progress, done, not-pursued
cli-cmd-concern-merge = Calaamadee arrin inay nuqul ka tahay mid kale; codadkeedu waxay u tirsanaan kan kale
cli-cmd-concern-unmerge = Ka noqo isku-darka
cli-cmd-concern-delete = Tirtir arrin khalad lagu qoray
cli-cmd-concern-duplicates = Nuqullo suurtagal ah, erayada ay wadaagaan qoraalka iyo turjumaadda
cli-arg-concern-duplicates-threshold = Saamiga erayada la wadaago, 0 ilaa 1

cli-cmd-note = Qoraallo koox iyo su'aal kasta
cli-cmd-note-add = Ku dar qoraal koox iyo su'aal
cli-cmd-note-list = Qoraallada, haddii la rabo hal koox oo keliya

cli-cmd-vote = Dhibcaha lagu tiriyay warqadda weyn
cli-cmd-vote-dots = Geli dhibcaha lagu tiriyay kaadhka arrinta

cli-cmd-ballot = Codadka ka qayb-galayaasha: dhibco, kala-horeyn ama miisaaniyad
cli-cmd-ballot-cast = Dhiib codka hal ka qayb-gale. Calaamad kastaa waxay dhiibtaa hal cod nooc kasta
cli-arg-ballot-cast-token = Calaamadda codbixinta ka qayb-galaha (kaadhkiisa ama kiosk-ka)
cli-arg-ballot-cast-choices = Arrin: kala-horeynta, si kala horreyn ah, kan ugu fiican marka hore; dhibcaha, mar dhibic kasta
cli-arg-ballot-cast-allocations = Codadka miisaaniyadda: ARRIN=DHIBCO, ku celi
cli-arg-ballot-cast-budget = Dhibcaha ay tahay inuu codka miisaaniyaddu isku geeyo
cli-cmd-ballot-list = Codadka lagu dhiibtay kulanka

cli-cmd-tally = Tiri dhammaan codadka kulanka
cli-arg-tally-top = Immisa arrimood ayaa la tusayaa tirin kasta

cli-cmd-action = Tallaabooyinka xiga iyo warbixinnadooda taariikhaysan
cli-cmd-action-add = Qorshee tallaabo looga jawaabayo arrimo
cli-arg-action-add-response = Jawaabta la qorsheeyay
cli-arg-action-add-due = Waqtiga kama dambaysta ah, YYYY-MM-DD
cli-arg-action-add-concerns = Arrin ay ka jawaabayso (ku celi dhowr)
cli-arg-action-add-basis = result-based ama community-input
cli-cmd-action-update = Qor warbixin taariikhaysan, haddii loo baahdo beddel xaaladda ama saldhigga
cli-arg-action-update-date = YYYY-MM-DD; maanta haddii laga tago
cli-cmd-action-edit = Beddel qofka masuulka ah, waqtiga ama jawaabta la qorsheeyay
cli-cmd-action-list = Tallaabooyinka kulan, saldhig, ama dhammaan
cli-cmd-action-show = Hal tallaabo iyo warbixinnadeeda

cli-cmd-tag = Erayada calaamadaha
cli-cmd-tag-list = Erayada: tiirarka iyo mawduucyadooda
cli-cmd-tag-add = Ku dar mawduuc (ama, --kind pillar, tiir)
cli-arg-tag-add-pillar = Tiirka uu mawduucu u adeego
cli-cmd-tag-rename = Beddel magaca calaamadda
cli-cmd-tag-remove = Ka saar calaamad erayada (arrimuhu way sii haystaan)

cli-cmd-doctor = Hubi xogta; --rebuild waxay caddaynaysaa in xaaladda laga helo diiwaanka hawlaha oo keliya
cli-arg-doctor-rebuild = Dib uga dhis shax kasta diiwaanka hawlaha oo hubi in natiijadu isku mid tahay

cli-cmd-key = Furaha saxiixa iyo calaamadda qalabkan
cli-cmd-key-show = Aqoonsiga, furaha dadweynaha iyo calaamadda qalabkan (iyo qaataha isku-duwaha, haddii uu jiro)

cli-cmd-coordinator = Aqoonsiga isku-duwaha ee xogta shakhsiga ah ee ka qayb-galayaasha
cli-cmd-coordinator-init = Xogtan ka dhig mid isku-duwe: waxay ku dartaa aqoonsi age ah xogta shakhsiga ah
cli-cmd-coordinator-restore = Ku rakib aqoonsi isku-duwe faylkiisa (kayd, ama kombiyuutar isku-duwe labaad)

cli-cmd-kit = Xirmooyin: qorshayaasha kulamada, isku-duwaha ilaa kombiyuutarrada
cli-cmd-kit-export = Qor xirmo saxiixan oo leh qorshayaasha kulamada iyo furayaasha isku-duwahan
cli-cmd-kit-import = Ku shub xirmada isku-duwaha kombiyuutarkan
cli-arg-kit-import-new-coordinator = Aqbal xirmo ka timid isku-duwe ka duwan kan uu kombiyuutarkani raaco

cli-cmd-bundle = Baakado: shaqada kombiyuutar kasta, saxiixan, dib loogu celiyo isku-duwaha
cli-cmd-bundle-export = Shaqada kombiyuutarkan ee kulamada u qor baakad saxiixan
cli-arg-bundle-export-include-personal-data = Xirmo la'aan, ku dar magacyada iyo xiriirka iyadoon la qarin (haddii kale waa laga tagaa)
cli-cmd-bundle-verify = Hubi baakad adigoon soo gelin
cli-cmd-bundle-import = Soo geli baakadaha; mid kastaa dhammaan ama waxba
cli-cmd-bundle-list = Buugga: baakad kasta oo xogtan loo keenay

cli-cmd-trust = Qalabka baakadahooda la isku daray, sugaya ama la diiday
cli-cmd-trust-list = Qalabka, farahooda iyo xaaladdooda
cli-cmd-trust-approve = Oggolow qalab kadib marka calaamadda la barbar dhigo; isku dar baakadahiisa karantiilka ah
cli-cmd-trust-revoke = Ka noqo qalab: isbeddelladiisa lama tiriyo oo waxay sameeyeen waa la celinayaa (dhammaan, ama laga bilaabo xirmo ama lambar taxane)
cli-cmd-trust-add = Aamin kombiyuutar ka hor inta baakadahiisu iman, aqoonsiga iyo furaha uu `key show`-kiisu daabaco

cli-cmd-conflicts = Wax-ka-beddello isku mar ah oo hal meel ah, loo kaydiyay isku-duwaha si uu u xalliyo
cli-cmd-conflicts-list = Khilaafaadka furan: wax-ka-beddello isku mar ah oo hal meel ah
cli-cmd-conflicts-resolve = Xalli khilaaf
cli-arg-conflicts-resolve-keep = winner ama loser
cli-arg-conflicts-resolve-text = Qiime cusub halkii

cli-cmd-board = Looxa arrimaha ee kulamada oo dhan la isku daray, iyo meesha arrin kasta ka timid
cli-arg-board-precinct = Kulamada saldhiggan oo keliya

cli-cmd-bench = Cabbir qorista, dhoofinta, soo gelinta, tirinta iyo dib-u-dhiska heer ballaaran, barbar dhig heerar tixraac
cli-arg-bench-quick = Xog yar heerarka 1 iyo 2: waxay hubisaa in cabbirku weli shaqeeyo, ma aha xawaaraha
cli-arg-bench-scales = Heerarka la socodsiinayo (1 = hal shir; 20 = magaalo: 5 saldhig × 4 weji)
cli-arg-bench-dir = Meesha la dhigayo xogta iyo baakadaha (diskiga aad rabto inaad cabbirto)

cli-cmd-report = Warbixinno PDF: soo koobid, warqadda diiwaangelinta, warqadda warbixinta, cusboonaysiinta CPP
cli-cmd-report-pdf = Warbixin PDF ah oo kulan (warqadda iyo cusboonaysiinta CPP waxay daboolaan saldhigga)
cli-arg-report-pdf-locale = Luqadda warbixinta
cli-arg-report-pdf-second-locale = Luqad labaad oo cinwaannada iyo calaamadaha ah, kan hore hoostiisa
cli-arg-report-pdf-paper = letter ama a4

cli-cmd-export = Dhoofi xogta kulan (CSV)
cli-cmd-export-csv = Shax kulan ah oo CSV ah, ammaan in lagu furo xaashi xisaabeed
cli-arg-export-csv-bom = Ku bilow calaamadda kala-horreynta bytes-ka, Excel awgeed
cli-arg-export-csv-with-personal-data = Ku dar magacyada, iimaylada iyo telefoonnada ka qayb-galayaasha (diiwaangelinta oo keliya)

cli-cmd-import = Soo geli warqado la qoray (CSV)
cli-cmd-import-csv = Warqad diiwaangelin oo gacanta laga qoray ama qaab ajande
cli-arg-import-csv-skip-invalid = Soo geli safafka saxda ah xitaa haddii qaar aysan sax ahayn

### Madaxyada shaxda

cli-col-id = AQOONSI
cli-col-status = XAALAD
cli-col-due = WAQTI
cli-col-owner = MASUUL
cli-col-basis = SALDHIG
cli-col-concerns = ARRIMO
cli-col-title = CINWAAN
cli-col-place = #
cli-col-kind = NOOC
cli-col-planned = QORSHAYSAN
cli-col-actual = DHAB
cli-col-presenter = SOO BANDHIGE
cli-col-token = CALAAMAD
cli-col-cast = LA DHIIBAY
cli-col-dots = DHIBCO
cli-col-session = KULAN
cli-col-group = KOOX
cli-col-from-device = QALABKA LAGA SOO DIRAY
cli-col-text = QORAAL
cli-col-tags = CALAAMADO
cli-col-similarity = ISU EKAANSHO
cli-col-concern = ARRIN
cli-col-likely-duplicate-of = NUQUL SUURTAGAL AH OO
cli-col-line = SAF
cli-col-column = TIIR
cli-col-problem = DHIBAATO
cli-col-device = QALAB
cli-col-state = XAALAD
cli-col-ops = HAWLO
cli-col-new = CUSUB
cli-col-seq = TIRSIGA
cli-col-received = LA HELAY
cli-col-file = FAYL
cli-col-fingerprint = FARO
cli-col-name = MAGAC
cli-col-waiting = SUGAYA
cli-col-record = DIIWAAN
cli-col-field = MEEL
cli-col-kept = LA HAYAY (GUULAYSTAY)
cli-col-also-written = SIDOO KALE LA QORAY (LUMAY)
cli-col-language = LUQAD
cli-col-facilitator = HAGAHA
cli-col-note-taker = QORAHA
cli-col-topic = MAWDUUC
cli-col-question = SU'AAL
cli-col-note = QORAAL
cli-col-sessions = KULAMADA
cli-col-precincts = SALDHIGYO
cli-col-starts = BILOW
cli-col-precinct = SALDHIG
cli-col-time-in = IMAATINKA
cli-col-role = DOOR
cli-col-interpreter = TURJUBAAN
cli-col-neighbourhood = XAAFAD/KOODH
cli-col-slug = FURE
cli-col-pillar = TIIR
cli-col-label = MAGAC MUUQDA
cli-col-scale = HEER
cli-col-step = TALLAABO
cli-col-median-ms = DHEXDHEXAAD ms
cli-col-p99-ms = P99 ms
cli-col-per-op = µs/hawl
cli-col-peak-mb = UGU SARREEYA MB
cli-col-out-kib = SOO SAARAY KiB
cli-col-baseline = TIXRAAC
cli-col-ratio = SAAMI
cli-col-target = HADAF

### Calaamadaha diiwaan dhammaystiran

cli-field-label = { $label }:
cli-field-id = aqoonsi
cli-field-status = xaalad
cli-field-basis = saldhig
cli-field-owner = masuul
cli-field-due = waqti
cli-field-response = jawaab
cli-field-concerns = arrimo
cli-field-kind = nooc
cli-field-precinct = saldhig
cli-field-place = goob
cli-field-starts = bilow
cli-field-languages = luqado
cli-field-interpreted = la turjumay
cli-field-agenda = ajande
cli-field-groups = kooxo
cli-field-questions = su'aalo
cli-field-signins = diiwaangelin
cli-field-notes = qoraallo
cli-field-ballots = codad
cli-field-actions = tallaabooyin
cli-field-language = luqad
cli-field-interpretation = turjumaad
cli-field-tags = calaamado
cli-field-location = goob
cli-field-duplicate-of = nuqul ka ah
cli-field-captured = la qoray
cli-field-database = Xogta
cli-field-schema-version = Nooca qaab-dhismeedka
cli-field-integrity = Dhammaystirnaanta
cli-field-foreign-keys = Furayaasha dibadda
cli-field-ops = Hawlo
cli-field-state-hash = Xashka xaaladda
cli-field-fingerprint = Faro
cli-field-signing-key = Furaha saxiixa
cli-field-device = Qalab
cli-field-public-key = Furaha dadweynaha
cli-field-coordinator-recipient = Qaataha isku-duwaha (age)
cli-field-follows = Wuxuu raacaa
cli-field-sealed-to = Xogta shakhsiga waxaa loo xiray
cli-field-next = Xiga
cli-field-state = Xaalad
cli-field-sessions = Kulamo

### Fariimo

cli-yes = haa
cli-updated = Waa la cusboonaysiiyay
cli-removed = Waa la saaray
cli-minutes = { $minutes } daqiiqo
cli-wrote = Waa la qoray { $path } ({ $bytes } bytes).

cli-action-updates = Warbixinno:

cli-agenda-running = socda
cli-agenda-total = Wadarta la qorsheeyay: { $planned } daqiiqo
cli-agenda-total-booked = Wadarta la qorsheeyay: { $planned } daqiiqo oo ka mid ah { $booked } la ballansaday
cli-agenda-total-over = Wadarta la qorsheeyay: { $planned } daqiiqo oo ka mid ah { $booked } la ballansaday — waxay dhaaftay ballanta qolka
cli-agenda-moved = Waxaa loo raray meesha { $place }
cli-agenda-started = Waa la bilaabay “{ $title }”
cli-agenda-finished = Waa la dhammeeyay
cli-agenda-now = Hadda: { $title }
cli-agenda-done = Ajandaha waa dhammaaday.

cli-tally-signed-in = Is diiwaangeliyay: { $count }
cli-tally-dots = Codadka dhibcaha ({ $ballots ->
    [one] { $ballots } cod
   *[other] { $ballots } cod
  } iyo dhibcaha la tiriyay):
cli-tally-none-yet = weli ma jiraan
cli-tally-dots-score = { $score } dhibcood
cli-tally-points-score = { $score } dhibic
cli-tally-ranked = Codadka kala-horeynta: { $ballots }
cli-tally-borda = Tirinta Borda:
cli-tally-irv = Doorashada degdegga ah ee wareegyada:
cli-tally-round = wareegga { $round }: { $counts }
cli-tally-exhausted = dhammaaday { $count }
cli-tally-out = baxay: { $concern }
cli-tally-out-several = baxay: { $count } aan doorasho koowaad lahayn
cli-tally-winner = guulaystay: { $concern }
cli-tally-budget = Qaybinta miisaaniyadda ({ $ballots } cod):
cli-tally-repeated = { $count ->
    [one] 1 cod lama tirin: calaamaddiisa horay ayaa loo codeeyay.
   *[other] { $count } cod lama tirin: calaamadahooda horay ayaa loo codeeyay.
  }

cli-bench-met = waa la gaaray ({ $target })
cli-bench-missed = LAMA GAARIN ({ $target })
cli-bench-sane = Natiijooyinku waa macquul.
cli-bench-problems = DHIBAATOOYIN:

cli-board-revoked = { $device } (LA BURIYAY)

cli-concern-duplicate = nuqul
cli-concern-captured = { $at } qalabka { $device }
cli-concern-tags = Calaamado: { $tags }
cli-concern-status = Xaalad: { $status }
cli-concern-merged = Waxaa lagu daray { $into }
cli-concern-unmerged = Isku-darka waa laga noqday
cli-concern-deleted = Waa la tirtiray

cli-import-summary = { $rows ->
    [one] 1 saf
   *[other] { $rows } saf
  }: { $imported } la soo geliyay, { $problems } dhibaato leh.

cli-doctor-title = Hubinta xogta Convene
cli-doctor-ok = waa hagaag
cli-doctor-problems = { $count } dhibaato
cli-doctor-ops = { $ops } oo ka yimid { $devices } qalab
cli-doctor-rows = Safaf:
cli-doctor-rebuilt = Dib ayaa looga dhisay { $ops } hawlood: xashka xaaladda { $hash } — wuxuu la mid yahay xaaladdii hore.

cli-init-ready = Qalabka { $device } waa diyaar.
cli-init-ready-named = Qalabka { $device } waa diyaar, magaciisu waa “{ $name }”.

cli-key-title = Furaha saxiixa kombiyuutarkan
cli-key-follows = isku-duwaha { $coordinator } — calaamadda { $fingerprint }
cli-coordinator-ready = Aqoonsiga isku-duwaha waa diyaar.
cli-coordinator-next = convene kit export KULAN --out kit.convene
cli-kit-written = Xirmada waxaa lagu qoray { $path } ({ $ops } hawlood, { $bytes } bytes).
    Kombiyuutarradu waxay arki doonaan calaamadda isku-duwaha { $fingerprint }.
cli-kit-imported = Xirmo ka timid isku-duwaha { $coordinator }.
    Ka hor munaasabadda, calaamadda barbar dhig isku-duwaha: { $fingerprint }
    Kulamo: { $sessions }
    Hadda kadib, baakadaha kombiyuutarkan waxay xogta shakhsiga ah ee ka qayb-galayaasha u xiraan isku-duwahaas.

cli-bundle-personal-left-out = magacyada iyo xiriirka { $count } diiwaangelin waa laga tagay: kombiyuutarkan ma laha fure isku-duwe oo lagu xiro. Marka hore soo geli xirmada isku-duwaha, ama ku dar --include-personal-data si aad ugu darto iyagoon la qarin.
cli-bundle-written = Baakadda waa la qoray oo la hubiyay: { $path } ({ $ops } hawlood, { $bytes } bytes; xogta shakhsiga: { $personal }).
    Hadda si ammaan ah ayaad u saari kartaa USB-ga.
cli-bundle-verified = { $file }: saxiixa iyo xashyadu waa sax.
cli-bundle-import-summary = La soo geliyay { $imported }, horay u jiray { $already_had }, karantiil { $quarantined }, la diiday { $rejected }, khilaafaad cusub { $conflicts }.
cli-bundle-alarm = DIGNIIN: { $count } baakadood waxay dib u isticmaalaan lambarrada taxanaha qalab; eeg `convene bundle list`.
cli-bundle-compare-quarantined = Barbar dhig calaamadda qalabka karantiilka ah hagayaashooda, kadibna fuli `convene trust approve DEVICE`.
cli-progress-imported = { $file }: waxaa laga soo geliyay { $ops } hawlood oo cusub { $device }
cli-progress-already-had = { $file }: horay ayaa loo soo geliyay, waxba looma baahna
cli-progress-quarantined = { $file }: KARANTIIL — qalab aan la aqoon { $device }; barbar dhig calaamadda, kadibna `convene trust approve`
cli-progress-rejected = { $file }: LA DIIDAY — { $problem }

cli-trust-approved = Waa la oggolaaday { $device } [{ $fingerprint }].
cli-trust-added = Waa la aaminay { $device } [{ $fingerprint }].
cli-trust-revoked = Waa laga noqday { $device } [{ $fingerprint }] laga bilaabo isbeddelka { $seq }: xirmooyinkiisa waa la diidi doonaa, waxa uu halkaas ka sameeyayna lama tirin doono (isbeddelladu waxay ku sii jiraan diiwaanka, iyagoo calaamadaysan).
cli-conflicts-none = Ma jiraan khilaafaad furan.
cli-conflict-resolved = Waa la xalliyay khilaafka { $id } ee { $field } “{ $title }”.

cli-session-agenda = { $items } qodob, { $planned } daqiiqo la qorsheeyay
cli-session-agenda-booked = { $items } qodob, { $planned } daqiiqo la qorsheeyay oo ka mid ah { $booked } la ballansaday
cli-session-updated = Kulanka { $id } waa la cusboonaysiiyay

cli-signin-maybe-duplicate = ogeysiis: qofkan waxaa laga yaabaa inuu horay isu diiwaangeliyay ({ $count }); haddana waa la qoray.
cli-signin-counts = Is diiwaangeliyay: { $total } ({ $anonymous } qarsoodi, { $interpreter } u baahan turjubaan)
cli-signin-by-language = Luqad ahaan:
cli-signin-by-role = Door ahaan:
cli-signin-by-neighbourhood = Xaafad ahaan:
cli-signin-by-group = Koox ahaan:
cli-signin-unassigned = koox ma leh
cli-signin-assigned = Waa la meeleeyay
cli-signin-no-groups = Kulankan weli ma laha kooxo dood.

cli-tag-renamed = Magaca waa la beddelay
cli-cmd-key-renew = Qaado aqoonsi qalab oo cusub (ka dib markaad soo celiso kayd, ama kombiyuutar la nuqulay), oo lagu xiray kii hore furihiisa
cli-arg-key-renew-reissue-from-seq = Mar kale ku soo saar aqoonsiga cusub isbeddellada kombiyuutarkan laga bilaabo lambarkan taxanaha (kan digniintu sheegto)
cli-cmd-review = Isbeddellada kombiyuutarro kale ku sameeyeen diiwaanno aan kuwooda ahayn, oo sugaya isku-duwaha
cli-cmd-review-list = Isbeddellada sugaya dib-u-eegis
cli-cmd-review-accept = Aqbal isbeddel la hayo: hadda laga bilaabo waa la tiriyaa
cli-cmd-review-refuse = Diid isbeddel la hayo: weligii lama tiriyo
cli-arg-review-accept-change = Aqoonsiga isbeddelka, sida `review list` u muujiso (ama bilowgiisa)
cli-arg-review-refuse-change = Aqoonsiga isbeddelka, sida `review list` u muujiso (ama bilowgiisa)
cli-arg-trust-approve-sessions = Kulamadan oo keliya (aqoonsiyo, hakad ku kala saaran); haddii aan la bixin, kulan kasta oo ku jira qorshaha isku-duwaha
cli-arg-trust-add-sessions = Kulamadan oo keliya (aqoonsiyo, hakad ku kala saaran); haddii aan la bixin, kulan kasta oo ku jira qorshaha isku-duwaha
cli-arg-trust-revoke-from-bundle = Ka celi oo keliya laga bilaabo xirmadan (xashkeeda, sida `bundle list` u muujiso)
cli-arg-trust-revoke-from-seq = Ka celi oo keliya laga bilaabo lambarkan taxanaha
cli-arg-trust-revoke-dry-run = Muuji waxa la celin lahaa, oo waxba ha beddelin
cli-arg-doctor-repair = Mar kale ku qiimee isbeddel kasta hubinta maanta oo dib u dhis shax kasta, adigoo haynaya natiijada
cli-key-renewed = Kombiyuutarkan hadda waa { $device } [{ $fingerprint }], oo sii wada { $old }. Isbeddellada mar kale lagu soo saaray aqoonsiga cusub: { $reissued }. Dhoofi xirmo: isku-duwuhu wuxuu arki doonaa labada aqoonsi oo isku xiran.
cli-revoke-preview = Ka noqoshada { $device } laga bilaabo isbeddelka { $seq } waxay dib u celinaysaa isbeddelladiisa: { $ops }.
cli-revoke-kind = { $kind }: soo laabanaya { $restored }, baaba'aya { $removed }, isbeddelaya { $changed }
cli-review-set = u beddel { $field } “{ $value }”
cli-review-delete = tirtir
cli-review-none = Ma jiraan isbeddello sugaya dib-u-eegis.
cli-review-accepted = La aqbalay: { $change } ee “{ $title }”.
cli-review-refused = La diiday: { $change } ee “{ $title }”; weligii lama tirin doono.
cli-col-change = ISBEDDEL
cli-bundle-held = Isbeddellada sugaya dib-u-eegis (diiwaannada kombiyuutarro kale ama isku-duwaha): { $count }. Eeg `convene review list`.
cli-bundle-refused = Isbeddellada la diiday (ka baxsan waxa kombiyuutarka la siiyay, aan loo oggolayn, ama aan ku habboonayn beertooda), oo aan la tirin: { $count }. `convene bundle list` ayaa muujinaya xirmooyinkee.
cli-bundle-list-held-refused = la hayo { $held }, la diiday { $refused }
cli-doctor-verdicts = loo hayo dib-u-eegis { $held }, la diiday { $refused }, laga noqday { $revoked }
cli-field-not-counting = Aan la tirin
cli-doctor-repaired = Mar kale ayaa lagu qiimeeyay { $ops } hawlood hubinta maanta; go'aannada isbeddelay: { $changed } (isbeddellada la kaydiyay hubintan ka hor ee aan hadda ka gudbin lama tirinayo). Xashka xaaladda { $hash }.
cli-trust-given = La siiyay: { $sessions } (iyo kulamada uu isagu sameeyo).
cli-trust-given-plan = La siiyay: kulan kasta oo qorshahaaga ah, iyo kulamada uu isagu sameeyo.
cli-bundle-not-given = { $device } wuxuu wax ku qoray kulamo aan la siin: { $sessions }. Wixii uu halkaas ku sameeyay waxba kuma darsamaan ilaa aad siiso: `convene trust approve { $fingerprint }`
cli-cmd-backup = Kaydi kombiyuutarkan: keydka xogta iyo furayaashiisa hal fayl oo lagu xafiday erayga sirta ah
cli-arg-backup-out = Halka la qorayo faylka kaydka
cli-arg-backup-passphrase-file = Erayga sirta ka akhri sadarka koowaad ee faylkan (haddii kale CONVENE_BACKUP_PASSPHRASE, ama waa lagu weydiin doonaa)
cli-cmd-restore = Kombiyuutar ka soo celi fayl kayd ah, gal keyd xog oo aan weli jirin
cli-arg-restore-file = Faylka kaydka ee laga soo celinayo
cli-arg-restore-passphrase-file = Erayga sirta ka akhri sadarka koowaad ee faylkan (haddii kale CONVENE_BACKUP_PASSPHRASE, ama waa lagu weydiin doonaa)
cli-backup-passphrase-prompt = Erayga sirta ee kaydka:
cli-backup-written = Waxaa lagu kaydiyey { $path } ({ $bytes } bytes). Erayga sirta ka fogee faylka: la'aantiis kaydka lama furi karo.
cli-backup-written-coordinator = Waxaa lagu kaydiyey { $path } ({ $bytes } bytes), oo ay la socoto aqoonsiga isuduwaha: qof kasta oo haysta faylka iyo erayga sirta wuxuu ogolaan karaa xirmooyinka sida isuduwahan oo kale. Kala fogee, meel ammaan ahna dhig.
cli-restored = Waxaa dib loogu celiyey { $path }. Kombiyuutarkan hadda wuxuu u saxiixaa sida { $new }, oo ku xiran { $old }: isuduwaha wuxuu aqbalayaa xirmooyinkiisa marka uu helo xirmo-qalab ama xirmo ka timid aqoonsiga cusub.
cli-missing-device-key = Keydkan xogta furaha qalabka agtiisa kuma jiro ({ $path }), sidaas darteed ma saxiixi karo xirmooyinka. Kaga soo celi kayd adigoo isticmaalaya `convene restore`, ama dib u koobbi faylka furaha.
cli-missing-coordinator-identity = Keydkan xogta isuduwaha faylka aqoonsiga agtiisa kuma jiro ({ $path }), sidaas darteed magacyada iyo xiriirada xiran ee xirmooyinka lama furi karo. Kaga soo celi kayd adigoo isticmaalaya `convene restore`, ama dib u koobbi faylka aqoonsiga.
cli-doctor-plaintext-accessibility =
    { $count ->
        [one] Hal isbeddel diiwaangelin oo ka horreeyay xiritaanka baahiyaha gelitaanka ayaa baahidaas qoraal furan ku haya diiwaanka; wuxuu la socdaa xirmooyinka kulankiisa. Diiwaangelinnada hadda laga bilaabo way xiraan.
       *[other] { $count } isbeddel diiwaangelin oo ka horreeyay xiritaanka baahiyaha gelitaanka ayaa baahiyahaas qoraal furan ku haya diiwaanka; waxay la socdaan xirmooyinka kulamadooda. Diiwaangelinnada hadda laga bilaabo way xiraan.
    }
cli-cmd-concern-redact = Ka saar walaac sababtoo ah wuxuu magacaabayaa qof ama wuxuu hayaa faahfaahintiisa: erayadiisa waxaa sidoo kale laga tirtiraa diiwaanka, iyo kombiyuutar kasta oo tirtiristu gaarto
cli-arg-concern-redact-concern = Aqoonsiga walaaca (ama bilowgiisa)
cli-cmd-note-redact = Ka saar qoraal sababtoo ah wuxuu magacaabayaa qof ama wuxuu hayaa faahfaahintiisa: erayadiisa waxaa sidoo kale laga tirtiraa diiwaanka
cli-arg-note-redact-note = Aqoonsiga qoraalka (ama bilowgiisa)
cli-cmd-signin-redact = Ka saar diiwaangelin iyo magaceeda, xiriirada iyo baahiyaha gelitaanka: erayada waxaa sidoo kale laga tirtiraa diiwaanka
cli-arg-signin-redact-signin = Aqoonsiga diiwaangelinta (ama bilowgiisa)
cli-redacted = Waxaa loo saaray sida macluumaad shakhsi ah: erayadiisa waxaa laga tirtiray { $ops } isbeddel oo ku jira diiwaanka kombiyuutarkan, tirtiristuna waxay la socotaa xirmada ama xirmo-qalabka xiga.
cli-redacted-bundles-before =
    { $count ->
        [one] Hal xirmo oo kombiyuutarkani horey u qoray ayaa weli haya erayada lamana beddeli karo: tirtir faylkaas, isuduwahana ka codso inuu tirtiro kiisa.
       *[other] { $count } xirmo oo kombiyuutarkani horey u qoray ayaa weli haya erayada lamana beddeli karo: tirtir faylashaas, isuduwahana ka codso inuu tirtiro kuwiisa.
    }
cli-review-redact = u saar sida macluumaad shakhsi ah (aqbalaaddu waxay tirtiraysaa erayadiisa meel kasta, weligeed)
