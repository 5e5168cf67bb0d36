## The termbase: one word for each thing, used by every message (app, command line, PDFs, CSV).
## A message writes { -concern } instead of retyping the word.
-concern = concern
-session = session
-breakout-group = breakout group
-sign-in = sign-in
-ballot = ballot
-dot = dot
-precinct = precinct
-coordinator = coordinator
-facilitator = facilitator
-bundle = bundle
-kit = kit
-resident = resident
