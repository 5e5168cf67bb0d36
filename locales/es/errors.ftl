## Errores del núcleo de Convene. Cada mensaje dice qué pasó y qué hacer después.

error-not-found =
    Ningún registro del tipo «{ $kind }» coincide con «{ $id }». { $surface ->
        [cli] Ejecute `convene { $command } list` para ver los identificadores disponibles.
       *[app] Elíjalo de la lista en pantalla.
    }
error-ambiguous-id = «{ $prefix }» coincide con más de un registro del tipo «{ $kind }» ({ $count }). Escriba más caracteres del identificador.
error-empty-text = «{ $field }» está vacío. Escriba algo e inténtelo de nuevo.
error-text-too-long = «{ $field }» es demasiado largo: tiene { $length } caracteres y el máximo es { $max }. Acórtelo e inténtelo de nuevo.
error-invalid-zip = “{ $value }” no es un código postal. Use cinco dígitos, como 98122, o ZIP+4, como 98122-1234; si es el nombre de un barrio, escríbalo en el campo del barrio.
error-invalid-choice = «{ $value }» no es un valor válido para «{ $field }». Use uno de estos: { $allowed }.
error-invalid-number = «{ $value }» no es un valor válido para «{ $field }»: debe ser un número entero entre { $min } y { $max }.
error-invalid-date = «{ $value }» no es un valor válido para «{ $field }». Use una fecha como 2027-03-14 o una fecha y hora como 2027-03-14T18:30:00-08:00.
error-invalid-language = “{ $value }” no es un código de idioma. Use un código como en, es, zh-Hant, vi, so o am.
error-invalid-email = “{ $value }” no parece una dirección de correo electrónico.
error-invalid-phone = “{ $value }” no parece un número de teléfono. Use dígitos, espacios, guiones, paréntesis y, si hace falta, un + al principio.
error-consent-required =
    Solo se puede anotar un correo o un teléfono si la persona aceptó que la contacten. Pregúntele y luego { $surface ->
        [cli] agregue --consent.
       *[app] marque la casilla de consentimiento.
    }
error-wrong-session = «{ $id }» ({ $kind }) pertenece a otra sesión. Elija uno de esta sesión.
error-duplicate-token = El código de boleta “{ $token }” ya se usó en esta sesión. Cada código vale para una sola boleta; entregue a la persona un código nuevo.
error-empty-ballot = La boleta no nombra ninguna inquietud. Elija al menos una.
error-repeated-choice = La boleta ordenada repite la misma inquietud ({ $id }). Ordene cada inquietud una sola vez.
error-budget-mismatch = Las asignaciones suman { $spent }, pero el presupuesto es { $budget }. Ajústelas para que sumen exactamente el presupuesto.
error-negative-allocation = Una asignación debe ser cero o más; { $value } no está permitido.
error-merge-into-self = Una inquietud no puede ser duplicado de sí misma. Elija otra inquietud con la que unirla.
error-merge-cycle = { $id } ya es un duplicado de la inquietud que quiere unir. Únalas en el sentido contrario.
error-agenda-not-started = El punto del orden del día “{ $title }” todavía no ha empezado. Inícielo primero.
error-tag-exists = La etiqueta “{ $slug }” ya está en el vocabulario.
error-not-a-database = { $path } no es una base de datos de Convene (no es un archivo SQLite o está dañado). Revise la ruta, o aparte el archivo y deje que Convene cree uno nuevo.
error-newer-schema = { $path } fue escrito por una versión más reciente de Convene (esquema { $found }; esta versión entiende hasta el { $supported }). Instale la versión nueva para abrirlo; esta no lo modificará.
error-read-only =
    Convene no puede escribir en { $path }: el archivo o su carpeta son de solo lectura. { $surface ->
        [cli] Elija una ubicación con permiso de escritura con --db, o corrija los permisos.
       *[app] Abra una base de datos en una carpeta con permiso de escritura, o corrija los permisos.
    }
error-disk-full = El disco donde está { $path } está lleno. No se guardó nada. Libere espacio e inténtelo de nuevo.
error-busy = La base de datos está ocupada en otra ventana o programa. Espere un momento e inténtelo de nuevo.
error-storage = La base de datos informó de un error: { $detail }
error-io = No se pudo usar { $path }: { $detail }
error-rebuild-mismatch = Al reconstruir desde el registro de operaciones salió un estado distinto en: { $tables }. No se cambió nada. Guarde una copia de la base de datos e informe del problema.
error-file-too-large = { $path } es más grande de lo que Convene acepta para este tipo de archivo (como máximo { $max } bytes), así que no se leyó. Compruebe que es el archivo correcto: un paquete, kit, copia de seguridad u hoja de Convene es mucho más pequeño.
error-malformed = { $path } no es un paquete o kit de Convene legible ({ $detail }). Puede estar dañado o incompleto: cópielo de nuevo desde el portátil o la memoria USB.
error-unexpected-entry = { $path } contiene “{ $entry }”, que ningún paquete ni kit de Convene contiene. Se rechazó sin abrirlo; no use este archivo.
error-entry-too-large = { $path }: “{ $entry }” ocuparía más de { $max } bytes al descomprimirse. Se rechazó sin desempaquetarlo; no use este archivo.
error-bad-signature = { $path } se modificó después de firmarse: su firma no es válida. No se importó nada. Cópielo de nuevo desde el portátil que lo creó.
error-hash-mismatch = { $path }: “{ $entry }” no coincide con la suma de comprobación de su manifiesto firmado, así que el archivo se alteró o se dañó. No se importó nada. Cópielo de nuevo desde el portátil que lo creó.
error-key-mismatch = { $path } dice venir del dispositivo { $device }, pero está firmado con otra clave (huella { $fingerprint }). No se importó nada. Confirme con la persona facilitadora qué portátil lo creó.
error-revoked-device =
    { $path } viene de la computadora { $device } (huella { $fingerprint }), que fue revocada. No se importó nada. Si fue un error, { $surface ->
        [cli] apruebe la computadora de nuevo con `convene trust approve`.
       *[app] apruebe la computadora de nuevo en «{ coordinator-devices }», en la pantalla «{ nav-coordinator }».
    }
error-seq-alarm = ALARMA: { $path } dice contener la operación { $seq } del dispositivo { $device }, pero esta base de datos ya tiene otra operación distinta con ese número. Los dos paquetes no pueden ser auténticos a la vez. No se importó nada; guarde ambos archivos e investigue antes de aprobar nada más de este dispositivo.
error-not-sealed-for-us =
    { $path } contiene datos personales sellados para una clave de coordinación que esta base de datos no tiene. Impórtelo en la base de datos de la coordinación (la que { $surface ->
        [cli] ejecutó `convene coordinator init` y exportó el kit).
       *[app] preparó el kit).
    }
error-foreign-coordinator =
    Este kit está firmado por la coordinación { $got }, pero esta computadora ya sigue a la coordinación { $expected }. Compare las huellas con su coordinación; para cambiar, { $surface ->
        [cli] importe de nuevo con --new-coordinator.
       *[app] impórtelo de nuevo y confirme el cambio.
    }
error-no-coordinator-identity =
    Esta base de datos no tiene identidad de coordinación. { $surface ->
        [cli] Ejecute primero `convene coordinator init`.
       *[app] Créela primero en la pantalla «{ nav-coordinator }».
    }
error-device-key-missing = Falta la clave de firma de este portátil, { $path }, o no corresponde a su base de datos. Restaure el archivo de la clave desde una copia de seguridad; sin ella no se pueden firmar paquetes de esta base de datos.
error-crypto = Falló una operación criptográfica: { $detail }
error-unknown-device =
    Ninguna computadora coincide con «{ $id }». { $surface ->
        [cli] Ejecute `convene trust list` para ver las computadoras y sus huellas.
       *[app] Las computadoras y sus huellas aparecen en «{ coordinator-devices }», en la pantalla «{ nav-coordinator }».
    }
error-conflict-not-found =
    Ningún conflicto abierto coincide con «{ $id }». { $surface ->
        [cli] Ejecute `convene conflicts list` para verlos.
       *[app] Los conflictos abiertos aparecen en la pantalla «{ nav-coordinator }».
    }
error-wrong-file-kind =
    { $path } es un archivo del tipo «{ $found }», no «{ $expected }». { $surface ->
        [cli] Use `convene kit import` para los kits y `convene bundle import` para los paquetes.
       *[app] Importe los kits en «{ nav-exchange }» y los paquetes en la pantalla «{ nav-coordinator }».
    }
error-csv-invalid =
    { $path } tiene { $problems ->
        [one] un problema
       *[other] { $problems } problemas
    } (indicados arriba), así que no se importó nada. Corrija las filas e importe de nuevo, o { $surface ->
        [cli] agregue --skip-invalid para importar solo las filas válidas.
       *[app] elija importar solo las filas válidas.
    }
error-unknown-locale = { $locale } no es uno de los idiomas de Convene. Elija uno de la lista en Ajustes.
error-kiosk-closed = El quiosco no está abierto. Pida a la persona facilitadora que lo abra desde la pantalla de registro.
error-kiosk-pin = Elija un PIN de al menos cuatro dígitos para que solo la persona facilitadora pueda cerrar el quiosco.
error-kiosk-pin-wrong = Ese PIN no es correcto. Pida a la persona facilitadora que cierre el quiosco.
error-font-missing = Este informe necesita la fuente { $file } para imprimir su texto. Instale el paquete { $package } (en Debian o Ubuntu: sudo apt install { $package }) o ponga el archivo de la fuente en la carpeta indicada por CONVENE_FONT_DIR.
error-window = No se pudo abrir ni cerrar una ventana: { $detail }. Cierre las otras ventanas de Convene e inténtelo de nuevo; si sigue fallando, reinicie la aplicación.
error-not-for-this-window = Esta ventana no puede hacer eso. El quiosco solo registra a las personas y recibe boletas; use la ventana de la persona facilitadora para todo lo demás.
error-change-refused =
    { $reason ->
        [out-of-scope] A esta computadora no se le asignó esa sesión ni la creó, así que el cambio no se puede hacer aquí. Pida a la coordinación que le asigne la sesión (`convene trust approve` con `--sessions`).
        [taken-id] Ese registro se creó en otra computadora, así que no se puede crear de nuevo aquí.
        [too-many-tags] Esta computadora ya añadió todas las etiquetas que puede; pida a la coordinación que amplíe el vocabulario.
        [bad-value] Un valor no encaja en su campo (su tipo, su rango o su longitud).
        [not-a-clock] El reloj de esta computadora marca una hora imposible; ajuste la fecha y la hora e inténtelo de nuevo.
       *[other] Ese cambio no le corresponde a esta computadora: el registro es de la coordinación o de otra computadora. Pida a la coordinación que lo haga.
    }
error-checks-changed =
    Algunos cambios guardados antes de las comprobaciones de hoy ya no las pasan ({ $ops }), así que una reconstrucción no sería idéntica. { $surface ->
        [cli] Ejecute `convene doctor --repair` para juzgarlos de nuevo y reconstruir:
       *[app] Repare la base de datos desde «{ nav-settings }» para juzgarlos de nuevo y reconstruir:
    } no contarán para nada y el registro los conserva.
error-approval-failed = La aprobación de { $device } no se completó porque no se pudo combinar { $bundle }: { $cause } No se cambió nada y el paquete sigue retenido aquí: corrija la causa y vuelva a aprobar (no hace falta el archivo).
error-not-a-file =
    { $path } es { $kind ->
        [folder] una carpeta
        [device] un dispositivo
        [pipe] una tubería
       *[other] algo que no es un archivo normal
    }, no un archivo que Convene pueda leer o escribir. Indique la ruta de un archivo (para uno nuevo, un nombre que aún no exista).
error-target-read-only = { $path } es de solo lectura, así que Convene no lo reemplazó. Elija otro nombre, o haga primero que se pueda escribir si de verdad debe reemplazarse.
error-foreign-database =
    { $path } es la base de datos de otro programa, no de Convene. Convene no la modificó. { $surface ->
        [cli] Revise la ruta indicada con --db.
       *[app] Revise qué archivo eligió.
    }
error-sheet-too-long = { $path } tiene más filas que cualquier hoja de registro u orden del día (el máximo es { $max }). No se importó nada: divídalo o compruebe que es el archivo correcto.
error-control-character = «{ $field }» contiene un carácter de control ({ $code }), que hablaría con la terminal o la hoja de cálculo en lugar de leerse. Escriba el texto de nuevo o péguelo como texto sin formato.
error-ambiguous-device = «{ $key }» corresponde a más de una computadora ({ $count }): { $candidates }. Normalmente significa que una computadora se configuró de nuevo con su archivo de clave antiguo. Use el identificador de la computadora (la primera parte de cada uno) para indicar cuál es.
error-op-id-reused = { $path } trae el cambio { $op }, pero esta base de datos ya tiene otro cambio con ese identificador. No se importó nada. El paquete lo hizo una copia de Convene defectuosa o alterada: guarde el archivo y pida ayuda antes de importar más de ese portátil.
error-op-does-not-fit = { $path } está íntegro y bien firmado, pero uno de sus cambios no encaja en esta base de datos ({ $detail }). No se importó nada. Puede venir de una versión más nueva de Convene: actualice esta, o envíe el archivo a quien dé soporte a su Convene.
error-weak-passphrase = Esa frase de contraseña es demasiado corta para proteger una copia de seguridad. Use al menos { $min } caracteres: unas cuantas palabras comunes se recuerdan mejor que los símbolos.
error-wrong-passphrase = No se pudo abrir { $path } con esa frase de contraseña. Revísela e inténtelo de nuevo; no se cambió nada.
error-restore-target-exists =
    { $path } ya contiene una base de datos. Una restauración nunca escribe encima de otra: { $surface ->
        [cli] elija una ruta nueva con --db o mueva antes ese archivo.
       *[app] elija un nombre nuevo o mueva antes ese archivo.
    }

## What messages name: the kinds of thing ids point at, and the fields people fill in.
kind-programme = programa
kind-session = sesión
kind-agenda = punto del orden del día
kind-group = grupo de trabajo
kind-question = pregunta de discusión
kind-signin = registro de asistencia
kind-signin-contact = nombre y contacto
kind-concern = inquietud
kind-note = nota
kind-dot-count = conteo de puntos
kind-ballot = boleta
kind-action = acción
kind-action-update = avance de una acción
kind-tag = etiqueta
kind-conflict = conflicto
kind-held-change = cambio retenido
kind-bundle = paquete
kind-kit = kit
kind-unknown-file = archivo de tipo desconocido
field-ballot-token = código de boleta
field-ballot-budget = presupuesto
field-coordinator-identity = identidad de coordinación
field-value-date = fecha
field-value-time = hora
field-device-name = nombre de la computadora
field-device = computadora
field-dot-count = conteo de puntos
field-signin-name = nombre
field-note-text = nota
field-sequence-number = número de secuencia
field-signin-time-in = hora de llegada
field-action-update-date = fecha del avance
field-action-update-text = avance
field-value = valor
field-error-code = código de error
field-personal-data = datos personales
field-ledger-detail = detalle de importación
field-bundle-status = estado de importación
field-verdict = decisión
field-reason = motivo
field-session-scope = acceso a sesiones
field-table = tabla
field-report-kind = tipo de informe
field-paper-size = tamaño de papel
field-key-kind = tipo de clave
field-device-state = estado de la computadora
field-ballot-kind = tipo de boleta
field-ballot-allocation = puntos asignados
label-unknown = «{ $key }» (un nombre que esta versión de Convene no conoce)
