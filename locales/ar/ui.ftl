## شاشات تطبيق سطح المكتب. المتغيّران { $count } و{ $n } أعداد؛ والباقي نصوص.

nav-label = الشاشات
nav-sessions = الجلسات
nav-setup = الإعداد
nav-run = سير الجلسة
nav-signin = تسجيل الحضور
nav-capture = التدوين
nav-board = لوحة القضايا
nav-voting = التصويت
nav-settings = الإعدادات
skip-to-content = انتقل إلى المحتوى
header-session = الجلسة: { $title }
header-no-session = لا توجد جلسة مفتوحة
working = جارٍ العمل…
save = حفظ
saved = تم الحفظ.
none-yet = لا شيء بعد.
minutes = { $n ->
    [zero] { $n } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $n } دقائق
    [many] { $n } دقيقة
   *[other] { $n } دقيقة
}
minutes-short = د
language-code-hint = رمز لغة مثل en أو es أو zh-Hant أو vi أو so أو am أو ar.
import-problems = { $count ->
    [zero] في { $count } صف مشكلات، لذا لم يُستورد شيء:
    [one] في صف واحد مشكلة، لذا لم يُستورد شيء:
    [two] في صفين مشكلات، لذا لم يُستورد شيء:
    [few] في { $count } صفوف مشكلات، لذا لم يُستورد شيء:
    [many] في { $count } صفًا مشكلات، لذا لم يُستورد شيء:
   *[other] في { $count } صف مشكلات، لذا لم يُستورد شيء:
}
import-problem = السطر { $line }، العمود «{ $column }»: { $message }

## أنواع الجلسات وبنود جدول الأعمال والصفات والحالات وأنواع الوسوم
session-kind-summit = قمة الدائرة
session-kind-small-group = مجموعة صغيرة
session-kind-report-back = اجتماع عرض النتائج
session-kind-workshop = ورشة عمل
agenda-kind-welcome = الترحيب
agenda-kind-presentation = عرض تقديمي
agenda-kind-discussion = نقاش
agenda-kind-breakout = مجموعات النقاش
agenda-kind-report-out = عرض ما توصلت إليه المجموعات
agenda-kind-vote = التصويت
agenda-kind-break = استراحة
role-resident = من أهل الحي
role-business = صاحب عمل
role-organisation = منظمة مجتمعية
role-city-staff = موظف بلدية
role-police = شرطة
status-new = جديدة
status-under-review = قيد المراجعة
status-action-planned = إجراء مخطط
status-in-progress = قيد التنفيذ
status-done = منجزة
status-not-pursued = لن تُتابَع
tag-kind-pillar = محور
tag-kind-topic = موضوع
ballot-kind-rank = اقتراع بالترتيب
ballot-kind-budget = اقتراع بالميزانية

## الجلسات
sessions-heading = الجلسات
sessions-empty = لا توجد جلسات بعد. أنشئ جلسة أدناه، أو افتح القمة التجريبية.
sessions-demo = افتح القمة التجريبية
sessions-col-title = الجلسة
sessions-col-kind = النوع
sessions-col-precinct = الدائرة
sessions-col-starts = تبدأ
sessions-col-counts = حتى الآن
sessions-col-actions = إجراءات
sessions-counts = الحضور المسجّلون: { $signins } · المخاوف: { $concerns } · المجموعات: { $groups }
sessions-open = فتح
sessions-duplicate = نسخ…
sessions-duplicate-title = عنوان الجلسة الجديدة
sessions-duplicate-go = أنشئ النسخة
sessions-copy-title = { $title } (الجولة الثانية)
sessions-new = جلسة جديدة
sessions-create = أنشئ الجلسة
session-title = العنوان
session-kind = النوع
session-precinct = الدائرة
session-place = المكان
session-starts = تبدأ في
session-room-minutes = مدة حجز القاعة (بالدقائق)
session-room-minutes-hint = يُقارن مجموع جدول الأعمال بهذه المدة.
session-languages = اللغات المحكية
session-interpreted = اللغات المترجمة
session-languages-hint = رموز لغات تفصل بينها فواصل، مثل en, es, vi.

## الإعداد
setup-heading = الإعداد
agenda-heading = جدول الأعمال
agenda-help = اسحب البند من مقبضه، أو ضع التركيز على المقبض واضغط Alt+↑ أو Alt+↓ لتحريكه.
agenda-reorder = حرّك «{ $title }»، البند { $place } من { $count }
agenda-minutes-for = الدقائق المخططة لـ«{ $title }»
agenda-up = حرّك «{ $title }» إلى الأعلى
agenda-down = حرّك «{ $title }» إلى الأسفل
agenda-remove = احذف «{ $title }»
agenda-total = المخطط: { $planned } دقيقة.
agenda-within-booking = المخطط: { $planned } من { $booked } دقيقة حُجزت لها القاعة.
agenda-over-booking = المخطط: { $planned } دقيقة، أي { $over } أكثر من { $booked } دقيقة حُجزت لها القاعة. اختصر بندًا أو احذفه.
agenda-add = أضف بندًا
agenda-item-title = البند
agenda-item-minutes = الدقائق
agenda-item-kind = النوع
agenda-item-presenter = المقدّم
agenda-import-template = أضف بنودًا من قالب جدول أعمال (CSV)…
agenda-imported = { $count ->
    [zero] أُضيف { $count } بند إلى جدول الأعمال.
    [one] أُضيف بند واحد إلى جدول الأعمال.
    [two] أُضيف بندان إلى جدول الأعمال.
    [few] أُضيفت { $count } بنود إلى جدول الأعمال.
    [many] أُضيف { $count } بندًا إلى جدول الأعمال.
   *[other] أُضيف { $count } بند إلى جدول الأعمال.
}
groups-heading = مجموعات النقاش
groups-empty = لا توجد مجموعات بعد.
groups-add = أضف مجموعة
group-name = اسم المجموعة
group-language = اللغة
group-topic = الموضوع
group-facilitator = الميسّر
questions-heading = أسئلة النقاش
questions-empty = لا توجد أسئلة بعد.
questions-add = أضف سؤالًا
question-text = السؤال
question-language = اللغة
languages-heading = اللغات والقاعة
tags-heading = مفردات الوسوم
tags-add = أضف وسمًا
tags-retire = أوقف الوسم #{ $tag }
tag-slug = الوسم
tag-label = التسمية
tag-kind = النوع
tag-pillar = المحور
tag-pillar-hint = للموضوع: المحور الذي ينتمي إليه.

## سير الجلسة
run-heading = سير الجلسة
run-now = الآن
run-not-started = لم يبدأ جدول الأعمال.
run-done = انتهى جدول الأعمال.
run-start = ابدأ جدول الأعمال
run-next = البند التالي
run-previous = البند السابق
run-overrun = تجاوز الوقت بـ{ $time }
run-almost = بقي { $time }
run-agenda = جدول الأعمال
run-planned = المخطط { $minutes } د
run-started = بدأ { $time }
run-actual = استغرق { $minutes } د
run-start-this = ابدأ هذا البند
projector-heading = جهاز العرض
projector-open = افتح نافذة جهاز العرض
projector-question = السؤال على الشاشة
projector-no-question = بلا سؤال
projector-language-1 = اللغة
projector-language-2 = لغة ثانية، جنبًا إلى جنب
projector-no-second = لا شيء
projector-show-results = اعرض نتائج التصويت مباشرة

## تسجيل الحضور
signin-heading = ورقة تسجيل الحضور
signin-form-heading = سجّل حضور شخص
signin-form-help = كل الحقول اختيارية. المفتاح Tab ينقلك بين الحقول، وEnter يحفظ من أي حقل.
signin-name = الاسم
signin-name-hint = اتركه فارغًا للتسجيل دون اسم.
signin-neighbourhood = الحي
signin-zip = الرمز البريدي
signin-language = اللغة المفضلة
signin-interpreter = يحتاج مترجمًا
signin-role = يحضر بصفته
signin-email = البريد الإلكتروني
signin-phone = الهاتف
signin-consent = يوافق على التواصل معه بشأن المتابعة
signin-group = مجموعة النقاش
signin-no-group = لم يُحدَّد بعد
signin-suggested-group = المقترح: { $group }، وتعمل بـ{ $language }.
signin-save = سجّل الحضور
signin-saved = تم التسجيل.
signin-duplicate-warning = { $count ->
    [zero] سجّل { $count } أشخاص بهذه البيانات حضورهم (أولهم في { $time }). اضغط Enter مرة أخرى للتسجيل على أي حال، أو غيّر البيانات.
    [one] سجّل شخص بهذه البيانات حضوره في { $time }. اضغط Enter مرة أخرى للتسجيل على أي حال، أو غيّر البيانات.
    [two] سجّل { $count } أشخاص بهذه البيانات حضورهم (أولهم في { $time }). اضغط Enter مرة أخرى للتسجيل على أي حال، أو غيّر البيانات.
    [few] سجّل { $count } أشخاص بهذه البيانات حضورهم (أولهم في { $time }). اضغط Enter مرة أخرى للتسجيل على أي حال، أو غيّر البيانات.
    [many] سجّل { $count } أشخاص بهذه البيانات حضورهم (أولهم في { $time }). اضغط Enter مرة أخرى للتسجيل على أي حال، أو غيّر البيانات.
   *[other] سجّل { $count } أشخاص بهذه البيانات حضورهم (أولهم في { $time }). اضغط Enter مرة أخرى للتسجيل على أي حال، أو غيّر البيانات.
}
signin-counts = من الحاضرون
signin-total = { $count ->
    [zero] لم يسجّل أحد حضوره
    [one] سجّل شخص واحد حضوره
    [two] سجّل شخصان حضورهما
    [few] سجّل { $count } أشخاص حضورهم
    [many] سجّل { $count } شخصًا حضورهم
   *[other] سجّل { $count } شخص حضورهم
} ({ $anonymous } دون اسم، { $interpreter } يحتاجون مترجمًا)
signin-by-language = حسب اللغة
signin-by-role = حسب الصفة
signin-by-neighbourhood = حسب الحي
signin-recent = آخر التسجيلات
signin-language-unknown = اللغة غير مذكورة
kiosk-heading = كشك التسجيل الذاتي
kiosk-help = يفتح نافذة بملء الشاشة للحاضرين. لا تعرض بيانات أي شخص آخر، ولا يغلقها إلا رمز PIN الخاص بك.
kiosk-mode = الكشك مخصص لـ
kiosk-mode-sign-in = تسجيل الحضور
kiosk-mode-ballot = الإدلاء بالصوت
kiosk-languages = اللغة الأولى المعروضة
kiosk-language-2 = اللغة الثانية المعروضة
kiosk-language-3 = اللغة الثالثة المعروضة
kiosk-ballot-kind = ورقة الاقتراع
kiosk-budget = النقاط المتاحة في اقتراع الميزانية
kiosk-pin = رمز PIN للميسّر
kiosk-pin-hint = أربعة أرقام على الأقل. ستحتاج إليه لإغلاق الكشك.
kiosk-start = افتح الكشك

## تدوين النقاش
capture-heading = تدوين مجموعات النقاش
capture-form-heading = دوّن قضية
capture-group = المجموعة
capture-group-hint = Alt+1 إلى Alt+9 للتبديل بين المجموعات.
capture-no-group = الجلسة كلها
capture-text = القضية كما قيلت
capture-text-hint = اضغط Enter للحفظ. اكتب # للوسوم؛ ثم ↑ ↓ وTab للاختيار.
capture-language = اللغة التي قيلت بها
capture-interpretation = الترجمة
capture-interpretation-hint = اختياري: ما قاله المترجم، ويُحفظ بجانب الأصل.
capture-save = احفظ القضية
capture-undo = تراجع
capture-undo-what = تراجع عن: { $what }
capture-undo-add = آخر تدوين
capture-undo-status = تغيير الحالة
capture-quick-keys = مفاتيح سريعة لآخر تدوين:
capture-quick-status = Ctrl+{ $n } { $status }
capture-recent = ما دُوّن في هذه المجموعة
capture-saving = جارٍ الحفظ…
capture-saved = تم الحفظ
capture-count = { $count ->
    [zero] لا قضايا بعد.
    [one] قضية واحدة حتى الآن.
    [two] قضيتان حتى الآن.
    [few] { $count } قضايا حتى الآن.
    [many] { $count } قضية حتى الآن.
   *[other] { $count } قضية حتى الآن.
}

## لوحة القضايا
board-heading = لوحة القضايا
board-search = بحث
board-tag = الوسم
board-group = المجموعة
board-layout = رتّب حسب
board-by-status = الحالة
board-by-tag = الوسم
board-by-group = المجموعة
board-all-tags = كل الوسوم
board-all-groups = كل المجموعات
board-no-group = بلا مجموعة
board-untagged = بلا وسم
board-votes = الأصوات
board-dots = { $count ->
    [zero] لا نقاط
    [one] نقطة واحدة
    [two] نقطتان
    [few] { $count } نقاط
    [many] { $count } نقطة
   *[other] { $count } نقطة
}
board-status-of = الحالة
board-merge = دمج…
board-merge-cancel = ألغِ الدمج
board-merge-here = ادمج هنا
board-merge-pick = اختر البطاقة التي تدمجها فيها، أو ألغِ.
board-merged = تم الدمج. أصوات البطاقة المكررة تُحسب الآن للبطاقة التي انضمت إليها.
board-duplicates = مكررات محتملة
board-no-duplicates = لا مكررات محتملة.
board-dup-similar = متشابهتان بنسبة { $percent }٪
board-merge-these = ادمج الأولى في الثانية

## التصويت
voting-heading = التصويت
voting-dots-heading = النقاط المعدودة
voting-dots-help = اكتب عدد النقاط على البطاقة واضغط Enter؛ ينتقل المؤشر إلى البطاقة التالية.
voting-col-concern = القضية
voting-col-dots = النقاط
voting-col-add = أضف نقاطًا
voting-add = أضف
voting-add-dots-for = النقاط المضافة لـ«{ $text }»
voting-dots-saved = أُضيفت النقاط.
voting-tally = النتائج
voting-dots = النقاط
voting-ranked = { $ballots ->
    [zero] اقتراع بالترتيب ({ $ballots } ورقة): نقاط بوردا
    [one] اقتراع بالترتيب (ورقة واحدة): نقاط بوردا
    [two] اقتراع بالترتيب (ورقتان): نقاط بوردا
    [few] اقتراع بالترتيب ({ $ballots } أوراق): نقاط بوردا
    [many] اقتراع بالترتيب ({ $ballots } ورقة): نقاط بوردا
   *[other] اقتراع بالترتيب ({ $ballots } ورقة): نقاط بوردا
}
voting-irv-winner = الفائزة بالجولات الفورية: { $text }
voting-budget = { $ballots ->
    [zero] الميزانية ({ $ballots } ورقة)
    [one] الميزانية (ورقة واحدة)
    [two] الميزانية (ورقتان)
    [few] الميزانية ({ $ballots } أوراق)
    [many] الميزانية ({ $ballots } ورقة)
   *[other] الميزانية ({ $ballots } ورقة)
}
voting-show-on-projector = اعرض النتائج على جهاز العرض

## الإعدادات
settings-heading = الإعدادات
settings-device = هذا الحاسوب
settings-device-name = اسم الحاسوب
settings-device-name-hint = يظهر للمنسّق بجانب حزم هذا الحاسوب، مثل «الطاولة 3».
settings-fingerprint = بصمة الجهاز: { $fingerprint }
settings-data = البيانات
settings-database = ملف قاعدة البيانات
settings-database-hint = كل ما يسجّله هذا الحاسوب موجود في هذا الملف الواحد.
settings-choose = اختر…
settings-open-database = افتح قاعدة البيانات هذه
settings-database-opened = فُتحت.
settings-language = اللغة
settings-language-label = لغة هذا التطبيق
settings-language-hint = تتغيّر فورًا. يختار جهاز العرض والكشك لغتيهما بنفسيهما.
settings-pseudo-locale = لغة تجريبية (تكشف النصوص غير المترجمة)
settings-version = Convene { $version }

## نافذة جهاز العرض (تظهر للقاعة باللغات التي يختارها الميسّر)
projector-window-title = Convene — جهاز العرض
projector-now = الآن
projector-waiting = نبدأ قريبًا
projector-question-label = السؤال
projector-results = نتائج التصويت
projector-no-votes = لا أصوات بعد.
projector-dots = { $count ->
    [zero] { $shown } نقطة
    [one] نقطة واحدة
    [two] نقطتان
    [few] { $shown } نقاط
    [many] { $shown } نقطة
   *[other] { $shown } نقطة
}

## نافذة الكشك (تظهر للحاضرين بلغتهم)
kiosk-window-title = Convene — تسجيل الحضور
kiosk-welcome = أهلًا وسهلًا
kiosk-choose-language = اختر لغتك
kiosk-form-heading = سجّل حضورك
kiosk-form-help = كل شيء اختياري. إجاباتك تساعدنا على معرفة من حضر؛ ولا نشارك إلا الأعداد.
kiosk-optional = اختياري
kiosk-name = اسمك
kiosk-neighbourhood = حيّك
kiosk-zip = الرمز البريدي
kiosk-role = أحضر بصفتي
kiosk-interpreter = أرغب في مترجم
kiosk-email = البريد الإلكتروني
kiosk-phone = الهاتف
kiosk-consent = يمكنكم التواصل معي بشأن ما سيحدث لاحقًا
kiosk-submit = سجّل حضوري
kiosk-back = رجوع
kiosk-thanks = شكرًا لك، تم تسجيل حضورك.
kiosk-next-person = يمكن للشخص التالي أن يبدأ بعد لحظة.
kiosk-facilitator = الميسّر
kiosk-pin-heading = أغلق الكشك
kiosk-pin-label = رمز PIN
kiosk-unlock = أغلق الكشك
kiosk-rank-heading = رتّب القضايا
kiosk-rank-help = المس القضايا بترتيب أهميتها لك: اللمسة الأولى هي خيارك الأول. المسها مرة أخرى لإزالتها.
kiosk-budget-heading = وزّع { $budget } نقطة
kiosk-budget-help = امنح نقاطك الـ{ $budget } للقضايا الأهم بالنسبة لك.
kiosk-points-for = النقاط لـ«{ $text }»
kiosk-ranked = { $count ->
    [0] لم ترتّب شيئًا بعد.
    [zero] رتّبت { $count } قضية.
    [one] رتّبت قضية واحدة.
    [two] رتّبت قضيتين.
    [few] رتّبت { $count } قضايا.
    [many] رتّبت { $count } قضية.
   *[other] رتّبت { $count } قضية.
}
kiosk-cast = أدلِ بصوتي
kiosk-ballot-thanks = شكرًا لك، تم احتساب صوتك.
kiosk-error-consent-required = لتعطينا بريدًا إلكترونيًا أو رقم هاتف، ضع علامة في الخانة التي تقول إنه يمكننا التواصل معك.
kiosk-error-invalid-zip = لا يبدو هذا الرمز البريدي صحيحًا. استخدم خمسة أرقام، أو اتركه فارغًا.
kiosk-error-invalid-email = لا يبدو عنوان البريد هذا صحيحًا. تحقّق منه، أو اتركه فارغًا.
kiosk-error-invalid-phone = لا يبدو رقم الهاتف هذا صحيحًا. تحقّق منه، أو اتركه فارغًا.
kiosk-error-empty-ballot = اختر قضية واحدة على الأقل أولًا.
kiosk-error-budget-mismatch = يجب أن يساوي مجموع نقاطك العدد المعروض. تحقّق من أرقامك.
kiosk-error-kiosk-pin-wrong = رمز PIN غير صحيح.
kiosk-error-other = حدث خطأ ما. يُرجى طلب المساعدة من الميسّر.
agenda-kind-closing = الختام
signin-not-given = غير مذكور
board-show-more = اعرض { $count } أخرى ({ $rest } غير معروضة)

## العُدد والحزم، ومكتب المنسّق، والإجراءات
nav-exchange = العُدد والحزم
nav-coordinator = المنسّق
nav-actions = الإجراءات
files-choose = اختر…
files-hint = اكتب مسار الملف أو الصقه، أو اختره، أو أفلت الملف على هذه النافذة.
files-many-hint = مسار واحد في كل سطر؛ اختر عدة ملفات معًا، أو أفلتها على هذه النافذة.
progress-of = { $done } من { $total } { $item }
exchange-heading = العُدد والحزم
exchange-this-laptop = هذا الحاسوب
exchange-fingerprint = بصمة هذا الحاسوب: { $fingerprint }
exchange-follows = يتبع المنسّق صاحب البصمة { $fingerprint }.
exchange-no-kit = لم تُستورد أي عُدّة بعد: استورد عُدّة المنسّق قبل الفعالية.
exchange-is-coordinator = هذا حاسوب المنسّق: البيانات الشخصية للحاضرين في الحزم مختومة له.
exchange-become-coordinator = اجعل هذا حاسوب المنسّق
exchange-sessions = الجلسات
exchange-kit-out = صدّر عُدّة (المنسّق، قبل الفعالية)
exchange-kit-out-help = تحمل العُدّة خطة الجلسات (جدول الأعمال والمجموعات والأسئلة والوسوم) ومفاتيحك، موقّعة. ضعها على ذاكرة USB لكل حاسوب.
exchange-kit-file = ملف العُدّة
exchange-export-kit = صدّر العُدّة
exchange-kit-written = كُتبت العُدّة في { $path } ({ $ops } تغييرًا).
exchange-kit-in = استورد العُدّة (كل حاسوب، قبل الفعالية)
exchange-kit-in-help = قارن البصمة التي تظهرها بالبصمة على شاشة المنسّق.
exchange-import-kit = استورد العُدّة
exchange-kit-imported = { $count ->
    [zero] استُوردت العُدّة: { $count } جلسة، { $ops } تغييرًا جديدًا.
    [one] استُوردت العُدّة: جلسة واحدة، { $ops } تغييرًا جديدًا.
    [two] استُوردت العُدّة: جلستان، { $ops } تغييرًا جديدًا.
    [few] استُوردت العُدّة: { $count } جلسات، { $ops } تغييرًا جديدًا.
    [many] استُوردت العُدّة: { $count } جلسة، { $ops } تغييرًا جديدًا.
   *[other] استُوردت العُدّة: { $count } جلسة، { $ops } تغييرًا جديدًا.
}
exchange-compare-fingerprint = بصمة المنسّق: { $fingerprint }. يجب أن تطابق ما على شاشة المنسّق.
exchange-kit-new-coordinator = نعم، هذه العُدّة من منسّقنا الجديد: استوردها
exchange-bundle-out = صدّر حزمة هذا الحاسوب (في نهاية الجلسة)
exchange-bundle-out-help = ملف واحد فيه كل ما دُوّن هنا، موقّع؛ والأسماء وبيانات التواصل مختومة بحيث لا يقرؤها إلا المنسّق.
exchange-bundle-file = ملف الحزمة
exchange-export-bundle = صدّر الحزمة
exchange-writing = جارٍ كتابة الحزمة والتحقق منها…
exchange-bundle-safe = كُتبت وتم التحقق منها. يمكنك نزع ذاكرة USB بأمان.
exchange-bundle-written = { $path }: { $ops } تغييرًا؛ البيانات الشخصية { $personal }.
exchange-personal-sealed = مختومة للمنسّق
exchange-personal-plaintext = مضمّنة دون تشفير
exchange-personal-left-out = غير مضمّنة (لم تُستورد عُدّة)
coordinator-heading = مكتب المنسّق
coordinator-import = استورد الحزم
coordinator-import-help = اختر كل الحزم من ذاكرات USB دفعة واحدة. تُفحص كل حزمة قبل قراءة أي شيء منها، وتُستورد كاملة أو لا تُستورد.
coordinator-bundle-files = ملفات الحزم
coordinator-import-go = استورد الحزم
coordinator-importing = جارٍ استيراد الحزم
coordinator-import-summary = استُورد { $imported }، وموجود من قبل { $already }، وبانتظار الاعتماد { $quarantined }، ومرفوض { $rejected }؛ و{ $conflicts } تعارضات جديدة.
coordinator-bundles = الحزم المستلمة
coordinator-no-bundles = لا حزم بعد.
coordinator-col-device = الحزمة
coordinator-col-facilitator = الحاسوب
coordinator-col-sessions = الجلسات
coordinator-col-received = وقت الاستلام
coordinator-col-counts = التغييرات
coordinator-col-signature = التوقيع والحالة
coordinator-ops = { $ops } ({ $new } جديدة)
coordinator-status-imported = التوقيع سليم، ودُمجت
coordinator-status-quarantined = التوقيع سليم، وبانتظار الاعتماد
coordinator-status-alarm = تنبيه: حزمة مختلفة تدّعي التغييرات نفسها
coordinator-status-rejected = مرفوضة
coordinator-status-already-had = موجودة من قبل
coordinator-devices = الحواسيب
coordinator-no-devices = لا حواسيب أخرى بعد.
coordinator-waiting = { $count ->
    [zero] { $count } حزمة بالانتظار
    [one] حزمة واحدة بالانتظار
    [two] حزمتان بالانتظار
    [few] { $count } حزم بالانتظار
    [many] { $count } حزمة بالانتظار
   *[other] { $count } حزمة بالانتظار
}
coordinator-approve = اعتمد
coordinator-reject = ارفض
coordinator-approved = { $count ->
    [zero] اعتُمد؛ ودُمجت حزمه المنتظرة وعددها { $count }.
    [one] اعتُمد؛ ودُمجت حزمته المنتظرة.
    [two] اعتُمد؛ ودُمجت حزمه المنتظرة وعددها { $count }.
    [few] اعتُمد؛ ودُمجت حزمه المنتظرة وعددها { $count }.
    [many] اعتُمد؛ ودُمجت حزمه المنتظرة وعددها { $count }.
   *[other] اعتُمد؛ ودُمجت حزمه المنتظرة وعددها { $count }.
}
device-state-self = هذا الحاسوب
device-state-coordinator = المنسّق
device-state-approved = معتمد
device-state-quarantined = بانتظار الاعتماد
device-state-revoked = مرفوض
coordinator-conflicts = التعارضات
coordinator-no-conflicts = لا تعارضات.
coordinator-conflict-title = «{ $title }»: { $field }
coordinator-conflict-winner = ما أبقاه الدمج
coordinator-conflict-loser = ما وُضع جانبًا
coordinator-conflict-by = { $device }، { $at }
coordinator-keep-this = أبقِ هذا
coordinator-own-value = أو اكتب القيمة الصحيحة
coordinator-keep-own = أبقِ ما كتبته
coordinator-resolved = حُلّ التعارض.
coordinator-board = لوحة القضايا المدمجة
coordinator-precinct = الدائرة
coordinator-board-count = { $count ->
    [zero] لا قضايا.
    [one] قضية واحدة.
    [two] قضيتان.
    [few] { $count } قضايا.
    [many] { $count } قضية.
   *[other] { $count } قضية.
}
coordinator-col-concern = القضية
coordinator-col-session = الجلسة
coordinator-col-group = المجموعة
coordinator-col-laptop = دُوّنت على
coordinator-col-dots = النقاط
actions-heading = الإجراءات
actions-new = إجراء جديد
actions-create = أنشئ الإجراء
actions-created = أُنشئ الإجراء.
actions-list = الإجراءات
actions-empty = لا إجراءات بعد.
action-title = الإجراء
action-response = ما الذي سيُفعل
action-owner = المسؤول
action-due = الموعد
action-precinct = الدائرة
action-basis = سبب التغيير
action-concerns = القضايا التي يستجيب لها
action-concerns-hint = ابحث في اللوحة المدمجة وحدّد القضايا.
basis-community-input = بناءً على آراء المجتمع
basis-result-based = بناءً على النتائج
action-status-planned = مخطط
action-status-in-progress = قيد التنفيذ
action-status-done = منجز
action-status-dropped = أُلغي
action-status-unchanged = الحالة دون تغيير
action-meta = المسؤول: { $owner } · الموعد { $due } · { $precinct }
action-update-text = تحديث عن «{ $title }»
action-update-status = الحالة الجديدة لـ«{ $title }»
action-add-update = أضف تحديثًا
report-heading = عرض النتائج: من كل قضية إلى ما تم فعله
report-precinct = الدائرة
report-precinct-hint = اتركه فارغًا لكل الدوائر.
report-empty = لا قضايا بعد.
report-raised = طُرحت في { $session } ({ $kind })، { $group }؛ { $dots } نقطة.
report-also-raised = { $count ->
    [zero] طُرحت { $count } مرة أخرى أيضًا، في: { $groups }.
    [one] طُرحت مرة أخرى أيضًا، في: { $groups }.
    [two] طُرحت مرتين أخريين أيضًا، في: { $groups }.
    [few] طُرحت { $count } مرات أخرى أيضًا، في: { $groups }.
    [many] طُرحت { $count } مرة أخرى أيضًا، في: { $groups }.
   *[other] طُرحت { $count } مرة أخرى أيضًا، في: { $groups }.
}
report-action = الإجراء: { $title } — { $status } (آخر تحديث { $updated }).
report-no-action = لا إجراء بعد (الحالة: { $status }).

## التقارير والتصدير
nav-reports = التقارير والتصدير
reports-heading = التقارير والتصدير
reports-pdf-heading = تقرير PDF
reports-pdf-kind = التقرير
reports-pdf-summary = ملخص الجلسة
reports-pdf-signin-sheet = ورقة تسجيل حضور للطباعة (فارغة)
reports-pdf-report-back = نشرة عرض النتائج
reports-pdf-cpp = تحديث خطة الشرطة المجتمعية
reports-pdf-help-summary = الحضور بالأعداد (دون أسماء أبدًا)، وجدول الأعمال المخطط مقابل الفعلي، وأكثر القضايا تصويتًا، والقضايا حسب المحور والموضوع، وملاحظات كل مجموعة، والإجراءات.
reports-pdf-help-signin-sheet = ورقة فارغة بعنوان هذه الجلسة، لحين تعذّر استخدام الحواسيب. اختر لغة ثانية لطباعة كل عمود باللغتين.
reports-pdf-help-report-back = ما طرحته هذه الدائرة، وما تم إنجازه، وما سيأتي، لاجتماع عرض النتائج. الأفضل مع لغة ثانية.
reports-pdf-help-cpp = التحديث نصف السنوي عبر جلسات هذه الدائرة: الآراء والأولويات، وحال الجهود الحالية، والاستجابات الجديدة أو المعدّلة، وما تمت مشاركته.
reports-language = اللغة
reports-second-language = اللغة الثانية
reports-second-language-hint = تُطبع تحت الأولى، للجلسات المترجمة.
reports-no-second = لا شيء
reports-paper = الورق
reports-paper-letter = Letter الأمريكي
reports-paper-a4 = A4
reports-file = احفظ باسم
reports-write-pdf = أنشئ ملف PDF
reports-written = كُتب في { $path } ({ $size } بايت).
reports-csv-heading = جداول CSV
reports-csv-help = لجداول البيانات. كل خلية قد تقرؤها جداول البيانات على أنها صيغة تُكتب بحيث تبقى نصًا.
reports-table = الجدول
reports-table-concerns = القضايا
reports-table-signins = تسجيلات الحضور
reports-table-votes = الأصوات والنتائج
reports-table-actions = الإجراءات
reports-bom = ابدأ بعلامة ترتيب البايتات (لبرنامج Excel)
reports-personal = ضمّن الأسماء والبريد وأرقام الهاتف (لتسجيلات الحضور فقط)
reports-write-csv = أنشئ ملف CSV
reports-import-heading = استورد أوراقًا منسوخة
reports-import-help = ورقة تسجيل حضور ورقية أو قالب جدول أعمال، منسوخ في جدول بيانات ومحفوظ بصيغة CSV. يُفحص كل صف أولًا.
reports-import-table = ما يحتويه الملف
reports-import-signins = تسجيلات حضور من ورقة
reports-import-agenda = قالب جدول أعمال
reports-import-file = ملف CSV
reports-skip-invalid = استورد الصفوف الصالحة حتى لو كانت في بعضها مشكلات
reports-import-go = استورد
reports-imported = { $count ->
    [zero] لم يُستورد أي صف.
    [one] استُورد صف واحد.
    [two] استُورد صفان.
    [few] استُوردت { $count } صفوف.
    [many] استُورد { $count } صفًا.
   *[other] استُورد { $count } صف.
}
reports-import-skipped = { $count ->
    [zero] تُرك { $count } صف بسبب مشكلات:
    [one] تُرك صف واحد بسبب مشكلة:
    [two] تُرك صفان بسبب مشكلات:
    [few] تُركت { $count } صفوف بسبب مشكلات:
    [many] تُرك { $count } صفًا بسبب مشكلات:
   *[other] تُرك { $count } صف بسبب مشكلات:
}
device-state-unknown = لم يُرَ من قبل
exchange-personal-none = لا توجد في هذه الحزمة
ledger-detail-seq-alarm = استخدم الحاسوب المُرسِل أرقام التسلسل هذه من قبل لتغييرات أخرى
ledger-detail-device-revoked = رُفض الحاسوب المُرسِل، لذا لن تُدمج
field-programme-name = الاسم
field-programme-description = الوصف
field-session-programme-id = البرنامج
field-session-title = العنوان
field-session-kind = نوع الجلسة
field-session-precinct = الدائرة
field-session-place = المكان
field-session-starts-at = وقت البدء
field-session-room-minutes = مدة حجز القاعة (بالدقائق)
field-session-languages = اللغات المستخدمة
field-session-interpreted = اللغات المترجمة
field-agenda-title = العنوان
field-agenda-kind = نوع البند
field-agenda-presenter = المقدِّم
field-agenda-planned-minutes = الدقائق المخططة
field-agenda-position = الترتيب في جدول الأعمال
field-agenda-started-at = بدأ في
field-agenda-finished-at = انتهى في
field-group-name = اسم المجموعة
field-group-topic = الموضوع
field-group-facilitator = الميسّر
field-group-note-taker = مدوّن الملاحظات
field-group-language = اللغة
field-question-text = السؤال
field-question-language = اللغة
field-question-position = الترتيب في القائمة
field-signin-neighbourhood = الحي
field-signin-zip = الرمز البريدي
field-signin-language = اللغة المفضلة
field-signin-interpreter = يحتاج إلى مترجم
field-signin-accessibility = احتياجات الوصول
field-signin-role = الصفة
field-signin-consent-to-contact = الموافقة على التواصل
field-signin-group-id = مجموعة النقاش
field-concern-group-id = مجموعة النقاش
field-concern-question-id = سؤال النقاش
field-concern-text = النص
field-concern-language = اللغة التي قيل بها
field-concern-interpretation = الترجمة
field-concern-interpretation-language = لغة الترجمة
field-concern-location = الموقع
field-concern-tags = الوسوم
field-concern-status = الحالة
field-concern-duplicate-of = مكرر عن
field-action-precinct = الدائرة
field-action-title = الإجراء
field-action-response = الاستجابة المخططة
field-action-owner = المسؤول
field-action-due = الموعد النهائي
field-action-status = الحالة
field-action-basis = سبب التغيير
field-action-concern-ids = المخاوف التي يعالجها
field-tag-label = الاسم
field-tag-kind = نوع الوسم
field-tag-pillar = الركيزة
duration-years =
    { $count ->
        [zero] أقل من سنة
        [one] سنة
        [two] سنتين
        [few] { $count } سنوات
        [many] { $count } سنة
       *[other] { $count } سنة
    }
duration-days =
    { $count ->
        [zero] أقل من يوم
        [one] يوم
        [two] يومين
        [few] { $count } أيام
        [many] { $count } يومًا
       *[other] { $count } يوم
    }
duration-hours =
    { $count ->
        [zero] أقل من ساعة
        [one] ساعة
        [two] ساعتين
        [few] { $count } ساعات
        [many] { $count } ساعة
       *[other] { $count } ساعة
    }
duration-minutes =
    { $count ->
        [zero] أقل من دقيقة
        [one] دقيقة
        [two] دقيقتين
        [few] { $count } دقائق
        [many] { $count } دقيقة
       *[other] { $count } دقيقة
    }
clock-ahead = كانت ساعة { $device } متقدّمة بنحو { $duration }؛ أوقاته معلّمة بأنها غير مؤكدة.
clock-behind = كانت ساعة { $device } متأخّرة بنحو { $duration }؛ أوقاته معلّمة بأنها غير مؤكدة.
entity-programme = البرامج
entity-session = الجلسات
entity-agenda = بنود جدول الأعمال
entity-group = مجموعات النقاش
entity-question = أسئلة النقاش
entity-signin = تسجيلات الحضور
entity-signin-contact = الأسماء وبيانات التواصل
entity-concern = المخاوف
entity-note = الملاحظات
entity-dot-count = عدّ النقاط
entity-ballot = أوراق الاقتراع
entity-action = الإجراءات
entity-action-update = مستجدات الإجراءات
entity-tag = الوسوم
coordinator-import-held =
    { $count ->
        [zero] لا توجد تغييرات تنتظر مراجعتك.
        [one] تغيير واحد ينتظر مراجعتك في «تغييرات للمراجعة».
        [two] تغييران ينتظران مراجعتك في «تغييرات للمراجعة».
        [few] { $count } تغييرات تنتظر مراجعتك في «تغييرات للمراجعة».
        [many] { $count } تغييرًا ينتظر مراجعتك في «تغييرات للمراجعة».
       *[other] { $count } تغيير ينتظر مراجعتك في «تغييرات للمراجعة».
    }
coordinator-import-refused =
    { $count ->
       [zero] رُفض { $count } تغيير: خارج ما أُسند إلى الحاسوب أو لا يناسب الحقل. لا تُحتسب؛ تظهر في صفوف الحزم.
        [one] رُفض تغيير واحد: كان خارج ما أُسند إلى حاسوبه أو لا يناسب حقله. لا يُحتسب؛ يظهر في صف الحزمة.
        [two] رُفض تغييران: خارج ما أُسند إلى الحاسوب أو لا يناسبان الحقل. لا يُحتسبان؛ يظهران في صفوف الحزم.
        [few] رُفضت { $count } تغييرات: خارج ما أُسند إلى الحاسوب أو لا تناسب الحقل. لا تُحتسب؛ تظهر في صفوف الحزم.
        [many] رُفض { $count } تغييرًا: خارج ما أُسند إلى الحاسوب أو لا يناسب الحقل. لا تُحتسب؛ تظهر في صفوف الحزم.
       *[other] رُفض { $count } تغيير: خارج ما أُسند إلى الحاسوب أو لا يناسب الحقل. لا تُحتسب؛ تظهر في صفوف الحزم.
    }
coordinator-held-refused = قيد المراجعة: { $held }، مرفوضة: { $refused }
coordinator-held = تغييرات للمراجعة
coordinator-held-help = غيّرت حواسيب معتمدة سجلات ليست لها (لحاسوب آخر أو لك)، أو حذفت كثيرًا منها دفعة واحدة. لا يُحتسب شيء هنا حتى تقبله.
coordinator-no-held = لا توجد تغييرات تنتظر المراجعة.
coordinator-held-set = يريد { $device } جعل { $field } «{ $value }»
coordinator-held-delete = يريد { $device } حذفه
coordinator-accept = قبول
coordinator-refuse = رفض
coordinator-change-accepted = قُبل؛ أصبح يُحتسب الآن.
coordinator-change-refused = رُفض؛ لن يُحتسب أبدًا.
coordinator-approve-only = لبعض الجلسات فقط
coordinator-approve-only-hint = اختر الجلسات التي أدارها هذا الحاسوب. إن لم تختر شيئًا فسيُعتمد لكل جلسات خطتك.
coordinator-revoke = اعرض ما يتراجع عنه الإلغاء
coordinator-revoke-heading = إلغاء اعتماد { $device }
coordinator-revoke-from = التراجع عن تغييراته
coordinator-revoke-from-all = كلها
coordinator-revoke-from-bundle = من الحزمة { $bundle } فصاعدًا (استُلمت { $at })
coordinator-revoke-preview = إلغاء اعتماد { $device } من التغيير { $seq } فصاعدًا يتراجع عن { $count } من تغييراته:
coordinator-revoke-kind = { $kind }: يعود { $restored }، يُزال { $removed }، يرجع إلى ما كان { $changed }
coordinator-revoke-go = ألغِ الاعتماد وتراجع عن هذه
coordinator-cancel = إلغاء
coordinator-revoked = أُلغي الاعتماد. ستُرفض حزمه؛ تبقى تغييراته في السجل مُعلَّمة ولا تُحتسب بعد الآن.
coordinator-revoked-from = أُلغي اعتماده من التغيير { $seq }
coordinator-asks = تذكر حزمه: { $sessions }
coordinator-not-given = كتب في جلسات لم تُسند إليه: { $sessions }. لا يُحتسب ما فعله هناك حتى تُسندها إليه.
coordinator-give = أسند إليه هذه الجلسات
coordinator-given = أُسند إليه: { $sessions }
session-scope-given = مُسندة
session-scope-own = أنشأها بنفسه
session-scope-not-given = غير مُسندة
time-approximate = كانت ساعة حاسوبه خاطئة: الوقت مُصحَّح وتقريبي.
time-about = نحو { $time }
exchange-kit-own-elsewhere =
    { $count ->
       [zero] لدى المنسّق { $count } تغيير من هذا الحاسوب لم تعد عليه (استُعيد من نسخة احتياطية أقدم). هي آمنة هناك، وتُرقَّم التغييرات الجديدة بعدها.
        [one] لدى المنسّق تغيير واحد من هذا الحاسوب لم يعد عليه (استُعيد من نسخة احتياطية أقدم). هو آمن هناك، وتُرقَّم التغييرات الجديدة بعده.
        [two] لدى المنسّق تغييران من هذا الحاسوب لم يعودا عليه (استُعيد من نسخة احتياطية أقدم). هما آمنان هناك، وتُرقَّم التغييرات الجديدة بعدهما.
        [few] لدى المنسّق { $count } تغييرات من هذا الحاسوب لم تعد عليه (استُعيد من نسخة احتياطية أقدم). هي آمنة هناك، وتُرقَّم التغييرات الجديدة بعدها.
        [many] لدى المنسّق { $count } تغييرًا من هذا الحاسوب لم تعد عليه (استُعيد من نسخة احتياطية أقدم). هي آمنة هناك، وتُرقَّم التغييرات الجديدة بعدها.
       *[other] لدى المنسّق { $count } تغيير من هذا الحاسوب لم تعد عليه (استُعيد من نسخة احتياطية أقدم). هي آمنة هناك، وتُرقَّم التغييرات الجديدة بعدها.
    }
coordinator-revoke-summary = إلغاء اعتماد هذا الحاسوب…
ledger-detail-resolved = إنذار حلّه حاسوبه باتخاذ هوية جديدة وإرسال عمله من جديد
ledger-detail-merge-failed = ما زالت محفوظة: تعذّر دمجها عند اعتماد حاسوبها؛ أصلح السبب ثم اعتمد من جديد
settings-backup = نسخ احتياطي لهذا الحاسوب
settings-backup-intro = ملف واحد يضم كل ما سجّله هذا الحاسوب ومفاتيحه، مقفل بعبارة مرور. أنشئه بعد كل جلسة واحفظه بعيدًا عن الحاسوب.
settings-backup-file = ملف النسخة الاحتياطية
settings-backup-passphrase = عبارة المرور
settings-backup-passphrase-hint = 10 أحرف على الأقل. بضع كلمات عادية سهلة التذكّر؛ ومن دونها لا يمكن فتح النسخة.
settings-backup-passphrase-again = عبارة المرور مرة أخرى
settings-backup-mismatch = عبارتا المرور مختلفتان. اكتب العبارة نفسها مرتين.
settings-backup-now = انسخ احتياطيًا الآن
settings-backup-done = حُفظت النسخة في { $path }. احفظ عبارة المرور بعيدًا عن الملف.
settings-backup-done-coordinator = حُفظت النسخة في { $path } مع هوية المنسّق: من يملك الملف وعبارة المرور يستطيع اعتماد الحزم باسمك. احفظهما منفصلين في مكان آمن.
settings-restore = الاستعادة من نسخة احتياطية
settings-restore-intro = لحاسوب فُقد أو تعطّل: تُستعاد نسخته إلى ملف قاعدة بيانات جديد ويفتحه هذا التطبيق. يواصل الحاسوب بهوية جديدة مرتبطة بالقديمة، فيظل المنسّق يثق به.
settings-restore-file = ملف النسخة المراد استعادته
settings-restore-database = ملف قاعدة بيانات جديد
settings-restore-now = استعادة وفتح
settings-restored = تمت الاستعادة إلى { $path } وفُتحت. يوقّع هذا الحاسوب الآن بالهوية { $new } المرتبطة بـ { $old }.
settings-missing-device-key = لا يوجد مفتاح الجهاز بجانب قاعدة البيانات هذه ({ $path })، لذا لا يمكنها توقيع الحزم. استعدها من نسخة احتياطية أدناه، أو انسخ ملف المفتاح إلى مكانه.
settings-missing-coordinator-identity = لا يوجد ملف الهوية بجانب قاعدة بيانات المنسّق هذه ({ $path })، لذا لا يمكن فتح الأسماء المختومة في الحزم. استعدها من نسخة احتياطية أدناه، أو انسخ ملف الهوية إلى مكانه.
capture-redact = إزالة: يذكر شخصًا
capture-redact-explain = يمحو الكلمات من هذا الحاسوب، ومن المنسّق والحواسيب الأخرى حين يصلها الحذف. الحزم المكتوبة من قبل تحتفظ بها.
capture-redact-confirm = أزِلها
capture-redact-cancel = أبقِها
signin-redact = إزالة: بياناته
capture-redacted = أُزيل. ومُحيت كلماته من سجل هذا الحاسوب أيضًا.
capture-redacted-bundles-before =
    { $count ->
        [zero] أُزيل. ومُحيت كلماته من سجل هذا الحاسوب أيضًا.
        [one] أُزيل. ومُحيت كلماته من سجل هذا الحاسوب أيضًا، لكن حزمة واحدة كُتبت من قبل ما زالت تحملها: احذف ذلك الملف.
        [two] أُزيل. ومُحيت كلماته من سجل هذا الحاسوب أيضًا، لكن حزمتين كُتبتا من قبل ما زالتا تحملانها: احذف الملفين.
        [few] أُزيل. ومُحيت كلماته من سجل هذا الحاسوب أيضًا، لكن { $count } حزم كُتبت من قبل ما زالت تحملها: احذف تلك الملفات.
       [many] أُزيل. ومُحيت كلماته من سجل هذا الحاسوب أيضًا، لكن { $count } حزمة كُتبت من قبل ما زالت تحملها: احذف تلك الملفات.
       *[other] أُزيل. ومُحيت كلماته من سجل هذا الحاسوب أيضًا، لكن { $count } حزمة كُتبت من قبل ما زالت تحملها: احذف تلك الملفات.
    }
coordinator-held-redact = { $device } سيزيله بوصفه معلومات شخصية: القبول يمحو كلماته هنا وعلى كل حاسوب نهائيًا
language-review-proposed = لم يراجعه بعدُ متحدث أصلي
language-review-reviewed = راجعه متحدث أصلي
language-review-source = اللغة التي كُتب بها Convene
settings-language-review = الترجمات الموسومة «{ language-review-proposed }» أُعدّت بعناية، لكن لم يتحقق منها متحدث أصلي بعد؛ ويشرح README كيف يمكن لمنظمة مجتمعية مراجعتها.
