## The termbase: one word for each thing, used by every message (app, command line, PDFs, CSV).
## A message writes { -concern } instead of retyping the word.
-concern = مصدر قلق
-session = جلسة
-breakout-group = مجموعة نقاش
-sign-in = تسجيل الحضور
-ballot = ورقة اقتراع
-dot = ملصق نقطة
-precinct = دائرة الشرطة
-coordinator = المنسّق
-facilitator = الميسّر
-bundle = حزمة
-kit = عُدّة
-resident = من أهل الحي
