headline-per-week = Épisodes par semaine renseignée
headline-days-with = Jours avec épisodes
headline-days-logged = Jours renseignés
headline-of-logged = { $count } sur { $logged } renseignés
headline-of-days = { $count } sur { $days }
headline-previous-of-logged = avant : { $count } sur { $logged } renseignés
headline-previous-nothing-logged = avant : rien de renseigné
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

factor-days-with = Jours avec « { $name } »
factor-days-after = Jours après « { $name } »
factor-day-after-row = ↳ le lendemain
factors-title = Jours avec et sans
factors-none-yet = Aucun facteur n’a encore { $days } jours avec et { $days } sans.
factors-association = Association dans vos propres relevés, pas une preuve de cause.
factors-any-days = au moins un sur { $share } des jours ({ $low }–{ $high })
factors-not-enough = pas encore assez de jours
factors-chance = Avec { $count } comparaisons, une ou deux peuvent sembler liées par simple hasard : retenez celles qui tiennent quand davantage de jours sont notés.
factor-not-enough = { $label } : pas encore assez de jours : { $short }, il en faut { $needed }.
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
factor-sentence = { $label } : { $with }, contre { $without } sans : { $ratio }.
factor-bursts = Les épisodes sont venus par salves, cet intervalle est donc trop étroit ; en comptant les jours, { $with } des jours avec le facteur ont eu au moins un épisode, contre { $without } sans.
factor-share = { $share } (intervalle à 95 % { $low }–{ $high })

explain-per-logged-week = Épisodes divisés par les jours renseignés, fois 7 : un jour non renseigné ne compte ni comme bon ni comme mauvais.
explain-days-with = Parmi les jours renseignés, ceux avec au moins un épisode.
explain-days-logged = Jours avec un épisode, une marque « aucun épisode » ou un suivi ; seuls ceux-ci comptent.
explain-frequency = Chaque barre est une semaine : ses épisodes pour 7 jours renseignés. Une barre pâle et bordée est une semaine renseignée en partie, ramenée à 7 jours.
explain-frequency-daily = Chaque barre est un jour : ses épisodes, par type. Un jour où rien n’a été noté a un trait à 0 : il n’a pas été renseigné, ce qui n’est pas la même chose qu’un jour sans épisode.
explain-where = Plus un endroit est foncé, plus il y a eu d’épisodes ; un épisode à deux endroits compte aux deux.
explain-where-bars = Chaque barre compte les épisodes à un endroit ; un épisode à deux endroits compte aux deux.
explain-triggers = Part : parmi tous les épisodes de la période, combien vous y avez associés. L’intervalle à 95 % est la plage où se trouve probablement la vraie part ; avec peu d’épisodes, il est large.
explain-when = Chaque case est une heure d’un jour de la semaine ; plus elle est foncée, plus d’épisodes ont commencé à ce moment.
explain-intensity = Médiane : la moitié des épisodes a été notée à ce niveau ou en dessous, l’autre moitié à ce niveau ou au-dessus ; la pire est la note la plus haute.
explain-helped = À quel point chaque chose a aidé quand vous l’avez essayée, en moyenne : 0 pas du tout, 1 un peu, 2 beaucoup, 3 complètement.
explain-factors = « 2,1× autant » signifie que les jours avec le facteur ont eu 2,1 fois plus d’épisodes par jour que les jours sans. L’intervalle à 95 % est la plage où se trouve probablement ce rapport : s’il atteint 1×, la différence peut être due au hasard.
chart-title-per-week = Épisodes par semaine renseignée
chart-title-per-day = Épisodes par jour
chart-title-where = Où
chart-title-places = Endroits, les plus fréquents d’abord
chart-title-triggers = Associés à un déclencheur
chart-title-when = Quand : heure et jour de la semaine
chart-title-intensity = Intensité dans le temps
chart-title-helped = Ce qui a aidé
chart-summary-frequency = { $episodes } en { $days } ({ $rate } par semaine renseignée) : { $kinds }.
chart-summary-where = Le plus souvent : { $place }, { $count } fois.
chart-summary-places = { $count } endroits différents.
chart-summary-trigger = { $count } épisodes sur { $total } ({ $share }) ont été associés à « { $trigger } ». Associé à ne veut pas dire causé par.
chart-summary-no-trigger = Aucun épisode n’a été associé à un déclencheur.
chart-summary-night = { $share } des épisodes ont eu lieu la nuit (22 h–6 h).
chart-summary-intensity = Intensité médiane { $median } sur 10, la pire { $worst }.
chart-summary-helped = Le plus utilisé : { $relief }, { $count } fois, efficacité moyenne { $helped } sur 3.
table-day = Jour
table-place = Endroit
table-side = Côté
table-episodes = Épisodes
table-trigger = Déclencheur
table-share = Part
table-interval = Intervalle à 95 %
table-week-of = Semaine du
table-median = Médiane
table-min = Min
table-max = Max
table-relief = Soulagement
table-used = Utilisé
table-helped = Efficacité (0–3)

few-days-logged = { $count ->
    [one] Ces rythmes reposent sur 1 seul jour renseigné : une semaine de suivi donne un chiffre plus stable.
    [many] Ces rythmes reposent sur seulement { $count } jours renseignés : une semaine de suivi donne un chiffre plus stable.
   *[other] Ces rythmes reposent sur seulement { $count } jours renseignés : une semaine de suivi donne un chiffre plus stable.
}
left-out-hour = { $count ->
    [one] { $count } épisode sans heure n’est pas compté par heure de la journée.
    [many] { $count } épisodes sans heure ne sont pas comptés par heure de la journée.
   *[other] { $count } épisodes sans heure ne sont pas comptés par heure de la journée.
}
left-out-intensity = { $count ->
    [one] { $count } épisode sans intensité n’est pas dans les chiffres d’intensité.
    [many] { $count } épisodes sans intensité ne sont pas dans les chiffres d’intensité.
   *[other] { $count } épisodes sans intensité ne sont pas dans les chiffres d’intensité.
}
trial-change = { $name } : { $change } le { $date }
trial-running = La période d’essai est en cours : voici les chiffres jusqu’ici.
trial-not-enough = Pas encore assez de jours : jours notés avant { $baseline }, après { $trial } ; il en faut 7 de chaque côté.
trial-per-day = Épisodes par jour noté : { $before } avant, { $after } après ({ $change }){ $ratio }.
trial-ratio =  ; rapport { $ratio } (intervalle à 95 % { $low }–{ $high })
trial-ratio-from =  ; rapport { $ratio } (intervalle à 95 % à partir de { $low })
trial-stiffness = Raideur, médiane des jours notés : { $before } avant, { $after } après ({ $change }) ; notée sur { $rated_before } et { $rated_after } jours.
trial-line-30 = Cette baisse franchit la ligne des 30 % que les essais comptent comme une réponse.
trial-line-20 = Cette baisse franchit la ligne des 20 % qui fait poursuivre un traitement, mais pas celle des 30 % d’une réponse.
trial-line-below = C’est moins que la baisse de 20 % que recherchent les prescripteurs.
trial-interval-reaches-one = Son intervalle à 95 % atteint encore 1 (aucun changement) : une baisse de cette taille peut venir du seul hasard.
trial-caveat = C’est une association dans les notes d’une seule personne, pas une preuve : un changement avant/après d’environ un quart est fréquent sans aucun traitement actif, et un traitement commencé pendant une mauvaise semaine paraîtra meilleur qu’il n’est.
