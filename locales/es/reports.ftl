## Encabezados de las columnas de las exportaciones e importaciones CSV.

csv-col-id = ID
csv-col-session = Sesión
csv-col-group = Grupo
csv-col-status = Estado
csv-col-text = Texto
csv-col-language = Idioma
csv-col-interpretation = Interpretación
csv-col-interpretation_language = Idioma de la interpretación
csv-col-tags = Etiquetas
csv-col-location = Lugar
csv-col-duplicate_of = Duplicado de
csv-col-dots = Puntos
csv-col-created_at = Registrado el
csv-col-time_in = Hora de llegada
csv-col-role = Rol
csv-col-interpreter = Necesita intérprete
csv-col-neighbourhood = Barrio
csv-col-zip = Código postal
csv-col-accessibility = Necesidades de accesibilidad
csv-col-consent = Acepta que la contacten
csv-col-name = Nombre
csv-col-email = Correo electrónico
csv-col-phone = Teléfono
csv-col-concern = Inquietud
csv-col-borda = Puntos Borda
csv-col-first_choices = Primeras preferencias
csv-col-runoff = Segunda vuelta instantánea
csv-col-budget = Puntos de presupuesto
csv-col-title = Título
csv-col-basis = Fundamento
csv-col-owner = Responsable
csv-col-due = Fecha límite
csv-col-response = Respuesta prevista
csv-col-concerns = Inquietudes
csv-col-updates = Actualizaciones
csv-col-latest_update = Última actualización
csv-col-minutes = Minutos
csv-col-presenter = Presenta
csv-col-kind = Tipo
csv-runoff-winner = gana
csv-runoff-out = eliminada en la ronda { $round }
csv-problem-unknown-column = “{ $heading }” no es una columna que esta importación conozca. Use: { $allowed }.
csv-problem-missing-column = Falta la columna obligatoria “{ $column }”.
csv-problem-not-yes-no = «{ $value }» no es ni sí ni no. Escriba { $yes } o { $no }.
csv-problem-not-a-number = “{ $value }” no es un número entero.
csv-problem-unknown-group = No hay ningún grupo de trabajo “{ $value }” en esta sesión.
csv-problem-unreadable = Esta línea no se pudo leer como CSV: { $detail }

# Cómo se escribe una fecha en este idioma, en notación strftime.
date-format = %-d de %B de %Y

## Informes en PDF. Los mensajes compartidos con la aplicación (tipos de sesión, funciones, estados) vienen de ui.ftl.

pdf-kind-summary = Resumen de la sesión
pdf-kind-signin-sheet = Hoja de registro
pdf-kind-report-back = Lo que nos dijeron y lo que pasó
pdf-kind-cpp = Actualización del Plan de Policía Comunitaria
pdf-page = Página { $page } de { $pages }
pdf-prepared = Preparado el { $date } con Convene
pdf-precinct = Distrito { $precinct }
pdf-all-precincts = Todos los distritos
pdf-not-given = Sin dato
pdf-none-yet = Todavía nada.
language-name = { $code ->
    [en] inglés
    [es] español
    [zh-Hant] chino (tradicional)
    [zh] chino
    [yue] cantonés
    [vi] vietnamita
    [ru] ruso
    [so] somalí
    [ko] coreano
    [am] amárico
    [ar] árabe
    [ti] tigriña
    [tl] tagalo
    [uk] ucraniano
    [unknown] Sin dato
   *[other] { $code }
  }

## Resumen de la sesión
pdf-attendance = Asistencia
pdf-attendance-total = { $count ->
    [one] Se registró una persona.
   *[other] Se registraron { $count } personas.
  }
pdf-attendance-interpreter = { $count ->
    [0] Nadie pidió intérprete.
    [one] Una persona pidió intérprete.
   *[other] { $count } personas pidieron intérprete.
  }
pdf-attendance-anonymous = { $count ->
    [0] Todos dieron al menos un barrio o código postal.
    [one] Una persona se registró de forma anónima.
   *[other] { $count } personas se registraron de forma anónima.
  }
pdf-attendance-privacy = Este informe cuenta personas; nunca las nombra.
pdf-by-language = Por idioma
pdf-by-role = Por función
pdf-by-neighbourhood = Por barrio o código postal
pdf-col-people = Personas
pdf-agenda = Agenda: prevista y real
pdf-col-item = Punto
pdf-col-presenter = Presenta
pdf-col-planned = Previsto (min)
pdf-col-actual = Real (min)
pdf-col-difference = Diferencia
pdf-agenda-total = Total
pdf-agenda-not-run = no se hizo
pdf-top-concerns = Inquietudes más votadas
pdf-no-votes = No se registraron votos en esta sesión.
pdf-by-tag = Inquietudes por pilar y tema
pdf-col-pillar = Pilar
pdf-col-topic = Tema
pdf-col-concerns = Inquietudes
pdf-untagged = Sin etiqueta
pdf-notes = Notas por grupo
pdf-whole-room = Toda la sala
pdf-actions = Acciones
pdf-col-action = Acción
pdf-col-owner = Responsable
pdf-col-due = Fecha límite
pdf-col-status = Estado
pdf-col-basis = Base
pdf-all-concerns = Todas las inquietudes planteadas
pdf-col-concern = Inquietud
pdf-col-group = Grupo
pdf-col-dots = Puntos
pdf-interpreted = Interpretación ({ $language })

## Hoja de registro
pdf-signin-intro = Bienvenidos. Escriba con letra clara. El nombre y los datos de contacto son opcionales; solo los usamos para enviarle lo que resulte de esta reunión, y solo si marca la última casilla.
pdf-signin-name = Nombre (opcional)
pdf-signin-neighbourhood = Barrio o código postal
pdf-signin-language = Idioma preferido
pdf-signin-interpreter = ¿Intérprete?
pdf-signin-role = Vecino o vecina, negocio, organización, personal municipal o policía
pdf-signin-contact = Correo o teléfono (opcional)
pdf-signin-consent = ¿Podemos contactarle?

## Folleto de rendición de cuentas
pdf-handout-intro = { $sessions ->
    [one] En una reunión
   *[other] En { $sessions } reuniones
  }, { $people ->
    [one] una persona nos habló
   *[other] { $people } personas nos hablaron
  } de { $concerns ->
    [one] una inquietud
   *[other] { $concerns } inquietudes
  }. Esto es lo que escuchamos, lo que hemos hecho y lo que sigue.
pdf-handout-raised = Lo que ustedes plantearon
pdf-handout-done = Lo que se hizo
pdf-handout-next = Lo que sigue
pdf-raised-count = { $count ->
    [one] Planteada una vez
   *[other] Planteada { $count } veces
  }, { $dots ->
    [one] un voto
   *[other] { $dots } votos
  }
pdf-handout-nothing-done = Todavía no hay nada terminado; a continuación, las acciones en curso.
pdf-handout-nothing-next = Todavía no hay más acciones previstas.
pdf-action-lead = Responsable: { $owner }
pdf-action-latest = Lo último ({ $date }): { $text }

## Actualización del Plan de Policía Comunitaria
pdf-cpp-period = { $sessions ->
    [one] Una sesión
   *[other] { $sessions } sesiones
  }, del { $from } al { $to }
pdf-cpp-feedback = Opiniones y prioridades de la comunidad
pdf-cpp-feedback-intro = De encuestas, cumbres y grupos pequeños: { $people ->
    [one] un registro
   *[other] { $people } registros
  } y { $concerns ->
    [one] una inquietud
   *[other] { $concerns } inquietudes
  }, las más votadas primero.
pdf-cpp-effectiveness = Eficacia de los esfuerzos actuales
pdf-cpp-effectiveness-counts = { $done } terminadas, { $progress } en curso, { $planned } previstas, { $dropped } descartadas.
pdf-cpp-responses = Respuestas nuevas o modificadas
pdf-cpp-shared = Lo que se compartió con la comunidad
pdf-cpp-no-sharing = Todavía no se ha celebrado ninguna reunión de rendición de cuentas en este distrito.
pdf-col-session = Sesión
pdf-col-date = Fecha
pdf-interpretation = Interpretación
csv-problem-duplicate-column = La columna «{ $heading }» aparece dos veces; no se puede saber cuál vale. Quite o cambie el nombre de una de ellas.
pdf-text-cut = (cortado aquí: el texto completo está en la exportación CSV)
csv-yes-words = sí, si, s
csv-no-words = no, n
