## The termbase: one word for each thing, used by every message (app, command line, PDFs, CSV).
## A message writes { -concern } instead of retyping the word.
-concern = inquietud
-session = sesión
-breakout-group = grupo de trabajo
-sign-in = registro de asistencia
-ballot = boleta
-dot = punto
-precinct = distrito policial
-coordinator = coordinación
-facilitator = facilitador o facilitadora
-bundle = paquete
-kit = kit
-resident = vecino o vecina
