## The termbase: one word for each thing, used by every message (app, command line, PDFs, CSV).
## A message writes { -concern } instead of retyping the word.
-concern = вопрос жителей
-session = встреча
-breakout-group = группа обсуждения
-sign-in = регистрация
-ballot = бюллетень
-dot = наклейка
-precinct = участок
-coordinator = координатор
-facilitator = ведущий
-bundle = пакет
-kit = комплект
-resident = житель
