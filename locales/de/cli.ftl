cli-no-episodes = Noch keine Episoden.
cli-wrote = { $path } geschrieben ({ $size } KB)
cli-stats-period = { $from } bis { $to }: { $count ->
    [one] { $count } Episode
   *[other] { $count } Episoden
}, { $rate } pro erfasster Woche
cli-stats-days = Tage mit Episoden: { $with }, erfasste Tage: { $covered } von { $days }
cli-stats-intensity = mittlere Intensität (Median): { $median }, stärkste: { $worst }
cli-stats-waiting = { $count ->
    [one] { $count } Faktorvergleich braucht
   *[other] { $count } Faktorvergleiche brauchen
} mehr Tage mit Tagesfragen ({ $needed } mit und { $needed } ohne).

cli-saved = Gespeichert: { $kind } · { $place } · { $at } ({ $id })
cli-checkin-deleted = Für { $date } gibt es jetzt keine Tagesfragen mehr.
cli-checkin-saved = Tagesfragen für { $date }: { $factors }
cli-checkin-none = keiner der Faktoren
cli-demo-added = { $count } Beispiel-Episoden zu { $folder } hinzugefügt
cli-damaged-set-aside = Das beschädigte Tagebuch wurde beiseitegelegt, nichts gelöscht: { $path }
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

## Codes im Terminal

cli-prompt-passcode = Code:{" "}
cli-prompt-new-passcode = Neuer Code:{" "}
cli-prompt-again = Noch einmal derselbe:{" "}
cli-passcodes-differ = Die beiden Codes unterscheiden sich; nichts wurde verändert.
cli-passcode-file-unreadable = Die Code-Datei konnte nicht gelesen werden: { $why }.
cli-passcode-terminal = Der Code konnte nicht aus dem Terminal gelesen werden.
cli-passcode-needed = Ein Code wird gebraucht: Geben Sie { $option } DATEI an, oder starten Sie twinge in einem Terminal, um danach gefragt zu werden.
cli-demo-episodes = --episodes nimmt 1 bis 1.000.000.

## Export, Import, Prüfung

cli-exported = Exportiert nach { $path }
cli-import-summary = { $stage ->
        [imported] Importiert
        [would] Würde importieren
       *[checked] Geprüft
    }: { $count ->
        [one] { $count } Episode
       *[other] { $count } Episoden
    } in der Datei: { $new } neu, { $unchanged } unverändert, { $updated } aktualisiert (neuer in der Datei), { $kept } behalten (neuer hier), { $rejected } abgelehnt
cli-import-row-problem = Zeile { $row }: { $message }
cli-import-more-problems = { $count ->
        [one] … und { $count } weiteres Problem
       *[other] … und { $count } weitere Probleme
    }
cli-import-settings-taken = Aus der Datei übernommene Einstellungen:
cli-import-settings-kept = Die Einstellungen der Datei weichen von denen dieses Tagebuchs ab (behalten; --with-settings übernimmt die der Datei):
cli-import-refused = Nichts wurde importiert: Korrigieren Sie die Zeilen oben und versuchen Sie es noch einmal.
cli-not-twinge-csv = Ihre erste Zeile nennt nicht die Spalten eines Twinge-Exports (Kind, Start, …). Ein Tagebuch aus einer anderen App oder einer Tabelle wird ohne --format als solches gelesen, oder mit --from csv
cli-check-journal = Tagebuch: { $path }
cli-check-schema = Schemaversion: { $version } (dieses Twinge schreibt { $supported })
cli-check-episodes = Episoden: { $count }
cli-check-problems = Die Integritätsprüfung hat Probleme gefunden: { $problems }
cli-check-integrity-ok = Integrität: in Ordnung
cli-check-summary-ok = Auswertungs-Zusammenfassung: in Ordnung
cli-check-summary-rebuilt = Auswertungs-Zusammenfassung: { $count ->
        [one] { $count } Zeile wich
       *[other] { $count } Zeilen wichen
    } von den Episoden ab; neu aus ihnen aufgebaut (keine Episode verändert)
cli-reminder-open = Twinge öffnen
cli-reminder-not-shown = Die Erinnerung konnte nicht angezeigt werden.
cli-reminder-not-opened = Twinge konnte nicht geöffnet werden.

## Eine Befehlszeile, die nicht gelesen werden konnte

cli-usage-missing = Diese werden gebraucht: { $needed }.
cli-usage-unknown = „{ $arg }“ ist hier keine Option.
cli-usage-unknown-command = „{ $command }“ ist kein Befehl.
cli-usage-no-command = Sagen Sie, welcher Befehl laufen soll.
cli-usage-bad-value = „{ $value }“ ist kein Wert, den { $arg } annimmt.
cli-usage-conflict = { $arg } kann nicht zusammen mit { $other } verwendet werden.
cli-usage-other = Die Befehlszeile konnte nicht gelesen werden ({ $kind }).
cli-usage-see-help = Mit --help steht da, was der Befehl annimmt.
cli-usage-valid = Er nimmt { $values }.
cli-usage-quoted = „{ $value }“
cli-prompt-backup-passcode = Code dieser Sicherung:{" "}
cli-output-failed = Die Ausgabe konnte nicht geschrieben werden: { $why }
cli-app-not-started = Twinge konnte nicht starten: { $why } (`twinge --help` zeigt, was die Befehlszeile ohne Fenster kann.)
cli-checkin-bad-stress = --stress ist none, some oder a_lot, nicht „{ $code }“.
cli-appointment-saved = Termin am { $date } gespeichert.
cli-appointment-bad-pgic = „{ $code }“ ist keine Antwort; verwenden Sie very_much_improved, much_improved, minimally_improved, no_change, minimally_worse, much_worse oder very_much_worse.


cli-peer-bad-source = „{ $code }“ ist keine App, aus der Twinge importieren kann; verwenden Sie bearable, flaredown, migraine-buddy, daylio, drip oder csv.
cli-peer-bad-choice = „{ $text }“ lässt sich nicht lesen: schreiben Sie NAME=spasm (cramp, twitch, other) für --kind und KOPF=date (time, kind, place, side, intensity, duration, triggers, reliefs, medication, notes, skip) für --column.
cli-peer-read = { $file }: { $app }, { $episodes ->
    [one] { $episodes } Episode
   *[other] { $episodes } Episoden
}, { $days ->
    [one] { $days } Tag mit Check-in
   *[other] { $days } Tage mit Check-in
}.
cli-peer-name = { $name } → { $role } ({ $rows ->
    [one] { $rows } Zeile
   *[other] { $rows } Zeilen
})
cli-peer-skipped = ausgelassen: { $what } ({ $why })
cli-peer-skipped-rows = ausgelassen: { $what } ({ $why }), { $count ->
    [one] Zeile
   *[other] Zeilen
} { $rows }
cli-peer-left-out = Zeile { $row } ausgelassen: { $message }
cli-treatment-saved = { $name } { $change } am { $date }: gespeichert.
cli-treatment-bad-change = „{ $code }“ ist keine Änderung; verwenden Sie started, changed oder stopped.
cli-trial-windows = Davor: { $before_from } bis { $before_to }. Danach: { $after_from } bis { $after_to }.
cli-damaged-ways-back = Eine Sicherung an seine Stelle setzen: twinge restore DATEI (das Fenster legt jeden Tag eine Sicherung im Ordner backups neben dem Tagebuch ab). Das Fenster von Twinge kann es auch beiseitelegen und ein leeres Tagebuch beginnen.
