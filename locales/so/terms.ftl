## The termbase: one word for each thing, used by every message (app, command line, PDFs, CSV).
## A message writes { -concern } instead of retyping the word.
-concern = welwel
-session = kulan
-breakout-group = koox wada-hadal
-sign-in = diiwaangelin
-ballot = warqadda codbixinta
-dot = dhibic
-precinct = saldhigga booliska
-coordinator = isku-duwe
-facilitator = hagaha kooxda
-bundle = xirmo
-kit = qalab
-resident = qof deegaanka ku nool
