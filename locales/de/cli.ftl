cli-no-episodes = Noch keine Episoden.
cli-wrote = { $path } geschrieben ({ $size } KB)
cli-stats-period = { $from } bis { $to }: { $count ->
    [one] { $count } Episode
   *[other] { $count } Episoden
}, { $rate } pro Woche
cli-stats-days = Tage mit Episoden: { $with }, erfasste Tage: { $covered } von { $days }
cli-stats-intensity = mittlere Intensität (Median): { $median }, stärkste: { $worst }
cli-stats-waiting = { $count ->
    [one] { $count } Faktorvergleich braucht
   *[other] { $count } Faktorvergleiche brauchen
} mehr Tage mit Tagesfragen ({ $needed } mit und { $needed } ohne).

cli-saved = { $kind } { $place } gespeichert, { $at } ({ $id })
cli-checkin-deleted = Für { $date } gibt es jetzt keine Tagesfragen mehr.
cli-checkin-saved = Tagesfragen für { $date }: { $factors }
cli-checkin-none = keiner der Faktoren
cli-demo-added = { $count } Beispiel-Episoden zu { $folder } hinzugefügt
cli-restored = { $count } Episoden aus { $file } wiederhergestellt
cli-kept-at = Das bisherige Tagebuch liegt in { $path }
cli-now-encrypted = Das Tagebuch ist jetzt verschlüsselt. Ein vergessener Code lässt sich nicht wiederherstellen.
cli-no-passcode = Das Tagebuch hat keinen Code.
cli-copy-left = { $name } blieb unverändert: Ein älterer Code sperrt es.
cli-reminder-on = Die Erinnerung am Abend ist an, um { $time }.
cli-reminder-off = Die Erinnerung am Abend ist aus.
cli-reminder-not-yet = Noch nicht: Die Erinnerung kommt um { $time }.
cli-reminder-recorded = Heute ist erfasst: keine Erinnerung nötig.
cli-reminder-sent = Die heutige Erinnerung wurde schon gezeigt.
cli-reminder-body = Für heute ist noch nichts erfasst. Die Tagesfragen brauchen nur ein paar Tipps.
cli-reminder-shown = Erinnerung gezeigt: { $text }
