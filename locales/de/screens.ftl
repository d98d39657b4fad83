screen-report-pdf-language = Sprache des PDF
screen-report-pdf-language-help = Die Zusammenfassung für Ihre Ärztin oder Ihren Arzt kann in einer anderen Sprache sein als Twinge; dieses Tagebuch merkt sich die Wahl.

screen-settings-language = Sprache
screen-settings-language-label = Twinge spricht
screen-settings-language-system = Wie das System ({ $language })
screen-settings-language-help = Die Zusammenfassung für die Ärztin oder den Arzt hat im Tab „Bericht“ eine eigene Sprache.

screen-tab-main = Hauptmenü
screen-tab-log = Erfassen
screen-tab-history = Verlauf
screen-tab-insights = Auswertung
screen-tab-report = Bericht
screen-tab-settings = Einstellungen
screen-undo = Rückgängig
screen-not-now = Nicht jetzt

screen-log-title = Episode erfassen
screen-log-repeat = Letzte wiederholen
screen-log-repeat-what = { $kind } · { $place } · jetzt
screen-log-nothing-yet = Noch nichts erfasst
screen-log-logged-again = { $kind } erneut erfasst
screen-log-episode-removed = Episode entfernt
screen-log-quiet = Heute keine Episoden
screen-log-quiet-remove = Tippen, um die Markierung zu entfernen
screen-log-quiet-record = Einen ruhigen Tag festhalten
screen-log-quiet-marked = Heute markiert: keine Episoden
screen-log-quiet-removed = Markierung „ruhiger Tag“ entfernt
screen-log-logged-today = heute { $count } erfasst
screen-log-checkin = Tagesfragen
screen-log-checkin-done = Für heute erledigt · tippen zum Ändern
screen-log-checkin-what = Schlaf, Sport, Stress … ein paar Tipps
screen-log-anything-today = Heute etwas zu erfassen?
screen-log-yesterday-missing = Für gestern ist nichts erfasst.
screen-log-fill-yesterday = Gestern nachtragen

screen-cancel = Abbrechen
screen-helped-0 = Gar nicht
screen-helped-1 = Etwas
screen-helped-2 = Viel
screen-helped-3 = Völlig
screen-form-what = Was ist passiert?
screen-form-need-kind = Wählen Sie, welche Art von Episode es war.
screen-form-need-place = Tippen Sie an, wo am Körper es war.
screen-form-need-intensity = Wählen Sie, wie stark es war: 0 ist gar nicht, 10 das Schlimmste, was Sie sich vorstellen können.
screen-form-need-when = Geben Sie Datum und Uhrzeit des Beginns ein.
screen-form-need-duration = Geben Sie die Dauer in Minuten ein, etwa 2 oder 0,5.
screen-form-more = Mehr Angaben: Dauer, Auslöser, was geholfen hat, Notizen
screen-form-fewer = Weniger Angaben
screen-form-woke = Es hat mich aus dem Schlaf geweckt
screen-form-set-off = Durch Berührung oder Bewegung ausgelöst
screen-form-count = Wie viele? (bei Serien von Muskelzucken)
screen-form-triggers = Vermutete Auslöser
screen-form-helped = Was hat geholfen?
screen-form-how-much = Wie sehr { $relief } geholfen hat
screen-form-also = Außerdem bemerkt
screen-form-saving = Wird gespeichert …
screen-form-save-changes = Änderungen speichern
screen-form-save = Speichern
screen-form-kept = Noch nicht gespeichert: Twinge hat diese Episode so aufbewahrt, wie Sie sie verlassen haben.
screen-form-kept-edit = Noch nicht gespeichert: Twinge hat Ihre Änderungen an dieser Episode so aufbewahrt, wie Sie sie verlassen haben.
screen-checkin-kept = Noch nicht gespeichert: Twinge hat Ihre Tagesfragen so aufbewahrt, wie Sie sie verlassen haben.
screen-form-discard = Verwerfen
screen-when-title = Wann hat es begonnen?
screen-when-now = Gerade eben
screen-when-15m = Vor 15 Min.
screen-when-1h = Vor 1 Std.
screen-when-2h = Vor 2 Std.
screen-when-last-night = Letzte Nacht
screen-when-other = Andere Zeit
screen-when-exact = Datum und Uhrzeit
screen-intensity-title = Wie stark?
screen-intensity-unset = noch nicht gewählt
screen-intensity = Intensität
screen-intensity-value = { $value } von 10
screen-intensity-low = 0 keine
screen-intensity-high = 10 schlimmste vorstellbare
screen-duration-title = Wie lange?
screen-duration-exact = Genau, in Minuten
screen-duration-example = z. B. 2,5
screen-notes = Notizen
screen-notes-placeholder = Was Sie festhalten möchten
screen-vocab-another-trigger = Weiterer Auslöser
screen-vocab-another-relief = Etwas anderes, das geholfen hat
screen-vocab-medication-name = Name des Medikaments
screen-vocab-new-trigger = Neuer Auslöser
screen-vocab-new-relief = Neue Maßnahme
screen-vocab-fewer = Weniger
screen-vocab-all = Alle { $count }
screen-vocab-dose = Dosis
screen-vocab-add = Hinzufügen
screen-vocab-is-medication = Es ist ein Medikament (mit Dosis)
screen-where-title = Wo?
screen-where-recent = Zuletzt gewählte Stellen
screen-where-chosen = Gewählte Stellen
screen-where-side-of = Seite: { $region }
screen-where-remove = { $region } entfernen
screen-where-list = Oder aus einer Liste wählen
screen-where-add = Körperregion hinzufügen …

screen-body-hint = Tippen Sie auf den Körper, um ihn zu vergrößern, dann auf jede Stelle; erneut tippen entfernt sie. Tasten: Pfeile bewegen, Eingabe vergrößert, Leertaste wählt.
screen-body-figure = { $view ->
    [back] Körper von hinten
   *[front] Körper von vorne
}
screen-body-front = Vorne
screen-body-back = Hinten
screen-body-view-front = vorne
screen-body-view-back = hinten
screen-body-zoom-in = { $area }, { $view }: vergrößern
screen-body-zoom-in-chosen = { $area }, { $view }: vergrößern (gewählt: { $places })
screen-body-left-short = L
screen-body-right-short = R
screen-body-left = Links
screen-body-right = Rechts
screen-body-whole = ‹ Ganzer Körper
screen-body-turn-back = Nach hinten drehen
screen-body-turn-front = Nach vorne drehen
screen-body-zone = { $area }, { $view }
screen-body-choose = { $area }, { $view }: jede Stelle wählen (Pfeiltasten wechseln zwischen Stellen)
screen-area-head = Kopf und Hals
screen-area-arm-left = Linker Arm und Hand
screen-area-arm-right = Rechter Arm und Hand
screen-area-trunk-front = Brust, Bauch und Hüften
screen-area-trunk-back = Rücken und Gesäß
screen-area-legs = Beine
screen-area-feet = Knöchel, Füße und Zehen

screen-today = Heute
screen-yesterday = Gestern
screen-checkin-saved-today = Tagesfragen für heute gespeichert
screen-checkin-saved-yesterday = Tagesfragen für gestern gespeichert
screen-checkin-saved-day = Tagesfragen für { $day } gespeichert
screen-checkin-which-day = Welcher Tag
screen-checkin-help-today = Tippen Sie an, was heute zutraf; den Rest lassen Sie leer.
screen-checkin-help-day = Tippen Sie an, was an dem Tag zutraf; den Rest lassen Sie leer.
screen-checkin-what-was-true = Was zutraf
screen-checkin-level-none = Kein
screen-checkin-level-yes = Ja
screen-checkin-level-some = Etwas
screen-checkin-level-a-lot = Viel
screen-checkin-quiet-day = An dem Tag keine Episoden
screen-checkin-stiffness = Steifigkeit heute
screen-checkin-stiffness-low = 0 keine
screen-checkin-stiffness-high = 10 schlimmste mögliche
screen-checkin-sleep-broken = Schlaf durch Spasmen oder Muskelkrämpfe gestört
screen-checkin-sleep-broken-low = 0 gar nicht
screen-checkin-sleep-broken-high = 10 die ganze Nacht
screen-checkin-not-rated = Nicht bewertet
screen-checkin-unrate = Nicht bewerten
# A day's rating as History and the command line say it.
day-stiffness = Steifigkeit: { $value }/10
day-sleep-broken = Schlaf durch Spasmen oder Muskelkrämpfe gestört: { $value }/10
screen-checkin-own = Ein eigener Faktor
screen-checkin-own-example = Etwas anderes (z. B. lange Autofahrt)
screen-checkin-save = Tagesfragen speichern

screen-report-title = Bericht für Ihre Ärztin oder Ihren Arzt
screen-report-from = Von
screen-report-to = Bis
screen-report-starts = Zeitraum: { $reason }.
screen-report-penn-title = Wie oft und wie stark, mit Ihren eigenen Worten
screen-report-penn-help = Zwei Einschätzungen, die Ärztinnen und Ärzte bei Spasmen nutzen (Penn Spasm Frequency Scale): wie oft, von 0 (nie) bis 4 (mehr als zehnmal pro Stunde), und wie stark, von 1 (leicht) bis 3 (schwer). Seite 1 druckt sie als zwei Werte, nie addiert.
screen-report-suggested = Aus Ihrem Tagebuch vorgeschlagen für { $from } bis { $to }: Häufigkeit { $frequency }, Schweregrad { $severity }.
screen-report-own-set = Sie haben eigene gewählt.
screen-report-confirm = Ändern Sie sie, wenn sie nicht passen, und bestätigen Sie dann.
screen-report-frequency = Häufigkeit
screen-report-frequency-0 = 0 — keine Spasmen
screen-report-frequency-1 = 1 — nur bei Berührung oder Bewegung
screen-report-frequency-2 = 2 — seltener als einmal pro Stunde
screen-report-frequency-3 = 3 — mehr als einmal pro Stunde
screen-report-frequency-4 = 4 — mehr als zehnmal pro Stunde
screen-report-severity = Schweregrad
screen-report-severity-1 = 1 — leicht
screen-report-severity-2 = 2 — mittel
screen-report-severity-3 = 3 — schwer
screen-report-mine = Diese Einschätzungen sind meine (als selbst eingeschätzt gedruckt)
screen-report-questions = Fragen an meine Ärztin / meinen Arzt
screen-report-chars-left = Noch { $left } von { $max } Zeichen: Seite 1 hält dafür Platz frei.
screen-report-appendix = Episoden im Anhang
screen-report-appendix-notable = Mit Notizen oder Symptomen
screen-report-appendix-all = Alle
screen-report-appendix-none = Keine
screen-report-paper = Papier
screen-report-letter = US Letter
screen-report-making = PDF wird erstellt …
screen-report-export = PDF exportieren …
screen-report-saved = PDF gespeichert unter { $path }
screen-report-preview = Vorschau von Seite 1
screen-report-preview-alt = Seite 1 des Berichts: Kennzahlen, wie oft, wo, wonach, was geholfen hat, Fragen

screen-report-reason-since = seit Ihrem letzten Arzttermin ({ $date })
screen-report-reason-too-close = die letzten 90 Tage, da Ihr letzter Arzttermin ({ $date }) weniger als { $days } Tage zurückliegt
screen-report-reason-default = die letzten 90 Tage (kein früherer Arzttermin erfasst)

screen-delete = Löschen
screen-loading = Wird geladen …
screen-history-saved = Änderungen gespeichert
screen-history-deleted = Episode gelöscht
screen-history-restored = Episode wiederhergestellt
screen-history-edit = Episode bearbeiten
screen-history-search = Notizen durchsuchen
screen-history-by-kind = Nach Art filtern
screen-history-all-kinds = Alle Arten
screen-history-by-region = Nach Körperregion filtern
screen-history-all-places = Alle Stellen
screen-history-by-trigger = Nach Auslöser filtern
screen-history-all-triggers = Alle Auslöser
screen-history-past-day = Tagesfragen für einen vergangenen Tag nachtragen
screen-history-day = Tag
screen-history-open = Öffnen
screen-history-none-match = Keine passenden Episoden.
screen-history-none-match-help = Leeren Sie die Suche oder wählen Sie in den Filtern „Alle“, um jede Episode zu sehen.
screen-history-empty-help = Erfassen Sie die erste direkt danach im Tab „Erfassen“; sie erscheint dann hier, die neueste zuerst.
screen-history-back-to-newest = Zurück zu den neuesten ({ $count } neuere Episoden nicht gezeigt)
screen-history-older = Ältere Episoden zeigen
screen-history-day-none = keine Episoden
screen-history-marked-quiet = Markiert: „keine Episoden“
screen-history-checkin = Tagesfragen:
screen-history-checkin-add = Tagesfragen für diesen Tag
screen-details-woke = hat mich geweckt
screen-details-set-off = durch Berührung oder Bewegung ausgelöst
screen-details-after = nach { $triggers }
screen-details-helped = geholfen: { $reliefs }

screen-checkin-nothing = nichts Besonderes
screen-checkin-at-level = { $name }: { $level }

screen-insights-7d = 7 T.
screen-insights-30d = 30 T.
screen-insights-90d = 90 T.
screen-insights-1y = 1 J.
screen-insights-since-appointment = Seit Termin
screen-insights-custom = Eigener
screen-insights-period = Zeitraum
screen-insights-no-appointment = Tragen Sie zuerst in den Einstellungen einen Arzttermin ein
screen-insights-show = Zeigen
screen-insights-numbers = Zahlen zeigen
screen-insights-in-words = Jeder Vergleich in Worten
screen-insights-period-line = { $from } bis { $to } · { $episodes } · verglichen mit den { $days } Tagen davor
screen-insights-empty-help = Wählen Sie oben einen längeren Zeitraum oder erfassen Sie Episoden direkt im Tab „Erfassen“; die Diagramme füllen sich dann.
screen-insights-waiting = { $count ->
    [one] { $count } Vergleich wartet
   *[other] { $count } Vergleiche warten
} auf mehr Tage mit Tagesfragen ({ $needed } mit dem Faktor und { $needed } ohne). Füllen Sie die Tagesfragen im Tab „Erfassen“ aus.
screen-insights-before = vorher: { $value }

screen-settings-saved = Einstellungen gespeichert
screen-settings-appearance = Darstellung
screen-settings-theme = Farbschema
screen-settings-theme-system = System
screen-settings-theme-light = Hell
screen-settings-theme-dark = Dunkel
screen-settings-week-start = Erster Tag der Woche
screen-settings-monday = Montag
screen-settings-sunday = Sonntag
screen-settings-saturday = Samstag
screen-settings-name = Ihr Name im Bericht (freiwillig)
screen-settings-birth = Ihr Geburtsdatum im Bericht (freiwillig)
screen-settings-appointments = Arzttermine
screen-settings-appointments-help = Mit Ihrem letzten Arzttermin beginnt der vorgeschlagene Zeitraum des Berichts.
screen-settings-date = Datum
screen-settings-note = Notiz
screen-settings-note-example = z. B. Neurologie
screen-settings-remove = Entfernen
screen-settings-remove-appointment = Arzttermin am { $date } entfernen
screen-settings-no-appointments = Noch keine Arzttermine.
screen-settings-meds = Medikamentenänderungen
screen-settings-meds-help = Diagramme und Bericht markieren diese Daten.
screen-settings-change = Änderung
screen-settings-med-started = Begonnen
screen-settings-med-changed = Dosis geändert
screen-settings-med-stopped = Abgesetzt
screen-settings-medication = Medikament
screen-settings-add-med = Medikamentenänderung hinzufügen
screen-settings-remove-med = { $name } am { $date } entfernen
screen-settings-no-meds = Noch keine Medikamentenänderungen.
screen-settings-triggers = Auslöser
screen-settings-reliefs = Was hilft
screen-settings-vocab-help = Umbenennen behält jede Episode verknüpft. Archivierte Einträge verschwinden aus den Formularen, bleiben aber bei alten Episoden und in Berichten.
screen-settings-new-name = Neuer Name für { $name }
screen-settings-archived = archiviert
screen-settings-rename = Umbenennen
screen-settings-rename-name = { $name } umbenennen
screen-settings-archive = Archivieren
screen-settings-archive-name = { $name } archivieren
screen-settings-restore = Wiederherstellen
screen-settings-restore-name = { $name } wiederherstellen
screen-settings-about = Über
screen-settings-about-text = Twinge { $version }. Ihr Tagebuch bleibt auf diesem Computer: kein Konto, keine Netzwerkverbindung, keine Telemetrie.
screen-settings-show-welcome = Die Begrüßung noch einmal zeigen

screen-welcome-title = Willkommen bei Twinge
screen-welcome-what = Twinge ist ein Tagebuch für Spasmen, Muskelkrämpfe und Muskelzucken: Erfassen Sie jede Episode mit wenigen Tippern gleich danach, sehen Sie, was sie gemeinsam haben, und bringen Sie Ihrer Ärztin oder Ihrem Arzt eine Zusammenfassung auf einer Seite mit.
screen-welcome-here = Alles, was Sie schreiben, bleibt auf diesem Computer: kein Konto, keine Netzwerkverbindung, keine Telemetrie.
screen-welcome-set-up = Twinge einrichten
screen-welcome-skip = Überspringen und loslegen
screen-welcome-offers-title = Drei Dinge, die Sie jetzt vielleicht wollen
screen-welcome-offers-help = Alles ist freiwillig, und alles finden Sie später in den Einstellungen.
screen-welcome-passcode = Das Tagebuch mit einem Code schützen
screen-welcome-passcode-help = Verschlüsselt das Tagebuch auf diesem Computer; Twinge fragt beim Öffnen nach dem Code.
screen-welcome-reminder = Die abendliche Erinnerung einschalten
screen-welcome-reminder-help = Ein leiser Hinweis am Abend, wenn an dem Tag nichts erfasst wurde.
screen-welcome-import = Ein bisheriges Tagebuch mitbringen
screen-welcome-import-help = Aus Bearable, Flaredown, Migraine Buddy, Daylio, drip. oder einer Tabelle, oder ein Twinge-Export.
screen-welcome-start = Loslegen

screen-factors-title = Faktoren der Tagesfragen
screen-factors-help = Wonach die Tagesfragen fragen. Archivierte Faktoren verschwinden aus den Tagesfragen, bleiben aber an den Tagen, an denen sie erfasst wurden.
screen-factors-levels = kein / etwas / viel
screen-factors-off = aus
screen-factors-turn-on = Einschalten
screen-factors-turn-on-name = { $name } einschalten
screen-reminder-title = Erinnerung am Abend
screen-reminder-help = Ist bis zu dieser Uhrzeit nichts für den Tag erfasst, fragt Twinge: „{ $question }“
screen-reminder-on = Abends erinnern
screen-reminder-time = Uhrzeit
screen-reminder-closed = Sie kommt auch, wenn Twinge geschlossen ist, als Desktop-Benachrichtigung.

screen-copy-details = Details kopieren
screen-details-copied = Details kopiert
screen-error-title = Twinge kann Ihr Tagebuch nicht öffnen
screen-error-help = Nichts wurde geändert oder gelöscht. Schließen Sie Twinge, stellen Sie eine Sicherung wieder her oder legen Sie die Datei beiseite, und starten Sie Twinge erneut.
screen-error-damaged-help = Nichts wurde geändert oder gelöscht, und Ihre Einträge sind sehr wahrscheinlich in den täglichen Sicherungen von Twinge. Stellen Sie die neueste wieder her: Das beschädigte Tagebuch wird zuerst im Datenordner von Twinge beiseitegelegt, und die Sicherung tritt an seine Stelle.
screen-error-set-aside = Beiseitelegen und mit einem leeren Tagebuch beginnen
screen-error-new-ready = Ein neues, leeres Tagebuch ist bereit. Das beschädigte wurde im Datenordner von Twinge aufbewahrt als:
screen-error-restore-help = Ihre Einträge können noch zurückkommen: Einstellungen → Sicherung wiederherstellen …, aus dem gleichnamigen Ordner im Ordner backups. Seine täglichen Sicherungen wurden dorthin verschoben und bleiben, bis Sie sie löschen.
screen-error-start-empty = Mit dem leeren Tagebuch beginnen
screen-unlock-title = Twinge ist gesperrt
screen-unlock-help = Ihr Tagebuch ist verschlüsselt. Geben Sie Ihren Code ein, um es zu öffnen.
screen-unlock-passcode = Code
screen-unlock-show = Code anzeigen
screen-unlock-opening = Wird geöffnet …
screen-unlock = Entsperren
screen-unlock-forgotten-help = Ein vergessener Code lässt sich nicht wiederherstellen: Ohne ihn kann niemand das Tagebuch lesen, auch Twinge nicht.
screen-unlock-new-ready = Ein neues, leeres Tagebuch ist bereit. Das gesperrte wurde in Twinges Datenordner aufbewahrt als:
screen-unlock-new-ready-open = Wenn Ihnen sein Code wieder einfällt, öffnen Sie es mit Einstellungen → Sicherung wiederherstellen. Seine täglichen Sicherungen wurden in den gleichnamigen Ordner im Ordner backups verschoben und bleiben dort, bis Sie sie löschen.
screen-unlock-start-new-ready = Mit dem neuen Tagebuch beginnen
screen-unlock-forgot = Code vergessen?
screen-unlock-forgot-help = Sie können ein neues, leeres Tagebuch beginnen. Nichts wird gelöscht: Das gesperrte Tagebuch bleibt unter einem Namen mit Datum in Twinges Datenordner, behält seinen eigenen Code (ein späterer Code ändert ihn nicht) und öffnet sich wieder mit Einstellungen → Sicherung wiederherstellen, wenn Ihnen dieser Code einfällt.
screen-unlock-understood = Ich verstehe, dass das neue Tagebuch leer beginnt.
screen-unlock-start-new = Neues Tagebuch beginnen

screen-privacy-title = Datenschutz
screen-privacy-never = Nie
screen-privacy-after-hour = Nach 1 Stunde
screen-privacy-copies-left = Unverändert gelassen (ein älterer Code sperrt sie): { $files }.
screen-privacy-damaged-plain = Weiterhin unverschlüsselt: { $files }, ein beiseitegelegtes beschädigtes Tagebuch, das sich zum Verschlüsseln nicht lesen lässt. Löschen Sie es, sobald Sie es nicht mehr brauchen.
screen-privacy-encrypted = Ihr Tagebuch ist verschlüsselt: Twinge fragt beim Start nach dem Code.
screen-privacy-not-encrypted = Ihr Tagebuch ist nicht verschlüsselt. Wer Ihr Benutzerkonto öffnen kann, kann es lesen.
screen-privacy-changed = Der Code wurde geändert.
screen-privacy-now-encrypted = Das Tagebuch ist jetzt verschlüsselt.
screen-privacy-removed = Das Tagebuch ist nicht mehr verschlüsselt.
screen-privacy-current = Aktueller Code (zum Ändern oder Entfernen)
screen-privacy-new = Neuer Code (drei oder vier unzusammenhängende Wörter sind sicher und leicht zu merken)
screen-privacy-passcode = Code (drei oder vier unzusammenhängende Wörter sind sicher und leicht zu merken)
screen-privacy-again = Noch einmal dasselbe
screen-privacy-differ = Die beiden Codes unterscheiden sich.
screen-privacy-show = Codes anzeigen
screen-privacy-understood = Ich verstehe, dass ein vergessener Code nicht wiederherstellbar ist (exportieren Sie vorher eine Kopie, wenn Sie einen Weg zurück möchten).
screen-privacy-working = Wird ausgeführt …
screen-privacy-change = Code ändern
screen-privacy-encrypt = Mit diesem Code verschlüsseln
screen-privacy-auto-lock = Sperren, wenn nicht benutzt
screen-privacy-lock-now = Jetzt sperren
screen-privacy-remove = Code entfernen
screen-privacy-after-minutes = { $count ->
    [one] Nach { $count } Minute
   *[other] Nach { $count } Minuten
}
screen-privacy-copies-encrypted = { $count ->
    [one] { $count } Kopie im Datenordner wurde ebenfalls damit verschlüsselt.
   *[other] { $count } Kopien im Datenordner wurden ebenfalls damit verschlüsselt.
}
screen-privacy-copies-decrypted = { $count ->
    [one] { $count } Kopie im Datenordner wurde ebenfalls entschlüsselt.
   *[other] { $count } Kopien im Datenordner wurden ebenfalls entschlüsselt.
}

screen-data-title = Ihre Daten
screen-data-where = Alles bleibt auf diesem Computer. Twinge bewahrt dort auch eine Sicherung von jedem der letzten 7 Tage auf.
screen-data-where-in = Alles bleibt auf diesem Computer, in { $folder }. Twinge bewahrt dort auch eine Sicherung von jedem der letzten 7 Tage auf.
screen-data-exports-plain = Exporte (JSON, CSV) sind Klartext, den jeder mit der Datei lesen kann: Bewahren Sie sie privat auf. Dateien, die Twinge schreibt, kann nur Ihr Benutzerkonto lesen.
screen-data-export-json = Alles exportieren (JSON)
screen-data-export-csv = Für Tabellen exportieren (CSV)
screen-data-import = Datei importieren …
screen-data-backup = Jetzt sichern …
screen-data-restore = Sicherung wiederherstellen …
screen-data-writing = Schreibe { $done } von { $total } Episoden
screen-data-checking = Prüfe { $done } von { $total } Episoden
screen-data-preview = Vorschau des Imports
screen-data-cannot-import = Diese Datei kann noch nicht importiert werden
screen-data-ready = Bereit zum Import
screen-data-row = Zeile { $row }:
screen-data-more-problems = … und { $count } weitere
screen-data-nothing-changed = Nichts wurde geändert.
screen-data-close = Schließen
screen-data-settings-differ = Die Einstellungen der Datei weichen von denen dieses Tagebuchs ab; das Tagebuch behält seine eigenen, außer Sie wählen die der Datei:
screen-data-use-file-settings = Einstellungen der Datei übernehmen
screen-data-backup-passcode = Code der Sicherung
screen-data-this-backup-passcode = Code dieser Sicherung
screen-data-its-folder = seinem Ordner
screen-data-imported = Importiert.
screen-data-exported = Exportiert nach { $path }
screen-data-left = Diese Dateien sind noch da (Twinge hat sie dort geschrieben, wo Sie es wollten, oder sie gehören nicht zu Twinge); löschen Sie sie selbst, wenn sie weg sollen:
screen-data-delete-all-more = Alles löschen …
screen-data-delete-all = Alles löschen
screen-data-delete-help = Das entfernt Ihr Tagebuch und alle Sicherungen von Twinge von diesem Computer. Es lässt sich nicht rückgängig machen. Exportieren Sie vorher, wenn Sie eine Kopie behalten möchten.
screen-data-type-delete = Zum Bestätigen DELETE eingeben
screen-data-in-file = { $count ->
    [one] { $count } Episode in der Datei
   *[other] { $count } Episoden in der Datei
}: { $new } neu, { $unchanged } schon hier, { $updated } in der Datei neuer, { $kept } hier neuer (behalten), { $rejected } mit Problemen.
screen-data-checkins-in-file = { $count ->
    [one] Die Datei enthält auch { $count } Tagesfragen-Eintrag (der neuere eines Tages gilt).
   *[other] Die Datei enthält auch { $count } Tagesfragen-Einträge (der neuere eines Tages gilt).
}
screen-data-backed-up = { $count ->
    [one] { $count } Episode gesichert nach { $path }
   *[other] { $count } Episoden gesichert nach { $path }
}
screen-data-restored = { $count ->
    [one] { $count } Episode wiederhergestellt. Das bisherige Tagebuch liegt in { $copy }.
   *[other] { $count } Episoden wiederhergestellt. Das bisherige Tagebuch liegt in { $copy }.
}
screen-data-import-count = { $count ->
    [one] { $count } Episode importieren
   *[other] { $count } Episoden importieren
}
screen-ipc-error = Twinge konnte das nicht ausführen.
screen-log-saved = { $kind } gespeichert
screen-data-deleted = Alles wurde gelöscht. Twinge beginnt wieder mit einem leeren Tagebuch.

screen-peer-choose = Aus einer anderen App importieren …
screen-peer-help = Ein Tagebuch aus Bearable, Flaredown, Migraine Buddy, Daylio oder drip. oder eine Tabelle (.xlsx, .ods oder CSV). Sie sehen, was es bringt, bevor etwas geschrieben wird.
screen-peer-importing = Wird importiert
screen-peer-preview = Was der Import bringt
screen-peer-from = Aus { $app }
screen-peer-counts = { $episodes ->
    [one] { $episodes } Episode
   *[other] { $episodes } Episoden
} und { $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
} mit Tagesfaktoren.
screen-peer-columns = Was jede Spalte enthält
screen-peer-names = Was jeder Name ist
screen-peer-every-row = Jede Zeile (jede ist eine Episode)
screen-peer-rows = { $count ->
    [one] { $count } Zeile
   *[other] { $count } Zeilen
}
screen-peer-left-out = Ausgelassen:
screen-peer-on-rows = { $count ->
    [one] Zeile
   *[other] Zeilen
} { $rows }
screen-peer-import = { $count ->
    [one] { $count } Episode importieren
   *[other] { $count } Episoden importieren
}
screen-peer-imported = Importiert: { $count ->
    [one] { $count } neue Episode
   *[other] { $count } neue Episoden
}, { $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
} mit Tagesfaktoren.
screen-peer-role-relief = Hat geholfen (Tagesfaktor)
screen-peer-role-medication = Medikament (Tagesfaktor)
screen-peer-role-factor = Tagesfaktor
screen-peer-role-skip = Auslassen
screen-peer-column-none = Auslassen
screen-peer-column-date = Datum
screen-peer-column-time = Uhrzeit oder Tageszeit
screen-peer-column-kind = Art der Episode
screen-peer-column-place = Stelle am Körper
screen-peer-column-side = Seite
screen-peer-column-intensity = Stärke
screen-peer-column-duration = Dauer
screen-peer-column-triggers = Auslöser
screen-peer-column-reliefs = Was geholfen hat
screen-peer-column-medication = Medikament
screen-peer-column-notes = Notizen
screen-peer-sample = Die neuesten, wie der Verlauf sie zeigen wird:
screen-pgic-today = Ihr Termin heute
screen-pgic-on = Ihr Termin am { $date }
screen-pgic-kept = Gespeichert: Der Bericht gibt Ihre Antwort an Ihre Ärztin oder Ihren Arzt weiter.
screen-pgic-why = Ein Tipp genügt; der Bericht gibt Ihre Antwort an Ihre Ärztin oder Ihren Arzt weiter.
screen-report-published = Häufigkeit im Wortlaut der Penn-Skala: { $frequency }.
screen-trial-title = Hat es geholfen?
screen-trial-change = Medikamentenänderung oder Behandlung
screen-trial-before = Davor
screen-trial-after = Danach
screen-trial-days = Tage
screen-trial-recorded = Erfasste Tage
screen-trial-per-day = Episoden pro erfasstem Tag
screen-trial-active-days = Tage mit Episoden
screen-trial-woke = Episoden, die Sie geweckt haben
screen-trial-intensity = Median der Stärke
screen-trial-stiffness = Median der Steifigkeit (bewertete Tage)
screen-trial-sleep = Median des gestörten Schlafs (bewertete Tage)
screen-pgic-answer = Antworten
screen-trial-cramps-week = Krämpfe pro Woche
screen-trial-cramp-days = Tage mit Krämpfen
screen-trial-broken-nights = Nächte mit gestörtem Schlaf
