symptom-numbness-tingling = Taubheit oder Kribbeln
symptom-weakness = Schwäche
symptom-stiffness = Steifigkeit
symptom-fatigue = Erschöpfung
symptom-lasting-pain = Anhaltender Schmerz
symptom-muscle-wasting = Muskelschwund
symptom-swallowing-speaking = Schluck- oder Sprechstörung
symptom-spreading = Ausbreitung auf neue Stellen

med-started = begonnen
med-changed = geändert
med-stopped = abgesetzt

trigger-exercise = Sport
trigger-prolonged-sitting = Langes Sitzen
trigger-lifting = Heben
trigger-lying-down = Liegen / Nacht
trigger-stretching = Dehnen
trigger-dehydration = Flüssigkeitsmangel
trigger-caffeine = Koffein
trigger-alcohol = Alkohol
trigger-stress = Stress
trigger-poor-sleep = Schlechter Schlaf
trigger-cold = Kälte
trigger-heat = Hitze
trigger-new-medication = Neues Medikament

relief-heat = Wärme
relief-cold = Kälte
relief-stretching = Dehnen
relief-massage = Massage
relief-walking = Gehen
relief-rest = Ruhe
relief-hydration = Trinken

factor-slept-badly = Schlecht geschlafen
factor-hard-exercise = Harter Sport
factor-long-sitting = Langes Sitzen
factor-long-standing = Langes Stehen
factor-caffeine = Koffein
factor-alcohol = Alkohol
factor-hot-day = Heißer Tag / viel geschwitzt
factor-dehydrated = Zu wenig getrunken
factor-stress = Stress
factor-period = Menstruation

# Der Gesamteindruck der Veränderung durch den Patienten (PGIC): „Seit dem letzten
# Termin sind Ihre Spasmen …“ und seine sieben Antworten.
pgic-question = Seit dem letzten Termin sind Ihre Spasmen…
pgic-very-much-improved = sehr viel besser
pgic-much-improved = viel besser
pgic-minimally-improved = etwas besser
pgic-no-change = unverändert
pgic-minimally-worse = etwas schlechter
pgic-much-worse = viel schlechter
pgic-very-much-worse = sehr viel schlechter
pgic-not-answered = nicht beantwortet

timing-night = nachts
timing-morning = morgens
timing-midday = gegen Mittag
timing-afternoon = nachmittags
timing-evening = abends
timing-day = Uhrzeit nicht erfasst
intensity-not-recorded = Stärke nicht erfasst
place-not-recorded = Stelle nicht erfasst
origin-imported = Importiert aus { $app }
origin-imported-scale = Importiert aus { $app }: { $value } auf dessen Skala { $scale }
