## أخطاء نواة Convene. تقول كل رسالة ما الذي حدث وما الذي يجب فعله بعد ذلك.

error-not-found =
    لا يوجد سجلّ من نوع «{ $kind }» يطابق «{ $id }». { $surface ->
        [cli] شغّل ‎`convene { $command } list`‎ لترى المعرّفات المتاحة.
       *[app] اختره من القائمة على الشاشة.
    }
error-ambiguous-id = «{ $prefix }» يطابق أكثر من سجلّ من نوع «{ $kind }» (العدد: { $count }). اكتب أحرفًا أكثر من المعرّف.
error-empty-text = «{ $field }» فارغ. اكتب نصًا ثم حاول مرة أخرى.
error-text-too-long = «{ $field }» طويل جدًا: عدد الأحرف { $length }، والحد الأقصى { $max }. اختصره ثم حاول مرة أخرى.
error-invalid-zip = «{ $value }» ليس رمزًا بريديًا. استخدم خمسة أرقام مثل 98122 أو الصيغة ZIP+4 مثل 98122-1234، واكتب اسم الحي في حقل الحي.
error-invalid-choice = «{ $value }» ليست قيمة صالحة لـ«{ $field }». استخدم إحدى هذه القيم: { $allowed }.
error-invalid-number = «{ $value }» ليست قيمة صالحة لـ«{ $field }»: يجب أن تكون عددًا صحيحًا من { $min } إلى { $max }.
error-invalid-date = «{ $value }» ليست قيمة صالحة لـ«{ $field }». استخدم تاريخًا مثل 2027-03-14 أو تاريخًا ووقتًا مثل 2027-03-14T18:30:00-08:00.
error-invalid-language = «{ $value }» ليس رمز لغة. استخدم رمزًا مثل en أو es أو zh-Hant أو vi أو so أو am.
error-invalid-email = لا يبدو أن «{ $value }» عنوان بريد إلكتروني.
error-invalid-phone = لا يبدو أن «{ $value }» رقم هاتف. استخدم الأرقام والمسافات والشرطات والأقواس، مع علامة + في البداية إن لزم.
error-consent-required =
    لا يُسجَّل بريد إلكتروني أو رقم هاتف إلا إذا وافق الحاضر على التواصل معه. اسأله، ثم { $surface ->
        [cli] أضف ‎--consent‎.
       *[app] ضع علامة في خانة الموافقة.
    }
error-wrong-session = «{ $id }» (من نوع «{ $kind }») يتبع جلسة أخرى. اختر من هذه الجلسة.
error-duplicate-token = رمز الاقتراع «{ $token }» استُخدم من قبل في هذه الجلسة. كل رمز يمنح ورقة اقتراع واحدة؛ أعطِ الحاضر رمزًا جديدًا.
error-empty-ballot = ورقة الاقتراع لا تذكر أي قضية. اختر قضية واحدة على الأقل.
error-repeated-choice = ورقة الترتيب تذكر القضية نفسها مرتين ({ $id }). رتّب كل قضية مرة واحدة.
error-budget-mismatch = مجموع التوزيعات { $spent }، لكن الميزانية { $budget }. اجعل المجموع مساويًا للميزانية تمامًا.
error-negative-allocation = يجب أن يكون التوزيع صفرًا أو أكثر؛ القيمة { $value } غير مسموح بها.
error-merge-into-self = لا يمكن أن تكون القضية نسخة مكررة من نفسها. اختر قضية أخرى للدمج فيها.
error-merge-cycle = { $id } مدموجة أصلًا في القضية التي تدمجها. ادمج في الاتجاه المعاكس.
error-agenda-not-started = بند جدول الأعمال «{ $title }» لم يبدأ بعد. ابدأه أولًا.
error-tag-exists = الوسم «{ $slug }» موجود في المفردات من قبل.
error-not-a-database = { $path } ليس قاعدة بيانات Convene (ليس ملف SQLite أو أنه تالف). تحقّق من المسار، أو انقل الملف جانبًا ودع Convene ينشئ ملفًا جديدًا.
error-newer-schema = { $path } كُتب بإصدار أحدث من Convene (المخطط { $found }؛ هذا الإصدار يفهم حتى { $supported }). ثبّت الإصدار الأحدث لفتحه؛ هذا الإصدار لن يلمسه.
error-read-only =
    لا يستطيع Convene الكتابة في { $path }: الملف أو مجلده للقراءة فقط. { $surface ->
        [cli] اختر موضعًا قابلًا للكتابة بالخيار ‎--db‎، أو أصلح الأذونات.
       *[app] افتح قاعدة بيانات في مجلد قابل للكتابة، أو أصلح الأذونات.
    }
error-disk-full = القرص الذي يحمل { $path } ممتلئ. لم يُحفظ شيء. أفرغ بعض المساحة ثم حاول مرة أخرى.
error-busy = قاعدة البيانات مشغولة في نافذة أو برنامج آخر. انتظر لحظة ثم حاول مرة أخرى.
error-storage = أبلغت قاعدة البيانات عن خطأ: { $detail }
error-io = تعذّر استخدام { $path }: { $detail }
error-rebuild-mismatch = أعطت إعادة البناء من سجل العمليات حالة مختلفة في: { $tables }. لم يتغيّر شيء. احتفظ بنسخة من قاعدة البيانات وأبلغ عن ذلك.
error-file-too-large = { $path } أكبر مما يقبله Convene لهذا النوع من الملفات (بحد أقصى { $max } بايت)، لذا لم يُقرأ. تحقّق من أنه الملف الصحيح: الحزمة أو العُدّة أو النسخة الاحتياطية أو الجدول الذي يكتبه Convene أصغر بكثير.
error-malformed = { $path } ليس حزمة أو عُدّة Convene قابلة للقراءة ({ $detail }). ربما تلف أو انقطع: انسخه مرة أخرى من الحاسوب أو من ذاكرة USB.
error-unexpected-entry = يحتوي { $path } على «{ $entry }»، وهو ما لا تحتويه أي حزمة أو عُدّة من Convene. رُفض الملف دون فتحه؛ لا تستخدمه.
error-entry-too-large = { $path }: سيتمدد «{ $entry }» إلى أكثر من { $max } بايت. رُفض الملف دون فكّه؛ لا تستخدمه.
error-bad-signature = تغيّر { $path } منذ توقيعه: التوقيع غير صحيح. لم يُستورد شيء. انسخه مرة أخرى من الحاسوب الذي أنشأه.
error-hash-mismatch = { $path }: «{ $entry }» لا يطابق المجموع الاختباري في البيان الموقّع، أي أن الملف عُدّل أو تلف. لم يُستورد شيء. انسخه مرة أخرى من الحاسوب الذي أنشأه.
error-key-mismatch = يدّعي { $path } أنه من الجهاز { $device }، لكنه موقّع بمفتاح مختلف (البصمة { $fingerprint }). لم يُستورد شيء. تحقّق مع الميسّر من الحاسوب الذي أنشأه.
error-revoked-device =
    { $path } آتٍ من الحاسوب { $device } (البصمة { $fingerprint })، وقد أُلغي اعتماده. لم يُستورد شيء. إن كان ذلك خطأً، { $surface ->
        [cli] فاعتمد الحاسوب من جديد بالأمر ‎`convene trust approve`‎.
       *[app] فاعتمد الحاسوب من جديد في «{ coordinator-devices }» على شاشة «{ nav-coordinator }».
    }
error-seq-alarm = تنبيه: يدّعي { $path } أنه العملية { $seq } من الجهاز { $device }، لكن قاعدة البيانات هذه تحمل عملية مختلفة بالرقم نفسه. لا يمكن أن تكون الحزمتان أصليتين معًا. لم يُستورد شيء؛ احتفظ بالملفين وتحقّق قبل اعتماد أي شيء آخر من هذا الجهاز.
error-not-sealed-for-us =
    يحتوي { $path } على بيانات شخصية للحاضرين مختومة لمفتاح منسّق لا تملكه قاعدة البيانات هذه. استورده في قاعدة بيانات المنسّق (التي { $surface ->
        [cli] شُغّل فيها ‎`convene coordinator init`‎ وصُدّرت منها العُدّة).
       *[app] جُهّزت فيها العُدّة).
    }
error-foreign-coordinator =
    هذه العُدّة موقّعة من المنسّق { $got }، لكن هذا الحاسوب يتبع المنسّق { $expected }. قارن البصمات مع منسّقك؛ وللتبديل { $surface ->
        [cli] استورد من جديد مع ‎--new-coordinator‎.
       *[app] استوردها من جديد وأكّد التبديل.
    }
error-no-coordinator-identity =
    لا تملك قاعدة البيانات هذه هوية منسّق. { $surface ->
        [cli] شغّل ‎`convene coordinator init`‎ أولًا.
       *[app] أنشئها أولًا على شاشة «{ nav-coordinator }».
    }
error-device-key-missing = مفتاح التوقيع لهذا الحاسوب { $path } مفقود أو لا يطابق قاعدة بياناته. استعد ملف المفتاح من نسخة احتياطية؛ فبدونه لا يمكن توقيع الحزم من قاعدة البيانات هذه.
error-crypto = فشلت عملية تشفير: { $detail }
error-unknown-device =
    لا يوجد حاسوب يطابق «{ $id }». { $surface ->
        [cli] شغّل ‎`convene trust list`‎ لترى الحواسيب وبصماتها.
       *[app] الحواسيب وبصماتها مذكورة في «{ coordinator-devices }» على شاشة «{ nav-coordinator }».
    }
error-conflict-not-found =
    لا يوجد تعارض مفتوح يطابق «{ $id }». { $surface ->
        [cli] شغّل ‎`convene conflicts list`‎ لتراها.
       *[app] التعارضات المفتوحة مذكورة على شاشة «{ nav-coordinator }».
    }
error-wrong-file-kind =
    { $path } ملف من نوع «{ $found }» وليس «{ $expected }». { $surface ->
        [cli] استورد العُدد بالأمر ‎`convene kit import`‎ والحزم بالأمر ‎`convene bundle import`‎.
       *[app] استورد العُدد من «{ nav-exchange }»، والحزم من شاشة «{ nav-coordinator }».
    }
error-csv-invalid =
    في { $path } مشكلات (العدد: { $problems }، مذكورة أعلاه)، لذلك لم يُستورد شيء. صحّح الصفوف ثم استورد من جديد، أو { $surface ->
        [cli] أضف ‎--skip-invalid‎ لاستيراد الصفوف الصالحة فقط.
       *[app] اختر استيراد الصفوف الصالحة فقط.
    }
error-unknown-locale = { $locale } ليست من لغات Convene. اختر لغة من القائمة في الإعدادات.
error-kiosk-closed = الكشك غير مفتوح. اطلب من الميسّر تشغيله من شاشة تسجيل الحضور.
error-kiosk-pin = اختر رمز PIN للكشك من أربعة أرقام على الأقل، حتى لا يغلق الكشك إلا الميسّر.
error-kiosk-pin-wrong = رمز PIN غير صحيح. اطلب من الميسّر إغلاق الكشك.
error-font-missing = يحتاج هذا التقرير إلى الخط { $file } لطباعة نصه. ثبّت الحزمة { $package } (على Debian أو Ubuntu: sudo apt install { $package })، أو ضع ملف الخط في المجلد المحدد في CONVENE_FONT_DIR.
error-window = تعذّر فتح نافذة أو إغلاقها: { $detail }. أغلق نوافذ Convene الأخرى وحاول مرة أخرى؛ وإن استمر الخطأ فأعد تشغيل التطبيق.
error-not-for-this-window = لا يمكن لهذه النافذة القيام بذلك. الكشك يسجّل الحضور ويستقبل أوراق الاقتراع فقط؛ استخدم نافذة الميسّر لكل ما عدا ذلك.
error-change-refused =
    { $reason ->
        [out-of-scope] لم تُسند هذه الجلسة إلى هذا الحاسوب ولم ينشئها، لذا لا يمكن إجراء التغيير هنا. اطلب من المنسّق إسناد الجلسة إلى هذا الحاسوب (‎`convene trust approve`‎ مع ‎`--sessions`‎).
        [taken-id] أُنشئ هذا السجل على حاسوب آخر، فلا يمكن إنشاؤه مرة أخرى هنا.
        [too-many-tags] أضاف هذا الحاسوب أقصى عدد مسموح به من الوسوم؛ اطلب من المنسّق توسيع المفردات.
        [bad-value] قيمة لا تناسب حقلها (نوعها أو نطاقها أو طولها).
        [not-a-clock] ساعة هذا الحاسوب تشير إلى وقت مستحيل؛ اضبط التاريخ والوقت ثم حاول مرة أخرى.
       *[other] هذا التغيير ليس من شأن هذا الحاسوب: السجل للمنسّق أو لحاسوب آخر. اطلب من المنسّق إجراءه.
    }
error-checks-changed =
    بعض التغييرات المحفوظة قبل فحوص اليوم لم تعد تجتازها (العدد: { $ops })، لذا لن تكون إعادة البناء مطابقة. { $surface ->
        [cli] شغّل ‎`convene doctor --repair`‎ للحكم عليها من جديد وإعادة البناء:
       *[app] أصلح قاعدة البيانات من «{ nav-settings }» للحكم عليها من جديد وإعادة البناء:
    } لن تُحتسب، ويحتفظ بها السجلّ.
error-approval-failed = لم يكتمل اعتماد { $device } لأنه تعذّر دمج { $bundle }: { $cause } لم يتغيّر شيء، وما زالت الحزمة محفوظة هنا: أصلح السبب ثم اعتمد من جديد (لا حاجة إلى الملف).
error-not-a-file =
    { $path } { $kind ->
        [folder] مجلد
        [device] جهاز
        [pipe] أنبوب
       *[other] ليس ملفًا عاديًا
    }، وليس ملفًا يستطيع Convene قراءته أو كتابته. أعطِ مسار ملف (لملف جديد، اسمًا غير موجود بعد).
error-target-read-only = { $path } للقراءة فقط، لذا لم يستبدله Convene. اختر اسمًا آخر، أو اجعله قابلًا للكتابة أولًا إن كان يجب استبداله حقًا.
error-foreign-database =
    { $path } قاعدة بيانات لبرنامج آخر، وليست لـConvene. لم يغيّرها Convene. { $surface ->
        [cli] تحقّق من المسار المعطى بالخيار ‎--db‎.
       *[app] تحقّق من الملف المختار.
    }
error-sheet-too-long = في { $path } صفوف أكثر من أي كشف حضور أو جدول أعمال (الحد الأقصى { $max }). لم يُستورد شيء: قسّمه، أو تحقّق من أنه الملف الصحيح.
error-control-character = يحتوي «{ $field }» على محرف تحكّم ({ $code })، وهو محرف يوجّه أوامر إلى الطرفية أو جدول البيانات بدل أن يُقرأ. اكتب النص من جديد، أو الصقه نصًا عاديًا.
error-ambiguous-device = «{ $key }» يطابق أكثر من حاسوب (العدد: { $count }): { $candidates }. يعني هذا عادةً أن حاسوبًا أُعدّ من جديد بملف مفتاحه القديم. استخدم معرّف الحاسوب (الجزء الأول من كل واحد) لتحديد المقصود.
error-op-id-reused = يحمل { $path } التغيير { $op }، لكن قاعدة البيانات هذه فيها تغيير آخر بالمعرّف نفسه. لم يُستورد شيء. صُنعت الحزمة بنسخة معيبة أو معدّلة من Convene: احتفظ بالملف واطلب المساعدة قبل استيراد المزيد من ذلك الحاسوب.
error-op-does-not-fit = { $path } سليم وموقّع توقيعًا صحيحًا، لكن أحد تغييراته لا يناسب قاعدة البيانات هذه ({ $detail }). لم يُستورد شيء. ربما جاء من إصدار أحدث من Convene: حدّث هذا الإصدار، أو أرسل الملف إلى من يدعم Convene لديك.
error-weak-passphrase = عبارة المرور هذه أقصر من أن تحمي نسخة احتياطية. استخدم { $min } حرفًا على الأقل: بضع كلمات عادية أسهل تذكرًا من الرموز.
error-wrong-passphrase = تعذّر فتح { $path } بعبارة المرور هذه. تحقّق منها وحاول مرة أخرى؛ لم يتغيّر شيء.
error-restore-target-exists =
    { $path } يحتوي قاعدة بيانات بالفعل. الاستعادة لا تكتب فوق قاعدة موجودة أبدًا: { $surface ->
        [cli] اختر مسارًا جديدًا بالخيار ‎--db‎، أو انقل ذلك الملف أولًا.
       *[app] اختر اسمًا جديدًا، أو انقل ذلك الملف أولًا.
    }

## What messages name: the kinds of thing ids point at, and the fields people fill in.
kind-programme = برنامج
kind-session = جلسة
kind-agenda = بند في جدول الأعمال
kind-group = مجموعة نقاش
kind-question = سؤال نقاش
kind-signin = تسجيل حضور
kind-signin-contact = الاسم وبيانات التواصل
kind-concern = مخاوف
kind-note = ملاحظة
kind-dot-count = عدّ النقاط
kind-ballot = ورقة اقتراع
kind-action = إجراء
kind-action-update = مستجد إجراء
kind-tag = وسم
kind-conflict = تعارض
kind-held-change = تغيير محتجز
kind-bundle = حزمة
kind-kit = عُدّة
kind-unknown-file = ملف من نوع غير معروف
field-ballot-token = رمز الاقتراع
field-ballot-budget = الميزانية
field-coordinator-identity = هوية المنسّق
field-value-date = التاريخ
field-value-time = الوقت
field-device-name = اسم الحاسوب
field-device = الحاسوب
field-dot-count = عدد النقاط
field-signin-name = الاسم
field-note-text = الملاحظة
field-sequence-number = الرقم التسلسلي
field-signin-time-in = وقت الوصول
field-action-update-date = تاريخ المستجد
field-action-update-text = المستجد
field-value = القيمة
field-error-code = رمز الخطأ
field-personal-data = البيانات الشخصية
field-ledger-detail = تفاصيل الاستيراد
field-bundle-status = حالة الاستيراد
field-verdict = الحكم
field-reason = السبب
field-session-scope = صلاحية الجلسات
field-table = الجدول
field-report-kind = نوع التقرير
field-paper-size = مقاس الورق
field-key-kind = نوع المفتاح
field-device-state = حالة الحاسوب
field-ballot-kind = نوع الاقتراع
field-ballot-allocation = النقاط الموزّعة
label-unknown = «{ $key }» (اسم لا يعرفه هذا الإصدار من Convene)
