# `twinge --help`: qué hace cada orden y qué significa cada una de sus opciones.

help-usage = Uso:
help-commands = Órdenes
help-options = Opciones
help-arguments = Argumentos
help-help = Mostrar la ayuda
help-version = Mostrar la versión
help-twinge-after = Instalado desde el paquete, `twinge` sin orden abre la aplicación.

## Nombres de valores

help-value-options = OPCIONES
help-value-command = ORDEN
help-value-dir = CARPETA
help-value-file = ARCHIVO
help-value-lang = IDIOMA
help-value-kind = TIPO
help-value-time = HORA
help-value-region-side = ZONA:LADO
help-value-intensity = INTENSIDAD
help-value-duration = DURACIÓN
help-value-count = NÚMERO
help-value-name = NOMBRE
help-value-name-helped = NOMBRE:AYUDA
help-value-code = CÓDIGO
help-value-notes = NOTAS
help-value-yyyy-mm-dd = AAAA-MM-DD
help-value-none-some-a-lot = none|some|a_lot
help-value-format = FORMATO
help-value-paper = PAPEL
help-value-appendix = ANEXO
help-value-questions = PREGUNTAS
help-value-episodes = EPISODIOS
help-value-seed = SEMILLA
help-value-hh-mm = HH:MM

## Órdenes y sus opciones

help-twinge = Twinge: un diario de espasmos, calambres y fasciculaciones
help-twinge-data-dir = La carpeta de datos (por defecto: $TWINGE_DATA_DIR; si no, la carpeta de datos de aplicaciones del sistema)
help-twinge-passcode-file = Para un diario cifrado: un archivo cuya primera línea es el código (sin él, el código se pide en el terminal; nunca se acepta como argumento)
help-twinge-lang = El idioma que habla Twinge (en, de, es, fr; por defecto: el del sistema, de LC_ALL, LC_MESSAGES o LANG). Con `report`, solo el idioma del PDF
help-add = Registrar un episodio
help-add-kind = spasm, cramp, twitch u other
help-add-at = Cuándo empezó: RFC 3339 (2026-11-20T03:10:00+01:00) u hora local sin desfase (2026-11-20T03:10). Por defecto: ahora
help-add-locations = Dónde, como zona:lado (calf:left). Repítalo para varias zonas
help-add-intensity = 0 (nada) a 10 (lo peor imaginable)
help-add-duration = Cuánto duró: 30s, 2m, 1h 30m
help-add-count = Número de fasciculaciones en una ráfaga
help-add-triggers = Un desencadenante sospechado, por su nombre; los nombres nuevos se añaden a la lista. Repetible
help-add-reliefs = Lo que ayudó, como nombre:0-3 (stretching:3). Repetible
help-add-associated = El código de un síntoma asociado (numbness_tingling, weakness, stiffness, fatigue, lasting_pain; con fasciculaciones también muscle_wasting, swallowing_speaking, spreading)
help-add-woke = Me despertó
help-add-set-off = Lo provocó un roce o un movimiento (no vino solo)
help-add-notes = Texto libre, como máximo 2000 caracteres
help-checkin = Anotar el registro diario de una fecha: los factores presentes ese día
help-checkin-date = La fecha local (por defecto: hoy)
help-checkin-factors = Un factor presente ese día, por su código (slept_badly, hard_exercise, long_sitting, long_standing, caffeine, alcohol, hot_day, dehydrated o uno propio); repítalo para varios
help-checkin-stress = El estrés de ese día: none, some o a_lot (por defecto: none)
help-checkin-clear = Quitar en su lugar el registro diario de la fecha
help-list = Listar los episodios, los más recientes primero
help-list-json = Imprimir JSON en lugar de una tabla
help-check = Comprobar la integridad y la versión del esquema del diario
help-stats = Las cifras del Análisis de un periodo (fechas locales, ambas incluidas)
help-stats-from = El primer día del periodo
help-stats-to = El último día del periodo
help-stats-json = Imprimir JSON en lugar de un resumen
help-export = Exportar todo el diario: JSON (todos los campos) o CSV (una fila por episodio)
help-export-format = json o csv
help-export-out = El archivo que se escribirá
help-import = Importar una exportación JSON o CSV: primero se comprueban todas las filas; todo o nada
help-import-file = La exportación que se importará
help-import-dry-run = Solo decir lo que ocurriría
help-import-format = json o csv (por defecto: según el nombre del archivo)
help-import-with-settings = Tomar también los ajustes de la exportación (nombre en el informe, tema, primer día de la semana, bloqueo automático); sin ello el diario conserva los suyos
help-backup = Escribir una copia comprobada del diario (copia de seguridad SQLite)
help-backup-out = El archivo que se escribirá
help-restore = Sustituir el diario por una copia de seguridad (el actual se copia aparte antes)
help-restore-file = La copia de seguridad que se restaurará
help-restore-backup-passcode-file = Para una copia hecha con otro código: un archivo cuya primera línea es ese código (sin él, se pide en el terminal)
help-report = Escribir el resumen en PDF de un periodo para el médico
help-report-from = El primer día del periodo
help-report-to = El último día del periodo
help-report-out = El archivo PDF que se escribirá
help-report-paper = a4 o letter (por defecto: a4)
help-report-appendix = Qué episodios enumera el anexo: all (todos los episodios; los que tienen notas o síntomas, marcados con ●), notable (los que tienen notas o síntomas, y el número del resto) o none (por defecto: notable)
help-report-no-appendix = Lo mismo que --appendix none
help-report-questions = Preguntas para el médico, impresas en la página 1
help-demo = Llenar el diario con datos de ejemplo realistas hasta hoy
help-demo-episodes = Cuántos episodios (por defecto: 500)
help-demo-seed = La semilla de los números aleatorios: la misma semilla da el mismo diario (por defecto: 1)
help-remind = El recordatorio de la noche: mostrarlo cuando toca (su temporizador ejecuta esto), o activarlo o desactivarlo
help-remind-at = Activar el recordatorio a esta hora local (HH:MM, por ejemplo 21:00)
help-remind-off = Desactivar el recordatorio
help-remind-no-wait = Enviar la notificación y volver enseguida (sin esperar a que se pulse)
help-passcode = Cifrar el diario con un código, cambiarlo o quitarlo
help-passcode-set = Cifrar el diario con un código nuevo (o cambiar el código; el actual viene de --passcode-file o se pide). También se cifra cada copia de la carpeta de datos. Un código olvidado no se puede recuperar
help-passcode-set-new-passcode-file = Un archivo cuya primera línea es el código nuevo (si no, se pide dos veces)
help-passcode-remove = Descifrar el diario y las copias de su carpeta (necesita el código actual)
help-checkin-stiffness = Cuánta rigidez hubo ese día, de 0 (ninguna) a 10 (la peor posible)
help-checkin-sleep-broken = Cuánto interrumpieron el sueño los espasmos o calambres, de 0 (nada) a 10 (toda la noche)
help-value-0-10 = 0-10
help-appointment = Anotar una cita médica, con su respuesta a «Desde la última cita, sus espasmos están…» si la da
help-appointment-date = El día de la cita
help-appointment-note = Una nota, como el nombre del médico
help-appointment-pgic = Desde la última cita, sus espasmos están: very_much_improved, much_improved, minimally_improved, no_change, minimally_worse, much_worse o very_much_worse
help-value-text = TEXTO
help-value-answer = RESPUESTA

help-import-from = Exportación de otra aplicación: bearable, flaredown, migraine-buddy, daylio, drip o csv (por defecto: lo que muestra el encabezado del archivo)
help-import-kind = Qué es un nombre de la otra aplicación: NOMBRE=spasm, cramp, twitch u other; *=TIPO para cada fila que es un episodio por sí misma
help-import-relief = Un nombre de algo que ayudó (guardado como factor del día)
help-import-medication = Un nombre de un medicamento (guardado como factor del día)
help-import-factor = Un nombre de un factor del día
help-import-skip = Un nombre que se deja fuera
help-import-column = Qué contiene una columna de la hoja: ENCABEZADO=date, time, kind, place, side, intensity, duration, triggers, reliefs, medication, notes o skip
help-import-json = Mostrar lo que trae la importación en JSON
help-value-app = APP
help-value-name-kind = NOMBRE=TIPO
help-value-header-field = ENCABEZADO=CAMPO
help-treatment = Anotar un cambio de medicación u otro tratamiento (fisioterapia, una rutina de estiramientos, dejar la cafeína) para comparar las semanas de antes y de después
help-treatment-date = El día en que empezó, cambió o terminó
help-treatment-name = Qué es: «Baclofeno», «Fisioterapia»
help-treatment-change = started, changed o stopped (por defecto: started)
help-treatment-dose = La dosis, como 10 mg tres veces al día
help-treatment-note = Una nota
help-value-change = CAMBIO
help-trial = ¿Ayudó un tratamiento? Las semanas antes de un cambio de medicación u otro tratamiento frente a las semanas después
help-trial-change = El cambio: su fecha (el primer cambio de ese día) o su identificador
help-trial-baseline-days = Días antes del cambio con los que comparar (por defecto 14)
help-trial-trial-from = El primer día tras el cambio que cuenta (por defecto 15: las dos primeras semanas quedan fuera)
help-trial-trial-days = Cuántos días desde entonces (por defecto 14)
help-trial-json = Mostrar JSON en lugar de palabras
help-value-yyyy-mm-dd-id = AAAA-MM-DD|ID
help-value-n = N
