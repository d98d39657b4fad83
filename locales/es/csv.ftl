# Los nombres de las columnas de la exportación CSV, y su sí y no, en el idioma en que se
# exporta. Se vuelve a leer una hoja en cualquier idioma de Twinge, así que dos nombres de
# un idioma no pueden coincidir. Mantenga las unidades: (s), 0–10, (0–3), (ms).

csv-id = Id
csv-kind = Tipo
csv-start = Inicio
csv-duration = Duración (s)
csv-count = Contracciones en la racha
csv-intensity = Intensidad 0–10
csv-where = Dónde
csv-triggers = Desencadenantes
csv-helped = Qué ayudó (0–3)
csv-symptoms = Síntomas
csv-woke = Despertó del sueño
csv-notes = Notas
csv-created = Creado (ms)
csv-updated = Modificado (ms)
csv-deleted = Borrado (ms)
csv-checkin-date = Fecha del registro diario
csv-checkin-factors = Factores del registro diario
csv-stiffness = Rigidez 0–10
csv-sleep-broken = Sueño interrumpido 0–10
csv-time-of-day = Momento del día
csv-imported-from = Importado de
csv-imported-file = Archivo importado
csv-source-intensity = Intensidad en el origen
csv-source-scale = Escala del origen
csv-set-off = Lo provocó un roce o un movimiento

csv-yes = sí
csv-no = no
