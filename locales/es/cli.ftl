cli-no-episodes = Aún no hay episodios.
cli-wrote = Escrito { $path } ({ $size } KB)
cli-stats-period = Del { $from } al { $to }: { $count ->
    [one] { $count } episodio
    [many] { $count } episodios
   *[other] { $count } episodios
}, { $rate } por semana
cli-stats-days = días con episodios: { $with }, días registrados: { $covered } de { $days }
cli-stats-intensity = intensidad mediana: { $median }, peor: { $worst }
cli-stats-waiting = { $count ->
    [one] { $count } comparación de factores necesita
    [many] { $count } comparaciones de factores necesitan
   *[other] { $count } comparaciones de factores necesitan
} más días con registro diario ({ $needed } con y { $needed } sin).

cli-saved = Guardado { $kind } { $place } el { $at } ({ $id })
cli-checkin-deleted = Ya no hay registro del { $date }.
cli-checkin-saved = Registro del { $date }: { $factors }
cli-checkin-none = ninguno de los factores
cli-demo-added = Añadidos { $count } episodios de ejemplo a { $folder }
cli-restored = Restaurados { $count } episodios de { $file }
cli-kept-at = El diario tal como estaba se guarda en { $path }
cli-now-encrypted = El diario ya está cifrado. Un código olvidado no se puede recuperar.
cli-no-passcode = El diario no tiene código.
cli-copy-left = { $name } se dejó como estaba: un código anterior lo bloquea.
cli-reminder-on = El recordatorio de la tarde está activado a las { $time }.
cli-reminder-off = El recordatorio de la tarde está desactivado.
cli-reminder-not-yet = Todavía no: el recordatorio es a las { $time }.
cli-reminder-recorded = Hoy está registrado: no hace falta recordatorio.
cli-reminder-sent = El recordatorio de hoy ya se envió.
cli-reminder-body = Aún no hay nada registrado hoy. El registro diario lleva unos toques.
cli-reminder-shown = Recordatorio mostrado: { $text }
