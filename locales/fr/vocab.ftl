symptom-numbness-tingling = Engourdissement ou fourmillements
symptom-weakness = Faiblesse
symptom-stiffness = Raideur
symptom-fatigue = Fatigue
symptom-lasting-pain = Douleur persistante
symptom-muscle-wasting = Fonte musculaire
symptom-swallowing-speaking = Difficulté à avaler ou à parler
symptom-spreading = Extension à de nouveaux endroits

med-started = commencé
med-changed = modifié
med-stopped = arrêté

trigger-exercise = Exercice
trigger-prolonged-sitting = Position assise prolongée
trigger-lifting = Port de charges
trigger-lying-down = Allongé / nuit
trigger-stretching = Étirements
trigger-dehydration = Déshydratation
trigger-caffeine = Caféine
trigger-alcohol = Alcool
trigger-stress = Stress
trigger-poor-sleep = Mauvais sommeil
trigger-cold = Froid
trigger-heat = Chaleur
trigger-new-medication = Nouveau médicament

relief-heat = Chaleur
relief-cold = Froid
relief-stretching = Étirements
relief-massage = Massage
relief-walking = Marche
relief-rest = Repos
relief-hydration = Boire

factor-slept-badly = Mal dormi
factor-hard-exercise = Effort intense
factor-long-sitting = Longtemps assis
factor-long-standing = Longtemps debout
factor-caffeine = Caféine
factor-alcohol = Alcool
factor-hot-day = Journée chaude / beaucoup transpiré
factor-dehydrated = Déshydraté
factor-stress = Stress
factor-period = Règles

# L’impression globale de changement du patient (PGIC) : « Depuis le dernier rendez-vous,
# vos spasmes sont… » et ses sept réponses.
pgic-question = Depuis le dernier rendez-vous, vos spasmes sont…
pgic-very-much-improved = très nettement améliorés
pgic-much-improved = nettement améliorés
pgic-minimally-improved = un peu améliorés
pgic-no-change = inchangés
pgic-minimally-worse = un peu aggravés
pgic-much-worse = nettement aggravés
pgic-very-much-worse = très nettement aggravés
pgic-not-answered = sans réponse

timing-night = la nuit
timing-morning = le matin
timing-midday = vers midi
timing-afternoon = l’après-midi
timing-evening = le soir
timing-day = heure non notée
intensity-not-recorded = intensité non notée
place-not-recorded = endroit non noté
origin-imported = Importé de { $app }
origin-imported-scale = Importé de { $app } : { $value } sur son échelle { $scale }
