cli-no-episodes = Pas encore d’épisode.
cli-wrote = { $path } écrit ({ $size } Ko)
cli-stats-period = Du { $from } au { $to } : { $count ->
    [one] { $count } épisode
    [many] { $count } épisodes
   *[other] { $count } épisodes
}, { $rate } par semaine renseignée
cli-stats-days = jours avec épisodes : { $with }, jours renseignés : { $covered } sur { $days }
cli-stats-intensity = intensité médiane : { $median }, pire : { $worst }
cli-stats-waiting = { $count ->
    [one] { $count } comparaison de facteurs demande
    [many] { $count } comparaisons de facteurs demandent
   *[other] { $count } comparaisons de facteurs demandent
} davantage de jours avec le suivi quotidien ({ $needed } avec et { $needed } sans).

cli-saved = Enregistré : { $kind } · { $place } · { $at } ({ $id })
cli-checkin-deleted = Plus de suivi pour le { $date }.
cli-checkin-saved = Suivi du { $date } : { $factors }
cli-checkin-none = aucun des facteurs
cli-demo-added = { $count } épisodes d’exemple ajoutés à { $folder }
cli-damaged-set-aside = Le journal endommagé a été mis de côté, rien n’a été supprimé : { $path }
cli-restored = { $count } épisodes restaurés depuis { $file }
cli-kept-at = Le journal tel qu’il était est gardé dans { $path }
cli-now-encrypted = Le journal est maintenant chiffré. Un code oublié ne peut pas être récupéré.
cli-no-passcode = Le journal n’a pas de code.
cli-copy-left = { $name } a été laissé tel quel : un ancien code le verrouille.
cli-reminder-on = Le rappel du soir est activé à { $time }.
cli-reminder-off = Le rappel du soir est désactivé.
cli-reminder-not-yet = Pas encore : le rappel est à { $time }.
cli-reminder-recorded = Aujourd’hui est noté : pas besoin de rappel.
cli-reminder-sent = Le rappel d’aujourd’hui a déjà été envoyé.
cli-reminder-body = Rien n’est encore noté pour aujourd’hui. Le suivi quotidien prend quelques touches.
cli-reminder-shown = Rappel affiché : { $text }

## Codes dans le terminal

cli-prompt-passcode = Code :{" "}
cli-prompt-new-passcode = Nouveau code :{" "}
cli-prompt-again = Le même à nouveau :{" "}
cli-passcodes-differ = Les deux codes diffèrent ; rien n’a été modifié.
cli-passcode-file-unreadable = Le fichier du code n’a pas pu être lu : { $why }.
cli-passcode-terminal = Le code n’a pas pu être lu depuis le terminal.
cli-passcode-needed = Un code est nécessaire : indiquez { $option } FICHIER, ou lancez twinge dans un terminal pour qu’il vous soit demandé.
cli-demo-episodes = --episodes accepte de 1 à 1 000 000.

## Export, import, vérification

cli-exported = Exporté vers { $path }
cli-import-summary = { $stage ->
        [imported] Importé
        [would] Serait importé
       *[checked] Vérifié
    } : { $count ->
        [one] { $count } épisode
        [many] { $count } épisodes
       *[other] { $count } épisodes
    } dans le fichier : { $new } nouveaux, { $unchanged } inchangés, { $updated } mis à jour (plus récents dans le fichier), { $kept } gardés (plus récents ici), { $rejected } refusés
cli-import-row-problem = ligne { $row } : { $message }
cli-import-more-problems = { $count ->
        [one] … et { $count } problème de plus
        [many] … et { $count } problèmes de plus
       *[other] … et { $count } problèmes de plus
    }
cli-import-settings-taken = Réglages pris dans le fichier :
cli-import-settings-kept = Les réglages du fichier diffèrent de ceux de ce journal (gardés ; --with-settings prend ceux du fichier) :
cli-import-refused = Rien n’a été importé : corrigez les lignes ci-dessus et réessayez.
cli-not-twinge-csv = sa première ligne ne nomme pas les colonnes d’un export Twinge (Kind, Start, …). Un journal tenu dans une autre application ou dans un tableur se lit comme tel sans --format, ou avec --from csv
cli-check-journal = journal : { $path }
cli-check-schema = version du schéma : { $version } (ce Twinge écrit { $supported })
cli-check-episodes = épisodes : { $count }
cli-check-problems = La vérification d’intégrité a trouvé des problèmes : { $problems }
cli-check-integrity-ok = intégrité : bonne
cli-check-summary-ok = résumé des Analyses : bon
cli-check-summary-rebuilt = résumé des Analyses : { $count ->
        [one] { $count } ligne différait
        [many] { $count } lignes différaient
       *[other] { $count } lignes différaient
    } des épisodes ; reconstruit à partir d’eux (aucun épisode modifié)
cli-reminder-open = Ouvrir Twinge
cli-reminder-not-shown = Le rappel n’a pas pu être affiché.
cli-reminder-not-opened = Twinge n’a pas pu être ouvert.

## Une ligne de commande qui n’a pas pu être lue

cli-usage-missing = Il faut : { $needed }.
cli-usage-unknown = « { $arg } » n’est pas une option ici.
cli-usage-unknown-command = « { $command } » n’est pas une commande.
cli-usage-no-command = Dites quelle commande lancer.
cli-usage-bad-value = « { $value } » n’est pas une valeur que { $arg } accepte.
cli-usage-conflict = { $arg } ne peut pas être utilisé avec { $other }.
cli-usage-other = La ligne de commande n’a pas pu être lue ({ $kind }).
cli-usage-see-help = Ajoutez --help pour voir ce que la commande accepte.
cli-usage-valid = Elle accepte { $values }.
cli-usage-quoted = « { $value } »
cli-prompt-backup-passcode = Code de cette sauvegarde :{" "}
cli-output-failed = La sortie n’a pas pu être écrite : { $why }
cli-app-not-started = Twinge n’a pas pu démarrer : { $why } (`twinge --help` liste ce que fait la ligne de commande sans fenêtre.)
cli-checkin-bad-stress = --stress vaut none, some ou a_lot, pas « { $code } ».
cli-appointment-saved = Rendez-vous du { $date } enregistré.
cli-appointment-bad-pgic = « { $code } » n’est pas une réponse ; utilisez very_much_improved, much_improved, minimally_improved, no_change, minimally_worse, much_worse ou very_much_worse.


cli-peer-bad-source = « { $code } » n’est pas une application dont Twinge sait importer ; utilisez bearable, flaredown, migraine-buddy, daylio, drip ou csv.
cli-peer-bad-choice = « { $text } » ne se lit pas : écrivez NOM=spasm (cramp, twitch, other) pour --kind et EN-TÊTE=date (time, kind, place, side, intensity, duration, triggers, reliefs, medication, notes, skip) pour --column.
cli-peer-read = { $file } : { $app }, { $episodes ->
    [one] { $episodes } épisode
    [many] { $episodes } épisodes
   *[other] { $episodes } épisodes
}, { $days ->
    [one] { $days } jour de bilan
    [many] { $days } jours de bilan
   *[other] { $days } jours de bilan
}.
cli-peer-name = { $name } → { $role } ({ $rows ->
    [one] { $rows } ligne
    [many] { $rows } lignes
   *[other] { $rows } lignes
})
cli-peer-skipped = laissé de côté : { $what } ({ $why })
cli-peer-skipped-rows = laissé de côté : { $what } ({ $why }), { $count ->
    [one] ligne
    [many] lignes
   *[other] lignes
} { $rows }
cli-peer-left-out = ligne { $row } laissée de côté : { $message }
cli-treatment-saved = { $name } : { $change } le { $date } ; enregistré.
cli-treatment-bad-change = « { $code } » n’est pas un changement ; utilisez started, changed ou stopped.
cli-trial-windows = Avant : du { $before_from } au { $before_to }. Après : du { $after_from } au { $after_to }.
cli-damaged-ways-back = Pour mettre une sauvegarde à sa place : twinge restore FICHIER (la fenêtre garde une sauvegarde par jour dans le dossier backups à côté du journal). La fenêtre de Twinge peut aussi le mettre de côté et commencer un journal vide.
