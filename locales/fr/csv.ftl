# Les noms des colonnes de l’export CSV, et son oui et non, dans la langue de l’export.
# Une feuille dans toute langue de Twinge est relue : deux noms d’une même langue ne
# peuvent pas être identiques. Gardez les unités : (s), 0–10, (0–3), (ms).

csv-id = Id
csv-kind = Type
csv-start = Début
csv-duration = Durée (s)
csv-count = Secousses dans la salve
csv-intensity = Intensité 0–10
csv-where = Où
csv-triggers = Déclencheurs
csv-helped = Ce qui a aidé (0–3)
csv-symptoms = Symptômes
csv-woke = Tiré du sommeil
csv-notes = Notes
csv-created = Créé (ms)
csv-updated = Modifié (ms)
csv-deleted = Supprimé (ms)
csv-checkin-date = Date du suivi quotidien
csv-checkin-factors = Facteurs du suivi quotidien
csv-stiffness = Raideur 0–10
csv-sleep-broken = Sommeil interrompu 0–10
csv-time-of-day = Moment de la journée
csv-imported-from = Importé de
csv-imported-file = Fichier importé
csv-source-intensity = Intensité dans la source
csv-source-scale = Échelle de la source
csv-set-off = Déclenché par un contact ou un mouvement

csv-yes = oui
csv-no = non
