## عناوين الأعمدة في ملفات CSV المصدّرة والمستوردة. المفاتيح هي أسماء الأعمدة الثابتة.

csv-col-id = المعرّف
csv-col-session = الجلسة
csv-col-group = المجموعة
csv-col-status = الحالة
csv-col-text = النص
csv-col-language = اللغة
csv-col-interpretation = الترجمة الشفوية
csv-col-interpretation_language = لغة الترجمة
csv-col-tags = الوسوم
csv-col-location = المكان
csv-col-duplicate_of = مكرّرة من
csv-col-dots = النقاط
csv-col-created_at = وقت التسجيل
csv-col-time_in = وقت الوصول
csv-col-role = الصفة
csv-col-interpreter = يحتاج مترجمًا
csv-col-neighbourhood = الحي
csv-col-zip = الرمز البريدي
csv-col-accessibility = احتياجات الوصول
csv-col-consent = موافقة على التواصل
csv-col-name = الاسم
csv-col-email = البريد الإلكتروني
csv-col-phone = الهاتف
csv-col-concern = القضية
csv-col-borda = نقاط بوردا
csv-col-first_choices = الخيارات الأولى
csv-col-runoff = الجولات الفورية
csv-col-budget = نقاط الميزانية
csv-col-title = العنوان
csv-col-basis = الأساس
csv-col-owner = المسؤول
csv-col-due = الموعد
csv-col-response = الاستجابة المخططة
csv-col-concerns = القضايا
csv-col-updates = التحديثات
csv-col-latest_update = آخر تحديث
csv-col-minutes = الدقائق
csv-col-presenter = المقدّم
csv-col-kind = النوع
csv-runoff-winner = الفائزة
csv-runoff-out = خرجت في الجولة { $round }
csv-problem-unknown-column = «{ $heading }» ليس عمودًا يعرفه هذا الاستيراد. استخدم: { $allowed }.
csv-problem-missing-column = العمود المطلوب «{ $column }» غير موجود.
csv-problem-not-yes-no = «{ $value }» ليست نعم ولا لا. اكتب «{ $yes }» أو «{ $no }».
csv-problem-not-a-number = «{ $value }» ليس عددًا صحيحًا.
csv-problem-unknown-group = لا توجد مجموعة نقاش «{ $value }» في هذه الجلسة.
csv-problem-unreadable = تعذّرت قراءة هذا السطر بصيغة CSV: { $detail }

## تقارير PDF. الرسائل المشتركة مع التطبيق (أنواع الجلسات والصفات والحالات) تأتي من ui.ftl.

pdf-kind-summary = ملخص الجلسة
pdf-kind-signin-sheet = ورقة تسجيل الحضور
pdf-kind-report-back = ما قلتموه لنا، وما الذي حدث
pdf-kind-cpp = تحديث خطة الشرطة المجتمعية
pdf-page = الصفحة { $page } من { $pages }
pdf-prepared = أُعدّ في { $date } باستخدام Convene
pdf-precinct = الدائرة { $precinct }
pdf-all-precincts = كل الدوائر
pdf-not-given = غير مذكور
pdf-none-yet = لا شيء بعد.
language-name = { $code ->
    [en] الإنجليزية
    [es] الإسبانية
    [zh-Hant] الصينية (التقليدية)
    [zh] الصينية
    [yue] الكانتونية
    [vi] الفيتنامية
    [ru] الروسية
    [so] الصومالية
    [ko] الكورية
    [am] الأمهرية
    [ar] العربية
    [ti] التغرينية
    [tl] التاغالوغية
    [uk] الأوكرانية
    [unknown] غير مذكورة
   *[other] { $code }
  }

## ملخص الجلسة
pdf-attendance = الحضور
pdf-attendance-total = { $count ->
    [zero] لم يسجّل أحد حضوره.
    [one] سجّل شخص واحد حضوره.
    [two] سجّل شخصان حضورهما.
    [few] سجّل { $count } أشخاص حضورهم.
    [many] سجّل { $count } شخصًا حضورهم.
   *[other] سجّل { $count } شخص حضورهم.
  }
pdf-attendance-interpreter = { $count ->
    [0] لم يطلب أحد مترجمًا.
    [zero] طلب { $count } شخص مترجمًا.
    [one] طلب شخص واحد مترجمًا.
    [two] طلب شخصان مترجمًا.
    [few] طلب { $count } أشخاص مترجمًا.
    [many] طلب { $count } شخصًا مترجمًا.
   *[other] طلب { $count } شخص مترجمًا.
  }
pdf-attendance-anonymous = { $count ->
    [0] ذكر الجميع حيًّا أو رمزًا بريديًا على الأقل.
    [zero] سجّل { $count } شخص حضورهم دون اسم.
    [one] سجّل شخص واحد حضوره دون اسم.
    [two] سجّل شخصان حضورهما دون اسم.
    [few] سجّل { $count } أشخاص حضورهم دون اسم.
    [many] سجّل { $count } شخصًا حضورهم دون اسم.
   *[other] سجّل { $count } شخص حضورهم دون اسم.
  }
pdf-attendance-privacy = يعدّ هذا التقرير الأشخاص ولا يذكر أسماءهم أبدًا.
pdf-by-language = حسب اللغة
pdf-by-role = حسب الصفة
pdf-by-neighbourhood = حسب الحي أو الرمز البريدي
pdf-col-people = الأشخاص
pdf-agenda = جدول الأعمال: المخطط والفعلي
pdf-col-item = البند
pdf-col-presenter = المقدّم
pdf-col-planned = المخطط (دقيقة)
pdf-col-actual = الفعلي (دقيقة)
pdf-col-difference = الفرق
pdf-agenda-total = المجموع
pdf-agenda-not-run = لم يُنفّذ
pdf-top-concerns = أكثر القضايا تصويتًا
pdf-no-votes = لم تُسجّل أي أصوات في هذه الجلسة.
pdf-by-tag = القضايا حسب المحور والموضوع
pdf-col-pillar = المحور
pdf-col-topic = الموضوع
pdf-col-concerns = القضايا
pdf-untagged = بلا وسم
pdf-notes = الملاحظات حسب المجموعة
pdf-whole-room = القاعة كلها
pdf-actions = الإجراءات
pdf-col-action = الإجراء
pdf-col-owner = المسؤول
pdf-col-due = الموعد
pdf-col-status = الحالة
pdf-col-basis = الأساس
pdf-all-concerns = كل القضايا المطروحة
pdf-col-concern = القضية
pdf-col-group = المجموعة
pdf-col-dots = النقاط
pdf-interpreted = الترجمة ({ $language })

## ورقة تسجيل الحضور
pdf-signin-intro = أهلًا بكم. يُرجى الكتابة بخط واضح. الاسم وبيانات التواصل اختيارية؛ لا نستخدمها إلا لنرسل إليكم ما ينتج عن هذا الاجتماع، وفقط إذا وضعتم علامة في الخانة الأخيرة.
pdf-signin-name = الاسم (اختياري)
pdf-signin-neighbourhood = الحي أو الرمز البريدي
pdf-signin-language = اللغة المفضلة
pdf-signin-interpreter = مترجم؟
pdf-signin-role = من أهل الحي، صاحب عمل، منظمة، موظف بلدية أو شرطة
pdf-signin-contact = البريد أو الهاتف (اختياري)
pdf-signin-consent = هل نتواصل معك؟

## نشرة عرض النتائج
pdf-handout-intro = { $sessions ->
    [zero] في { $sessions } اجتماع
    [one] في اجتماع واحد
    [two] في اجتماعين
    [few] في { $sessions } اجتماعات
    [many] في { $sessions } اجتماعًا
   *[other] في { $sessions } اجتماع
  }، حدّثنا { $people ->
    [zero] { $people } شخص
    [one] شخص واحد
    [two] شخصان
    [few] { $people } أشخاص
    [many] { $people } شخصًا
   *[other] { $people } شخص
  } عن { $concerns ->
    [zero] { $concerns } قضية
    [one] قضية واحدة
    [two] قضيتين
    [few] { $concerns } قضايا
    [many] { $concerns } قضية
   *[other] { $concerns } قضية
  }. هذا ما سمعناه، وما فعلناه، وما سيأتي بعد ذلك.
pdf-handout-raised = ما طرحتموه
pdf-handout-done = ما تم إنجازه
pdf-handout-next = ما سيأتي بعد ذلك
pdf-raised-count = { $count ->
    [zero] طُرحت { $count } مرة
    [one] طُرحت مرة واحدة
    [two] طُرحت مرتين
    [few] طُرحت { $count } مرات
    [many] طُرحت { $count } مرة
   *[other] طُرحت { $count } مرة
  }، { $dots ->
    [zero] بلا أصوات
    [one] صوت واحد
    [two] صوتان
    [few] { $dots } أصوات
    [many] { $dots } صوتًا
   *[other] { $dots } صوت
  }
pdf-handout-nothing-done = لم يكتمل شيء بعد؛ الإجراءات الجارية مذكورة فيما يلي.
pdf-handout-nothing-next = لا توجد إجراءات أخرى مخططة بعد.
pdf-action-lead = المسؤول: { $owner }
pdf-action-latest = آخر تحديث ({ $date }): { $text }

## تحديث خطة الشرطة المجتمعية
pdf-cpp-period = { $sessions ->
    [zero] { $sessions } جلسة
    [one] جلسة واحدة
    [two] جلستان
    [few] { $sessions } جلسات
    [many] { $sessions } جلسة
   *[other] { $sessions } جلسة
  }، من { $from } إلى { $to }
pdf-cpp-feedback = آراء المجتمع وأولوياته
pdf-cpp-feedback-intro = من الاستبيانات والقمم والمجموعات الصغيرة: { $people ->
    [zero] { $people } تسجيل حضور
    [one] تسجيل حضور واحد
    [two] تسجيلا حضور
    [few] { $people } تسجيلات حضور
    [many] { $people } تسجيل حضور
   *[other] { $people } تسجيل حضور
  } و{ $concerns ->
    [zero] { $concerns } قضية
    [one] قضية واحدة
    [two] قضيتان
    [few] { $concerns } قضايا
    [many] { $concerns } قضية
   *[other] { $concerns } قضية
  }، الأكثر تصويتًا أولًا.
pdf-cpp-effectiveness = مدى فعالية الجهود الحالية
pdf-cpp-effectiveness-counts = أُنجز { $done }، وجارٍ { $progress }، ومخطط { $planned }، وأُلغي { $dropped }.
pdf-cpp-responses = استجابات جديدة أو معدّلة
pdf-cpp-shared = ما تمت مشاركته مع المجتمع
pdf-cpp-no-sharing = لم يُعقد بعد أي اجتماع لعرض النتائج في هذه الدائرة.
pdf-col-session = الجلسة
pdf-col-date = التاريخ

# طريقة كتابة التاريخ في هذه اللغة، بصيغة strftime.
date-format = %-d %B %Y
pdf-interpretation = الترجمة
csv-problem-duplicate-column = يظهر العمود «{ $heading }» مرتين؛ لا يمكن معرفة أيهما المقصود. احذف أحدهما أو غيّر اسمه.
pdf-text-cut = (اقتُطع هنا: النص كاملًا في ملف CSV المُصدَّر)
csv-yes-words = نعم
csv-no-words = لا
