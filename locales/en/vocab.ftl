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
