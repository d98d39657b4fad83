language-name = Français
report-title = Résumé des spasmes, crampes et secousses musculaires
report-patient = Patient(e)
report-period = Période : { $from } – { $to } ({ $days ->
    [one] { $days } jour
    [many] { $days } jours
   *[other] { $days } jours
})
report-generated = Établi le { $date }
report-footer = Twinge · données saisies par le patient · { $from } – { $to }
report-page = page { $page } sur { $pages }
report-born = né(e) le { $date }
report-none-in-period = Aucun sur cette période.
report-no-episodes = Aucun épisode n’a été noté sur cette période.
report-quiet-days-count = Les jours marqués « aucun épisode » comptent comme jours renseignés.
report-kind = Type
report-definitions = { kind-spasm } : contraction involontaire, souvent répétée. { kind-cramp } : contraction douloureuse et prolongée. { kind-twitch } ({ -twitch(register: "doctor") }) : brève contraction visible d’un muscle. Gris : les { $days } jours précédant la période. Les taux ne comptent que les jours renseignés.
report-penn-scale = Échelle des spasmes de Penn
report-penn-frequency = fréquence
report-penn-severity = sévérité
report-symptoms = Symptômes signalés avec les épisodes :
report-none-recorded = aucun signalé.
report-worth-asking = à explorer :
report-also = aussi :
report-questions = Questions pour mon médecin :
report-none-written = aucune.
report-where = Où
report-left-right = Gauche et droite du patient.
report-place-all-kinds = Localisation (tous types)
report-episodes = Épisodes
report-relief = Soulagement
report-used = Utilisé
report-helped = Efficacité 0–3
report-nothing-helped = Rien n’a été noté comme utile sur cette période.
report-helped-scale = Efficacité : moyenne, 0 nulle – 3 complète.
report-what-helped = Ce qui a aidé
report-after-what = Après quoi
report-tagged-with = Associé à
report-share-ci = Part (IC à 95 %)
report-how-often = Fréquence
report-medication-changes = Changements de traitement :
report-medication-line = { $date } : { $what }
report-colon = {"\u00A0:"}
report-separator = {"\u00A0;"}
report-intensity-heading = Intensité dans le temps (médiane hebdomadaire, bande de la plus faible à la plus forte)
report-when-heading = Quand : heure locale et jour de la semaine
report-factors-heading = Jours avec et sans : association dans les propres relevés du patient, pas une preuve de cause
report-compared = Comparé
report-with-days = Avec : jours, épisodes, par jour
report-without-days = Sans : jours, épisodes, par jour
report-ratio-interval = Rapport (intervalle à 95 %)
report-col-when = Quand
report-col-kind = Type
report-col-where = Où
report-col-intensity = Int.
report-col-duration = Durée
report-col-triggers = Déclencheurs
report-col-relief = Soulagement
report-col-notes = Notes

report-triggers-too-few = Données insuffisantes : les parts des déclencheurs sont montrées à partir de { $needed } épisodes ; cette période en compte { $count }.
report-triggers-none-tagged = { $count ->
    [one] L’unique épisode n’a été associé à aucun déclencheur suspecté.
    [many] Aucun des { $count } épisodes n’a été associé à un déclencheur suspecté.
   *[other] Aucun des { $count } épisodes n’a été associé à un déclencheur suspecté.
}
report-triggers-share = Part des { $count ->
    [one] { $count } épisode
    [many] { $count } épisodes
   *[other] { $count } épisodes
} ({ $kinds }) que le patient a associés à chaque déclencheur suspecté ; associé à, pas causé par.
report-same-day = Les épisodes d’un même jour sont comptés séparément.
report-more-triggers = { $count ->
    [one] et { $count } autre déclencheur
    [many] et { $count } autres déclencheurs
   *[other] et { $count } autres déclencheurs
}
report-more-places = { $count ->
    [one] et { $count } autre endroit
    [many] et { $count } autres endroits
   *[other] et { $count } autres endroits
}
report-factors-none = Aucun facteur quotidien n’a encore { $days } jours avec et { $days } sans sur cette période.
report-factors-waiting = { $count ->
    [one] { $count } comparaison de plus demande davantage de jours avec le suivi quotidien.
    [many] { $count } comparaisons de plus demandent davantage de jours avec le suivi quotidien.
   *[other] { $count } comparaisons de plus demandent davantage de jours avec le suivi quotidien.
}
report-bursts = Les épisodes sont venus par salves (plus dispersés entre les jours que le hasard ne le donnerait) : l’intervalle d’un rapport traite les épisodes comme indépendants et il est trop étroit ; chaque côté donne donc aussi la part des jours avec au moins un épisode, avec son intervalle exact.
report-symptom-last = dernier : { $dates }
report-woke = réveillé par l’épisode
report-set-off = déclenché par un contact ou un mouvement
report-in-burst = { $count } dans la salve
report-appendix-all = Annexe : tous les épisodes de la période (données saisies par le patient ; ● avec notes ou symptômes)
report-appendix-notable = Annexe : les épisodes avec notes ou symptômes (données saisies par le patient)
report-appendix-rest = { $count ->
    [one] { $count } épisode sans notes ni symptômes n’est pas listé ; la page 1 compte tous les épisodes.
    [many] { $count } épisodes sans notes ni symptômes ne sont pas listés ; la page 1 compte tous les épisodes.
   *[other] { $count } épisodes sans notes ni symptômes ne sont pas listés ; la page 1 compte tous les épisodes.
}
report-trial-so-far = jusqu’ici
report-trial-per-day = épisodes par jour noté { $before } → { $after }, { $change } { $ratio }
report-trial-ratio = (rapport { $ratio }, 95 % { $low }–{ $high })
report-trial-stiffness = raideur { $before } → { $after }, { $change }
report-trial-caveat = Les notes d’une seule personne, pas une preuve : un changement d’environ un quart est fréquent sans traitement actif, et ce qui commence pendant une mauvaise semaine paraît meilleur qu’il n’est.
# Page 2: the heading over a trial’s chart, before the change it looks at.
report-trial-chart = Cela a-t-il aidé ?
