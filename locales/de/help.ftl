# `twinge --help`: was jeder Befehl tut und was jede seiner Optionen bedeutet.

help-usage = Aufruf:
help-commands = Befehle
help-options = Optionen
help-arguments = Argumente
help-help = Hilfe anzeigen
help-version = Die Version anzeigen
help-twinge-after = Aus dem Paket installiert, öffnet `twinge` ohne Befehl die App.

## Namen von Werten

help-value-options = OPTIONEN
help-value-command = BEFEHL
help-value-dir = ORDNER
help-value-file = DATEI
help-value-lang = SPRACHE
help-value-kind = ART
help-value-time = ZEIT
help-value-region-side = REGION:SEITE
help-value-intensity = INTENSITÄT
help-value-duration = DAUER
help-value-count = ANZAHL
help-value-name = NAME
help-value-name-helped = NAME:HALF
help-value-code = CODE
help-value-notes = NOTIZEN
help-value-yyyy-mm-dd = JJJJ-MM-TT
help-value-none-some-a-lot = none|some|a_lot
help-value-format = FORMAT
help-value-paper = PAPIER
help-value-appendix = ANHANG
help-value-questions = FRAGEN
help-value-episodes = EPISODEN
help-value-seed = STARTWERT
help-value-hh-mm = HH:MM

## Befehle und ihre Optionen

help-twinge = Twinge: ein Tagebuch für Spasmen, Muskelkrämpfe und Muskelzucken
help-twinge-data-dir = Der Datenordner (Standard: $TWINGE_DATA_DIR, sonst der App-Datenordner des Systems)
help-twinge-passcode-file = Für ein verschlüsseltes Tagebuch: eine Datei, deren erste Zeile der Code ist (ohne sie wird im Terminal nach dem Code gefragt; als Argument wird er nie angenommen)
help-twinge-lang = Die Sprache, die Twinge spricht (en, de, es, fr; Standard: die des Systems, aus LC_ALL, LC_MESSAGES oder LANG). Bei `report` nur die Sprache des PDFs
help-add = Eine Episode erfassen
help-add-kind = spasm, cramp, twitch oder other
help-add-at = Wann sie begann: RFC 3339 (2026-11-20T03:10:00+01:00) oder Ortszeit ohne Versatz (2026-11-20T03:10). Standard: jetzt
help-add-locations = Wo, als Region:Seite (calf:left). Für mehrere Stellen wiederholen
help-add-intensity = 0 (keine) bis 10 (schlimmste vorstellbare)
help-add-duration = Wie lange sie dauerte: 30s, 2m, 1h 30m
help-add-count = Anzahl der Zuckungen in einer Salve
help-add-triggers = Ein vermuteter Auslöser, mit Namen; neue Namen kommen in die Liste. Wiederholbar
help-add-reliefs = Was geholfen hat, als Name:0-3 (stretching:3). Wiederholbar
help-add-associated = Der Code eines Begleitsymptoms (numbness_tingling, weakness, stiffness, fatigue, lasting_pain; bei Muskelzucken auch muscle_wasting, swallowing_speaking, spreading)
help-add-woke = Es hat mich aus dem Schlaf geweckt
help-add-set-off = Es wurde durch Berührung oder Bewegung ausgelöst (nicht von selbst)
help-add-notes = Freier Text, höchstens 2.000 Zeichen
help-checkin = Die Tagesfragen eines Datums erfassen: die Faktoren des Tages
help-checkin-date = Das Datum (Standard: heute)
help-checkin-factors = Ein Faktor dieses Tages, mit seinem Code (slept_badly, hard_exercise, long_sitting, long_standing, caffeine, alcohol, hot_day, dehydrated oder ein eigener); für mehrere wiederholen
help-checkin-stress = Stress an diesem Tag: none, some oder a_lot (Standard: none)
help-checkin-clear = Stattdessen die Tagesfragen des Datums entfernen
help-list = Episoden auflisten, die neuesten zuerst
help-list-json = JSON statt einer Tabelle ausgeben
help-check = Integrität und Schemaversion des Tagebuchs prüfen
help-stats = Die Zahlen der Auswertung für einen Zeitraum (lokale Daten, beide eingeschlossen)
help-stats-from = Der erste Tag des Zeitraums
help-stats-to = Der letzte Tag des Zeitraums
help-stats-json = JSON statt einer Zusammenfassung ausgeben
help-export = Das ganze Tagebuch exportieren: JSON (jedes Feld) oder CSV (eine Zeile je Episode)
help-export-format = json oder csv
help-export-out = Die zu schreibende Datei
help-import = Einen JSON- oder CSV-Export importieren: Alle Zeilen werden zuerst geprüft; alles oder nichts
help-import-file = Der zu importierende Export
help-import-dry-run = Nur berichten, was geschehen würde
help-import-format = json oder csv (Standard: nach dem Dateinamen)
help-import-with-settings = Auch die Einstellungen des Exports übernehmen (Name im Bericht, Design, erster Wochentag, automatische Sperre); ohne das behält das Tagebuch seine eigenen
help-backup = Eine geprüfte Kopie des Tagebuchs schreiben (SQLite-Sicherung)
help-backup-out = Die zu schreibende Datei
help-restore = Das Tagebuch durch eine Sicherung ersetzen (das jetzige wird zuerst beiseitekopiert)
help-restore-file = Die wiederherzustellende Sicherung
help-restore-backup-passcode-file = Für eine Sicherung unter einem anderen Code: eine Datei, deren erste Zeile dieser Code ist (ohne sie wird im Terminal danach gefragt)
help-report = Die PDF-Zusammenfassung eines Zeitraums für die Ärztin oder den Arzt schreiben
help-report-from = Der erste Tag des Zeitraums
help-report-to = Der letzte Tag des Zeitraums
help-report-out = Die zu schreibende PDF-Datei
help-report-paper = a4 oder letter (Standard: a4)
help-report-appendix = Welche Episoden der Anhang auflistet: all (jede Episode; die mit Notizen oder Symptomen mit ● markiert), notable (die mit Notizen oder Symptomen und die Zahl der übrigen) oder none (Standard: notable)
help-report-no-appendix = Dasselbe wie --appendix none
help-report-questions = Fragen an die Ärztin oder den Arzt, auf Seite 1 gedruckt
help-demo = Das Tagebuch mit realistischen Beispieldaten bis heute füllen
help-demo-episodes = Wie viele Episoden (Standard: 500)
help-demo-seed = Der Startwert der Zufallszahlen: derselbe Startwert ergibt dasselbe Tagebuch (Standard: 1)
help-remind = Die abendliche Erinnerung: zeigen, wenn fällig (ihr Timer ruft dies auf), oder ein- oder ausschalten
help-remind-at = Die Erinnerung zu dieser Ortszeit einschalten (HH:MM, zum Beispiel 21:00)
help-remind-off = Die Erinnerung ausschalten
help-remind-no-wait = Die Benachrichtigung senden und sofort zurückkehren (ohne auf einen Klick darauf zu warten)
help-passcode = Das Tagebuch mit einem Code verschlüsseln, ihn ändern oder entfernen
help-passcode-set = Das Tagebuch mit einem neuen Code verschlüsseln (oder den Code ändern; der jetzige kommt aus --passcode-file oder wird erfragt). Jede Kopie im Datenordner wird mitverschlüsselt. Ein vergessener Code lässt sich nicht wiederherstellen
help-passcode-set-new-passcode-file = Eine Datei, deren erste Zeile der neue Code ist (sonst wird zweimal danach gefragt)
help-passcode-remove = Das Tagebuch und die Kopien in seinem Ordner entschlüsseln (braucht den jetzigen Code)
help-checkin-stiffness = Wie steif der Tag war, 0 (keine Steifigkeit) bis 10 (die schlimmste mögliche)
help-checkin-sleep-broken = Wie sehr Spasmen oder Muskelkrämpfe den Schlaf der Nacht gestört haben, 0 (gar nicht) bis 10 (die ganze Nacht)
help-value-0-10 = 0-10
help-appointment = Einen Arzttermin erfassen, mit Ihrer Antwort auf „Seit dem letzten Termin sind Ihre Spasmen…“, wenn Sie eine geben
help-appointment-date = Der Tag des Termins
help-appointment-note = Eine Notiz, etwa der Name der Ärztin oder des Arztes
help-appointment-pgic = Seit dem letzten Termin sind Ihre Spasmen: very_much_improved, much_improved, minimally_improved, no_change, minimally_worse, much_worse oder very_much_worse
help-value-text = TEXT
help-value-answer = ANTWORT

help-import-from = Export einer anderen App: bearable, flaredown, migraine-buddy, daylio, drip oder csv (Standard: was die Kopfzeile der Datei zeigt)
help-import-kind = Was ein Name aus der anderen App ist: NAME=spasm, cramp, twitch oder other; *=ART für jede Zeile, die selbst eine Episode ist
help-import-relief = Ein Name für etwas, das geholfen hat (als Tagesfaktor gespeichert)
help-import-medication = Ein Name für ein Medikament (als Tagesfaktor gespeichert)
help-import-factor = Ein Name für einen Tagesfaktor
help-import-skip = Ein Name, der ausgelassen wird
help-import-column = Was eine Tabellenspalte enthält: KOPF=date, time, kind, place, side, intensity, duration, triggers, reliefs, medication, notes oder skip
help-import-json = Ausgeben, was der Import bringt, als JSON
help-value-app = APP
help-value-name-kind = NAME=ART
help-value-header-field = KOPF=FELD
help-treatment = Eine Medikamentenänderung oder eine andere Behandlung erfassen (Physiotherapie, Dehnübungen, kein Koffein mehr), um die Wochen davor und danach zu vergleichen
help-treatment-date = Der Tag, an dem sie begann, sich änderte oder endete
help-treatment-name = Was es ist: „Baclofen“, „Physiotherapie“
help-treatment-change = started, changed oder stopped (Standard: started)
help-treatment-dose = Die Dosis, etwa 10 mg dreimal täglich
help-treatment-note = Eine Notiz
help-value-change = ÄNDERUNG
help-trial = Hat eine Behandlung geholfen? Die Wochen vor einer Medikamentenänderung oder einer anderen Behandlung gegen die Wochen danach
help-trial-change = Die Änderung: ihr Datum (die erste Änderung an dem Tag) oder ihre Kennung
help-trial-baseline-days = Tage vor der Änderung zum Vergleich (Standard 14)
help-trial-trial-from = Der erste Tag nach der Änderung, der zählt (Standard 15: die ersten zwei Wochen bleiben außen vor)
help-trial-trial-days = Wie viele Tage ab dann (Standard 14)
help-trial-json = JSON statt Worten ausgeben
help-value-yyyy-mm-dd-id = JJJJ-MM-TT|KENNUNG
help-value-n = N
