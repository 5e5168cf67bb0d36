## La línea de comandos: `convene --help`, los encabezados de tabla y los mensajes que imprimen los comandos.

### Ayuda

cli-about = Organice cumbres entre policía y comunidad sin conexión: agenda, registro, inquietudes, votos y acciones.
cli-heading-usage = Uso:
cli-heading-commands = Comandos
cli-heading-arguments = Argumentos
cli-heading-options = Opciones
cli-value-command = COMANDO
cli-help-flag = Muestra la ayuda
cli-version-flag = Muestra la versión
cli-arg-db = El archivo de base de datos. Por defecto, el mismo que usa la aplicación de escritorio
cli-arg-json = Imprime exactamente un objeto JSON en lugar de texto
cli-arg-locale = Idioma de los mensajes (en, es, zh-Hant, vi, ru, so, ko, am, ar)

cli-cmd-init = Prepara este portátil: su base de datos y su identidad de dispositivo
cli-arg-init-device-name = Un nombre para este portátil que verá la coordinación (p. ej., "Portátil mesa 3")

cli-cmd-demo = Crea una cumbre de ejemplo realista e imprime el identificador de la sesión
cli-arg-demo-seed = Semilla para las elecciones al azar del ejemplo; la misma semilla da la misma cumbre
cli-arg-demo-concerns = Añade además esta cantidad de inquietudes sintéticas, para probar el tablero a escala de ciudad

cli-cmd-programme = Programas que agrupan sesiones de varios distritos
cli-cmd-programme-create = Crea un programa, p. ej., "Comunidades Seguras 2027"
cli-cmd-programme-list = Lista los programas con sus distritos

cli-cmd-session = Cumbres, sesiones en grupos pequeños, reuniones de rendición de cuentas y talleres
cli-cmd-session-create = Crea una sesión
cli-arg-session-create-starts = Fecha y hora de inicio, RFC 3339 (2027-03-14T18:30:00-07:00), o solo una fecha
cli-arg-session-create-room-minutes = Minutos que está reservada la sala
cli-arg-session-create-languages = Idiomas que se hablan, separados por comas (en,es)
cli-arg-session-create-interpreted = Idiomas con interpretación, separados por comas
cli-arg-session-create-programme = Identificador del programa (o su comienzo)
cli-cmd-session-list = Lista las sesiones
cli-cmd-session-show = Muestra una sesión y lo que contiene
cli-cmd-session-edit = Cambia los datos de una sesión
cli-cmd-session-duplicate = Una sesión nueva con la agenda, los grupos y las preguntas de una anterior

cli-cmd-agenda = La agenda y su desarrollo
cli-cmd-agenda-add = Añade un punto al final de la agenda de una sesión
cli-cmd-agenda-list = La agenda en orden, lo previsto frente a lo real
cli-cmd-agenda-move = Mueve un punto a otro lugar de la agenda (1 es el primero)
cli-cmd-agenda-start = Empieza un punto ahora (y termina el que estuviera en curso)
cli-cmd-agenda-finish = Termina un punto ahora
cli-cmd-agenda-next = Desarrollo: termina el punto en curso y empieza el siguiente
cli-cmd-agenda-edit = Cambia un punto
cli-cmd-agenda-remove = Quita un punto de la agenda

cli-cmd-group = Grupos de trabajo
cli-cmd-group-add = Añade un grupo de trabajo
cli-arg-group-add-language = El idioma en que trabaja el grupo
cli-cmd-group-list = Lista los grupos de una sesión

cli-cmd-question = Preguntas para el diálogo
cli-cmd-question-add = Añade una pregunta para el diálogo
cli-cmd-question-list = Lista en orden las preguntas de una sesión

cli-cmd-signin = La hoja de registro
cli-cmd-signin-add = Registra a una persona. Todos los datos son opcionales: un registro anónimo también cuenta
cli-arg-signin-add-zip = Un código postal de EE. UU. (98122 o 98122-1234)
cli-arg-signin-add-language = Idioma preferido (es, zh-Hant, vi, ...)
cli-arg-signin-add-interpreter = Necesita intérprete
cli-arg-signin-add-role = resident, business, organisation, city-staff o police
cli-arg-signin-add-consent = Aceptó que la contacten (necesario para --email o --phone)
cli-arg-signin-add-group = Grupo de trabajo, por nombre o identificador
cli-arg-signin-add-time-in = Cuándo llegó, si no es ahora (al transcribir una hoja en papel)
cli-cmd-signin-list = La hoja de registro, sin nombres ni datos de contacto
cli-cmd-signin-counts = Recuentos en vivo por idioma, rol, vecindario y grupo
cli-cmd-signin-assign = Asigna a una persona a un grupo de trabajo
cli-arg-signin-assign-group = Grupo por nombre o identificador; omítalo para quitar la asignación
cli-cmd-signin-suggest-group = Sugiere un grupo para una persona, según su idioma

cli-cmd-concern = El tablero de temas
cli-cmd-concern-add = Registra una inquietud. Las `#etiquetas` del texto se convierten en etiquetas
cli-arg-concern-add-group = Grupo de trabajo, por nombre o identificador
cli-arg-concern-add-language = El idioma en que se planteó la inquietud
cli-arg-concern-add-interpretation = Su interpretación al idioma de trabajo
cli-arg-concern-add-location = Dónde: una calle, una esquina, un parque
cli-cmd-concern-list = El tablero de temas
cli-arg-concern-list-search = Palabras que buscar en el texto, su interpretación o el lugar
cli-arg-concern-list-all = Incluye las inquietudes fusionadas con otras
cli-cmd-concern-show = Una inquietud completa
cli-cmd-concern-edit = Cambia el texto, la interpretación, el idioma, el lugar o el grupo de una inquietud
cli-cmd-concern-tag = Añade o quita etiquetas
cli-cmd-concern-status = Fija el estado: new, under-review, action-planned, in-progress, done, not-pursued
cli-cmd-concern-merge = Marca una inquietud como duplicada de otra; sus votos cuentan para la otra
cli-cmd-concern-unmerge = Deshace una fusión
cli-cmd-concern-delete = Borra una inquietud registrada por error
cli-cmd-concern-duplicates = Posibles duplicados, por palabras en común en el texto y la interpretación
cli-arg-concern-duplicates-threshold = Proporción de palabras en común, de 0 a 1

cli-cmd-note = Notas por grupo y pregunta
cli-cmd-note-add = Añade una nota de un grupo y una pregunta
cli-cmd-note-list = Notas, de un solo grupo si se indica

cli-cmd-vote = Puntos contados en el papelógrafo
cli-cmd-vote-dots = Anota los puntos contados en la tarjeta de una inquietud

cli-cmd-ballot = Boletas de los asistentes: puntos, por orden de preferencia o de presupuesto
cli-cmd-ballot-cast = Emite la boleta de un asistente. Cada ficha emite una boleta de cada tipo
cli-arg-ballot-cast-token = La ficha de votación del asistente (de su tarjeta o del quiosco)
cli-arg-ballot-cast-choices = Una inquietud: por orden, de la mejor a la peor; en puntos, una vez por punto
cli-arg-ballot-cast-allocations = En boletas de presupuesto: INQUIETUD=PUNTOS, repetido
cli-arg-ballot-cast-budget = Puntos que debe sumar una boleta de presupuesto
cli-cmd-ballot-list = Boletas emitidas en una sesión

cli-cmd-tally = Cuenta todos los votos de una sesión
cli-arg-tally-top = Cuántas inquietudes mostrar en cada recuento

cli-cmd-action = Acciones de seguimiento y sus novedades fechadas
cli-cmd-action-add = Planifica una acción en respuesta a inquietudes
cli-arg-action-add-response = La respuesta prevista
cli-arg-action-add-due = Fecha límite, AAAA-MM-DD
cli-arg-action-add-concerns = Una inquietud a la que responde (repítalo para varias)
cli-arg-action-add-basis = result-based o community-input
cli-cmd-action-update = Anota una novedad fechada y, si hace falta, cambia el estado o el fundamento
cli-arg-action-update-date = AAAA-MM-DD; hoy si se omite
cli-cmd-action-edit = Cambia la persona responsable, la fecha límite o la respuesta prevista
cli-cmd-action-list = Acciones de una sesión, de un distrito o todas
cli-cmd-action-show = Una acción con sus novedades

cli-cmd-tag = El vocabulario de etiquetas
cli-cmd-tag-list = El vocabulario: pilares y sus temas
cli-cmd-tag-add = Añade un tema (o, con --kind pillar, un pilar)
cli-arg-tag-add-pillar = El pilar al que sirve un tema
cli-cmd-tag-rename = Cambia el nombre visible de una etiqueta
cli-cmd-tag-remove = Saca una etiqueta del vocabulario (las inquietudes la conservan)

cli-cmd-doctor = Revisa la base de datos; --rebuild demuestra que el estado se obtiene solo del registro de operaciones
cli-arg-doctor-rebuild = Reconstruye cada tabla desde el registro de operaciones y comprueba que el resultado es idéntico

cli-cmd-key = La clave de firma y la huella de este dispositivo
cli-cmd-key-show = El identificador, la clave pública y la huella de este dispositivo (y el destinatario de la coordinación, si lo hay)

cli-cmd-coordinator = La identidad de la coordinación para los datos personales de los asistentes
cli-cmd-coordinator-init = Convierte esta base de datos en la de la coordinación: añade una identidad age para los datos personales
cli-cmd-coordinator-restore = Instala una identidad de coordinación desde su archivo (una copia de seguridad o un segundo equipo)

cli-cmd-kit = Kits: los planes de las sesiones, de la coordinación a los portátiles
cli-cmd-kit-export = Escribe un kit firmado con los planes de las sesiones y las claves de esta coordinación
cli-cmd-kit-import = Carga en este portátil el kit de una coordinación
cli-arg-kit-import-new-coordinator = Acepta un kit de una coordinación distinta de la que sigue este portátil

cli-cmd-bundle = Paquetes: el trabajo de cada portátil, firmado, de vuelta a la coordinación
cli-cmd-bundle-export = Escribe el trabajo de este portátil en unas sesiones como paquete firmado
cli-arg-bundle-export-include-personal-data = Sin kit, incluye nombres y contactos sin cifrar (si no, se dejan fuera)
cli-cmd-bundle-verify = Comprueba un paquete sin importarlo
cli-cmd-bundle-import = Importa paquetes; cada uno entra entero o no entra
cli-cmd-bundle-list = El registro: todos los paquetes presentados a esta base de datos

cli-cmd-trust = Los paquetes de qué dispositivos se fusionan, esperan o se rechazan
cli-cmd-trust-list = Dispositivos con su huella y su estado
cli-cmd-trust-approve = Aprueba un dispositivo tras comparar su huella; fusiona sus paquetes en cuarentena
cli-cmd-trust-revoke = Revocar un dispositivo: sus cambios dejan de contar y se deshace lo que hicieron (todos, o desde un paquete o un número de secuencia)
cli-cmd-trust-add = Confía en un portátil antes de que lleguen sus paquetes, con el identificador y la clave que imprime su `key show`

cli-cmd-conflicts = Ediciones simultáneas de un mismo campo, guardadas para que la coordinación las resuelva
cli-cmd-conflicts-list = Conflictos abiertos: ediciones simultáneas de un mismo campo
cli-cmd-conflicts-resolve = Resuelve un conflicto
cli-arg-conflicts-resolve-keep = winner o loser
cli-arg-conflicts-resolve-text = Un valor nuevo en su lugar

cli-cmd-board = El tablero de temas combinado de todas las sesiones, con el origen de cada inquietud
cli-arg-board-precinct = Solo las sesiones de este distrito

cli-cmd-bench = Mide el registro, la exportación, la importación, el recuento y la reconstrucción a escala, frente a referencias
cli-arg-bench-quick = Datos pequeños a escalas 1 y 2: comprueba que la prueba de rendimiento sigue funcionando, no su velocidad
cli-arg-bench-scales = Escalas que medir (1 = una cumbre; 20 = una ciudad: 5 distritos × 4 fases)
cli-arg-bench-dir = Dónde poner las bases de datos y los paquetes (en el disco que quiere medir)

cli-cmd-report = Informes en PDF: resumen, hoja de registro, folleto de rendición de cuentas, actualización del plan (CPP)
cli-cmd-report-pdf = Un informe en PDF de una sesión (el folleto y la actualización del plan abarcan su distrito)
cli-arg-report-pdf-locale = El idioma del informe
cli-arg-report-pdf-second-locale = Un segundo idioma para títulos y etiquetas, debajo del primero
cli-arg-report-pdf-paper = letter o a4

cli-cmd-export = Exporta los datos de una sesión (CSV)
cli-cmd-export-csv = Una tabla de una sesión en CSV, segura para abrir en una hoja de cálculo
cli-arg-export-csv-bom = Empieza con una marca de orden de bytes, para Excel
cli-arg-export-csv-with-personal-data = Incluye nombres, correos y teléfonos de los asistentes (solo registros)

cli-cmd-import = Importa hojas transcritas (CSV)
cli-cmd-import-csv = Una hoja de registro en papel transcrita o una plantilla de agenda
cli-arg-import-csv-skip-invalid = Importa las filas válidas aunque algunas no lo sean

### Encabezados de tabla

cli-col-id = ID
cli-col-status = ESTADO
cli-col-due = FECHA LÍMITE
cli-col-owner = RESPONSABLE
cli-col-basis = FUNDAMENTO
cli-col-concerns = INQUIETUDES
cli-col-title = TÍTULO
cli-col-place = #
cli-col-kind = TIPO
cli-col-planned = PREVISTO
cli-col-actual = REAL
cli-col-presenter = PRESENTA
cli-col-token = FICHA
cli-col-cast = EMITIDA
cli-col-dots = PUNTOS
cli-col-session = SESIÓN
cli-col-group = GRUPO
cli-col-from-device = DISPOSITIVO DE ORIGEN
cli-col-text = TEXTO
cli-col-tags = ETIQUETAS
cli-col-similarity = SIMILITUD
cli-col-concern = INQUIETUD
cli-col-likely-duplicate-of = POSIBLE DUPLICADO DE
cli-col-line = LÍNEA
cli-col-column = COLUMNA
cli-col-problem = PROBLEMA
cli-col-device = DISPOSITIVO
cli-col-state = ESTADO
cli-col-ops = OPS
cli-col-new = NUEVAS
cli-col-seq = SEC
cli-col-received = RECIBIDO
cli-col-file = ARCHIVO
cli-col-fingerprint = HUELLA
cli-col-name = NOMBRE
cli-col-waiting = EN ESPERA
cli-col-record = REGISTRO
cli-col-field = CAMPO
cli-col-kept = CONSERVADO (GANADOR)
cli-col-also-written = TAMBIÉN ESCRITO (PERDEDOR)
cli-col-language = IDIOMA
cli-col-facilitator = FACILITACIÓN
cli-col-note-taker = TOMA DE NOTAS
cli-col-topic = TEMA
cli-col-question = PREGUNTA
cli-col-note = NOTA
cli-col-sessions = SESIONES
cli-col-precincts = DISTRITOS
cli-col-starts = INICIO
cli-col-precinct = DISTRITO
cli-col-time-in = LLEGADA
cli-col-role = ROL
cli-col-interpreter = INTÉRPRETE
cli-col-neighbourhood = VECINDARIO/CP
cli-col-slug = CLAVE
cli-col-pillar = PILAR
cli-col-label = NOMBRE VISIBLE
cli-col-scale = ESCALA
cli-col-step = PASO
cli-col-median-ms = MEDIANA ms
cli-col-p99-ms = P99 ms
cli-col-per-op = µs/op
cli-col-peak-mb = PICO MB
cli-col-out-kib = SALIDA KiB
cli-col-baseline = REFERENCIA
cli-col-ratio = PROPORCIÓN
cli-col-target = OBJETIVO

### Etiquetas de un registro completo

cli-field-label = { $label }:
cli-field-id = id
cli-field-status = estado
cli-field-basis = fundamento
cli-field-owner = responsable
cli-field-due = fecha límite
cli-field-response = respuesta
cli-field-concerns = inquietudes
cli-field-kind = tipo
cli-field-precinct = distrito
cli-field-place = lugar
cli-field-starts = inicio
cli-field-languages = idiomas
cli-field-interpreted = con interpretación
cli-field-agenda = agenda
cli-field-groups = grupos
cli-field-questions = preguntas
cli-field-signins = registros
cli-field-notes = notas
cli-field-ballots = boletas
cli-field-actions = acciones
cli-field-language = idioma
cli-field-interpretation = interpretación
cli-field-tags = etiquetas
cli-field-location = lugar
cli-field-duplicate-of = duplicada de
cli-field-captured = registrada
cli-field-database = Base de datos
cli-field-schema-version = Versión del esquema
cli-field-integrity = Integridad
cli-field-foreign-keys = Claves foráneas
cli-field-ops = Operaciones
cli-field-state-hash = Hash del estado
cli-field-fingerprint = Huella
cli-field-signing-key = Clave de firma
cli-field-device = Dispositivo
cli-field-public-key = Clave pública
cli-field-coordinator-recipient = Destinatario de la coordinación (age)
cli-field-follows = Sigue a
cli-field-sealed-to = Datos personales sellados para
cli-field-next = Siguiente paso
cli-field-state = Estado
cli-field-sessions = Sesiones

### Mensajes

cli-yes = sí
cli-updated = Actualizado
cli-removed = Quitado
cli-minutes = { $minutes } min
cli-wrote = Se escribió { $path } ({ $bytes } bytes).

cli-action-updates = Novedades:

cli-agenda-running = en curso
cli-agenda-total = Total previsto: { $planned } min
cli-agenda-total-booked = Total previsto: { $planned } min de { $booked } reservados
cli-agenda-total-over = Total previsto: { $planned } min de { $booked } reservados: se pasa de la reserva de la sala
cli-agenda-moved = Movido al lugar { $place }
cli-agenda-started = Empezó “{ $title }”
cli-agenda-finished = Terminado
cli-agenda-now = Ahora: { $title }
cli-agenda-done = La agenda ha terminado.

cli-tally-signed-in = Registrados: { $count }
cli-tally-dots = Votos con puntos ({ $ballots ->
    [one] { $ballots } boleta
   *[other] { $ballots } boletas
  } más los puntos contados):
cli-tally-none-yet = todavía ninguno
cli-tally-dots-score = { $score ->
    [one] { $score } punto
   *[other] { $score } puntos
  }
cli-tally-points-score = { $score } pts
cli-tally-ranked = Boletas por orden de preferencia: { $ballots }
cli-tally-borda = Recuento Borda:
cli-tally-irv = Segunda vuelta instantánea:
cli-tally-round = ronda { $round }: { $counts }
cli-tally-exhausted = agotadas { $count }
cli-tally-out = sale: { $concern }
cli-tally-out-several = salen: { $count } sin primeras preferencias
cli-tally-winner = gana: { $concern }
cli-tally-budget = Reparto del presupuesto ({ $ballots ->
    [one] { $ballots } boleta
   *[other] { $ballots } boletas
  }):
cli-tally-repeated = { $count ->
    [one] 1 boleta no se contó: su ficha ya había votado.
   *[other] { $count } boletas no se contaron: su ficha ya había votado.
  }

cli-bench-met = cumplido ({ $target })
cli-bench-missed = NO CUMPLIDO ({ $target })
cli-bench-sane = Los resultados son coherentes.
cli-bench-problems = PROBLEMAS:

cli-board-revoked = { $device } (REVOCADO)

cli-concern-duplicate = duplicada
cli-concern-captured = { $at } en el dispositivo { $device }
cli-concern-tags = Etiquetas: { $tags }
cli-concern-status = Estado: { $status }
cli-concern-merged = Fusionada con { $into }
cli-concern-unmerged = Fusión deshecha
cli-concern-deleted = Borrada

cli-import-summary = { $rows ->
    [one] 1 fila
   *[other] { $rows } filas
  }: { $imported } importadas, { $problems } con problemas.

cli-doctor-title = Revisión de la base de datos de Convene
cli-doctor-ok = correcto
cli-doctor-problems = { $count ->
    [one] 1 problema
   *[other] { $count } problemas
  }
cli-doctor-ops = { $ops } de { $devices ->
    [one] 1 dispositivo
   *[other] { $devices } dispositivos
  }
cli-doctor-rows = Filas:
cli-doctor-rebuilt = Reconstruido a partir de { $ops } operaciones: hash del estado { $hash }, idéntico al de antes.

cli-init-ready = El dispositivo { $device } está listo.
cli-init-ready-named = El dispositivo { $device } está listo con el nombre “{ $name }”.

cli-key-title = La clave de firma de este portátil
cli-key-follows = la coordinación { $coordinator }, huella { $fingerprint }
cli-coordinator-ready = La identidad de la coordinación está lista.
cli-coordinator-next = convene kit export SESIÓN --out kit.convene
cli-kit-written = Kit escrito en { $path } ({ $ops } operaciones, { $bytes } bytes).
    Los portátiles verán la huella de la coordinación { $fingerprint }.
cli-kit-imported = Kit de la coordinación { $coordinator }.
    Compare esta huella con la coordinación antes del evento: { $fingerprint }
    Sesiones: { $sessions }
    A partir de ahora, los paquetes de este portátil sellan los datos personales de los asistentes para esa coordinación.

cli-bundle-personal-left-out = { $count ->
    [one] el nombre y los contactos de 1 registro se dejaron fuera
   *[other] los nombres y contactos de { $count } registros se dejaron fuera
  }: este portátil no tiene una clave de la coordinación con que sellarlos. Importe primero el kit de la coordinación, o añada --include-personal-data para incluirlos sin cifrar.
cli-bundle-written = Paquete escrito y comprobado: { $path } ({ $ops } operaciones, { $bytes } bytes; datos personales: { $personal }).
    Ya puede retirar la memoria USB.
cli-bundle-verified = { $file }: firma y hashes correctos.
cli-bundle-import-summary = Importados { $imported }, ya estaban { $already_had }, en cuarentena { $quarantined }, rechazados { $rejected }, conflictos nuevos { $conflicts }.
cli-bundle-alarm = ALARMA: { $count ->
    [one] 1 paquete reutiliza
   *[other] { $count } paquetes reutilizan
  } números de secuencia de un dispositivo; vea `convene bundle list`.
cli-bundle-compare-quarantined = Compare las huellas de los dispositivos en cuarentena con sus facilitadores y luego ejecute `convene trust approve DEVICE`.
cli-progress-imported = { $file }: { $ops } operaciones nuevas importadas de { $device }
cli-progress-already-had = { $file }: ya estaba importado, no hay nada que hacer
cli-progress-quarantined = { $file }: EN CUARENTENA, dispositivo desconocido { $device }; compare la huella y luego ejecute `convene trust approve`
cli-progress-rejected = { $file }: RECHAZADO, { $problem }

cli-trust-approved = Aprobado { $device } [{ $fingerprint }].
cli-trust-added = De confianza: { $device } [{ $fingerprint }].
cli-trust-revoked = Se revocó { $device } [{ $fingerprint }] desde el cambio { $seq }: sus paquetes se rechazarán, y lo que hizo desde ahí ya no cuenta (sus cambios quedan en el registro, marcados).
cli-conflicts-none = No hay conflictos abiertos.
cli-conflict-resolved = Conflicto { $id } resuelto en { $field } “{ $title }”.

cli-session-agenda = { $items ->
    [one] 1 punto
   *[other] { $items } puntos
  }, { $planned } min previstos
cli-session-agenda-booked = { $items ->
    [one] 1 punto
   *[other] { $items } puntos
  }, { $planned } min previstos de { $booked } reservados
cli-session-updated = Sesión { $id } actualizada

cli-signin-maybe-duplicate = nota: puede que esta persona ya estuviera registrada ({ $count }); se registró de todos modos.
cli-signin-counts = Registrados: { $total } ({ $anonymous } anónimos, { $interpreter } necesitan intérprete)
cli-signin-by-language = Por idioma:
cli-signin-by-role = Por rol:
cli-signin-by-neighbourhood = Por vecindario:
cli-signin-by-group = Por grupo:
cli-signin-unassigned = sin grupo
cli-signin-assigned = Asignado
cli-signin-no-groups = Esta sesión todavía no tiene grupos de trabajo.

cli-tag-renamed = Nombre cambiado
cli-cmd-key-renew = Tomar una nueva identidad de dispositivo (tras restaurar una copia de seguridad, o en una computadora clonada), vinculada a la anterior por su clave
cli-arg-key-renew-reissue-from-seq = Volver a emitir con la nueva identidad los cambios propios desde este número de secuencia (el que indica la alarma)
cli-cmd-review = Cambios que otras computadoras hicieron a registros que no son suyos, a la espera de la persona coordinadora
cli-cmd-review-list = Cambios a la espera de revisión
cli-cmd-review-accept = Aceptar un cambio retenido: cuenta desde ahora
cli-cmd-review-refuse = Rechazar un cambio retenido: nunca cuenta
cli-arg-review-accept-change = El id del cambio, como lo muestra `review list` (o su comienzo)
cli-arg-review-refuse-change = El id del cambio, como lo muestra `review list` (o su comienzo)
cli-arg-trust-approve-sessions = Solo estas sesiones (ids separados por comas); sin esto, todas las sesiones del plan de la coordinación
cli-arg-trust-add-sessions = Solo estas sesiones (ids separados por comas); sin esto, todas las sesiones del plan de la coordinación
cli-arg-trust-revoke-from-bundle = Deshacer solo desde este paquete (su hash, como lo muestra `bundle list`)
cli-arg-trust-revoke-from-seq = Deshacer solo desde este número de secuencia
cli-arg-trust-revoke-dry-run = Mostrar lo que se desharía, sin cambiar nada
cli-arg-doctor-repair = Volver a juzgar cada cambio con las comprobaciones actuales y reconstruir cada tabla, conservando el resultado
cli-key-renewed = Esta computadora ahora es { $device } [{ $fingerprint }] y continúa a { $old }. Cambios emitidos de nuevo con la nueva identidad: { $reissued }. Exporte un paquete: la coordinación verá las dos identidades vinculadas.
cli-revoke-preview = Revocar { $device } desde el cambio { $seq } retira cambios suyos: { $ops }.
cli-revoke-kind = { $kind }: vuelven { $restored }, desaparecen { $removed }, cambian { $changed }
cli-review-set = poner { $field } en «{ $value }»
cli-review-delete = eliminarlo
cli-review-none = No hay cambios a la espera de revisión.
cli-review-accepted = Aceptado: { $change } en «{ $title }».
cli-review-refused = Rechazado: { $change } en «{ $title }»; nunca contará.
cli-col-change = CAMBIO
cli-bundle-held = Cambios a la espera de revisión (a registros de otras computadoras o de la coordinación): { $count }. Vea `convene review list`.
cli-bundle-refused = Cambios rechazados (fuera de lo asignado a la computadora, no permitidos o que no encajan en su campo), que no cuentan: { $count }. `convene bundle list` muestra de qué paquetes.
cli-bundle-list-held-refused = retenidos { $held }, rechazados { $refused }
cli-doctor-verdicts = retenidos para revisión { $held }, rechazados { $refused }, revocados { $revoked }
cli-field-not-counting = No cuentan
cli-doctor-repaired = Se volvieron a juzgar { $ops } operaciones con las comprobaciones actuales; veredictos que cambiaron: { $changed } (los cambios guardados antes de estas comprobaciones que ya no las pasan ahora no cuentan). Hash del estado { $hash }.
cli-trust-given = Asignadas: { $sessions } (y las sesiones que cree él mismo).
cli-trust-given-plan = Asignadas: todas las sesiones de su plan y las que cree él mismo.
cli-bundle-not-given = { $device } escribió en sesiones que no se le asignaron: { $sessions }. Lo que hizo allí no cuenta hasta que se las asigne: `convene trust approve { $fingerprint }`
cli-cmd-backup = Hacer una copia de seguridad de este portátil: la base de datos y sus claves en un archivo cifrado con frase de contraseña
cli-arg-backup-out = Dónde escribir el archivo de copia de seguridad
cli-arg-backup-passphrase-file = Leer la frase de contraseña de la primera línea de este archivo (si no, de CONVENE_BACKUP_PASSPHRASE, o se pregunta)
cli-cmd-restore = Recuperar un portátil desde un archivo de copia de seguridad, en una base de datos que aún no existe
cli-arg-restore-file = El archivo de copia de seguridad que se va a restaurar
cli-arg-restore-passphrase-file = Leer la frase de contraseña de la primera línea de este archivo (si no, de CONVENE_BACKUP_PASSPHRASE, o se pregunta)
cli-backup-passphrase-prompt = Frase de contraseña para la copia de seguridad:
cli-backup-written = Copia de seguridad guardada en { $path } ({ $bytes } bytes). Guarde la frase de contraseña aparte del archivo: sin ella no se puede abrir la copia.
cli-backup-written-coordinator = Copia de seguridad guardada en { $path } ({ $bytes } bytes), con la identidad de coordinación: quien tenga el archivo y la frase de contraseña puede aprobar paquetes como esta coordinación. Guárdelos por separado y en un lugar seguro.
cli-restored = Restaurado en { $path }. Este portátil ahora firma como { $new }, vinculado a { $old }: la coordinación acepta sus paquetes cuando recibe un kit o un paquete de la nueva identidad.
cli-missing-device-key = Esta base de datos no tiene su clave de dispositivo al lado ({ $path }), así que no puede firmar paquetes. Restáurela desde una copia con `convene restore` o vuelva a copiar el archivo de clave.
cli-missing-coordinator-identity = Esta base de datos de coordinación no tiene su archivo de identidad al lado ({ $path }), así que no se pueden abrir los nombres y contactos sellados de los paquetes. Restáurela desde una copia con `convene restore` o vuelva a copiar el archivo de identidad.
cli-doctor-plaintext-accessibility =
    { $count ->
        [one] Un cambio de registro anterior al sellado de las necesidades de accesibilidad guarda una en texto sin cifrar en el registro; viaja en los paquetes de su sesión. Los registros nuevos ya la sellan.
       *[other] { $count } cambios de registro anteriores al sellado de las necesidades de accesibilidad las guardan en texto sin cifrar en el registro; viajan en los paquetes de sus sesiones. Los registros nuevos ya la sellan.
    }
cli-cmd-concern-redact = Eliminar una inquietud porque nombra a alguien o contiene sus datos: sus palabras también se borran del registro, y en cada portátil al que llegue la eliminación
cli-arg-concern-redact-concern = El id de la inquietud (o su comienzo)
cli-cmd-note-redact = Eliminar una nota porque nombra a alguien o contiene sus datos: sus palabras también se borran del registro
cli-arg-note-redact-note = El id de la nota (o su comienzo)
cli-cmd-signin-redact = Eliminar un registro de asistencia con su nombre, contactos y necesidades de accesibilidad: las palabras también se borran del registro
cli-arg-signin-redact-signin = El id del registro de asistencia (o su comienzo)
cli-redacted = Eliminado como información personal: sus palabras se borraron en { $ops } cambio(s) del registro de este portátil, y la eliminación viaja en el próximo paquete o kit.
cli-redacted-bundles-before =
    { $count ->
        [one] Un paquete que este portátil escribió antes todavía contiene las palabras y no se puede cambiar: borre ese archivo y pida a la coordinación que borre el suyo.
       *[other] { $count } paquetes que este portátil escribió antes todavía contienen las palabras y no se pueden cambiar: borre esos archivos y pida a la coordinación que borre los suyos.
    }
cli-review-redact = eliminarla como información personal (aceptar borra sus palabras en todas partes, para siempre)
