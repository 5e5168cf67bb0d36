## The termbase: one word for each thing, used by every message (app, command line, PDFs, CSV).
## A message writes { -concern } instead of retyping the word.
-concern = ስጋት
-session = ስብሰባ
-breakout-group = የውይይት ቡድን
-sign-in = ምዝገባ
-ballot = የድምፅ መስጫ ወረቀት
-dot = ነጥብ
-precinct = ፖሊስ ጣቢያ ክልል
-coordinator = አስተባባሪ
-facilitator = አወያይ
-bundle = ጥቅል
-kit = ኪት
-resident = የአካባቢው ነዋሪ
