screen-report-pdf-language = Idioma del PDF
screen-report-pdf-language-help = El resumen para su médico puede estar en otro idioma que Twinge; este diario recuerda la elección.

screen-settings-language = Idioma
screen-settings-language-label = Twinge habla
screen-settings-language-system = Como el sistema ({ $language })
screen-settings-language-help = El resumen para su médico tiene su propio idioma en la pestaña Informe.

screen-tab-main = Principal
screen-tab-log = Registrar
screen-tab-history = Historial
screen-tab-insights = Análisis
screen-tab-report = Informe
screen-tab-settings = Ajustes
screen-undo = Deshacer
screen-not-now = Ahora no

screen-log-title = Registrar un episodio
screen-log-repeat = Repetir el último
screen-log-repeat-what = { $kind } · { $place } · ahora
screen-log-nothing-yet = Aún no hay nada registrado
screen-log-logged-again = { $kind } registrado de nuevo
screen-log-episode-removed = Episodio eliminado
screen-log-quiet = Hoy sin episodios
screen-log-quiet-remove = Toque para quitar la marca
screen-log-quiet-record = Anotar un día tranquilo
screen-log-quiet-marked = Hoy marcado: sin episodios
screen-log-quiet-removed = Marca de día tranquilo quitada
screen-log-logged-today = { $count ->
    [one] { $count } registrado hoy
    [many] { $count } registrados hoy
   *[other] { $count } registrados hoy
}
screen-log-checkin = Registro diario
screen-log-checkin-done = Hecho hoy · toque para cambiar
screen-log-checkin-what = Sueño, ejercicio, estrés… unos toques
screen-log-anything-today = ¿Algo que registrar hoy?
screen-log-yesterday-missing = No hay nada registrado de ayer.
screen-log-fill-yesterday = Completar ayer

screen-cancel = Cancelar
screen-helped-0 = Nada
screen-helped-1 = Un poco
screen-helped-2 = Mucho
screen-helped-3 = Del todo
screen-form-what = ¿Qué pasó?
screen-form-need-kind = Elija qué tipo de episodio fue.
screen-form-need-place = Toque dónde fue en el cuerpo.
screen-form-need-intensity = Elija cuánto dolió: 0 es nada, 10 lo peor que pueda imaginar.
screen-form-need-when = Indique la fecha y la hora en que empezó.
screen-form-need-duration = Indique la duración en minutos, como 2 o 0,5.
screen-form-more = Más detalles: duración, desencadenantes, qué ayudó, notas
screen-form-fewer = Menos detalles
screen-form-woke = Me despertó
screen-form-set-off = Lo provocó un roce o un movimiento
screen-form-count = ¿Cuántas? (en rachas de contracciones)
screen-form-triggers = Desencadenantes sospechados
screen-form-helped = ¿Qué ayudó?
screen-form-how-much = Cuánto ayudó { $relief }
screen-form-also = También notado
screen-form-saving = Guardando…
screen-form-save-changes = Guardar cambios
screen-form-save = Guardar
screen-form-kept = Aún sin guardar: Twinge guardó este episodio tal como usted lo dejó.
screen-form-kept-edit = Aún sin guardar: Twinge guardó sus cambios en este episodio tal como usted los dejó.
screen-checkin-kept = Aún sin guardar: Twinge guardó este registro diario tal como usted lo dejó.
screen-form-discard = Descartar
screen-when-title = ¿Cuándo empezó?
screen-when-now = Ahora mismo
screen-when-15m = Hace 15 min
screen-when-1h = Hace 1 h
screen-when-2h = Hace 2 h
screen-when-last-night = Anoche
screen-when-other = Otro momento
screen-when-exact = Fecha y hora
screen-intensity-title = ¿Cuánto?
screen-intensity-unset = aún sin elegir
screen-intensity = Intensidad
screen-intensity-value = { $value } de 10
screen-intensity-low = 0 nada
screen-intensity-high = 10 la peor imaginable
screen-duration-title = ¿Cuánto duró?
screen-duration-exact = Exacta, en minutos
screen-duration-example = p. ej. 2,5
screen-notes = Notas
screen-notes-placeholder = Algo que valga la pena recordar
screen-vocab-another-trigger = Otro desencadenante
screen-vocab-another-relief = Otra cosa que ayudó
screen-vocab-medication-name = Nombre del medicamento
screen-vocab-new-trigger = Nuevo desencadenante
screen-vocab-new-relief = Nuevo alivio
screen-vocab-fewer = Menos
screen-vocab-all = Los { $count }
screen-vocab-dose = Dosis
screen-vocab-add = Añadir
screen-vocab-is-medication = Es un medicamento (con dosis)
screen-where-title = ¿Dónde?
screen-where-recent = Zonas recientes
screen-where-chosen = Zonas elegidas
screen-where-side-of = Lado de { $region }
screen-where-remove = Quitar { $region }
screen-where-list = O elija de una lista
screen-where-add = Añadir una zona del cuerpo…

screen-body-hint = Toque el cuerpo para ampliarlo y luego cada zona; tóquela otra vez para quitarla. Teclas: las flechas mueven, Intro amplía, Espacio elige.
screen-body-figure = { $view ->
    [back] Parte trasera del cuerpo
   *[front] Parte delantera del cuerpo
}
screen-body-front = Delante
screen-body-back = Detrás
screen-body-view-front = delante
screen-body-view-back = detrás
screen-body-zoom-in = { $area }, { $view }: ampliar
screen-body-zoom-in-chosen = { $area }, { $view }: ampliar (elegido: { $places })
screen-body-left-short = I
screen-body-right-short = D
screen-body-left = Izquierda
screen-body-right = Derecha
screen-body-whole = ‹ Cuerpo entero
screen-body-turn-back = Girar a la espalda
screen-body-turn-front = Girar al frente
screen-body-zone = { $area }, { $view }
screen-body-choose = { $area }, { $view }: elija cada zona (las flechas pasan de una a otra)
screen-area-head = Cabeza y cuello
screen-area-arm-left = Brazo y mano izquierdos
screen-area-arm-right = Brazo y mano derechos
screen-area-trunk-front = Pecho, vientre y caderas
screen-area-trunk-back = Espalda y glúteos
screen-area-legs = Piernas
screen-area-feet = Tobillos, pies y dedos

screen-today = Hoy
screen-yesterday = Ayer
screen-checkin-saved-today = Registro de hoy guardado
screen-checkin-saved-yesterday = Registro de ayer guardado
screen-checkin-saved-day = Registro del { $day } guardado
screen-checkin-which-day = Qué día
screen-checkin-help-today = Toque lo que fue cierto hoy; deje el resto.
screen-checkin-help-day = Toque lo que fue cierto ese día; deje el resto.
screen-checkin-what-was-true = Qué fue cierto
screen-checkin-level-none = Nada
screen-checkin-level-yes = Sí
screen-checkin-level-some = Algo
screen-checkin-level-a-lot = Mucho
screen-checkin-quiet-day = Sin episodios ese día
screen-checkin-stiffness = Rigidez hoy
screen-checkin-stiffness-low = 0 ninguna
screen-checkin-stiffness-high = 10 la peor posible
screen-checkin-sleep-broken = Sueño interrumpido por espasmos o calambres
screen-checkin-sleep-broken-low = 0 nada
screen-checkin-sleep-broken-high = 10 toda la noche
screen-checkin-not-rated = Sin valorar
screen-checkin-unrate = No valorar
# A day's rating as History and the command line say it.
day-stiffness = Rigidez: { $value }/10
day-sleep-broken = Sueño interrumpido por espasmos o calambres: { $value }/10
screen-checkin-own = Un factor propio
screen-checkin-own-example = Otra cosa (p. ej. un viaje largo en coche)
screen-checkin-save = Guardar registro

screen-report-title = Informe para su médico
screen-report-from = Desde
screen-report-to = Hasta
screen-report-starts = Periodo: { $reason }.
screen-report-penn-title = Con qué frecuencia y cuánto, en sus palabras
screen-report-penn-help = Dos valoraciones que los médicos usan para los espasmos (escala de Penn): con qué frecuencia, de 0 (nunca) a 4 (más de diez veces por hora), y cuánto, de 1 (leve) a 3 (grave). La página 1 las imprime como dos puntuaciones, nunca sumadas.
screen-report-suggested = Sugerido por su registro del { $from } al { $to }: frecuencia { $frequency }, gravedad { $severity }.
screen-report-own-set = Usted eligió las suyas.
screen-report-confirm = Cámbielas si no encajan y luego confirme.
screen-report-frequency = Frecuencia
screen-report-frequency-0 = 0 — sin espasmos
screen-report-frequency-1 = 1 — solo al tocar o mover
screen-report-frequency-2 = 2 — menos de una vez por hora
screen-report-frequency-3 = 3 — más de una vez por hora
screen-report-frequency-4 = 4 — más de diez veces por hora
screen-report-severity = Gravedad
screen-report-severity-1 = 1 — leve
screen-report-severity-2 = 2 — moderada
screen-report-severity-3 = 3 — grave
screen-report-mine = Estas valoraciones son mías (se imprimen como autoevaluadas)
screen-report-questions = Preguntas para mi médico
screen-report-chars-left = Quedan { $left } de { $max } caracteres: la página 1 les reserva espacio.
screen-report-appendix = Episodios en el anexo
screen-report-appendix-notable = Con notas o síntomas
screen-report-appendix-all = Todos
screen-report-appendix-none = Ninguno
screen-report-paper = Papel
screen-report-letter = Carta (EE. UU.)
screen-report-making = Creando el PDF…
screen-report-export = Exportar PDF…
screen-report-saved = PDF guardado en { $path }
screen-report-preview = Vista previa de la página 1
screen-report-preview-alt = Página 1 del informe: cifras principales, frecuencia, dónde, después de qué, qué ayudó, preguntas

screen-report-reason-since = desde su última cita ({ $date })
screen-report-reason-too-close = los últimos 90 días, porque su última cita ({ $date }) fue hace menos de { $days } días
screen-report-reason-default = los últimos 90 días (sin cita anterior registrada)

screen-delete = Eliminar
screen-loading = Cargando…
screen-history-saved = Cambios guardados
screen-history-deleted = Episodio eliminado
screen-history-restored = Episodio restaurado
screen-history-edit = Editar episodio
screen-history-search = Buscar en las notas
screen-history-by-kind = Filtrar por tipo
screen-history-all-kinds = Todos los tipos
screen-history-by-region = Filtrar por zona del cuerpo
screen-history-all-places = Todas las zonas
screen-history-by-trigger = Filtrar por desencadenante
screen-history-all-triggers = Todos los desencadenantes
screen-history-past-day = Completar el registro de un día pasado
screen-history-day = Día
screen-history-open = Abrir
screen-history-none-match = Ningún episodio coincide.
screen-history-none-match-help = Borre la búsqueda o elija «Todos» en los filtros para ver todos los episodios.
screen-history-empty-help = Registre el primero en la pestaña Registrar justo después de que ocurra; aparecerá aquí, el más reciente primero.
screen-history-back-to-newest = Volver a los más recientes ({ $count } episodios más nuevos sin mostrar)
screen-history-older = Mostrar episodios anteriores
screen-history-day-none = sin episodios
screen-history-marked-quiet = Marcado «sin episodios»
screen-history-checkin = Registro:
screen-history-checkin-add = Registro de este día
screen-details-woke = me despertó
screen-details-set-off = provocado por un roce o un movimiento
screen-details-after = después de { $triggers }
screen-details-helped = ayudó: { $reliefs }

screen-checkin-nothing = nada especial
screen-checkin-at-level = { $name }: { $level }

screen-insights-7d = 7 d
screen-insights-30d = 30 d
screen-insights-90d = 90 d
screen-insights-1y = 1 a
screen-insights-since-appointment = Desde cita
screen-insights-custom = Fechas
screen-insights-period = Periodo
screen-insights-no-appointment = Añada primero una cita en Ajustes
screen-insights-show = Mostrar
screen-insights-numbers = Mostrar los números
screen-insights-in-words = Cada comparación en palabras
screen-insights-period-line = Del { $from } al { $to } · { $episodes } · comparado con los { $days } días anteriores
screen-insights-empty-help = Elija arriba un periodo más largo o registre los episodios en la pestaña Registrar cuando ocurran; los gráficos se irán llenando.
screen-insights-waiting = { $count ->
    [one] { $count } comparación espera
    [many] { $count } comparaciones esperan
   *[other] { $count } comparaciones esperan
} más días con registro diario ({ $needed } con el factor y { $needed } sin él). Complete el registro diario en la pestaña Registrar.
screen-insights-before = antes: { $value }

screen-settings-saved = Ajustes guardados
screen-settings-appearance = Apariencia
screen-settings-theme = Tema
screen-settings-theme-system = Sistema
screen-settings-theme-light = Claro
screen-settings-theme-dark = Oscuro
screen-settings-week-start = Primer día de la semana
screen-settings-monday = Lunes
screen-settings-sunday = Domingo
screen-settings-saturday = Sábado
screen-settings-name = Su nombre en el informe (opcional)
screen-settings-birth = Su fecha de nacimiento en el informe (opcional)
screen-settings-appointments = Citas
screen-settings-appointments-help = Su última cita marca el inicio del periodo predeterminado del informe.
screen-settings-date = Fecha
screen-settings-note = Nota
screen-settings-note-example = p. ej. neurólogo
screen-settings-remove = Quitar
screen-settings-remove-appointment = Quitar la cita del { $date }
screen-settings-no-appointments = Aún no hay citas.
screen-settings-meds = Cambios de medicación
screen-settings-meds-help = Los gráficos y el informe marcan estas fechas.
screen-settings-change = Cambio
screen-settings-med-started = Iniciado
screen-settings-med-changed = Dosis cambiada
screen-settings-med-stopped = Suspendido
screen-settings-medication = Medicamento
screen-settings-add-med = Añadir cambio de medicación
screen-settings-remove-med = Quitar { $name } del { $date }
screen-settings-no-meds = Aún no hay cambios de medicación.
screen-settings-triggers = Desencadenantes
screen-settings-reliefs = Qué ayuda
screen-settings-vocab-help = Cambiar el nombre mantiene vinculados todos los episodios. Las entradas archivadas salen de los formularios pero siguen en los episodios antiguos y en los informes.
screen-settings-new-name = Nuevo nombre para { $name }
screen-settings-archived = archivado
screen-settings-rename = Renombrar
screen-settings-rename-name = Renombrar { $name }
screen-settings-archive = Archivar
screen-settings-archive-name = Archivar { $name }
screen-settings-restore = Restaurar
screen-settings-restore-name = Restaurar { $name }
screen-settings-about = Acerca de
screen-settings-about-text = Twinge { $version }. Su diario se queda en este ordenador: sin cuenta, sin conexión de red, sin telemetría.
screen-settings-show-welcome = Mostrar de nuevo la bienvenida

screen-welcome-title = Bienvenido a Twinge
screen-welcome-what = Twinge es un diario de espasmos, calambres y fasciculaciones: registre cada uno con unos toques justo después, vea qué tienen en común y lleve a su médico un resumen de una página.
screen-welcome-here = Todo lo que escribe se queda en este ordenador: sin cuenta, sin conexión de red, sin telemetría.
screen-welcome-set-up = Preparar Twinge
screen-welcome-skip = Omitir y empezar a registrar
screen-welcome-offers-title = Tres cosas que quizá quiera ahora
screen-welcome-offers-help = Todas son opcionales y todas están luego en Ajustes.
screen-welcome-passcode = Proteger el diario con un código
screen-welcome-passcode-help = Cifra el diario en este ordenador; Twinge pide el código al abrirse.
screen-welcome-reminder = Activar el recordatorio de la noche
screen-welcome-reminder-help = Un aviso discreto por la noche si ese día no se registró nada.
screen-welcome-import = Traer un diario que ya llevaba
screen-welcome-import-help = De Bearable, Flaredown, Migraine Buddy, Daylio, drip. o una hoja de cálculo, o una exportación de Twinge.
screen-welcome-start = Empezar a registrar

screen-factors-title = Factores del registro diario
screen-factors-help = Lo que pregunta el registro diario. Los factores archivados salen del registro pero siguen en los días en que se anotaron.
screen-factors-levels = nada / algo / mucho
screen-factors-off = desactivado
screen-factors-turn-on = Activar
screen-factors-turn-on-name = Activar { $name }
screen-reminder-title = Recordatorio por la tarde
screen-reminder-help = Si a esta hora no hay nada registrado del día, Twinge pregunta: «{ $question }».
screen-reminder-on = Recordarme por la tarde
screen-reminder-time = Hora
screen-reminder-closed = También llega con Twinge cerrado, como notificación del escritorio.

screen-copy-details = Copiar los detalles
screen-details-copied = Detalles copiados
screen-error-title = Twinge no puede abrir su diario
screen-error-help = No se cambió ni borró nada. Cierre Twinge, restaure una copia de seguridad o aparte el archivo, y vuelva a abrir Twinge.
screen-error-damaged-help = No se cambió ni borró nada, y lo más probable es que sus registros estén en las copias de seguridad diarias de Twinge. Restaure la más reciente: el diario dañado se aparta antes en la carpeta de datos de Twinge y la copia ocupa su lugar.
screen-error-set-aside = Apartarlo y empezar con un diario vacío
screen-error-new-ready = Hay un diario nuevo y vacío listo. El dañado se guardó en la carpeta de datos de Twinge como:
screen-error-restore-help = Sus registros aún pueden volver: Ajustes → Restaurar una copia…, desde la carpeta del mismo nombre dentro de la carpeta backups. Sus copias diarias se movieron allí y se quedan hasta que usted las borre.
screen-error-start-empty = Empezar con el diario vacío
screen-unlock-title = Twinge está bloqueado
screen-unlock-help = Su diario está cifrado. Escriba su código para abrirlo.
screen-unlock-passcode = Código
screen-unlock-show = Mostrar el código
screen-unlock-opening = Abriendo…
screen-unlock = Desbloquear
screen-unlock-forgotten-help = Un código olvidado no se puede recuperar: sin él nadie, ni siquiera Twinge, puede leer el diario.
screen-unlock-new-ready = Un diario nuevo y vacío está listo. El bloqueado se guardó en la carpeta de datos de Twinge como:
screen-unlock-new-ready-open = Si recuerda su código, ábralo con Ajustes → Restaurar una copia. Sus copias diarias se movieron a la carpeta del mismo nombre dentro de la carpeta backups y se quedan allí hasta que usted las borre.
screen-unlock-start-new-ready = Empezar con el diario nuevo
screen-unlock-forgot = ¿Olvidó el código?
screen-unlock-forgot-help = Puede empezar un diario nuevo y vacío. No se borra nada: el diario bloqueado se guarda en la carpeta de datos de Twinge con un nombre fechado, conserva su propio código (uno posterior no lo cambia) y se vuelve a abrir con Ajustes → Restaurar una copia si recuerda ese código.
screen-unlock-understood = Entiendo que el diario nuevo empieza vacío.
screen-unlock-start-new = Empezar un diario nuevo

screen-privacy-title = Privacidad
screen-privacy-never = Nunca
screen-privacy-after-hour = Tras 1 hora
screen-privacy-copies-left = Se dejaron como estaban (un código anterior las bloquea): { $files }.
screen-privacy-damaged-plain = Sigue sin cifrar: { $files }, un diario dañado apartado, que no se puede leer para cifrarlo. Bórrelo cuando ya no lo necesite.
screen-privacy-encrypted = Su diario está cifrado: Twinge pide el código al iniciarse.
screen-privacy-not-encrypted = Su diario no está cifrado. Cualquiera que pueda abrir su cuenta puede leerlo.
screen-privacy-changed = Se cambió el código.
screen-privacy-now-encrypted = El diario ya está cifrado.
screen-privacy-removed = El diario ya no está cifrado.
screen-privacy-current = Código actual (para cambiarlo o quitarlo)
screen-privacy-new = Código nuevo (tres o cuatro palabras sin relación son seguras y fáciles de recordar)
screen-privacy-passcode = Código (tres o cuatro palabras sin relación son seguras y fáciles de recordar)
screen-privacy-again = Lo mismo otra vez
screen-privacy-differ = Los dos códigos son distintos.
screen-privacy-show = Mostrar los códigos
screen-privacy-understood = Entiendo que un código olvidado no se puede recuperar (exporte antes una copia si quiere una vuelta atrás).
screen-privacy-working = Procesando…
screen-privacy-change = Cambiar el código
screen-privacy-encrypt = Cifrar con este código
screen-privacy-auto-lock = Bloquear si no se usa
screen-privacy-lock-now = Bloquear ahora
screen-privacy-remove = Quitar el código
screen-privacy-after-minutes = { $count ->
    [one] Tras { $count } minuto
    [many] Tras { $count } minutos
   *[other] Tras { $count } minutos
}
screen-privacy-copies-encrypted = { $count ->
    [one] { $count } copia de la carpeta de datos también se cifró.
    [many] { $count } copias de la carpeta de datos también se cifraron.
   *[other] { $count } copias de la carpeta de datos también se cifraron.
}
screen-privacy-copies-decrypted = { $count ->
    [one] { $count } copia de la carpeta de datos también se descifró.
    [many] { $count } copias de la carpeta de datos también se descifraron.
   *[other] { $count } copias de la carpeta de datos también se descifraron.
}

screen-data-title = Sus datos
screen-data-where = Todo se queda en este ordenador. Twinge también guarda allí una copia de cada uno de los últimos 7 días.
screen-data-where-in = Todo se queda en este ordenador, en { $folder }. Twinge también guarda allí una copia de cada uno de los últimos 7 días.
screen-data-exports-plain = Las exportaciones (JSON, CSV) son texto plano que cualquiera con el archivo puede leer: guárdelas en un lugar privado. Los archivos que escribe Twinge solo los puede leer su cuenta.
screen-data-export-json = Exportar todo (JSON)
screen-data-export-csv = Exportar para hojas de cálculo (CSV)
screen-data-import = Importar un archivo…
screen-data-backup = Hacer copia ahora…
screen-data-restore = Restaurar una copia…
screen-data-writing = Escribiendo { $done } de { $total } episodios
screen-data-checking = Comprobando { $done } de { $total } episodios
screen-data-preview = Vista previa de la importación
screen-data-cannot-import = Este archivo aún no se puede importar
screen-data-ready = Listo para importar
screen-data-row = Fila { $row }:
screen-data-more-problems = … y { $count } más
screen-data-nothing-changed = No se cambió nada.
screen-data-close = Cerrar
screen-data-settings-differ = Los ajustes del archivo difieren de los de este diario; el diario conserva los suyos salvo que elija los del archivo:
screen-data-use-file-settings = Usar los ajustes del archivo
screen-data-backup-passcode = Código de la copia
screen-data-this-backup-passcode = Código de esta copia
screen-data-its-folder = su carpeta
screen-data-imported = Importado.
screen-data-exported = Exportado a { $path }
screen-data-left = Estos archivos siguen ahí (Twinge los escribió donde usted eligió, o no son de Twinge); bórrelos usted si quiere que desaparezcan:
screen-data-delete-all-more = Borrar todo…
screen-data-delete-all = Borrar todo
screen-data-delete-help = Esto elimina su diario y todas las copias de Twinge de este ordenador. No se puede deshacer. Exporte antes si quiere guardar una copia.
screen-data-type-delete = Escriba DELETE para confirmar
screen-data-in-file = { $count ->
    [one] { $count } episodio en el archivo
    [many] { $count } episodios en el archivo
   *[other] { $count } episodios en el archivo
}: { $new } nuevos, { $unchanged } ya aquí, { $updated } más recientes en el archivo, { $kept } más recientes aquí (se conservan), { $rejected } con problemas.
screen-data-checkins-in-file = { $count ->
    [one] El archivo también tiene { $count } registro diario (gana el más reciente de cada día).
    [many] El archivo también tiene { $count } registros diarios (gana el más reciente de cada día).
   *[other] El archivo también tiene { $count } registros diarios (gana el más reciente de cada día).
}
screen-data-backed-up = { $count ->
    [one] Copia de { $count } episodio en { $path }
    [many] Copia de { $count } episodios en { $path }
   *[other] Copia de { $count } episodios en { $path }
}
screen-data-restored = { $count ->
    [one] { $count } episodio restaurado. El diario tal como estaba se guarda en { $copy }.
    [many] { $count } episodios restaurados. El diario tal como estaba se guarda en { $copy }.
   *[other] { $count } episodios restaurados. El diario tal como estaba se guarda en { $copy }.
}
screen-data-import-count = { $count ->
    [one] Importar { $count } episodio
    [many] Importar { $count } episodios
   *[other] Importar { $count } episodios
}
screen-ipc-error = Twinge no pudo completar eso.
screen-log-saved = { $kind } guardado
screen-data-deleted = Se borró todo. Twinge vuelve a empezar con un diario vacío.

screen-peer-choose = Importar desde otra aplicación…
screen-peer-help = Un diario de Bearable, Flaredown, Migraine Buddy, Daylio o drip., o cualquier hoja de cálculo (.xlsx, .ods o CSV). Verá lo que trae antes de que se escriba nada.
screen-peer-importing = Importando
screen-peer-preview = Lo que trae la importación
screen-peer-from = De { $app }
screen-peer-counts = { $episodes ->
    [one] { $episodes } episodio
    [many] { $episodes } episodios
   *[other] { $episodes } episodios
} y { $days ->
    [one] { $days } día
    [many] { $days } días
   *[other] { $days } días
} con factores del día.
screen-peer-columns = Qué contiene cada columna
screen-peer-names = Qué es cada nombre
screen-peer-every-row = Cada fila (cada una es un episodio)
screen-peer-rows = { $count ->
    [one] { $count } fila
    [many] { $count } filas
   *[other] { $count } filas
}
screen-peer-left-out = Se omite:
screen-peer-on-rows = { $count ->
    [one] fila
    [many] filas
   *[other] filas
} { $rows }
screen-peer-import = { $count ->
    [one] Importar { $count } episodio
    [many] Importar { $count } episodios
   *[other] Importar { $count } episodios
}
screen-peer-imported = Importado: { $count ->
    [one] { $count } episodio nuevo
    [many] { $count } episodios nuevos
   *[other] { $count } episodios nuevos
}, { $days ->
    [one] { $days } día
    [many] { $days } días
   *[other] { $days } días
} con factores del día.
screen-peer-role-relief = Ayudó (factor del día)
screen-peer-role-medication = Medicamento (factor del día)
screen-peer-role-factor = Factor del día
screen-peer-role-skip = Omitir
screen-peer-column-none = Omitir
screen-peer-column-date = Fecha
screen-peer-column-time = Hora o parte del día
screen-peer-column-kind = Tipo de episodio
screen-peer-column-place = Zona del cuerpo
screen-peer-column-side = Lado
screen-peer-column-intensity = Intensidad
screen-peer-column-duration = Duración
screen-peer-column-triggers = Desencadenantes
screen-peer-column-reliefs = Qué ayudó
screen-peer-column-medication = Medicamento
screen-peer-column-notes = Notas
screen-peer-sample = Los más recientes, tal como los mostrará el historial:
screen-pgic-today = Su cita de hoy
screen-pgic-on = Su cita del { $date }
screen-pgic-kept = Guardado: el informe le da su respuesta a su médico.
screen-pgic-why = Un toque basta; el informe le da su respuesta a su médico.
screen-report-published = Frecuencia con las palabras de la escala de Penn: { $frequency }.
screen-trial-title = ¿Ayudó?
screen-trial-change = Cambio de medicación o tratamiento
screen-trial-before = Antes
screen-trial-after = Después
screen-trial-days = Días
screen-trial-recorded = Días registrados
screen-trial-per-day = Episodios por día registrado
screen-trial-active-days = Días con episodios
screen-trial-woke = Episodios que le despertaron
screen-trial-intensity = Intensidad mediana
screen-trial-stiffness = Rigidez mediana (días valorados)
screen-trial-sleep = Sueño interrumpido, mediana (días valorados)
screen-pgic-answer = Responder
screen-trial-cramps-week = Calambres por semana
screen-trial-cramp-days = Días con calambres
screen-trial-broken-nights = Noches con sueño interrumpido
