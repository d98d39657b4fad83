headline-per-week = Épisodes par semaine renseignée
headline-days-with = Jours avec épisodes
headline-days-logged = Jours renseignés
headline-of-logged = { $count } sur { $logged } renseignés
headline-of-days = { $count } sur { $days }
headline-previous-of-logged = avant : { $count } sur { $logged } renseignés
headline-previous-of-days = avant : { $count } sur { $days }
change-nothing-before = non comparable : rien n’a été renseigné sur la période précédente
change-little-before = non comparable : la période précédente a été renseignée { $logged } jours sur { $days }
change-nothing-now = non comparable : rien de renseigné sur cette période
change-previous = avant : { $rate }
change-up = avant : { $rate } (hausse de { $percent })
change-down = avant : { $rate } (baisse de { $percent })
change-same = avant : { $rate } (stable)
change-caveat = Un changement entre deux périodes peut venir des hauts et des bas naturels ; celui qui suit une mauvaise passe paraît souvent meilleur qu’il ne l’est.
kind-col-per-week = Épisodes/semaine renseignée
kind-col-days-with = Jours avec épisodes
kind-col-nights = Réveils nocturnes/semaine renseignée
kind-col-intensity = Intensité 0–10 médiane/pire
kind-col-duration = Durée médiane
kind-col-places = Localisations principales
kind-days-of = { $count } sur { $logged }
kind-more-places = et { $count } de plus

factor-lowercase = yes
factor-days-with = Jours avec { $name }
factor-days-after = Jours après { $name }
factor-day-after-row = ↳ le lendemain
factors-title = Jours avec et sans
factors-none-yet = Aucun facteur n’a encore { $days } jours avec et { $days } sans.
factors-association = Association dans vos propres relevés, pas une preuve de cause.
factors-any-days = au moins un sur { $share } des jours ({ $low }–{ $high })
factors-not-enough = pas encore assez de jours
factors-chance = Avec { $count } comparaisons, une ou deux peuvent sembler liées par simple hasard : retenez celles qui tiennent quand davantage de jours sont notés.
factor-not-enough = { $label } : pas encore assez de jours : { $short }, il en faut { $needed }
factor-short-with = { $count } avec
factor-short-without = { $count } sans
factor-side = { $rate } épisodes par jour ({ $days ->
    [one] { $days } jour
    [many] { $days } jours
   *[other] { $days } jours
} avec { $episodes ->
    [one] { $episodes } épisode
    [many] { $episodes } épisodes
   *[other] { $episodes } épisodes
})
factor-ratio-both = { $ratio } autant (intervalle à 95 % { $low }–{ $high })
factor-ratio-from = { $ratio } autant (intervalle à 95 % à partir de { $low })
factor-ratio-none-without = aucun les jours sans (intervalle à 95 % à partir de { $low })
factor-ratio-none = pas encore d’épisode d’un côté ni de l’autre
factor-sentence = { $label } : { $with }, contre { $without } sans : { $ratio }
factor-bursts = Les épisodes sont venus par salves, cet intervalle est donc trop étroit ; en comptant les jours, { $with } des jours avec le facteur ont eu au moins un épisode, contre { $without } sans.
factor-share = { $share } (intervalle à 95 % { $low }–{ $high })
