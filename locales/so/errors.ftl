## Khaladaadka uu soo sheego xudunta Convene. Fariin kastaa waxay sheegtaa waxa khaldamay iyo waxa xiga ee la sameeyo.

error-not-found =
    Wax nooca “{ $kind }” ah oo la mid ah “{ $id }” ma jiro. { $surface ->
        [cli] Ku qor `convene { $command } list` si aad u aragto aqoonsiyada la isticmaali karo.
       *[app] Fadlan ka dooro liiska shaashadda.
    }
error-ambiguous-id = “{ $prefix }” waxay la mid tahay wax ka badan hal “{ $kind }” ({ $count }). Ku qor xarfo kale oo aqoonsiga ah.
error-empty-text = “{ $field }” waa bannaan yahay. Wax ku qor oo mar kale isku day.
error-text-too-long = “{ $field }” aad buu u dheer yahay: xarfaha waa { $length }, ugu badnaan waa { $max }. Soo gaabi oo mar kale isku day.
error-invalid-zip = “{ $value }” ma aha koodh boosto (ZIP). Isticmaal shan god, sida 98122, ama ZIP+4, sida 98122-1234; magaca xaafadda ku qor meesha xaafadda.
error-invalid-choice = “{ $value }” qiime sax ah uma aha “{ $field }”. Isticmaal mid kuwan ka mid ah: { $allowed }.
error-invalid-number = “{ $value }” qiime sax ah uma aha “{ $field }”: waa inuu noqdaa tiro buuxda oo u dhaxaysa { $min } iyo { $max }.
error-invalid-date = “{ $value }” qiime sax ah uma aha “{ $field }”. Isticmaal taariikh sida 2027-03-14 ama taariikh iyo waqti sida 2027-03-14T18:30:00-08:00.
error-invalid-language = “{ $value }” ma aha koodh luqadeed. Isticmaal koodh sida en, es, zh-Hant, vi, so ama am.
error-invalid-email = “{ $value }” uma eka ciwaan iimayl.
error-invalid-phone = “{ $value }” uma eka lambar telefoon. Isticmaal god, meel bannaan, xariijin, qaansooyin iyo + bilowga haddii loo baahdo.
error-consent-required =
    Iimayl ama telefoon waxaa la qori karaa oo keliya marka qofku oggolaado in lala xiriiro. Weydii, kadibna { $surface ->
        [cli] ku dar --consent.
       *[app] calaamadee sanduuqa oggolaanshaha.
    }
error-wrong-session = “{ $id }” ({ $kind }) waxay ka tirsan tahay kulan kale. Ka dooro kulankan.
error-duplicate-token = Calaamadda codbixinta “{ $token }” horay ayaa loogu isticmaalay kulankan. Calaamad kastaa waxay bixisaa hal cod; sii ka qaybgalaha calaamad cusub.
error-empty-ballot = Warqadda codbixintu ma xusin wax arrin ah. Dooro ugu yaraan mid.
error-repeated-choice = Warqadda kala-horeynta waxay laba jeer ku qortay isla arrinta ({ $id }). Arrin kasta hal mar oo keliya kala-horeysii.
error-budget-mismatch = Qaybintu waxay isku dartaa { $spent }, laakiin miisaaniyaddu waa { $budget }. Ka dhig wadartu inay si sax ah u le'eg tahay miisaaniyadda.
error-negative-allocation = Qaybintu waa inay ahaato eber ama ka badan; { $value } lama oggola.
error-merge-into-self = Arrin ma noqon karto nuqul ay iyadu leedahay. Dooro arrin kale oo lagu daro.
error-merge-cycle = { $id } horay ayay u ahayd nuqulka arrinta aad isku daraysid. U isku dar dhinaca kale.
error-agenda-not-started = Qodobka ajendaha “{ $title }” weli ma bilaabmin. Marka hore bilow.
error-tag-exists = Summadda “{ $slug }” horay ayay ugu jirtay liiska summadaha.
error-not-a-database = { $path } ma aha xog-ururin Convene (ma aha fayl SQLite, ama wuu xumaaday). Hubi waddada, ama faylka meel kale u wareeji oo u oggolow Convene inuu mid cusub sameeyo.
error-newer-schema = { $path } waxaa qoray nooc ka cusub oo Convene ah (qaab { $found }; noocan wuxuu fahmaa ilaa { $supported }). Ku rakib nooca cusub si aad u furto; noocan ma taabanayo.
error-read-only =
    Convene wax kuma qori karo { $path }: faylka ama galkiisa waa akhris-keliya. { $surface ->
        [cli] Ku dooro meel wax lagu qori karo --db, ama hagaaji oggolaanshaha.
       *[app] Ka fur keydka xogta gal wax lagu qori karo, ama hagaaji oggolaanshaha.
    }
error-disk-full = Diskiga haya { $path } waa buuxaa. Waxba lama kaydin. Meel bannee kadibna isku day mar kale.
error-busy = Xog-ururintu waxay ku mashquulsan tahay daaqad ama barnaamij kale. Wax yar sug kadibna isku day mar kale.
error-storage = Xog-ururintu waxay sheegtay khalad: { $detail }
error-io = Lama isticmaali karo { $path }: { $detail }
error-rebuild-mismatch = Dib-u-dhiska diiwaanka hawlaha wuxuu bixiyay xaalad kale oo ku jirta: { $tables }. Waxba lama beddelin. Kaydi nuqul xog-ururinta oo soo sheeg arrintan.
error-file-too-large = { $path } wuu ka weyn yahay inta Convene u oggol yahay faylasha noocan ah (ugu badnaan { $max } bytes), sidaas darteed lama akhrin. Hubi inuu yahay faylka saxda ah: xirmo, qalab, kayd ama xaashi Convene qoray aad ayay uga yar yihiin.
error-malformed = { $path } ma aha xirmo ama qalab Convene oo la akhriyi karo ({ $detail }). Waxaa laga yaabaa inuu xumaaday ama go'ay: mar kale ka koobiyee kombiyuutarka ama USB-ga.
error-unexpected-entry = { $path } wuxuu ka kooban yahay “{ $entry }”, oo aan ku jirin xirmo ama qalab Convene. Faylka waa la diiday iyadoo aan la furin; ha isticmaalin.
error-entry-too-large = { $path }: “{ $entry }” wuxuu ka weynaan lahaa { $max } bayt. Faylka waa la diiday iyadoo aan la furin; ha isticmaalin.
error-bad-signature = { $path } waa la beddelay tan iyo markii la saxiixay: saxiixu ma xaqiijinayo. Waxba lama soo gelin. Mar kale ka koobiyee kombiyuutarkii sameeyay.
error-hash-mismatch = { $path }: “{ $entry }” kuma beegna hubinta ku jirta liiska la saxiixay, markaa faylka waa la beddelay ama wuu xumaaday. Waxba lama soo gelin. Mar kale ka koobiyee kombiyuutarkii sameeyay.
error-key-mismatch = { $path } wuxuu sheeganayaa inuu ka yimid qalabka { $device }, laakiin waxaa lagu saxiixay fure kale (calaamadda { $fingerprint }). Waxba lama soo gelin. La hubi hagaha kombiyuutarkii sameeyay.
error-revoked-device =
    { $path } wuxuu ka yimid kombiyuutarka { $device } (calaamadda { $fingerprint }), kaas oo oggolaanshihiisa la laalay. Waxba lama soo gelin. Haddii ay khalad ahayd, { $surface ->
        [cli] mar kale oggolow kombiyuutarka adigoo isticmaalaya `convene trust approve`.
       *[app] mar kale oggolow kombiyuutarka “{ coordinator-devices }” ee shaashadda “{ nav-coordinator }”.
    }
error-seq-alarm = DIGNIIN: { $path } wuxuu sheeganayaa hawsha { $seq } ee qalabka { $device }, laakiin xog-ururintan waxay haysaa hawl kale oo isla lambarkaas leh. Laba xirmo oo kala duwan labaduba run ma noqon karaan. Waxba lama soo gelin; hay labada fayl oo baar ka hor intaadan wax kale ka oggolaan qalabkan.
error-not-sealed-for-us =
    { $path } waxaa ku jira xogta shakhsiga ee ka qaybgalayaasha, oo loo xiray fure isku-duwe oo aan keydkan ku jirin. Ku soo geli keydka xogta isku-duwaha (kan { $surface ->
        [cli] lagu qoray `convene coordinator init` oo qalabka laga soo saaray).
       *[app] qalabka lagu diyaariyay).
    }
error-foreign-coordinator =
    Qalabkan waxaa saxiixay isku-duwaha { $got }, laakiin kombiyuutarkani wuxuu horey u raacayay isku-duwaha { $expected }. Calaamadaha la barbar dhig isku-duwahaaga; si aad u beddesho, { $surface ->
        [cli] mar kale soo geli adigoo ku daraya --new-coordinator.
       *[app] mar kale soo geli oo xaqiiji beddelka.
    }
error-no-coordinator-identity =
    Keydkan xogta ma laha aqoonsi isku-duwe. { $surface ->
        [cli] Marka hore ku qor `convene coordinator init`.
       *[app] Marka hore ka samee shaashadda “{ nav-coordinator }”.
    }
error-device-key-missing = Furaha saxiixa ee kombiyuutarkan { $path } waa maqan yahay ama kuma beegna xog-ururintiisa. Ka soo celi faylka furaha kayd; la'aantiis xirmooyinka xog-ururintan lama saxiixi karo.
error-crypto = Hawl sirayn ah ayaa fashilantay: { $detail }
error-unknown-device =
    Kombiyuutar la mid ah “{ $id }” ma jiro. { $surface ->
        [cli] Ku qor `convene trust list` si aad u aragto kombiyuutarrada iyo calaamadahooda.
       *[app] Kombiyuutarrada iyo calaamadahooda waxay ku qoran yihiin “{ coordinator-devices }” ee shaashadda “{ nav-coordinator }”.
    }
error-conflict-not-found =
    Isku-dhac furan oo la mid ah “{ $id }” ma jiro. { $surface ->
        [cli] Ku qor `convene conflicts list` si aad u aragto.
       *[app] Isku-dhacyada furan waxay ku qoran yihiin shaashadda “{ nav-coordinator }”.
    }
error-wrong-file-kind =
    { $path } waa fayl nooca “{ $found }” ah, ma aha “{ $expected }”. { $surface ->
        [cli] Qalabka ku soo geli `convene kit import`, xirmooyinkana `convene bundle import`.
       *[app] Qalabka ka soo geli “{ nav-exchange }”, xirmooyinkana shaashadda “{ nav-coordinator }”.
    }
error-csv-invalid =
    { $path } waxaa ku jira dhibaatooyin (tirada: { $problems }, kor ayaa lagu taxay), sidaas darteed waxba lama soo gelin. Hagaaji safafka oo mar kale soo geli, ama { $surface ->
        [cli] ku dar --skip-invalid si aad u soo geliso safafka saxda ah oo keliya.
       *[app] dooro in la soo geliyo safafka saxda ah oo keliya.
    }
error-unknown-locale = { $locale } ma aha mid ka mid ah luqadaha Convene. Ka dooro liiska ku jira Dejinta.
error-kiosk-closed = Kiosk-ku ma furna. Ka codso hagaha inuu ka furo shaashadda diiwaangelinta.
error-kiosk-pin = Dooro PIN kiosk oo ugu yaraan afar god ah, si hagaha oo keliya u xiri karo kiosk-ka.
error-kiosk-pin-wrong = PIN-kaasi sax maaha. Ka codso hagaha inuu xiro kiosk-ka.
error-font-missing = Warbixintani waxay u baahan tahay far-qoraalka { $file } si ay qoraalkeeda u daabacdo. Ku rakib xirmada { $package } (Debian ama Ubuntu: sudo apt install { $package }), ama faylka far-qoraalka geli galka lagu magacaabay CONVENE_FONT_DIR.
error-window = Daaqad lama furi karin ama lama xiri karin: { $detail }. Xir daaqadaha kale ee Convene oo mar kale isku day; haddii ay sii fashilanto, dib u bilow barnaamijka.
error-not-for-this-window = Daaqaddan sidaas ma samayn karto. Shaashadda is-diiwaangelinta waxay keliya diiwaangelisaa dadka oo qaadataa codadka; wax kasta oo kale u isticmaal daaqadda hagaha.
error-change-refused =
    { $reason ->
        [out-of-scope] Kombiyuutarkan looma xilsaarin kulankaas, mana uusan abuurin, sidaas darteed isbeddelka halkan laguma samayn karo. Weydii isku-duwaha inuu kulanka u xilsaaro kombiyuutarkan (`convene trust approve` iyo `--sessions`).
        [taken-id] Diiwaankaas waxaa lagu sameeyay kombiyuutar kale, sidaas darteed halkan mar kale laguma samayn karo.
        [too-many-tags] Kombiyuutarkan wuxuu ku daray inta calaamadood ee loo oggol yahay; weydii isku-duwaha inuu ereyada ku kordhiyo.
        [bad-value] Qiime ayaan ku habboonayn beertiisa (noociisa, xadkiisa ama dhererkiisa).
        [not-a-clock] Saacadda kombiyuutarkan waxay muujinaysaa waqti aan suurtagal ahayn; hagaaji taariikhda iyo waqtiga, kadibna isku day.
       *[other] Isbeddelkaas ma aha mid kombiyuutarkan samayn karo: diiwaanku waa isku-duwaha ama kombiyuutar kale. Weydii isku-duwaha inuu sameeyo.
    }
error-checks-changed =
    Isbeddello la keydiyay ka hor hubinta maanta hadda ma gudbaan (tirada: { $ops }), sidaas darteed dib-u-dhisku isku mid ma noqonayo. { $surface ->
        [cli] Ku qor `convene doctor --repair` si loo qiimeeyo oo dib loo dhiso:
       *[app] Keydka xogta ka hagaaji “{ nav-settings }” si loo qiimeeyo oo dib loo dhiso:
    } waxba uma tiriyaan, diiwaankuna wuu hayaa.
error-approval-failed = Oggolaanshaha { $device } ma dhicin, sababtoo ah { $bundle } lama isku dari karin: { $cause } Waxba lama beddelin, xirmaduna halkan ayay ku sugan tahay: sax sababta, kadibna mar kale oggolow (faylka looma baahna).
error-not-a-file =
    { $path } waa { $kind ->
        [folder] gal
        [device] qalab
        [pipe] tuubo
       *[other] wax aan fayl caadi ah ahayn
    }, ma aha fayl Convene akhrin karo ama qori karo. Sii dariiqa fayl (fayl cusub, magac aan weli jirin).
error-target-read-only = { $path } waa akhris-kaliya, sidaas darteed Convene ma beddelin. Dooro magac kale, ama marka hore ka dhig mid wax lagu qori karo haddii runtii la beddelayo.
error-foreign-database =
    { $path } waa keydka xogta barnaamij kale, ma aha kan Convene. Convene ma beddelin. { $surface ->
        [cli] Hubi waddada lagu bixiyay --db.
       *[app] Hubi faylka la doortay.
    }
error-sheet-too-long = { $path } wuxuu leeyahay saf ka badan xaashi diiwaangelin ama ajande kasta (ugu badnaan { $max }). Waxba lama soo gelin: kala qaybi, ama hubi inuu yahay faylka saxda ah.
error-control-character = “{ $field }” waxaa ku jira xaraf maamul ({ $code }), kaas oo amar siin lahaa terminalka ama xaashida xisaabta halkii la akhrin lahaa. Qoraalka mar kale qor, ama u dheji sidii qoraal caadi ah.
error-ambiguous-device = “{ $key }” wuxuu la mid yahay wax ka badan hal kombiyuutar ({ $count }): { $candidates }. Badanaa tani waxay ka dhigan tahay in kombiyuutar mar kale lagu dejiyay faylkiisii furaha hore. Isticmaal aqoonsiga kombiyuutarka (qaybta koowaad ee mid kasta) si aad u sheegto midka aad ula jeeddo.
error-op-id-reused = { $path } wuxuu sidaa isbeddelka { $op }, laakiin xog-ururintan waxay horey u haysay isbeddel kale oo aqoonsigaas leh. Waxba lama soo gelin. Xirmada waxaa sameeyay nuqul Convene ah oo cillad leh ama la beddelay: hay faylka oo caawimaad weydiiso ka hor intaadan ka soo gelin wax kale kombiyuutarkaas.
error-op-does-not-fit = { $path } waa dhammaystiran yahay oo si sax ah loo saxeexay, laakiin mid ka mid ah isbeddelladiisa kuma habboona xog-ururintan ({ $detail }). Waxba lama soo gelin. Waxaa laga yaabaa inuu ka yimid nooc cusub oo Convene ah: cusboonaysii kan, ama faylka u dir qofka taageera Convene-kaaga.
error-weak-passphrase = Erayga sirta ahi aad buu u gaaban yahay si uu u ilaaliyo kayd. Isticmaal ugu yaraan { $min } xaraf: dhowr erey oo caadi ah ayaa ka fudud in la xasuusto calaamadaha.
error-wrong-passphrase = { $path } lagama furi karin erayga sirta ahi. Hubi oo mar kale isku day; waxba lama beddelin.
error-restore-target-exists =
    { $path } horey ayuu keyd xog u hayaa. Soo celintu weligeed kor kama qorto: { $surface ->
        [cli] ku dooro waddo cusub --db, ama marka hore faylkaas meel kale u rar.
       *[app] dooro magac cusub, ama marka hore faylkaas meel kale u rar.
    }

## What messages name: the kinds of thing ids point at, and the fields people fill in.
kind-programme = barnaamij
kind-session = kulan
kind-agenda = qodob ajande
kind-group = koox wada-hadal
kind-question = su'aal dood
kind-signin = diiwaangelin
kind-signin-contact = magac iyo xiriir
kind-concern = welwel
kind-note = qoraal
kind-dot-count = tirinta dhibcaha
kind-ballot = cod
kind-action = tallaabo
kind-action-update = warbixin tallaabo
kind-tag = calaamad
kind-conflict = isku-dhac
kind-held-change = isbeddel la hayo
kind-bundle = xirmo
kind-kit = qalab
kind-unknown-file = fayl nooc aan la garanayn
field-ballot-token = koodhka codka
field-ballot-budget = miisaaniyad
field-coordinator-identity = aqoonsiga isku-duwaha
field-value-date = taariikh
field-value-time = waqti
field-device-name = magaca kombiyuutarka
field-device = kombiyuutar
field-dot-count = tirada dhibcaha
field-signin-name = magac
field-note-text = qoraal
field-sequence-number = lambarka taxanaha
field-signin-time-in = waqtiga imaatinka
field-action-update-date = taariikhda warbixinta
field-action-update-text = warbixin
field-value = qiime
field-error-code = koodhka khaladka
field-personal-data = xogta shakhsiga
field-ledger-detail = faahfaahinta soo-gelinta
field-bundle-status = xaaladda soo-gelinta
field-verdict = go'aan
field-reason = sabab
field-session-scope = helitaanka kulamada
field-table = shax
field-report-kind = nooca warbixinta
field-paper-size = cabbirka warqadda
field-key-kind = nooca furaha
field-device-state = xaaladda kombiyuutarka
field-ballot-kind = nooca codka
field-ballot-allocation = dhibcaha la bixiyay
label-unknown = “{ $key }” (magac aanu noocan Convene garanayn)
