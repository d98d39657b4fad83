# Die Spaltennamen des CSV-Exports und sein Ja und Nein, in der Sprache des Exports.
# Eine Tabelle in jeder Sprache von Twinge wird zurückgelesen; keine zwei Namen einer
# Sprache dürfen gleich sein. Die Einheiten in Klammern bleiben: (s), 0–10, (0–3), (ms).

csv-id = Id
csv-kind = Art
csv-start = Beginn
csv-duration = Dauer (s)
csv-count = Zuckungen in der Serie
csv-intensity = Stärke 0–10
csv-where = Wo
csv-triggers = Auslöser
csv-helped = Was geholfen hat (0–3)
csv-symptoms = Symptome
csv-woke = Aus dem Schlaf geweckt
csv-notes = Notizen
csv-created = Erstellt (ms)
csv-updated = Geändert (ms)
csv-deleted = Gelöscht (ms)
csv-checkin-date = Datum der Tagesfragen
csv-checkin-factors = Faktoren der Tagesfragen
csv-stiffness = Steifigkeit 0–10
csv-sleep-broken = Schlaf gestört 0–10
csv-time-of-day = Tageszeit
csv-imported-from = Importiert aus
csv-imported-file = Importierte Datei
csv-source-intensity = Stärke in der Quelle
csv-source-scale = Skala der Quelle
csv-set-off = Durch Berührung oder Bewegung ausgelöst

csv-yes = ja
csv-no = nein
