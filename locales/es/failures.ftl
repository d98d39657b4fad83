# Lo que salió mal cuando algo no se pudo hacer (la ventana lo muestra en un aviso; la
# línea de órdenes lo imprime). Los nombres de archivo se muestran tal cual.

## Archivos

failure-io = { $act ->
        [create] No se pudo crear { $file }
        [write-in] No se pudo escribir en { $file }
        [read] No se pudo leer { $file }
        [remove] No se pudo quitar { $file }
        [replace] No se pudo reemplazar { $file }
        [delete] No se pudo borrar { $file }
        [sync] No se pudo guardar { $file } en el disco
        [set-aside] No se pudo apartar { $file }
       *[write] No se pudo escribir { $file }
    }: { $why }.
io-not-found = no está ahí (¿se movió o se borró?)
io-permission-denied = este ordenador no permite a Twinge hacer eso ahí
io-already-exists = ya hay un archivo con ese nombre
io-disk-full = el disco está lleno
io-read-only = el disco o la carpeta solo se pueden leer
io-is-a-folder = es una carpeta, no un archivo
io-not-a-folder = una parte de su ruta es un archivo, no una carpeta
io-too-large = el archivo es demasiado grande
io-busy = el sistema estaba ocupado; inténtelo de nuevo
io-unreadable = no se pudo leer su contenido
io-refused = el sistema se negó

## El archivo del diario

store-too-new = Este diario lo escribió una versión más nueva de Twinge (esquema { $found }; esta versión entiende hasta { $supported }). Actualice Twinge para abrirlo; el archivo no se modificó.
store-not-a-database = { $file } no es un diario de Twinge (no es una base de datos SQLite). Se dejó como estaba.
store-corrupt = El diario { $file } está dañado ({ $detail }). Se dejó como estaba; restaure una copia de seguridad o pida ayuda.
store-wrong-key = El código no abre el diario { $file }. No se cambió nada.
store-migration = No se pudo actualizar el diario: { $why }
store-in-use = Twinge está abierto en otra ventana u orden: ciérrelo e inténtelo de nuevo. No se cambió nada.
store-being-changed = Twinge aún está cambiando este diario en otra ventana u orden (un código, una restauración o un borrado). Inténtelo de nuevo cuando haya terminado.
store-not-found = No hay ningún episodio con el identificador { $id }.
store-io = No se pudo leer ni escribir el archivo del diario: { $why }.
store-database = No se pudo leer ni escribir el diario (un error de la base de datos). No se cambió nada más.
store-disk-full = El disco no aceptó el cambio: lo más probable es que esté lleno. Libere algo de espacio e inténtelo de nuevo; todo lo guardado antes sigue ahí.

## Peticiones

failure-invalid-input = No se entendió la petición: { $detail }
failure-not-valid = La entrada no es válida.
failure-bad-id = «{ $id }» no es el identificador de un episodio.
failure-value-too-long = Se rechazó un valor de { $size } bytes (como máximo { $max }).
failure-passcode-too-long = Se rechazó un código de { $size } bytes.
failure-request-too-large = La petición es demasiado grande ({ $size } bytes; como máximo { $max }).
failure-bad-limit = Una página contiene de 1 a 500 episodios.
failure-bad-search = Busque como máximo 200 caracteres.

## El diario

failure-no-file = Este diario vive en la memoria y no tiene archivo.
failure-closed = El diario se cerró mientras se estaba cambiando. Reinicie Twinge.
failure-not-reopened = No se pudo volver a abrir el diario después del cambio: { $why } Reinicie Twinge; la copia guardada junto al diario está ahí por si hace falta.
failure-episode-gone = Ese episodio ya no existe.
failure-entry-gone = Esa entrada ya no existe.
failure-nothing-to-repeat = Todavía no hay ningún episodio que repetir.
failure-no-today = Hoy está fuera del calendario.
failure-draft-too-large = El episodio que se está escribiendo ocupa más de { $max } KB y no se pudo guardar como borrador.
failure-draft-not-form = Eso no es un formulario de episodio, así que no se guardó.

## El informe

failure-bad-psfs = La frecuencia se puntúa de 0 a 4 y la gravedad de 1 a 3.
failure-report = No se pudo hacer el informe. No se guardó nada; envíe los detalles a los autores de Twinge.
failure-preview = No se pudo hacer la vista previa; puede que el informe sí funcione.
failure-questions-too-long = Las preguntas pueden tener como máximo { $max } caracteres para que quepan en la página 1; ahora son { $count }.

## Códigos y copias de seguridad

failure-wrong-passcode = Ese código no abre este diario. No se cambió nada.
failure-backup-not-opened = Ese código no abre esta copia de seguridad. No se cambió nada.
failure-no-key-file = { $file } no tiene al lado un archivo de clave ({ $key }), así que ningún código puede abrirla. No se cambió nada.
failure-backup-passcode = { $file } se hizo con otro código. Escriba el código con el que se hizo para restaurarla. No se cambió nada.
failure-backup-wrong-passcode = Ese código no abre { $file }. No se cambió nada.
failure-backup-damaged = La copia de seguridad { $file } está dañada ({ $detail }), así que no se restauró y el diario no cambió. Elija otra copia.
failure-restore = { $file } no se pudo abrir como diario, así que no se restauró: { $why } El diario no se cambió.
failure-no-randomness = Este ordenador no dio a Twinge números aleatorios para hacer la clave. No se cambió nada.
failure-bad-key-file = No se puede usar el archivo de clave { $file }: { $why }. No se cambió nada.
failure-key-damaged = está dañado
failure-key-not-a-header = no es un archivo de clave de Twinge
failure-key-not-written = No se pudo escribir el archivo de clave.
failure-key-salt = La sal del archivo de clave está dañada.
failure-key-settings = Los ajustes del archivo de clave para el código están dañados. No se cambió nada.
failure-key-not-made = No se pudo obtener la clave a partir del código.
failure-key-layout = su disposición de páginas (páginas de { $size } bytes, HMAC { $hmac }) no es una que use la versión { $version } del archivo de clave
failure-key-unusable = No se puede usar el archivo de clave: { $why }.
failure-key-memory = pide { $kib } KiB de memoria para desbloquear (como máximo { $max })
failure-key-passes = pide { $passes } pasadas (de 1 a { $max })
failure-key-lanes = pide { $lanes } carriles (de 1 a { $max })
failure-key-salt-length = su sal tiene { $length } caracteres (de 32 a 128 dígitos hexadecimales)
failure-key-newer = lo escribió un Twinge más nuevo (versión { $version }); actualice Twinge
failure-too-many-tries = { $count ->
        [one] Tras { $count } código erróneo, espere { $seconds } s antes del siguiente intento.
        [many] Tras { $count } códigos erróneos, espere { $seconds } s antes del siguiente intento.
       *[other] Tras { $count } códigos erróneos, espere { $seconds } s antes del siguiente intento.
    }
failure-locked = Este diario está bloqueado con un código. Escríbalo para abrir el diario.
failure-nothing-to-start-over = Este diario no tiene código; no hay nada desde lo que empezar de nuevo.
failure-not-damaged = Este diario no está dañado: se abre tal como está, así que se dejó en su sitio.

## Recordatorio, Análisis, registros diarios, archivos

failure-reminder-not-saved = No se pudo guardar el recordatorio.
failure-reminder-folder = El recordatorio no puede funcionar para la carpeta { $folder }: su nombre contiene un carácter que un temporizador no admite (un salto de línea u otro carácter de control). Mueva el diario a una carpeta con un nombre sencillo.
failure-bad-time-of-day = «{ $time }» no es una hora del día como 21:00.
failure-period-backwards = El periodo termina antes de empezar.
failure-period-too-long = Elija un periodo de 30 años como máximo.
failure-figures = No se pudieron escribir las cifras.
failure-no-factor = Ese factor no existe.
failure-checkin-not-saved = El registro diario no se guardó.
failure-written-list = No se pudo guardar la lista de archivos escritos.
failure-demo = No se pudo crear el diario de ejemplo.

## Exportar e importar

failure-export = No se pudo escribir la exportación.
import-bad-format = «{ $format }» no es un formato de archivo; use json o csv.
import-bad-file = Este archivo no se puede importar: { $why }. No se cambió nada.
import-not-a-file = { $file } no es un archivo normal
import-too-large = El archivo es demasiado grande para importarlo ({ $size } MB; como máximo { $max } MB).
import-not-an-export = no es una exportación de Twinge
import-ends-early = termina demasiado pronto (línea { $line }): quizá se cortó al copiarlo
import-not-json = no es un archivo JSON, o está dañado en la línea { $line }, columna { $column }
import-no-format = no es una exportación de Twinge (falta "format": "twinge-journal")
import-newer = lo escribió un Twinge más nuevo (versión de formato { $version }); actualice Twinge para importarlo
import-no-version = falta su versión de formato o es desconocida
import-unexpected = algo en él no es lo que contiene una exportación de Twinge (línea { $line }, columna { $column })
import-no-first-line = no se pudo leer su primera línea (¿es un archivo CSV en UTF-8?)
import-no-column = no tiene la columna «{ $column }»; la primera línea debe nombrar las columnas (Kind, Start, Intensity 0–10, Where, …)
import-not-twinge-csv = su primera línea no nombra las columnas de una exportación de Twinge (Kind, Start, …). Un diario llevado en otra aplicación o en una hoja de cálculo se trae con «Importar desde otra aplicación…»
import-line-unreadable = no se pudo leer la línea { $line } (unas comillas sin cerrar, otro número de columnas o no es UTF-8)
import-not-whole = línea { $line }: «{ $value }» en la columna { $column } no es un número entero
import-not-relief = línea { $line }: «{ $value }» en la columna reliefs no es nombre:0-3
import-id-twice = El identificador { $id } aparece dos veces en el archivo.
import-bad-vocab = { $list ->
        [triggers] La lista de desencadenantes tiene una entrada «{ $name }» sin una clave y un nombre válidos (de 1 a { $max } caracteres).
       *[reliefs] La lista de alivios tiene una entrada «{ $name }» sin una clave y un nombre válidos (de 1 a { $max } caracteres).
    }
import-bad-appointment = La cita con fecha «{ $date }» no es válida.
import-bad-medication = El cambio de medicación «{ $name }» del «{ $date }» no es válido.
import-bad-quiet-day = «{ $date }» no es una fecha entre 1900 y dentro de un año.
import-bad-timing = «{ $value }» no es una parte del día; use night, morning, midday, afternoon, evening o day.
import-unknown-trigger = El desencadenante «{ $name }» no está en la lista del archivo ni en la de este diario.
import-unknown-relief = «{ $name }» no está en la lista de lo que ayuda del archivo ni en la de este diario.
import-bad-times = Las horas del episodio no concuerdan (creado después de modificado, o negativas).
import-bad-factor = La lista de factores tiene una entrada «{ $name }» sin una clave y un nombre válidos.
import-bad-checkin = El registro diario del «{ $date }»: { $why }.
import-checkin-not-a-date = no es una fecha
import-checkin-not-started = su día aún no ha empezado
import-checkin-twice = el día tiene dos registros en el archivo
import-checkin-too-many = enumera más de { $max } factores

## Registros diarios

failure-no-such-factor = No hay ningún factor «{ $key }».
failure-bad-level = «{ $key }» no puede ser «{ $level }».
failure-factor-twice = «{ $key }» aparece dos veces.
failure-factor-name = El nombre de un factor necesita una letra o una cifra.
failure-checkin-future = Un registro diario es para un día que ya ha empezado.
failure-rating-out-of-range = Una valoración es un número entero de 0 a { $max }, no { $value }.

## Campos de los formularios

failure-not-a-date = «{ $text }» no es una fecha; escríbala como 2026-11-20.
failure-date-too-early = «{ $text }» es anterior a { $year }; revise el año.
failure-date-too-late = «{ $text }» está a más de un año vista; revise el año.
failure-name-length = Un nombre necesita de 1 a { $max } caracteres.
failure-dose-length = Una dosis puede tener como máximo { $max } caracteres.
failure-display-name-length = El nombre puede tener como máximo { $max } caracteres.
failure-note-length = Una nota puede tener como máximo { $max } caracteres.
failure-name-taken = «{ $name }» ya está en la lista.
failure-quiet-future = Un día solo se puede marcar como tranquilo cuando ha empezado.
failure-day-has-episodes = { $when ->
        [today] { $count ->
            [one] Hoy registró { $count } episodio: un día con episodios no se puede marcar como «sin episodios».
            [many] Hoy registró { $count } episodios: un día con episodios no se puede marcar como «sin episodios».
           *[other] Hoy registró { $count } episodios: un día con episodios no se puede marcar como «sin episodios».
        }
       *[day] { $count ->
            [one] El { $day } registró { $count } episodio: un día con episodios no se puede marcar como «sin episodios».
            [many] El { $day } registró { $count } episodios: un día con episodios no se puede marcar como «sin episodios».
           *[other] El { $day } registró { $count } episodios: un día con episodios no se puede marcar como «sin episodios».
        }
    }
failure-auto-lock = Bloquear tras { $max } minutos como máximo (un día).
failure-birth-too-early = Una fecha de nacimiento es de 1900 en adelante.
failure-birth-future = Una fecha de nacimiento no puede estar en el futuro.
failure-time-form = Una hora se escribe como 21:00.
failure-passcode-too-many = Un código puede tener como máximo { $max } caracteres.
failure-passcode-guessable = Este código sería fácil de adivinar.
failure-passcode-advice = Tres o cuatro palabras sin relación entre sí hacen un código fuerte y fácil de recordar.
failure-current-passcode = Escriba primero el código actual.
language-unknown = Twinge no tiene traducción para «{ $code }»; tiene { $available }.
language-using-english = { $why } Se usará el inglés.

## Lo que encontró una importación

import-setting-differs = { $what }: { $file } (aquí: { $here })
import-setting-none = ninguno
import-setting-text = «{ $text }»
import-setting-never = nunca
import-setting-after-minutes = { $count ->
        [one] tras { $count } minuto
        [many] tras { $count } minutos
       *[other] tras { $count } minutos
    }
import-setting-name = Nombre en el informe
import-setting-birth = Fecha de nacimiento

## La ventana

failure-try-again = Inténtelo de nuevo.
failure-unavailable = El diario no está disponible; reinicie Twinge.
failure-not-encrypted = Solo se puede bloquear un diario con código.
failure-journal-open = El diario está abierto; empezar de nuevo es solo para un código olvidado.
failure-not-confirmed = Escriba DELETE en mayúsculas para confirmar.
failure-no-import = Elija primero un archivo para importar.
failure-no-restore = Elija primero una copia de seguridad para restaurar.

## Las listas de archivos de los diálogos

dialog-export = Exportación de Twinge
dialog-import = Exportación de Twinge (JSON o CSV)
dialog-backup = Copia de seguridad de Twinge

peer-not-text = no es texto ni un archivo de hoja de cálculo
peer-unreadable-line = la línea { $line } no se puede leer como celdas separadas por comas o puntos y coma
peer-too-many-cells = la línea { $line } tiene más de { $max } celdas
peer-header-only = tiene un encabezado y ninguna fila
peer-other-format = no es una exportación de { $said }: su encabezado es el de { $seen }
peer-source-sheet = una hoja de cálculo
peer-no-date-column = ninguna columna contiene la fecha; indique cuál
peer-bad-date = «{ $value }» no es una fecha que esta importación pueda leer.
peer-note-places = Zona tal como se escribió: { $places }
peer-note-unsure = Probado, sin saber si ayudó: { $names }
peer-note-unread = No se pudo leer: { $cells }
peer-rule-scale = La intensidad en la escala { $scale } de la fuente pasa a 0–10 (×10 ÷ su máximo, redondeado).
peer-rule-written = Las intensidades escritas como 7/10 usan su propia escala; 5-6 pasa al punto medio; todo redondeado a números enteros.
peer-skipped-name = se omite mientras no diga qué es
peer-skipped-column = Twinge no tiene dónde guardarlo
peer-skipped-unread = no se pudo leer: se guarda en la nota y el campo queda como desconocido
peer-skipped-category = no es algo que Twinge registre
peer-day-notes = Notas del día
peer-skipped-day-notes = un registro diario no tiene nota
origin-sheet = una hoja de cálculo
peer-control-character = la línea { $line } contiene un carácter de control, que ningún diario escribe
peer-formula = la línea { $line } contiene una fórmula de hoja de cálculo; guarde la hoja con sus valores
peer-not-a-workbook = parece un archivo de hoja de cálculo (.xlsx, .xls, .ods) pero no se puede leer como tal
failure-no-such-appointment = No hay ninguna cita con el identificador { $id }.
failure-trial-days = Un periodo tiene de 1 a 365 días.
failure-no-such-change = No hay ningún cambio de medicación ni tratamiento «{ $said }» (indique su identificador o su fecha).
