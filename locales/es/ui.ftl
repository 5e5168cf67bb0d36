## Las pantallas de la aplicación de escritorio.

nav-label = Pantallas
nav-sessions = Sesiones
nav-setup = Preparación
nav-run = Conducción
nav-signin = Registro
nav-capture = Captura
nav-board = Tablero de temas
nav-voting = Votación
nav-settings = Ajustes
skip-to-content = Saltar al contenido
header-session = Sesión: { $title }
header-no-session = Ninguna sesión abierta
working = Trabajando…
save = Guardar
saved = Guardado.
none-yet = Todavía nada.
minutes = { $n ->
    [one] { $n } minuto
   *[other] { $n } minutos
}
minutes-short = min
language-code-hint = Un código de idioma como en, es, zh-Hant, vi, so, am o ar.
import-problems = { $count ->
    [one] Una fila tiene un problema, así que no se importó nada:
   *[other] { $count } filas tienen problemas, así que no se importó nada:
}
import-problem = Línea { $line }, columna «{ $column }»: { $message }

session-kind-summit = Cumbre del distrito
session-kind-small-group = Grupo pequeño
session-kind-report-back = Reunión de rendición de cuentas
session-kind-workshop = Taller
agenda-kind-welcome = Bienvenida
agenda-kind-presentation = Presentación
agenda-kind-discussion = Conversación
agenda-kind-breakout = Grupos de trabajo
agenda-kind-report-out = Puesta en común
agenda-kind-vote = Votación
agenda-kind-break = Descanso
role-resident = Vecino o vecina
role-business = Comercio
role-organisation = Organización comunitaria
role-city-staff = Personal municipal
role-police = Policía
status-new = Nuevo
status-under-review = En revisión
status-action-planned = Acción prevista
status-in-progress = En marcha
status-done = Hecho
status-not-pursued = Descartado
tag-kind-pillar = Pilar
tag-kind-topic = Tema
ballot-kind-rank = Boleta por orden de preferencia
ballot-kind-budget = Boleta de presupuesto

sessions-heading = Sesiones
sessions-empty = Aún no hay sesiones. Cree una abajo o abra la cumbre de demostración.
sessions-demo = Abrir la cumbre de demostración
sessions-col-title = Sesión
sessions-col-kind = Tipo
sessions-col-precinct = Distrito
sessions-col-starts = Empieza
sessions-col-counts = Hasta ahora
sessions-col-actions = Acciones
sessions-counts = Registros: { $signins } · Inquietudes: { $concerns } · Grupos: { $groups }
sessions-open = Abrir
sessions-duplicate = Duplicar…
sessions-duplicate-title = Título de la nueva sesión
sessions-duplicate-go = Hacer la copia
sessions-copy-title = { $title } (segunda ronda)
sessions-new = Nueva sesión
sessions-create = Crear la sesión
session-title = Título
session-kind = Tipo
session-precinct = Distrito
session-place = Lugar
session-starts = Empieza a las
session-room-minutes = Sala reservada por (minutos)
session-room-minutes-hint = El total de la agenda se compara con esto.
session-languages = Idiomas hablados
session-interpreted = Idiomas con interpretación
session-languages-hint = Códigos de idioma separados por comas, como en, es, vi.

setup-heading = Preparación
agenda-heading = Agenda
agenda-help = Arrastre un punto por su asa, o ponga el foco en el asa y pulse Alt+↑ o Alt+↓ para moverlo.
agenda-reorder = Mover «{ $title }», punto { $place } de { $count }
agenda-minutes-for = Minutos previstos para «{ $title }»
agenda-up = Subir «{ $title }»
agenda-down = Bajar «{ $title }»
agenda-remove = Quitar «{ $title }»
agenda-total = Previsto: { $planned } minutos.
agenda-within-booking = Previsto: { $planned } de los { $booked } minutos de reserva de la sala.
agenda-over-booking = Previsto: { $planned } minutos, { $over } más que los { $booked } de reserva de la sala. Acorte o quite algún punto.
agenda-add = Añadir punto
agenda-item-title = Punto
agenda-item-minutes = Minutos
agenda-item-kind = Tipo
agenda-item-presenter = Presenta
agenda-import-template = Añadir puntos desde una plantilla de agenda (CSV)…
agenda-imported = { $count ->
    [one] Se añadió un punto a la agenda.
   *[other] Se añadieron { $count } puntos a la agenda.
}
groups-heading = Grupos de trabajo
groups-empty = Aún no hay grupos.
groups-add = Añadir grupo
group-name = Nombre del grupo
group-language = Idioma
group-topic = Tema
group-facilitator = Facilitador o facilitadora
questions-heading = Preguntas para conversar
questions-empty = Aún no hay preguntas.
questions-add = Añadir pregunta
question-text = Pregunta
question-language = Idioma
languages-heading = Idiomas y sala
tags-heading = Vocabulario de etiquetas
tags-add = Añadir etiqueta
tags-retire = Retirar #{ $tag }
tag-slug = Etiqueta
tag-label = Nombre
tag-kind = Tipo
tag-pillar = Pilar
tag-pillar-hint = Para un tema: el pilar al que pertenece.

run-heading = Conducción de la sesión
run-now = Ahora
run-not-started = La agenda no ha empezado.
run-done = La agenda ha terminado.
run-start = Empezar la agenda
run-next = Siguiente punto
run-previous = Punto anterior
run-overrun = Pasado de tiempo por { $time }
run-almost = Quedan { $time }
run-agenda = Agenda
run-planned = previsto { $minutes } min
run-started = empezó a las { $time }
run-actual = duró { $minutes } min
run-start-this = Empezar este punto
projector-heading = Proyector
projector-open = Abrir la ventana del proyector
projector-question = Pregunta en pantalla
projector-no-question = Ninguna pregunta
projector-language-1 = Idioma
projector-language-2 = Segundo idioma, lado a lado
projector-no-second = Ninguno
projector-show-results = Mostrar los resultados de la votación en directo

signin-heading = Hoja de registro
signin-form-heading = Registrar a una persona
signin-form-help = Todos los campos son opcionales. Tab pasa de un campo a otro; Intro guarda desde cualquiera.
signin-name = Nombre
signin-name-hint = Déjelo vacío para un registro anónimo.
signin-neighbourhood = Barrio
signin-zip = Código postal
signin-language = Idioma preferido
signin-interpreter = Necesita interpretación
signin-role = Asiste como
signin-email = Correo electrónico
signin-phone = Teléfono
signin-consent = Acepta que le contactemos sobre el seguimiento
signin-group = Grupo de trabajo
signin-no-group = Aún sin asignar
signin-suggested-group = Sugerido: { $group }, que trabaja en { $language }.
signin-save = Registrar
signin-saved = Registrado.
signin-duplicate-warning = { $count ->
    [one] Alguien con estos datos se registró a las { $time }. Pulse Intro otra vez para registrar de todos modos, o cambie los datos.
   *[other] { $count } personas con estos datos ya se registraron (la primera a las { $time }). Pulse Intro otra vez para registrar de todos modos, o cambie los datos.
}
signin-counts = Quién está aquí
signin-total = { $count ->
    [one] Una persona registrada
   *[other] { $count } personas registradas
} ({ $anonymous } anónimas, { $interpreter } necesitan interpretación)
signin-by-language = Por idioma
signin-by-role = Por papel
signin-by-neighbourhood = Por barrio
signin-recent = Últimos registros
signin-language-unknown = idioma no indicado
kiosk-heading = Quiosco de autorregistro
kiosk-help = Abre una ventana a pantalla completa para el público. No muestra los datos de nadie más y solo su PIN la cierra.
kiosk-mode = El quiosco sirve para
kiosk-mode-sign-in = Registrarse
kiosk-mode-ballot = Votar con boleta
kiosk-languages = Primer idioma ofrecido
kiosk-language-2 = Segundo idioma ofrecido
kiosk-language-3 = Tercer idioma ofrecido
kiosk-ballot-kind = Boleta
kiosk-budget = Puntos para repartir en la boleta de presupuesto
kiosk-pin = PIN de la persona facilitadora
kiosk-pin-hint = Al menos cuatro dígitos. Lo necesitará para cerrar el quiosco.
kiosk-start = Abrir el quiosco

capture-heading = Captura en grupos
capture-form-heading = Anotar una inquietud
capture-group = Grupo
capture-group-hint = Alt+1 a Alt+9 cambian de grupo.
capture-no-group = Toda la sesión
capture-text = Inquietud, tal como se dijo
capture-text-hint = Pulse Intro para guardar. Escriba # para etiquetas; ↑ ↓ y Tab eligen una.
capture-language = Idioma en que se dijo
capture-interpretation = Interpretación
capture-interpretation-hint = Opcional: la versión del intérprete, guardada junto al original.
capture-save = Guardar la inquietud
capture-undo = Deshacer
capture-undo-what = Deshacer: { $what }
capture-undo-add = la última captura
capture-undo-status = el cambio de estado
capture-quick-keys = Teclas rápidas para la última captura:
capture-quick-status = Ctrl+{ $n } { $status }
capture-recent = Anotado en este grupo
capture-saving = Guardando…
capture-saved = Guardado
capture-count = { $count ->
    [one] Una inquietud hasta ahora.
   *[other] { $count } inquietudes hasta ahora.
}

board-heading = Tablero de temas
board-search = Buscar
board-tag = Etiqueta
board-group = Grupo
board-layout = Ordenar por
board-by-status = Estado
board-by-tag = Etiqueta
board-by-group = Grupo
board-all-tags = Todas las etiquetas
board-all-groups = Todos los grupos
board-no-group = Sin grupo
board-untagged = Sin etiqueta
board-votes = Votos
board-dots = { $count ->
    [one] 1 punto
   *[other] { $count } puntos
}
board-status-of = Estado
board-merge = Fusionar…
board-merge-cancel = Cancelar la fusión
board-merge-here = Fusionar en esta
board-merge-pick = Elija la tarjeta con la que fusionarla, o cancele.
board-merged = Fusionadas. Los votos de la duplicada cuentan ahora para la tarjeta a la que se unió.
board-duplicates = Posibles duplicados
board-no-duplicates = No hay posibles duplicados.
board-dup-similar = { $percent } % parecidas
board-merge-these = Fusionar la primera en la segunda

voting-heading = Votación
voting-dots-heading = Puntos contados
voting-dots-help = Escriba cuántos puntos tiene una tarjeta y pulse Intro; el cursor pasa a la siguiente.
voting-col-concern = Inquietud
voting-col-dots = Puntos
voting-col-add = Añadir puntos
voting-add = Añadir
voting-add-dots-for = Puntos que añadir a «{ $text }»
voting-dots-saved = Puntos añadidos.
voting-tally = Resultados
voting-dots = Puntos
voting-ranked = { $ballots ->
    [one] Boletas por preferencia (una boleta): puntos Borda
   *[other] Boletas por preferencia ({ $ballots } boletas): puntos Borda
}
voting-irv-winner = Ganadora por segunda vuelta instantánea: { $text }
voting-budget = { $ballots ->
    [one] Presupuesto (una boleta)
   *[other] Presupuesto ({ $ballots } boletas)
}
voting-show-on-projector = Mostrar los resultados en el proyector

settings-heading = Ajustes
settings-device = Este portátil
settings-device-name = Nombre del portátil
settings-device-name-hint = La coordinación lo verá junto a los paquetes de este portátil, p. ej. «Mesa 3».
settings-fingerprint = Huella del dispositivo: { $fingerprint }
settings-data = Datos
settings-database = Archivo de datos
settings-database-hint = Todo lo que registra este portátil está en este único archivo.
settings-choose = Elegir…
settings-open-database = Abrir este archivo
settings-database-opened = Abierto.
settings-language = Idioma
settings-language-label = Idioma de la aplicación
settings-language-hint = Cambia al instante. El proyector y el quiosco eligen sus propios idiomas.
settings-pseudo-locale = Pseudolocalización (encuentra texto sin traducir)
settings-version = Convene { $version }

projector-window-title = Convene — proyector
projector-now = Ahora
projector-waiting = Empezamos en breve
projector-question-label = Pregunta
projector-results = Resultados de la votación
projector-no-votes = Todavía no hay votos.
projector-dots = { $count ->
    [one] { $shown } punto
   *[other] { $shown } puntos
}

kiosk-window-title = Convene — registro
kiosk-welcome = Bienvenidos
kiosk-choose-language = Elija su idioma
kiosk-form-heading = Registro
kiosk-form-help = Todo es opcional. Sus respuestas nos ayudan a saber quién vino; solo se comparten totales.
kiosk-optional = Opcional
kiosk-name = Su nombre
kiosk-neighbourhood = Su barrio
kiosk-zip = Código postal
kiosk-role = Vengo como
kiosk-interpreter = Me gustaría tener intérprete
kiosk-email = Correo electrónico
kiosk-phone = Teléfono
kiosk-consent = Pueden contactarme sobre los próximos pasos
kiosk-submit = Registrarme
kiosk-back = Volver
kiosk-thanks = Gracias, ya está registrado.
kiosk-next-person = La siguiente persona puede empezar en un momento.
kiosk-facilitator = Facilitación
kiosk-pin-heading = Cerrar el quiosco
kiosk-pin-label = PIN
kiosk-unlock = Cerrar el quiosco
kiosk-rank-heading = Ordene las inquietudes
kiosk-rank-help = Toque las inquietudes por orden de importancia para usted: el primer toque es su primera opción. Toque otra vez para quitarla.
kiosk-budget-heading = Reparta { $budget } puntos
kiosk-budget-help = Dé sus { $budget } puntos a las inquietudes que más le importan.
kiosk-points-for = Puntos para «{ $text }»
kiosk-ranked = { $count ->
    [0] Nada ordenado todavía.
    [one] Una inquietud ordenada.
   *[other] { $count } inquietudes ordenadas.
}
kiosk-cast = Emitir mi voto
kiosk-ballot-thanks = Gracias, su voto ha sido contado.
kiosk-error-consent-required = Para dar un correo o teléfono, marque la casilla que dice que podemos contactarle.
kiosk-error-invalid-zip = Ese código postal no parece correcto. Use cinco dígitos o déjelo vacío.
kiosk-error-invalid-email = Ese correo no parece correcto. Revíselo o déjelo vacío.
kiosk-error-invalid-phone = Ese teléfono no parece correcto. Revíselo o déjelo vacío.
kiosk-error-empty-ballot = Elija al menos una inquietud primero.
kiosk-error-budget-mismatch = Sus puntos deben sumar el total indicado. Revise los números.
kiosk-error-kiosk-pin-wrong = Ese PIN no es correcto.
kiosk-error-other = Algo salió mal. Pida ayuda a la persona facilitadora.
agenda-kind-closing = Cierre
signin-not-given = Sin indicar
board-show-more = Mostrar { $count } más ({ $rest } sin mostrar)

nav-exchange = Kits y paquetes
nav-coordinator = Coordinación
nav-actions = Acciones
files-choose = Elegir…
files-hint = Escriba o pegue la ruta del archivo, elíjalo, o suéltelo sobre esta ventana.
files-many-hint = Una ruta por línea; elija varios a la vez o suéltelos sobre esta ventana.
progress-of = { $done } de { $total } { $item }
exchange-heading = Kits y paquetes
exchange-this-laptop = Este portátil
exchange-fingerprint = Huella de este portátil: { $fingerprint }
exchange-follows = Sigue a la coordinación cuya huella es { $fingerprint }.
exchange-no-kit = Aún no se importó ningún kit: importe el kit de la coordinación antes del evento.
exchange-is-coordinator = Este es el portátil de la coordinación: los datos personales de los paquetes se sellan para él.
exchange-become-coordinator = Hacer de este el portátil de la coordinación
exchange-sessions = Sesiones
exchange-kit-out = Exportar un kit (coordinación, antes del evento)
exchange-kit-out-help = El kit lleva el plan de las sesiones (agenda, grupos, preguntas, etiquetas) y sus claves, firmado. Cópielo en una memoria USB para cada portátil.
exchange-kit-file = Archivo del kit
exchange-export-kit = Exportar el kit
exchange-kit-written = Kit guardado en { $path } ({ $ops } cambios).
exchange-kit-in = Importar el kit (cada portátil, antes del evento)
exchange-kit-in-help = Compare la huella que aparece con la de la pantalla de la coordinación.
exchange-import-kit = Importar el kit
exchange-kit-imported = { $count ->
    [one] Kit importado: una sesión, { $ops } cambios nuevos.
   *[other] Kit importado: { $count } sesiones, { $ops } cambios nuevos.
}
exchange-compare-fingerprint = Huella de la coordinación: { $fingerprint }. Debe coincidir con la de su pantalla.
exchange-kit-new-coordinator = Sí, este kit es de nuestra nueva coordinación: importarlo
exchange-bundle-out = Exportar el paquete de este portátil (al final de la sesión)
exchange-bundle-out-help = Un archivo con todo lo anotado aquí, firmado; nombres y contactos sellados para que solo la coordinación pueda leerlos.
exchange-bundle-file = Archivo del paquete
exchange-export-bundle = Exportar el paquete
exchange-writing = Guardando y comprobando el paquete…
exchange-bundle-safe = Guardado y comprobado. Ya puede retirar la memoria USB.
exchange-bundle-written = { $path }: { $ops } cambios; datos personales { $personal }.
exchange-personal-sealed = sellados para la coordinación
exchange-personal-plaintext = incluidos sin cifrar
exchange-personal-left-out = no incluidos (no se importó kit)
coordinator-heading = Mesa de coordinación
coordinator-import = Importar paquetes
coordinator-import-help = Elija a la vez todos los paquetes de las memorias. Cada uno se comprueba antes de leerlo y se importa entero o no se importa.
coordinator-bundle-files = Archivos de paquetes
coordinator-import-go = Importar los paquetes
coordinator-importing = Importando paquetes
coordinator-import-summary = Importados { $imported }, ya estaban { $already }, esperando aprobación { $quarantined }, rechazados { $rejected }; { $conflicts } conflictos nuevos.
coordinator-bundles = Paquetes recibidos
coordinator-no-bundles = Aún no hay paquetes.
coordinator-col-device = Paquete
coordinator-col-facilitator = Portátil
coordinator-col-sessions = Sesiones
coordinator-col-received = Recibido
coordinator-col-counts = Cambios
coordinator-col-signature = Firma y estado
coordinator-ops = { $ops } ({ $new } nuevos)
coordinator-status-imported = Firma válida, fusionado
coordinator-status-quarantined = Firma válida, esperando aprobación
coordinator-status-alarm = Alarma: otro paquete reclama los mismos cambios
coordinator-status-rejected = Rechazado
coordinator-status-already-had = Ya estaba
coordinator-devices = Portátiles
coordinator-no-devices = Aún no hay otros portátiles.
coordinator-waiting = { $count ->
    [one] un paquete en espera
   *[other] { $count } paquetes en espera
}
coordinator-approve = Aprobar
coordinator-reject = Rechazar
coordinator-approved = { $count ->
    [one] Aprobado; su paquete en espera está fusionado.
   *[other] Aprobado; sus { $count } paquetes en espera están fusionados.
}
device-state-self = este portátil
device-state-coordinator = coordinación
device-state-approved = aprobado
device-state-quarantined = esperando aprobación
device-state-revoked = rechazado
coordinator-conflicts = Conflictos
coordinator-no-conflicts = No hay conflictos.
coordinator-conflict-title = «{ $title }»: { $field }
coordinator-conflict-winner = Lo que dejó la fusión
coordinator-conflict-loser = Lo que quedó aparte
coordinator-conflict-by = { $device }, { $at }
coordinator-keep-this = Quedarse con esto
coordinator-own-value = O escriba el valor correcto
coordinator-keep-own = Quedarse con el mío
coordinator-resolved = Resuelto.
coordinator-board = Tablero de temas combinado
coordinator-precinct = Distrito
coordinator-board-count = { $count ->
    [one] Una inquietud.
   *[other] { $count } inquietudes.
}
coordinator-col-concern = Inquietud
coordinator-col-session = Sesión
coordinator-col-group = Grupo
coordinator-col-laptop = Anotada en
coordinator-col-dots = Puntos
actions-heading = Acciones
actions-new = Nueva acción
actions-create = Crear la acción
actions-created = Acción creada.
actions-list = Acciones
actions-empty = Aún no hay acciones.
action-title = Acción
action-response = Qué se hará
action-owner = Responsable
action-due = Fecha límite
action-precinct = Distrito
action-basis = Por qué cambió
action-concerns = Inquietudes a las que responde
action-concerns-hint = Busque en el tablero combinado y marque las inquietudes.
basis-community-input = Por aportes de la comunidad
basis-result-based = Por resultados
action-status-planned = Prevista
action-status-in-progress = En marcha
action-status-done = Hecha
action-status-dropped = Abandonada
action-status-unchanged = Estado sin cambios
action-meta = Responsable: { $owner } · fecha { $due } · { $precinct }
action-update-text = Novedad sobre «{ $title }»
action-update-status = Nuevo estado de «{ $title }»
action-add-update = Añadir novedad
report-heading = Rendición de cuentas: de cada inquietud a lo que se hizo
report-precinct = Distrito
report-precinct-hint = Vacío para todos los distritos.
report-empty = Aún no hay inquietudes.
report-raised = Planteada en { $session } ({ $kind }), { $group }; { $dots } puntos.
report-also-raised = { $count ->
    [one] Planteada una vez más, en: { $groups }.
   *[other] Planteada { $count } veces más, en: { $groups }.
}
report-action = Acción: { $title } — { $status } (última novedad { $updated }).
report-no-action = Aún sin acción (estado: { $status }).

## Informes y exportación
nav-reports = Informes y exportación
reports-heading = Informes y exportación
reports-pdf-heading = Informe en PDF
reports-pdf-kind = Informe
reports-pdf-summary = Resumen de la sesión
reports-pdf-signin-sheet = Hoja de registro para imprimir (en blanco)
reports-pdf-report-back = Folleto de rendición de cuentas
reports-pdf-cpp = Actualización del Plan de Policía Comunitaria
reports-pdf-help-summary = Asistencia en cifras (nunca nombres), la agenda prevista frente a la real, las inquietudes más votadas, inquietudes por pilar y tema, notas por grupo y acciones.
reports-pdf-help-signin-sheet = Una hoja en blanco con el encabezado de esta sesión, para cuando no se puedan usar las computadoras. Elija un segundo idioma para imprimir cada columna en ambos.
reports-pdf-help-report-back = Lo que planteó este distrito, lo que se hizo y lo que sigue, para la reunión de rendición de cuentas. Mejor con un segundo idioma.
reports-pdf-help-cpp = La actualización semestral de todas las sesiones de este distrito: opiniones y prioridades, cómo van los esfuerzos actuales, respuestas nuevas o modificadas y lo que se compartió.
reports-language = Idioma
reports-second-language = Segundo idioma
reports-second-language-hint = Se imprime debajo del primero, para sesiones con interpretación.
reports-no-second = Ninguno
reports-paper = Papel
reports-paper-letter = Carta (EE. UU.)
reports-paper-a4 = A4
reports-file = Guardar como
reports-write-pdf = Crear el PDF
reports-written = Guardado en { $path } ({ $size } bytes).
reports-csv-heading = Tablas CSV
reports-csv-help = Para hojas de cálculo. Toda celda que una hoja de cálculo pudiera leer como fórmula se escribe de modo que siga siendo texto.
reports-table = Tabla
reports-table-concerns = Inquietudes
reports-table-signins = Registros de asistencia
reports-table-votes = Votos y recuentos
reports-table-actions = Acciones
reports-bom = Empezar con una marca de orden de bytes (para Excel)
reports-personal = Incluir nombres, correos y teléfonos (solo registros)
reports-write-csv = Crear el CSV
reports-import-heading = Importar hojas transcritas
reports-import-help = Una hoja de registro en papel o una plantilla de agenda, pasada a una hoja de cálculo y guardada como CSV. Se revisa cada fila antes de importar.
reports-import-table = Qué contiene el archivo
reports-import-signins = Registros de una hoja en papel
reports-import-agenda = Plantilla de agenda
reports-import-file = Archivo CSV
reports-skip-invalid = Importar las filas válidas aunque algunas tengan problemas
reports-import-go = Importar
reports-imported = { $count ->
    [one] Se importó una fila.
   *[other] Se importaron { $count } filas.
}
reports-import-skipped = { $count ->
    [one] Se dejó fuera una fila por un problema:
   *[other] Se dejaron fuera { $count } filas por problemas:
}
device-state-unknown = no visto antes
exchange-personal-none = ninguno en este paquete
ledger-detail-seq-alarm = su computadora ya usó estos números de secuencia para otros cambios
ledger-detail-device-revoked = su computadora fue rechazada, así que no se combinará
field-programme-name = nombre
field-programme-description = descripción
field-session-programme-id = programa
field-session-title = título
field-session-kind = tipo de sesión
field-session-precinct = distrito
field-session-place = lugar
field-session-starts-at = hora de inicio
field-session-room-minutes = reserva del salón (minutos)
field-session-languages = idiomas hablados
field-session-interpreted = idiomas interpretados
field-agenda-title = título
field-agenda-kind = tipo de punto
field-agenda-presenter = presentador
field-agenda-planned-minutes = minutos previstos
field-agenda-position = lugar en el orden del día
field-agenda-started-at = comenzó a las
field-agenda-finished-at = terminó a las
field-group-name = nombre del grupo
field-group-topic = tema
field-group-facilitator = persona facilitadora
field-group-note-taker = persona que toma notas
field-group-language = idioma
field-question-text = pregunta
field-question-language = idioma
field-question-position = lugar en la lista
field-signin-neighbourhood = vecindario
field-signin-zip = código postal
field-signin-language = idioma preferido
field-signin-interpreter = necesita intérprete
field-signin-accessibility = necesidades de accesibilidad
field-signin-role = papel
field-signin-consent-to-contact = permiso para contactar
field-signin-group-id = grupo de trabajo
field-concern-group-id = grupo de trabajo
field-concern-question-id = pregunta de discusión
field-concern-text = palabras
field-concern-language = idioma en que se dijo
field-concern-interpretation = interpretación
field-concern-interpretation-language = idioma de la interpretación
field-concern-location = ubicación
field-concern-tags = etiquetas
field-concern-status = estado
field-concern-duplicate-of = duplicado de
field-action-precinct = distrito
field-action-title = acción
field-action-response = respuesta prevista
field-action-owner = responsable
field-action-due = fecha límite
field-action-status = estado
field-action-basis = motivo del cambio
field-action-concern-ids = inquietudes que atiende
field-tag-label = nombre
field-tag-kind = tipo de etiqueta
field-tag-pillar = pilar
duration-years =
    { $count ->
        [one] un año
       *[other] { $count } años
    }
duration-days =
    { $count ->
        [one] un día
       *[other] { $count } días
    }
duration-hours =
    { $count ->
        [one] una hora
       *[other] { $count } horas
    }
duration-minutes =
    { $count ->
        [one] un minuto
       *[other] { $count } minutos
    }
clock-ahead = El reloj de { $device } iba adelantado unos { $duration }; sus horas se marcan como inciertas.
clock-behind = El reloj de { $device } iba atrasado unos { $duration }; sus horas se marcan como inciertas.
entity-programme = Programas
entity-session = Sesiones
entity-agenda = Puntos del orden del día
entity-group = Grupos de trabajo
entity-question = Preguntas de discusión
entity-signin = Registros de asistencia
entity-signin-contact = Nombres y contactos
entity-concern = Inquietudes
entity-note = Notas
entity-dot-count = Conteos de puntos
entity-ballot = Boletas
entity-action = Acciones
entity-action-update = Avances de acciones
entity-tag = Etiquetas
coordinator-import-held =
    { $count ->
        [one] Un cambio espera su revisión en «Cambios por revisar».
       *[other] { $count } cambios esperan su revisión en «Cambios por revisar».
    }
coordinator-import-refused =
    { $count ->
        [one] Se rechazó un cambio: estaba fuera de lo asignado a su portátil o no se ajustaba a su campo. No cuenta; la fila del paquete lo muestra.
       *[other] Se rechazaron { $count } cambios: fuera de lo asignado a su portátil o sin ajustarse a su campo. No cuentan; las filas de los paquetes los muestran.
    }
coordinator-held-refused = { $held } en espera de revisión, { $refused } rechazados
coordinator-held = Cambios por revisar
coordinator-held-help = Portátiles aprobados cambiaron registros que no son suyos (de otro portátil o suyos) o borraron muchos a la vez. Nada de esto cuenta hasta que usted lo acepte.
coordinator-no-held = No hay cambios esperando revisión.
coordinator-held-set = { $device } pondría { $field } en «{ $value }»
coordinator-held-delete = { $device } lo borraría
coordinator-accept = Aceptar
coordinator-refuse = Rechazar
coordinator-change-accepted = Aceptado; ya cuenta.
coordinator-change-refused = Rechazado; nunca contará.
coordinator-approve-only = Solo para algunas sesiones
coordinator-approve-only-hint = Marque las sesiones que llevó este portátil. Si no marca ninguna, queda aprobado para todas las sesiones de su plan.
coordinator-revoke = Ver qué deshace la revocación
coordinator-revoke-heading = Revocar { $device }
coordinator-revoke-from = Deshacer sus cambios
coordinator-revoke-from-all = Todos
coordinator-revoke-from-bundle = Desde el paquete { $bundle } (recibido { $at })
coordinator-revoke-preview =
    { $count ->
        [one] Revocar { $device } desde el cambio { $seq } deshace uno de sus cambios:
       *[other] Revocar { $device } desde el cambio { $seq } deshace { $count } de sus cambios:
    }
coordinator-revoke-kind = { $kind }: { $restored } vuelven, { $removed } desaparecen, { $changed } recuperan su valor
coordinator-revoke-go = Revocar y deshacer
coordinator-cancel = Cancelar
coordinator-revoked = Revocado. Sus paquetes se rechazarán; sus cambios quedan en el registro, marcados, y ya no cuentan.
coordinator-revoked-from = revocado desde el cambio { $seq }
coordinator-asks = Sus paquetes nombran: { $sessions }
coordinator-not-given = Escribió en sesiones que no se le asignaron: { $sessions }. Lo que hizo allí no cuenta hasta que se las asigne.
coordinator-give = Asignarle estas sesiones
coordinator-given = Asignadas: { $sessions }
session-scope-given = asignada
session-scope-own = propia
session-scope-not-given = no asignada
time-approximate = El reloj de su portátil estaba mal: la hora está corregida y es aproximada.
time-about = hacia { $time }
exchange-kit-own-elsewhere =
    { $count ->
        [one] El coordinador tiene un cambio de este portátil que ya no está en él (se restauró de una copia más antigua). Está a salvo allí, y los nuevos cambios se numeran después.
       *[other] El coordinador tiene { $count } cambios de este portátil que ya no están en él (se restauró de una copia más antigua). Están a salvo allí, y los nuevos cambios se numeran después.
    }
coordinator-revoke-summary = Revocar este portátil…
ledger-detail-resolved = una alarma que su portátil resolvió tomando una identidad nueva y enviando de nuevo su trabajo
ledger-detail-merge-failed = sigue retenido: no se pudo combinar al aprobar su portátil; corrija la causa y vuelva a aprobar
settings-backup = Copia de seguridad de este portátil
settings-backup-intro = Un archivo con todo lo que registró este portátil y sus claves, cerrado con una frase de contraseña. Hágala después de cada sesión y guárdela lejos del portátil.
settings-backup-file = Archivo de copia de seguridad
settings-backup-passphrase = Frase de contraseña
settings-backup-passphrase-hint = Al menos 10 caracteres. Unas cuantas palabras comunes se recuerdan fácilmente; sin ellas no se puede abrir la copia.
settings-backup-passphrase-again = La frase de contraseña otra vez
settings-backup-mismatch = Las dos frases de contraseña no coinciden. Escriba la misma dos veces.
settings-backup-now = Hacer la copia ahora
settings-backup-done = Copia guardada en { $path }. Guarde la frase de contraseña aparte del archivo.
settings-backup-done-coordinator = Copia guardada en { $path }, con la identidad de coordinación: con el archivo y la frase de contraseña alguien podría aprobar paquetes en su nombre. Guárdelos por separado, en un lugar seguro.
settings-restore = Restaurar desde una copia de seguridad
settings-restore-intro = Para un portátil perdido o averiado: su copia vuelve a un archivo de base de datos nuevo y esta aplicación lo abre. El portátil sigue con una identidad nueva vinculada a la anterior, así que la coordinación sigue confiando en él.
settings-restore-file = Archivo de copia que se va a restaurar
settings-restore-database = Archivo de base de datos nuevo
settings-restore-now = Restaurar y abrir
settings-restored = Restaurado en { $path } y abierto. Este portátil ahora firma como { $new }, vinculado a { $old }.
settings-missing-device-key = Esta base de datos no tiene su clave de dispositivo al lado ({ $path }), así que no puede firmar paquetes. Restáurela desde una copia más abajo o vuelva a copiar el archivo de clave.
settings-missing-coordinator-identity = Esta base de datos de coordinación no tiene su archivo de identidad al lado ({ $path }), así que no se pueden abrir los nombres sellados de los paquetes. Restáurela desde una copia más abajo o vuelva a copiar el archivo de identidad.
capture-redact = Eliminar: nombra a alguien
capture-redact-explain = Elimina las palabras de este portátil, y de la coordinación y los demás portátiles cuando les llegue. Los paquetes ya escritos las conservan.
capture-redact-confirm = Eliminarla
capture-redact-cancel = Conservarla
signin-redact = Eliminar: sus datos
capture-redacted = Eliminada. Sus palabras también se borraron del registro de este portátil.
capture-redacted-bundles-before =
    { $count ->
        [one] Eliminada. Sus palabras también se borraron del registro de este portátil, pero un paquete escrito antes todavía las contiene: borre ese archivo.
       *[other] Eliminada. Sus palabras también se borraron del registro de este portátil, pero { $count } paquetes escritos antes todavía las contienen: borre esos archivos.
    }
coordinator-held-redact = { $device } la eliminaría como información personal: aceptar borra sus palabras aquí y en cada portátil, para siempre
language-review-proposed = aún sin revisar por una persona hablante nativa
language-review-reviewed = revisado por una persona hablante nativa
language-review-source = el idioma en que está escrito Convene
settings-language-review = Las traducciones marcadas «{ language-review-proposed }» se hicieron con cuidado, pero ninguna persona hablante nativa las ha comprobado aún; el README explica cómo una organización comunitaria puede revisar una.
