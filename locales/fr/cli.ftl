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
