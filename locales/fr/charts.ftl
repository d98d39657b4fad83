chart-no-episodes = Aucun épisode sur cette période.
chart-not-drawn = Ce graphique n’a pas pu être dessiné.
chart-by-place = Épisodes par endroit
chart-triggers-too-few = Pas encore assez de données : les déclencheurs demandent { $count } épisodes.
chart-no-trigger = Aucun épisode de cette période n’a été associé à un déclencheur.
chart-triggers-title = Part des épisodes associés à chaque déclencheur (barre : intervalle à 95 %)
chart-trigger-share = { $count } sur { $total } ({ $percent })
chart-nothing-helped = Rien n’a été noté comme utile sur cette période.
chart-reliefs-title = Efficacité moyenne (0 pas du tout – 3 complètement)
chart-relief-note = { $helped }/3, utilisé { $used }×
chart-darkest = heure locale ; la case la plus foncée compte { $count ->
    [one] { $count } épisode
    [many] { $count } épisodes
   *[other] { $count } épisodes
}
chart-hour = { $hour } h
chart-factors-few = Pas encore assez de jours avec le suivi quotidien.
chart-factors-title = Épisodes par jour avec le facteur ÷ sans (ligne : intervalle à 95 %)
chart-per-logged-week = par semaine notée
chart-per-day = par jour
chart-not-yet-logging = pas encore de suivi
chart-partial-week = pâle, bordé : semaine notée en partie, ramenée à 7 jours
chart-unlogged = trait à 0 : rien de noté
chart-appointment = Rendez-vous
chart-appointment-named = Rendez-vous : { $name }
chart-medication-named = Médicament : { $name }
chart-intensity-few = L’intensité dans le temps demande deux semaines d’épisodes.
chart-intensity-legend = ligne : médiane hebdomadaire · bande : du plus léger au pire
chart-left = Gauche
chart-right = Droite
chart-front = Face
chart-back = Dos
chart-trial-legend = Épisodes par jour noté, avec la médiane de chaque période
chart-trial-stiffness = Raideur du jour, 0–10
chart-trial-empty = Rien n’est encore noté autour de ce changement.
