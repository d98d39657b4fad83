cli-no-episodes = Pas encore d’épisode.
cli-wrote = { $path } écrit ({ $size } Ko)
cli-stats-period = Du { $from } au { $to } : { $count ->
    [one] { $count } épisode
    [many] { $count } épisodes
   *[other] { $count } épisodes
}, { $rate } par semaine
cli-stats-days = jours avec épisodes : { $with }, jours renseignés : { $covered } sur { $days }
cli-stats-intensity = intensité médiane : { $median }, pire : { $worst }
cli-stats-waiting = { $count ->
    [one] { $count } comparaison de facteurs demande
    [many] { $count } comparaisons de facteurs demandent
   *[other] { $count } comparaisons de facteurs demandent
} davantage de jours avec le suivi quotidien ({ $needed } avec et { $needed } sans).

cli-saved = { $kind } { $place } enregistré à { $at } ({ $id })
cli-checkin-deleted = Plus de suivi pour le { $date }.
cli-checkin-saved = Suivi du { $date } : { $factors }
cli-checkin-none = aucun des facteurs
cli-demo-added = { $count } épisodes d’exemple ajoutés à { $folder }
cli-restored = { $count } épisodes restaurés depuis { $file }
cli-kept-at = Le journal tel qu’il était est gardé dans { $path }
cli-now-encrypted = Le journal est maintenant chiffré. Un code oublié ne peut pas être récupéré.
cli-no-passcode = Le journal n’a pas de code.
cli-copy-left = { $name } a été laissé tel quel : un ancien code le verrouille.
cli-reminder-on = Le rappel du soir est activé à { $time }.
cli-reminder-off = Le rappel du soir est désactivé.
cli-reminder-not-yet = Pas encore : le rappel est à { $time }.
cli-reminder-recorded = Aujourd’hui est noté : pas besoin de rappel.
cli-reminder-sent = Le rappel d’aujourd’hui a déjà été envoyé.
cli-reminder-body = Rien n’est encore noté pour aujourd’hui. Le suivi quotidien prend quelques touches.
cli-reminder-shown = Rappel affiché : { $text }
