# The names every journal starts with (a person may rename them; a renamed one is shown
# as typed), the symptoms recorded with episodes, and medication changes.

symptom-numbness-tingling = Numbness or tingling
symptom-weakness = Weakness
symptom-stiffness = Stiffness
symptom-fatigue = Fatigue
symptom-lasting-pain = Lasting pain
symptom-muscle-wasting = Muscle wasting
symptom-swallowing-speaking = Trouble swallowing or speaking
symptom-spreading = Spreading to new places

med-started = started
med-changed = changed
med-stopped = stopped

trigger-exercise = Exercise
trigger-prolonged-sitting = Prolonged sitting
trigger-lifting = Lifting
trigger-lying-down = Lying down / night
trigger-stretching = Stretching
trigger-dehydration = Dehydration
trigger-caffeine = Caffeine
trigger-alcohol = Alcohol
trigger-stress = Stress
trigger-poor-sleep = Poor sleep
trigger-cold = Cold
trigger-heat = Heat
trigger-new-medication = New medication

relief-heat = Heat
relief-cold = Cold
relief-stretching = Stretching
relief-massage = Massage
relief-walking = Walking
relief-rest = Rest
relief-hydration = Hydration

factor-slept-badly = Slept badly
factor-hard-exercise = Hard exercise
factor-long-sitting = Long sitting
factor-long-standing = Long standing
factor-caffeine = Caffeine
factor-alcohol = Alcohol
factor-hot-day = Hot day / sweating a lot
factor-dehydrated = Dehydrated
factor-stress = Stress
factor-period = Menstrual period

# The Patient Global Impression of Change, as published: "Since the last appointment,
# your spasms are …" and its seven answers.
pgic-question = Since the last appointment, your spasms are…
pgic-very-much-improved = very much improved
pgic-much-improved = much improved
pgic-minimally-improved = minimally improved
pgic-no-change = no change
pgic-minimally-worse = minimally worse
pgic-much-worse = much worse
pgic-very-much-worse = very much worse
pgic-not-answered = not answered

# When an episode imported from another diary started, if its source kept no clock
# time: a part of the day, or the day only.
timing-night = at night
timing-morning = in the morning
timing-midday = around midday
timing-afternoon = in the afternoon
timing-evening = in the evening
timing-day = time not recorded
# An imported episode whose source did not rate it, or named no place.
intensity-not-recorded = intensity not recorded
place-not-recorded = place not recorded
# Where an imported episode came from; the second when its scale was converted to 0–10.
origin-imported = Imported from { $app }
origin-imported-scale = Imported from { $app }: { $value } on its { $scale } scale
