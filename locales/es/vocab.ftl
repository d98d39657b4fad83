symptom-numbness-tingling = Entumecimiento u hormigueo
symptom-weakness = Debilidad
symptom-stiffness = Rigidez
symptom-fatigue = Cansancio
symptom-lasting-pain = Dolor persistente
symptom-muscle-wasting = Pérdida de masa muscular
symptom-swallowing-speaking = Dificultad para tragar o hablar
symptom-spreading = Extensión a nuevas zonas

med-started = iniciado
med-changed = cambiado
med-stopped = suspendido

trigger-exercise = Ejercicio
trigger-prolonged-sitting = Estar sentado mucho tiempo
trigger-lifting = Levantar peso
trigger-lying-down = Acostado / noche
trigger-stretching = Estiramientos
trigger-dehydration = Deshidratación
trigger-caffeine = Cafeína
trigger-alcohol = Alcohol
trigger-stress = Estrés
trigger-poor-sleep = Dormir mal
trigger-cold = Frío
trigger-heat = Calor
trigger-new-medication = Medicamento nuevo

relief-heat = Calor
relief-cold = Frío
relief-stretching = Estiramientos
relief-massage = Masaje
relief-walking = Caminar
relief-rest = Reposo
relief-hydration = Beber líquidos

factor-slept-badly = Dormí mal
factor-hard-exercise = Ejercicio intenso
factor-long-sitting = Mucho tiempo sentado
factor-long-standing = Mucho tiempo de pie
factor-caffeine = Cafeína
factor-alcohol = Alcohol
factor-hot-day = Día caluroso / mucho sudor
factor-dehydrated = Deshidratado
factor-stress = Estrés
factor-period = Menstruación

# La impresión global de cambio del paciente (PGIC): «Desde la última cita, sus
# espasmos están…» y sus siete respuestas.
pgic-question = Desde la última cita, sus espasmos están…
pgic-very-much-improved = muchísimo mejor
pgic-much-improved = mucho mejor
pgic-minimally-improved = un poco mejor
pgic-no-change = sin cambios
pgic-minimally-worse = un poco peor
pgic-much-worse = mucho peor
pgic-very-much-worse = muchísimo peor
pgic-not-answered = sin responder

timing-night = de noche
timing-morning = por la mañana
timing-midday = hacia mediodía
timing-afternoon = por la tarde
timing-evening = al anochecer
timing-day = hora no registrada
intensity-not-recorded = intensidad no registrada
place-not-recorded = zona no registrada
origin-imported = Importado de { $app }
origin-imported-scale = Importado de { $app }: { $value } en su escala { $scale }
