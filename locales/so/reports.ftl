## Cinwaannada tiirarka ee dhoofinta iyo soo gelinta CSV. Furayaashu waa magacyada tiirarka ee aan isbeddelin.

csv-col-id = Aqoonsi
csv-col-session = Kulan
csv-col-group = Koox
csv-col-status = Xaalad
csv-col-text = Qoraal
csv-col-language = Luqad
csv-col-interpretation = Turjumaad
csv-col-interpretation_language = Luqadda turjumaadda
csv-col-tags = Summado
csv-col-location = Goob
csv-col-duplicate_of = Nuqul ka ah
csv-col-dots = Dhibco
csv-col-created_at = Waqtiga la qoray
csv-col-time_in = Waqtiga uu yimid
csv-col-role = Doorka
csv-col-interpreter = Turjubaan u baahan
csv-col-neighbourhood = Xaafad
csv-col-zip = Koodhka boostada
csv-col-accessibility = Baahiyaha helitaanka
csv-col-consent = Oggolaanshaha xiriirka
csv-col-name = Magac
csv-col-email = Iimayl
csv-col-phone = Telefoon
csv-col-concern = Arrin
csv-col-borda = Dhibcaha Borda
csv-col-first_choices = Doorashooyinka koowaad
csv-col-runoff = Wareegga degdegga ah
csv-col-budget = Dhibcaha miisaaniyadda
csv-col-title = Cinwaan
csv-col-basis = Saldhig
csv-col-owner = Mas'uul
csv-col-due = Waqtiga loo qabtay
csv-col-response = Jawaabta la qorsheeyay
csv-col-concerns = Arrimo
csv-col-updates = Warbixinno cusub
csv-col-latest_update = Warbixintii ugu dambeysay
csv-col-minutes = Daqiiqado
csv-col-presenter = Soo-bandhige
csv-col-kind = Nooc
csv-runoff-winner = guuleysta
csv-runoff-out = ka baxay wareegga { $round }
csv-problem-unknown-column = “{ $heading }” ma aha tiir uu soo gelintani yaqaan. Isticmaal: { $allowed }.
csv-problem-missing-column = Tiirka loo baahan yahay “{ $column }” waa maqan yahay.
csv-problem-not-yes-no = “{ $value }” ma aha haa iyo maya midna. Qor “{ $yes }” ama “{ $no }”.
csv-problem-not-a-number = “{ $value }” ma aha tiro dhan.
csv-problem-unknown-group = Kulankan ma laha koox wada-hadal oo la yiraahdo “{ $value }”.
csv-problem-unreadable = Sadarkan looma akhriyi karo CSV: { $detail }

## Warbixinnada PDF. Fariimaha la wadaago barnaamijka (noocyada kulanka, doorarka, xaaladaha) waxay ka yimaadaan ui.ftl.

pdf-kind-summary = Soo-koobidda kulanka
pdf-kind-signin-sheet = Warqadda diiwaangelinta
pdf-kind-report-back = Waxaad noo sheegteen, iyo waxa dhacay
pdf-kind-cpp = Cusboonaysiinta Qorshaha Booliska Bulshada
pdf-page = Bogga { $page } ee { $pages }
pdf-prepared = Waxaa la diyaariyay { $date } iyadoo la isticmaalayo Convene
pdf-precinct = Saldhigga { $precinct }
pdf-all-precincts = Dhammaan saldhigyada
pdf-not-given = Lama bixin
pdf-none-yet = Weli ma jiro.
language-name = { $code ->
    [en] Ingiriisi
    [es] Isbaanish
    [zh-Hant] Shiine (dhaqameed)
    [zh] Shiine
    [yue] Kantoonis
    [vi] Fiyatnaamiis
    [ru] Ruush
    [so] Soomaali
    [ko] Kuuriyaan
    [am] Amxaari
    [ar] Carabi
    [ti] Tigrinya
    [tl] Tagalog
    [uk] Yukreeniyaan
    [unknown] Lama bixin
   *[other] { $code }
  }

## Soo-koobidda kulanka
pdf-attendance = Ka qaybgalka
pdf-attendance-total = { $count ->
    [one] Hal qof ayaa is diiwaangeliyay.
   *[other] { $count } qof ayaa is diiwaangeliyay.
  }
pdf-attendance-interpreter = { $count ->
    [0] Qofna ma codsan turjubaan.
    [one] Hal qof ayaa codsaday turjubaan.
   *[other] { $count } qof ayaa codsaday turjubaan.
  }
pdf-attendance-anonymous = { $count ->
    [0] Qof walba wuxuu bixiyay ugu yaraan xaafad ama koodh boosto.
    [one] Hal qof ayaa is diiwaangeliyay isagoon magac bixin.
   *[other] { $count } qof ayaa is diiwaangeliyay iyagoon magac bixin.
  }
pdf-attendance-privacy = Warbixintani waxay tirisaa dadka; weligeed ma sheegto magacyadooda.
pdf-by-language = Luqad ahaan
pdf-by-role = Door ahaan
pdf-by-neighbourhood = Xaafad ama koodh boosto ahaan
pdf-col-people = Dad
pdf-agenda = Ajendaha: la qorsheeyay iyo dhab ahaan
pdf-col-item = Qodob
pdf-col-presenter = Soo-bandhige
pdf-col-planned = La qorsheeyay (daq)
pdf-col-actual = Dhab ahaan (daq)
pdf-col-difference = Farqi
pdf-agenda-total = Wadarta
pdf-agenda-not-run = lama qabanin
pdf-top-concerns = Arrimaha codadka ugu badan helay
pdf-no-votes = Kulankan wax cod ah laguma diiwaangelin.
pdf-by-tag = Arrimaha tiir iyo mawduuc ahaan
pdf-col-pillar = Tiir
pdf-col-topic = Mawduuc
pdf-col-concerns = Arrimo
pdf-untagged = Summad ma leh
pdf-notes = Qoraallada koox kasta
pdf-whole-room = Qolka oo dhan
pdf-actions = Tallaabooyin
pdf-col-action = Tallaabo
pdf-col-owner = Mas'uul
pdf-col-due = Waqtiga
pdf-col-status = Xaalad
pdf-col-basis = Saldhig
pdf-all-concerns = Dhammaan arrimaha la soo qaaday
pdf-col-concern = Arrin
pdf-col-group = Koox
pdf-col-dots = Dhibco
pdf-interpreted = Turjumaad ({ $language })

## Warqadda diiwaangelinta
pdf-signin-intro = Ku soo dhawaada. Fadlan si cad u qor. Magaca iyo xiriirku waa ikhtiyaari; waxaan u isticmaalnaa oo keliya inaan idiin soo dirno natiijada kulankan, kaliya haddii aad calaamadisaan sanduuqa ugu dambeeya.
pdf-signin-name = Magac (ikhtiyaari)
pdf-signin-neighbourhood = Xaafad ama koodh boosto
pdf-signin-language = Luqadda aad doorbidayso
pdf-signin-interpreter = Turjubaan?
pdf-signin-role = Deegaane, ganacsi, urur, shaqaale magaalo ama boolis
pdf-signin-contact = Iimayl ama telefoon (ikhtiyaari)
pdf-signin-consent = Ma lagula soo xiriiri karaa?

## Warqadda natiijada
pdf-handout-intro = { $sessions ->
    [one] Hal kulan
   *[other] { $sessions } kulan
  } gudahood, { $people ->
    [one] hal qof ayaa
   *[other] { $people } qof ayaa
  } noo sheegay { $concerns ->
    [one] hal arrin
   *[other] { $concerns } arrimood
  }. Waa kuwan waxaan maqalnay, waxaan qabannay, iyo waxa xiga.
pdf-handout-raised = Waxaad soo qaadeen
pdf-handout-done = Waxa la qabtay
pdf-handout-next = Waxa xiga
pdf-raised-count = { $count ->
    [one] Hal mar la soo qaaday
   *[other] { $count } jeer la soo qaaday
  }, { $dots ->
    [one] hal cod
   *[other] { $dots } cod
  }
pdf-handout-nothing-done = Weli waxba lama dhammeyn; tallaabooyinka socda ayaa hoos ku qoran.
pdf-handout-nothing-next = Weli tallaabooyin kale lama qorsheyn.
pdf-action-lead = Mas'uul: { $owner }
pdf-action-latest = Ugu dambeysay ({ $date }): { $text }

## Cusboonaysiinta Qorshaha Booliska Bulshada
pdf-cpp-period = { $sessions ->
    [one] Hal kulan
   *[other] { $sessions } kulan
  }, { $from } ilaa { $to }
pdf-cpp-feedback = Fikradaha iyo mudnaanta bulshada
pdf-cpp-feedback-intro = Sahannada, shirarka iyo kooxaha yaryar: { $people } diiwaangelin iyo { $concerns } arrimood, kuwa codadka ugu badan marka hore.
pdf-cpp-effectiveness = Sida ay u shaqeynayaan dadaallada hadda
pdf-cpp-effectiveness-counts = { $done } la dhammeeyay, { $progress } socda, { $planned } la qorsheeyay, { $dropped } la joojiyay.
pdf-cpp-responses = Jawaabo cusub ama la beddelay
pdf-cpp-shared = Waxa lala wadaagay bulshada
pdf-cpp-no-sharing = Saldhiggan weli laguma qabanin kulan natiijo-celin ah.
pdf-col-session = Kulan
pdf-col-date = Taariikh

# Sida luqaddan u qorto taariikhda, qaabka strftime.
date-format = %-d %B %Y
pdf-interpretation = Turjumaad
csv-problem-duplicate-column = Tiirka “{ $heading }” laba jeer ayuu soo baxayaa; lama garan karo kan loola jeedo. Ka saar ama magac u beddel midkood.
pdf-text-cut = (halkan waa laga gooyay: qoraalka oo dhan wuxuu ku jiraa dhoofinta CSV)
csv-yes-words = haa, h
csv-no-words = maya, m
