## سطر الأوامر: ‎`convene --help`‎ وعناوين الجداول والرسائل التي تطبعها الأوامر.

### المساعدة

cli-about = أدِر لقاءات الشرطة والمجتمع دون اتصال بالإنترنت: جدول الأعمال وتسجيل الحضور والقضايا والتصويت والإجراءات.
cli-heading-usage = الاستخدام:
cli-heading-commands = الأوامر
cli-heading-arguments = المعطيات
cli-heading-options = الخيارات
cli-value-command = أمر
cli-help-flag = اعرض المساعدة
cli-version-flag = اعرض الإصدار
cli-arg-db = ملف قاعدة البيانات. افتراضيًا هو الملف نفسه الذي يستخدمه تطبيق سطح المكتب
cli-arg-json = اطبع كائن JSON واحدًا فقط بدلًا من النص
cli-arg-locale = لغة الرسائل (en, es, zh-Hant, vi, ru, so, ko, am, ar)

cli-cmd-init = جهّز هذا الحاسوب: قاعدة بياناته وهوية الجهاز
cli-arg-init-device-name = اسم لهذا الحاسوب يراه المنسّق (مثل "حاسوب الطاولة 3")

cli-cmd-demo = أنشئ قمة تجريبية واقعية واطبع معرّف الجلسة
cli-arg-demo-seed = بذرة الاختيارات العشوائية في المثال؛ البذرة نفسها تعطي القمة نفسها
cli-arg-demo-concerns = أضف هذا العدد من القضايا المصطنعة لتجربة اللوحة على مستوى مدينة

cli-cmd-programme = برامج تجمع جلسات من دوائر مختلفة
cli-cmd-programme-create = أنشئ برنامجًا، مثل "مجتمعات آمنة 2027"
cli-cmd-programme-list = اعرض البرامج ودوائرها

cli-cmd-session = القمم وجلسات المجموعات الصغيرة ولقاءات عرض النتائج وورش العمل
cli-cmd-session-create = أنشئ جلسة
cli-arg-session-create-starts = تاريخ البدء ووقته، RFC 3339 ‏(2027-03-14T18:30:00-07:00) أو تاريخ فقط
cli-arg-session-create-room-minutes = عدد دقائق حجز القاعة
cli-arg-session-create-languages = اللغات المحكية، مفصولة بفواصل (en,es)
cli-arg-session-create-interpreted = اللغات المترجَمة، مفصولة بفواصل
cli-arg-session-create-programme = معرّف البرنامج (بدايته)
cli-cmd-session-list = اعرض الجلسات
cli-cmd-session-show = اعرض جلسة وما تحتويه
cli-cmd-session-edit = غيّر بيانات الجلسة
cli-cmd-session-duplicate = جلسة جديدة بجدول أعمال جلسة سابقة ومجموعاتها وأسئلتها

cli-cmd-agenda = جدول الأعمال وسير اللقاء
cli-cmd-agenda-add = أضف بندًا في آخر جدول أعمال الجلسة
cli-cmd-agenda-list = جدول الأعمال بالترتيب، المخطَّط مقابل الفعلي
cli-cmd-agenda-move = انقل بندًا إلى موضع في جدول الأعمال (1 هو الأول)
cli-cmd-agenda-start = ابدأ بندًا الآن (مع إنهاء البند الجاري)
cli-cmd-agenda-finish = أنهِ بندًا الآن
cli-cmd-agenda-next = سير اللقاء: أنهِ البند الحالي وابدأ التالي
cli-cmd-agenda-edit = غيّر بندًا
cli-cmd-agenda-remove = احذف بندًا من جدول الأعمال

cli-cmd-group = مجموعات النقاش
cli-cmd-group-add = أضف مجموعة نقاش
cli-arg-group-add-language = اللغة التي تعمل بها المجموعة
cli-cmd-group-list = اعرض مجموعات الجلسة

cli-cmd-question = أسئلة النقاش
cli-cmd-question-add = أضف سؤال نقاش
cli-cmd-question-list = اعرض أسئلة الجلسة بالترتيب

cli-cmd-signin = ورقة تسجيل الحضور
cli-cmd-signin-add = سجّل حضور شخص. كل الحقول اختيارية: التسجيل دون اسم يُحتسب أيضًا
cli-arg-signin-add-zip = رمز بريدي أمريكي (98122 أو 98122-1234)
cli-arg-signin-add-language = اللغة المفضّلة (es, zh-Hant, vi, ...)
cli-arg-signin-add-interpreter = يحتاج مترجمًا
cli-arg-signin-add-role = resident أو business أو organisation أو city-staff أو police
cli-arg-signin-add-consent = وافق على التواصل معه (مطلوب مع ‎--email أو ‎--phone)
cli-arg-signin-add-group = مجموعة النقاش، بالاسم أو المعرّف
cli-arg-signin-add-time-in = وقت الوصول إن لم يكن الآن (عند نقل ورقة مكتوبة)
cli-cmd-signin-list = ورقة الحضور دون أسماء أو بيانات تواصل
cli-cmd-signin-counts = أعداد فورية حسب اللغة والصفة والحي والمجموعة
cli-cmd-signin-assign = ضع شخصًا في مجموعة نقاش
cli-arg-signin-assign-group = المجموعة بالاسم أو المعرّف؛ اتركها لإلغاء التعيين
cli-cmd-signin-suggest-group = اقترح مجموعة لحاضر حسب لغته

cli-cmd-concern = لوحة القضايا
cli-cmd-concern-add = سجّل قضية. الوسوم ‎`#وسم`‎ في النص تصبح وسومًا
cli-arg-concern-add-group = مجموعة النقاش، بالاسم أو المعرّف
cli-arg-concern-add-language = اللغة التي طُرحت بها القضية
cli-arg-concern-add-interpretation = ترجمتها إلى لغة العمل
cli-arg-concern-add-location = أين: شارع، تقاطع، حديقة
cli-cmd-concern-list = لوحة القضايا
cli-arg-concern-list-search = كلمات للبحث عنها في النص أو الترجمة أو المكان
cli-arg-concern-list-all = يشمل القضايا المدمجة في غيرها
cli-cmd-concern-show = قضية واحدة كاملة
cli-cmd-concern-edit = غيّر نص القضية أو ترجمتها أو لغتها أو مكانها أو مجموعتها
cli-cmd-concern-tag = أضف وسومًا أو احذفها
cli-cmd-concern-status = حدّد الحالة: new, under-review, action-planned, in-progress, done, not-pursued
cli-cmd-concern-merge = علّم قضية بأنها مكرّرة لأخرى؛ تُحتسب أصواتها للأخرى
cli-cmd-concern-unmerge = تراجع عن الدمج
cli-cmd-concern-delete = احذف قضية سُجّلت خطأً
cli-cmd-concern-duplicates = تكرارات محتملة، حسب الكلمات المشتركة في النص والترجمة
cli-arg-concern-duplicates-threshold = نسبة الكلمات المشتركة، من 0 إلى 1

cli-cmd-note = ملاحظات لكل مجموعة وسؤال
cli-cmd-note-add = أضف ملاحظة لمجموعة وسؤال
cli-cmd-note-list = الملاحظات، لمجموعة واحدة إن شئت

cli-cmd-vote = النقاط المعدودة على اللوح الورقي
cli-cmd-vote-dots = أدخل النقاط المعدودة على بطاقة قضية

cli-cmd-ballot = أوراق تصويت الحاضرين: نقاط أو ترتيب أو ميزانية
cli-cmd-ballot-cast = أدلِ بورقة تصويت حاضر. كل رمز يدلي بورقة واحدة من كل نوع
cli-arg-ballot-cast-token = رمز تصويت الحاضر (من بطاقته أو من الكشك)
cli-arg-ballot-cast-choices = قضية: في الترتيب من الأفضل فالأقل؛ وفي النقاط مرة لكل نقطة
cli-arg-ballot-cast-allocations = لأوراق الميزانية: قضية=نقاط، مكرّرة
cli-arg-ballot-cast-budget = مجموع النقاط المطلوب في ورقة الميزانية
cli-cmd-ballot-list = أوراق التصويت في الجلسة

cli-cmd-tally = عُدّ كل الأصوات في الجلسة
cli-arg-tally-top = عدد القضايا المعروضة في كل فرز

cli-cmd-action = إجراءات المتابعة وتحديثاتها المؤرّخة
cli-cmd-action-add = خطّط لإجراء استجابةً لقضايا
cli-arg-action-add-response = الاستجابة المخطَّط لها
cli-arg-action-add-due = الموعد النهائي، YYYY-MM-DD
cli-arg-action-add-concerns = قضية يستجيب لها الإجراء (كرّر للمزيد)
cli-arg-action-add-basis = result-based أو community-input
cli-cmd-action-update = سجّل تحديثًا مؤرّخًا، مع تغيير الحالة أو الأساس إن لزم
cli-arg-action-update-date = YYYY-MM-DD؛ اليوم إن لم يُذكر
cli-cmd-action-edit = غيّر المسؤول أو الموعد النهائي أو الاستجابة المخطَّط لها
cli-cmd-action-list = إجراءات جلسة أو دائرة أو الكل
cli-cmd-action-show = إجراء واحد مع تحديثاته

cli-cmd-tag = مفردات الوسوم
cli-cmd-tag-list = المفردات: الركائز وموضوعاتها
cli-cmd-tag-add = أضف موضوعًا (أو ركيزة مع ‎--kind pillar)
cli-arg-tag-add-pillar = الركيزة التي يخدمها الموضوع
cli-cmd-tag-rename = غيّر اسم الوسم الظاهر
cli-cmd-tag-remove = أخرج وسمًا من المفردات (تحتفظ به القضايا)

cli-cmd-doctor = افحص قاعدة البيانات؛ ‎--rebuild يثبت أن الحالة تُستخرج من سجل العمليات وحده
cli-arg-doctor-rebuild = أعد بناء كل جدول من سجل العمليات وتحقق من تطابق النتيجة

cli-cmd-key = مفتاح التوقيع وبصمة هذا الجهاز
cli-cmd-key-show = معرّف هذا الجهاز ومفتاحه العام وبصمته (ومستلم المنسّق إن وُجد)

cli-cmd-coordinator = هوية المنسّق للبيانات الشخصية للحاضرين
cli-cmd-coordinator-init = اجعل قاعدة البيانات هذه للمنسّق: تضيف هوية age للبيانات الشخصية
cli-cmd-coordinator-restore = ثبّت هوية منسّق من ملفها (نسخة احتياطية، أو حاسوب منسّق ثانٍ)

cli-cmd-kit = الحِزم التحضيرية: خطط الجلسات من المنسّق إلى الحواسيب
cli-cmd-kit-export = اكتب حزمة تحضيرية موقّعة فيها خطط الجلسات ومفاتيح هذا المنسّق
cli-cmd-kit-import = حمّل حزمة المنسّق التحضيرية على هذا الحاسوب
cli-arg-kit-import-new-coordinator = اقبل حزمة من منسّق غير الذي يتبعه هذا الحاسوب

cli-cmd-bundle = الطرود: عمل كل حاسوب، موقّعًا، عائدًا إلى المنسّق
cli-cmd-bundle-export = اكتب عمل هذا الحاسوب على الجلسات طردًا موقّعًا
cli-arg-bundle-export-include-personal-data = دون حزمة تحضيرية، أدرج الأسماء وبيانات التواصل دون تشفير (وإلا تُستبعد)
cli-cmd-bundle-verify = افحص طردًا دون استيراده
cli-cmd-bundle-import = استورد الطرود؛ كل طرد يدخل كاملًا أو لا يدخل
cli-cmd-bundle-list = السجل: كل طرد قُدّم إلى قاعدة البيانات هذه

cli-cmd-trust = أي الأجهزة دُمجت طرودها أو تنتظر أو رُفضت
cli-cmd-trust-list = الأجهزة مع بصماتها وحالتها
cli-cmd-trust-approve = اعتمد جهازًا بعد مقارنة بصمته؛ تُدمج طروده المعزولة
cli-cmd-trust-revoke = إلغاء جهاز: تتوقف تغييراته عن الاحتساب ويُتراجع عما فعلته (كلها، أو ابتداءً من حزمة أو رقم تسلسل)
cli-cmd-trust-add = ثِق بحاسوب قبل وصول طروده، بالمعرّف والمفتاح اللذين يطبعهما ‎`key show`‎ عليه

cli-cmd-conflicts = تعديلات متزامنة للحقل نفسه، محفوظة ليحسمها المنسّق
cli-cmd-conflicts-list = التعارضات المفتوحة: تعديلات متزامنة للحقل نفسه
cli-cmd-conflicts-resolve = احسم تعارضًا
cli-arg-conflicts-resolve-keep = winner أو loser
cli-arg-conflicts-resolve-text = قيمة جديدة بدلًا من ذلك

cli-cmd-board = لوحة القضايا المدمجة لكل الجلسات، مع مصدر كل قضية
cli-arg-board-precinct = جلسات هذه الدائرة فقط

cli-cmd-bench = قِس التسجيل والتصدير والاستيراد والفرز وإعادة البناء على نطاق واسع، مقارنةً بخطوط أساس
cli-arg-bench-quick = بيانات صغيرة في النطاقين 1 و2: يتحقق أن القياس ما زال يعمل، لا من سرعته
cli-arg-bench-scales = النطاقات المطلوبة (1 = قمة واحدة؛ 20 = مدينة: 5 دوائر × 4 مراحل)
cli-arg-bench-dir = مكان قواعد البيانات والطرود (على القرص الذي تريد قياسه)

cli-cmd-report = تقارير PDF: الملخّص، ورقة الحضور، نشرة عرض النتائج، تحديث خطة CPP
cli-cmd-report-pdf = تقرير PDF لجلسة (النشرة وتحديث الخطة يشملان دائرتها)
cli-arg-report-pdf-locale = لغة التقرير
cli-arg-report-pdf-second-locale = لغة ثانية للعناوين والتسميات، تحت الأولى
cli-arg-report-pdf-paper = letter أو a4

cli-cmd-export = صدّر بيانات جلسة (CSV)
cli-cmd-export-csv = جدول من الجلسة بصيغة CSV، آمن الفتح في جداول البيانات
cli-arg-export-csv-bom = ابدأ بعلامة ترتيب البايت، من أجل Excel
cli-arg-export-csv-with-personal-data = أدرج أسماء الحاضرين وبريدهم وهواتفهم (تسجيل الحضور فقط)

cli-cmd-import = استورد أوراقًا منسوخة (CSV)
cli-cmd-import-csv = ورقة حضور ورقية منسوخة أو قالب جدول أعمال
cli-arg-import-csv-skip-invalid = استورد الصفوف الصحيحة حتى لو كان بعضها غير صحيح

### عناوين الجداول

cli-col-id = المعرّف
cli-col-status = الحالة
cli-col-due = الموعد
cli-col-owner = المسؤول
cli-col-basis = الأساس
cli-col-concerns = القضايا
cli-col-title = العنوان
cli-col-place = #
cli-col-kind = النوع
cli-col-planned = المخطَّط
cli-col-actual = الفعلي
cli-col-presenter = المقدِّم
cli-col-token = الرمز
cli-col-cast = وقت الإدلاء
cli-col-dots = النقاط
cli-col-session = الجلسة
cli-col-group = المجموعة
cli-col-from-device = من جهاز
cli-col-text = النص
cli-col-tags = الوسوم
cli-col-similarity = التشابه
cli-col-concern = القضية
cli-col-likely-duplicate-of = مكرّرة محتملة لـ
cli-col-line = السطر
cli-col-column = العمود
cli-col-problem = المشكلة
cli-col-device = الجهاز
cli-col-state = الوضع
cli-col-ops = العمليات
cli-col-new = الجديدة
cli-col-seq = التسلسل
cli-col-received = الاستلام
cli-col-file = الملف
cli-col-fingerprint = البصمة
cli-col-name = الاسم
cli-col-waiting = بالانتظار
cli-col-record = السجل
cli-col-field = الحقل
cli-col-kept = المُبقى (الفائز)
cli-col-also-written = المكتوب أيضًا (الخاسر)
cli-col-language = اللغة
cli-col-facilitator = الميسّر
cli-col-note-taker = مدوّن الملاحظات
cli-col-topic = الموضوع
cli-col-question = السؤال
cli-col-note = الملاحظة
cli-col-sessions = الجلسات
cli-col-precincts = الدوائر
cli-col-starts = البدء
cli-col-precinct = الدائرة
cli-col-time-in = وقت الوصول
cli-col-role = الصفة
cli-col-interpreter = مترجم
cli-col-neighbourhood = الحي/الرمز البريدي
cli-col-slug = الرمز
cli-col-pillar = الركيزة
cli-col-label = الاسم الظاهر
cli-col-scale = النطاق
cli-col-step = الخطوة
cli-col-median-ms = الوسيط ms
cli-col-p99-ms = P99 ms
cli-col-per-op = µs لكل عملية
cli-col-peak-mb = الذروة MB
cli-col-out-kib = الناتج KiB
cli-col-baseline = خط الأساس
cli-col-ratio = النسبة
cli-col-target = الهدف

### تسميات السجل الكامل

cli-field-label = { $label }:
cli-field-id = المعرّف
cli-field-status = الحالة
cli-field-basis = الأساس
cli-field-owner = المسؤول
cli-field-due = الموعد
cli-field-response = الاستجابة
cli-field-concerns = القضايا
cli-field-kind = النوع
cli-field-precinct = الدائرة
cli-field-place = المكان
cli-field-starts = البدء
cli-field-languages = اللغات
cli-field-interpreted = المترجَمة
cli-field-agenda = جدول الأعمال
cli-field-groups = المجموعات
cli-field-questions = الأسئلة
cli-field-signins = الحضور
cli-field-notes = الملاحظات
cli-field-ballots = أوراق التصويت
cli-field-actions = الإجراءات
cli-field-language = اللغة
cli-field-interpretation = الترجمة
cli-field-tags = الوسوم
cli-field-location = الموقع
cli-field-duplicate-of = مكرّرة لـ
cli-field-captured = سُجّلت
cli-field-database = قاعدة البيانات
cli-field-schema-version = إصدار المخطط
cli-field-integrity = السلامة
cli-field-foreign-keys = المفاتيح الخارجية
cli-field-ops = العمليات
cli-field-state-hash = بصمة الحالة
cli-field-fingerprint = البصمة
cli-field-signing-key = مفتاح التوقيع
cli-field-device = الجهاز
cli-field-public-key = المفتاح العام
cli-field-coordinator-recipient = مستلم المنسّق (age)
cli-field-follows = يتبع
cli-field-sealed-to = البيانات الشخصية مختومة لـ
cli-field-next = التالي
cli-field-state = الوضع
cli-field-sessions = الجلسات

### الرسائل

cli-yes = نعم
cli-updated = حُدّث
cli-removed = حُذف
cli-minutes = { $minutes } دقيقة
cli-wrote = كُتب { $path } ‏({ $bytes } بايت).

cli-action-updates = التحديثات:

cli-agenda-running = جارٍ
cli-agenda-total = مجموع المخطَّط: { $planned } دقيقة
cli-agenda-total-booked = مجموع المخطَّط: { $planned } دقيقة من { $booked } محجوزة
cli-agenda-total-over = مجموع المخطَّط: { $planned } دقيقة من { $booked } محجوزة — يتجاوز حجز القاعة
cli-agenda-moved = نُقل إلى الموضع { $place }
cli-agenda-started = بدأ «{ $title }»
cli-agenda-finished = انتهى
cli-agenda-now = الآن: { $title }
cli-agenda-done = انتهى جدول الأعمال.

cli-tally-signed-in = الحضور: { $count }
cli-tally-dots = التصويت بالنقاط (أوراق التصويت: { $ballots }، مع النقاط المعدودة):
cli-tally-none-yet = لا شيء بعد
cli-tally-dots-score = { $score } نقطة
cli-tally-points-score = { $score } ن
cli-tally-ranked = أوراق التصويت بالترتيب: { $ballots }
cli-tally-borda = فرز بوردا:
cli-tally-irv = الجولات الفورية:
cli-tally-round = الجولة { $round }: { $counts }
cli-tally-exhausted = مستنفدة { $count }
cli-tally-out = خرجت: { $concern }
cli-tally-out-several = خرجت: { $count } دون اختيارات أولى
cli-tally-winner = الفائزة: { $concern }
cli-tally-budget = توزيع الميزانية (أوراق التصويت: { $ballots }):
cli-tally-repeated = أوراق لم تُحتسب لأن رمزها صوّت من قبل: { $count }.

cli-bench-met = تحقّق ({ $target })
cli-bench-missed = لم يتحقق ({ $target })
cli-bench-sane = النتائج معقولة.
cli-bench-problems = مشكلات:

cli-board-revoked = { $device } (مُلغى)

cli-concern-duplicate = مكرّرة
cli-concern-captured = { $at } على الجهاز { $device }
cli-concern-tags = الوسوم: { $tags }
cli-concern-status = الحالة: { $status }
cli-concern-merged = دُمجت في { $into }
cli-concern-unmerged = أُلغي الدمج
cli-concern-deleted = حُذفت

cli-import-summary = الصفوف: { $rows }؛ المستورَدة: { $imported }؛ وفيها مشكلات: { $problems }.

cli-doctor-title = فحص قاعدة بيانات Convene
cli-doctor-ok = سليم
cli-doctor-problems = المشكلات: { $count }
cli-doctor-ops = { $ops } من أجهزة عددها { $devices }
cli-doctor-rows = الصفوف:
cli-doctor-rebuilt = أُعيد البناء من { $ops } عملية: بصمة الحالة { $hash } — مطابقة للحالة السابقة.

cli-init-ready = الجهاز { $device } جاهز.
cli-init-ready-named = الجهاز { $device } جاهز باسم «{ $name }».

cli-key-title = مفتاح توقيع هذا الحاسوب
cli-key-follows = المنسّق { $coordinator } — البصمة { $fingerprint }
cli-coordinator-ready = هوية المنسّق جاهزة.
cli-coordinator-next = ‎convene kit export SESSION --out kit.convene
cli-kit-written = كُتبت الحزمة التحضيرية في { $path } ‏({ $ops } عملية، { $bytes } بايت).
    سترى الحواسيب بصمة المنسّق { $fingerprint }.
cli-kit-imported = حزمة تحضيرية من المنسّق { $coordinator }.
    قارن هذه البصمة مع المنسّق قبل الفعالية: { $fingerprint }
    الجلسات: { $sessions }
    من الآن، تختم طرود هذا الحاسوب البيانات الشخصية للحاضرين لذلك المنسّق.

cli-bundle-personal-left-out = استُبعدت أسماء وبيانات تواصل تسجيلات الحضور (عددها { $count }): ليس على هذا الحاسوب مفتاح منسّق لختمها. استورد حزمة المنسّق أولًا، أو أضف ‎--include-personal-data لإدراجها دون تشفير.
cli-bundle-written = كُتب الطرد وفُحص: { $path } ‏({ $ops } عملية، { $bytes } بايت؛ البيانات الشخصية: { $personal }).
    يمكنك الآن نزع وحدة التخزين بأمان.
cli-bundle-verified = { $file }: التوقيع والبصمات سليمة.
cli-bundle-import-summary = المستورَدة { $imported }، الموجودة مسبقًا { $already_had }، المعزولة { $quarantined }، المرفوضة { $rejected }، التعارضات الجديدة { $conflicts }.
cli-bundle-alarm = إنذار: طرود عددها { $count } تعيد استخدام أرقام تسلسل جهاز؛ انظر ‎`convene bundle list`‎.
cli-bundle-compare-quarantined = قارن بصمات الأجهزة المعزولة مع ميسّريها، ثم شغّل ‎`convene trust approve DEVICE`‎.
cli-progress-imported = { $file }: استُوردت { $ops } عملية جديدة من { $device }
cli-progress-already-had = { $file }: مستورد من قبل، لا شيء لفعله
cli-progress-quarantined = { $file }: معزول — جهاز غير معروف { $device }؛ قارن البصمة ثم ‎`convene trust approve`‎
cli-progress-rejected = { $file }: مرفوض — { $problem }

cli-trust-approved = اعتُمد { $device } ‏[{ $fingerprint }].
cli-trust-added = صار موثوقًا: { $device } ‏[{ $fingerprint }].
cli-trust-revoked = أُلغي { $device } [{ $fingerprint }] ابتداءً من التغيير { $seq }: ستُرفض حزمه، ولم يعد ما فعله من هناك يُحتسب (تبقى تغييراته في السجل مُعلَّمة).
cli-conflicts-none = لا تعارضات مفتوحة.
cli-conflict-resolved = حُسم التعارض { $id } في { $field } «{ $title }».

cli-session-agenda = البنود: { $items }، المخطَّط { $planned } دقيقة
cli-session-agenda-booked = البنود: { $items }، المخطَّط { $planned } دقيقة من { $booked } محجوزة
cli-session-updated = حُدّثت الجلسة { $id }

cli-signin-maybe-duplicate = ملاحظة: قد يكون هذا الشخص مسجّلًا من قبل ({ $count })؛ سُجّل على أي حال.
cli-signin-counts = الحضور: { $total } (دون اسم: { $anonymous }، يحتاجون مترجمًا: { $interpreter })
cli-signin-by-language = حسب اللغة:
cli-signin-by-role = حسب الصفة:
cli-signin-by-neighbourhood = حسب الحي:
cli-signin-by-group = حسب المجموعة:
cli-signin-unassigned = دون مجموعة
cli-signin-assigned = عُيّن
cli-signin-no-groups = ليس لهذه الجلسة مجموعات نقاش بعد.

cli-tag-renamed = غُيّر الاسم
cli-cmd-key-renew = اتخاذ هوية جهاز جديدة (بعد استعادة نسخة احتياطية، أو على حاسوب منسوخ)، مرتبطة بالهوية القديمة بمفتاحها
cli-arg-key-renew-reissue-from-seq = إعادة إصدار تغييرات هذا الحاسوب ابتداءً من رقم التسلسل هذا بالهوية الجديدة (الرقم الذي يذكره الإنذار)
cli-cmd-review = تغييرات أجرتها حواسيب أخرى على سجلات ليست لها، بانتظار المنسّق
cli-cmd-review-list = التغييرات بانتظار المراجعة
cli-cmd-review-accept = قبول تغيير محتجز: يُحتسب من الآن
cli-cmd-review-refuse = رفض تغيير محتجز: لا يُحتسب أبدًا
cli-arg-review-accept-change = معرّف التغيير كما يعرضه ‎`review list`‎ (أو بدايته)
cli-arg-review-refuse-change = معرّف التغيير كما يعرضه ‎`review list`‎ (أو بدايته)
cli-arg-trust-approve-sessions = هذه الجلسات فقط (معرّفات مفصولة بفواصل)؛ ومن دونها كل جلسات خطة المنسّق
cli-arg-trust-add-sessions = هذه الجلسات فقط (معرّفات مفصولة بفواصل)؛ ومن دونها كل جلسات خطة المنسّق
cli-arg-trust-revoke-from-bundle = التراجع ابتداءً من هذه الحزمة فقط (بصمتها كما يعرضها ‎`bundle list`‎)
cli-arg-trust-revoke-from-seq = التراجع ابتداءً من رقم التسلسل هذا فقط
cli-arg-trust-revoke-dry-run = عرض ما سيُتراجع عنه دون تغيير أي شيء
cli-arg-doctor-repair = إعادة الحكم على كل تغيير بفحوص اليوم وإعادة بناء كل جدول مع الاحتفاظ بالنتيجة
cli-key-renewed = هذا الحاسوب الآن { $device } [{ $fingerprint }]، خلفًا لـ{ $old }. التغييرات المعاد إصدارها بالهوية الجديدة: { $reissued }. صدّر حزمة: سيرى المنسّق الهويتين مترابطتين.
cli-revoke-preview = إلغاء { $device } ابتداءً من التغيير { $seq } يسحب من تغييراته: { $ops }.
cli-revoke-kind = { $kind }: يعود { $restored }، ويختفي { $removed }، ويتغيّر { $changed }
cli-review-set = جعل { $field } «{ $value }»
cli-review-delete = حذفه
cli-review-none = لا توجد تغييرات بانتظار المراجعة.
cli-review-accepted = قُبل: { $change } في «{ $title }».
cli-review-refused = رُفض: { $change } في «{ $title }»؛ لن يُحتسب أبدًا.
cli-col-change = التغيير
cli-bundle-held = تغييرات بانتظار المراجعة (على سجلات حواسيب أخرى أو سجلات المنسّق): { $count }. انظر ‎`convene review list`‎.
cli-bundle-refused = تغييرات مرفوضة لا تُحتسب (خارج ما أُسند إلى الحاسوب، أو غير مسموح بها، أو لا تناسب حقلها): { $count }. يعرض ‎`convene bundle list`‎ الحزم المعنية.
cli-bundle-list-held-refused = محتجز { $held }، مرفوض { $refused }
cli-doctor-verdicts = محتجز للمراجعة { $held }، مرفوض { $refused }، ملغى { $revoked }
cli-field-not-counting = غير محتسبة
cli-doctor-repaired = أُعيد الحكم على { $ops } عملية بفحوص اليوم؛ الأحكام التي تغيّرت: { $changed } (التغييرات المحفوظة قبل هذه الفحوص التي لم تعد تجتازها لا تُحتسب الآن). بصمة الحالة { $hash }.
cli-trust-given = أُسند إليه: { $sessions } (والجلسات التي ينشئها بنفسه).
cli-trust-given-plan = أُسند إليه: كل جلسات خطتك، والجلسات التي ينشئها بنفسه.
cli-bundle-not-given = كتب { $device } في جلسات لم تُسند إليه: { $sessions }. لا يُحتسب ما فعله هناك حتى تُسندها إليه: `convene trust approve { $fingerprint }`
cli-cmd-backup = نسخ احتياطي لهذا الحاسوب: قاعدة البيانات ومفاتيحها في ملف واحد مشفّر بعبارة مرور
cli-arg-backup-out = مكان كتابة ملف النسخة الاحتياطية
cli-arg-backup-passphrase-file = قراءة عبارة المرور من السطر الأول في هذا الملف (وإلا فمن CONVENE_BACKUP_PASSPHRASE، أو ستُطلب منك)
cli-cmd-restore = استعادة حاسوب من ملف نسخة احتياطية، إلى قاعدة بيانات غير موجودة بعد
cli-arg-restore-file = ملف النسخة الاحتياطية المراد الاستعادة منه
cli-arg-restore-passphrase-file = قراءة عبارة المرور من السطر الأول في هذا الملف (وإلا فمن CONVENE_BACKUP_PASSPHRASE، أو ستُطلب منك)
cli-backup-passphrase-prompt = عبارة المرور للنسخة الاحتياطية:
cli-backup-written = حُفظت النسخة الاحتياطية في { $path } ({ $bytes } بايت). احفظ عبارة المرور بعيدًا عن الملف: من دونها لا يمكن فتح النسخة.
cli-backup-written-coordinator = حُفظت النسخة الاحتياطية في { $path } ({ $bytes } بايت) مع هوية المنسّق: من يملك الملف وعبارة المرور معًا يستطيع اعتماد الحزم باسم هذا المنسّق. احفظهما منفصلين وفي مكان آمن.
cli-restored = تمت الاستعادة إلى { $path }. يوقّع هذا الحاسوب الآن بالهوية { $new } المرتبطة بـ { $old }: يقبل المنسّق حزمه بعد أن يصله طقم أو حزمة من الهوية الجديدة.
cli-missing-device-key = لا يوجد مفتاح الجهاز بجانب قاعدة البيانات هذه ({ $path })، لذا لا يمكنها توقيع الحزم. استعدها من نسخة احتياطية بالأمر `convene restore`، أو انسخ ملف المفتاح إلى مكانه.
cli-missing-coordinator-identity = لا يوجد ملف الهوية بجانب قاعدة بيانات المنسّق هذه ({ $path })، لذا لا يمكن فتح الأسماء وبيانات الاتصال المختومة في الحزم. استعدها من نسخة احتياطية بالأمر `convene restore`، أو انسخ ملف الهوية إلى مكانه.
cli-doctor-plaintext-accessibility =
    { $count ->
        [zero] لا توجد تغييرات تسجيل تحمل احتياجات وصول بنص واضح.
        [one] تغيير تسجيل واحد من قبل ختم احتياجات الوصول يحمل حاجةً بنص واضح في السجل، ويُنقل في حزم جلسته. التسجيلات الجديدة تختمها.
        [two] تغييرا تسجيل من قبل ختم احتياجات الوصول يحملان احتياجات بنص واضح في السجل، ويُنقلان في حزم جلساتهما. التسجيلات الجديدة تختمها.
        [few] { $count } تغييرات تسجيل من قبل ختم احتياجات الوصول تحمل احتياجات بنص واضح في السجل، وتُنقل في حزم جلساتها. التسجيلات الجديدة تختمها.
       [many] { $count } تغيير تسجيل من قبل ختم احتياجات الوصول تحمل احتياجات بنص واضح في السجل، وتُنقل في حزم جلساتها. التسجيلات الجديدة تختمها.
       *[other] { $count } تغيير تسجيل من قبل ختم احتياجات الوصول تحمل احتياجات بنص واضح في السجل، وتُنقل في حزم جلساتها. التسجيلات الجديدة تختمها.
    }
cli-cmd-concern-redact = إزالة مخاوف لأنها تذكر شخصًا أو تحمل بياناته: تُمحى كلماتها من السجل أيضًا، وعلى كل حاسوب يصل إليه الحذف
cli-arg-concern-redact-concern = معرّف المخاوف (أو بدايته)
cli-cmd-note-redact = إزالة ملاحظة لأنها تذكر شخصًا أو تحمل بياناته: تُمحى كلماتها من السجل أيضًا
cli-arg-note-redact-note = معرّف الملاحظة (أو بدايته)
cli-cmd-signin-redact = إزالة تسجيل حضور مع الاسم وبيانات الاتصال واحتياجات الوصول: تُمحى الكلمات من السجل أيضًا
cli-arg-signin-redact-signin = معرّف التسجيل (أو بدايته)
cli-redacted = أُزيل بوصفه معلومات شخصية: مُحيت كلماته في { $ops } من تغييرات سجل هذا الحاسوب، وينتقل الحذف مع الحزمة أو الطقم التالي.
cli-redacted-bundles-before =
    { $count ->
        [zero] لا توجد حزم سابقة تحمل الكلمات.
        [one] حزمة واحدة كتبها هذا الحاسوب من قبل ما زالت تحمل الكلمات ولا يمكن تغييرها: احذف ذلك الملف، واطلب من المنسّق حذف نسخته.
        [two] حزمتان كتبهما هذا الحاسوب من قبل ما زالتا تحملان الكلمات ولا يمكن تغييرهما: احذف الملفين، واطلب من المنسّق حذف نسخته.
        [few] { $count } حزم كتبها هذا الحاسوب من قبل ما زالت تحمل الكلمات ولا يمكن تغييرها: احذف تلك الملفات، واطلب من المنسّق حذف نسخه.
       [many] { $count } حزمة كتبها هذا الحاسوب من قبل ما زالت تحمل الكلمات ولا يمكن تغييرها: احذف تلك الملفات، واطلب من المنسّق حذف نسخه.
       *[other] { $count } حزمة كتبها هذا الحاسوب من قبل ما زالت تحمل الكلمات ولا يمكن تغييرها: احذف تلك الملفات، واطلب من المنسّق حذف نسخه.
    }
cli-review-redact = إزالته بوصفه معلومات شخصية (القبول يمحو كلماته في كل مكان نهائيًا)
