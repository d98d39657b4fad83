# Was schiefging, wenn etwas nicht getan werden konnte (das Fenster zeigt es in einem
# Hinweis, die Befehlszeile druckt es). Dateinamen stehen, wie sie sind.

## Dateien

failure-io = { $act ->
        [create] { $file } konnte nicht angelegt werden
        [write-in] In { $file } konnte nicht geschrieben werden
        [read] { $file } konnte nicht gelesen werden
        [remove] { $file } konnte nicht entfernt werden
        [replace] { $file } konnte nicht ersetzt werden
        [delete] { $file } konnte nicht gelöscht werden
        [sync] { $file } konnte nicht auf die Festplatte gesichert werden
        [set-aside] { $file } konnte nicht beiseitegelegt werden
       *[write] { $file } konnte nicht geschrieben werden
    }: { $why }.
io-not-found = Sie ist nicht da (verschoben oder gelöscht?)
io-permission-denied = Dieser Computer erlaubt Twinge das dort nicht
io-already-exists = Eine Datei mit diesem Namen ist schon da
io-disk-full = Die Festplatte ist voll
io-read-only = Die Festplatte oder der Ordner kann nur gelesen werden
io-is-a-folder = Es ist ein Ordner, keine Datei
io-not-a-folder = Ein Teil des Pfads ist eine Datei, kein Ordner
io-too-large = Die Datei ist zu groß
io-busy = Das System war beschäftigt; versuchen Sie es noch einmal
io-unreadable = Ihr Inhalt konnte nicht gelesen werden
io-refused = Das System hat es verweigert

## Die Tagebuchdatei

store-too-new = Dieses Tagebuch wurde von einer neueren Twinge-Version geschrieben (Schema { $found }; diese Version versteht bis { $supported }). Aktualisieren Sie Twinge, um es zu öffnen; die Datei wurde nicht verändert.
store-not-a-database = { $file } ist kein Twinge-Tagebuch (keine SQLite-Datenbank). Sie wurde gelassen, wie sie ist.
store-corrupt = Das Tagebuch { $file } ist beschädigt ({ $detail }). Es wurde gelassen, wie es ist; stellen Sie eine Sicherung wieder her oder holen Sie sich Hilfe.
store-wrong-key = Der Code öffnet das Tagebuch { $file } nicht. Nichts wurde verändert.
store-migration = Das Tagebuch konnte nicht aktualisiert werden: { $why }
store-in-use = Twinge ist in einem anderen Fenster oder Befehl geöffnet – schließen Sie es und versuchen Sie es noch einmal. Nichts wurde verändert.
store-being-changed = Twinge ändert dieses Tagebuch noch in einem anderen Fenster oder Befehl (ein Code, eine Wiederherstellung oder ein Löschen). Versuchen Sie es noch einmal, wenn das fertig ist.
store-not-found = Es gibt keine Episode mit der Kennung { $id }.
store-io = Die Tagebuchdatei konnte nicht gelesen oder geschrieben werden: { $why }.
store-database = Das Tagebuch konnte nicht gelesen oder geschrieben werden (ein Datenbankfehler). Sonst wurde nichts verändert.
store-disk-full = Die Festplatte hat die Änderung nicht angenommen: Sie ist sehr wahrscheinlich voll. Schaffen Sie etwas Platz und versuchen Sie es dann noch einmal; alles, was vorher gespeichert wurde, ist noch da.

## Anfragen

failure-invalid-input = Die Anfrage wurde nicht verstanden: { $detail }
failure-not-valid = Der Eintrag ist nicht gültig.
failure-bad-id = „{ $id }“ ist keine Kennung einer Episode.
failure-value-too-long = Ein Wert von { $size } Byte wurde abgelehnt (höchstens { $max }).
failure-passcode-too-long = Ein Code von { $size } Byte wurde abgelehnt.
failure-request-too-large = Die Anfrage ist zu groß ({ $size } Byte; höchstens { $max }).
failure-bad-limit = Eine Seite fasst 1 bis 500 Episoden.
failure-bad-search = Suchen Sie nach höchstens 200 Zeichen.

## Das Tagebuch

failure-no-file = Dieses Tagebuch liegt nur im Speicher und hat keine Datei.
failure-closed = Das Tagebuch wurde geschlossen, während es geändert wurde. Starten Sie Twinge neu.
failure-not-reopened = Das Tagebuch konnte nach der Änderung nicht wieder geöffnet werden: { $why } Starten Sie Twinge neu; die Kopie neben dem Tagebuch ist da, falls sie gebraucht wird.
failure-episode-gone = Diese Episode gibt es nicht mehr.
failure-entry-gone = Diesen Eintrag gibt es nicht mehr.
failure-nothing-to-repeat = Es gibt noch keine Episode zum Wiederholen.
failure-no-today = Heute liegt außerhalb des Kalenders.
failure-draft-too-large = Die begonnene Episode ist größer als { $max } KB und konnte nicht aufbewahrt werden.
failure-draft-not-form = Das ist kein Episodenformular, daher wurde es nicht aufbewahrt.

## Der Bericht

failure-bad-psfs = Die Häufigkeit wird mit 0 bis 4 bewertet, die Schwere mit 1 bis 3.
failure-report = Der Bericht konnte nicht erstellt werden. Nichts wurde gespeichert; bitte senden Sie die Details an die Entwickler von Twinge.
failure-preview = Die Vorschau konnte nicht erstellt werden; der Bericht selbst kann trotzdem funktionieren.
failure-questions-too-long = Fragen dürfen höchstens { $max } Zeichen haben, damit sie auf Seite 1 bleiben – jetzt sind es { $count }.

## Codes und Sicherungen

failure-wrong-passcode = Dieser Code öffnet dieses Tagebuch nicht. Nichts wurde verändert.
failure-backup-not-opened = Dieser Code öffnet diese Sicherung nicht. Nichts wurde verändert.
failure-no-key-file = Neben { $file } liegt keine Schlüsseldatei ({ $key }), daher kann kein Code sie öffnen. Nichts wurde verändert.
failure-backup-passcode = { $file } wurde unter einem anderen Code erstellt. Geben Sie den Code ein, mit dem sie erstellt wurde, um sie wiederherzustellen. Nichts wurde verändert.
failure-backup-wrong-passcode = Dieser Code öffnet { $file } nicht. Nichts wurde verändert.
failure-backup-damaged = Die Sicherung { $file } ist beschädigt ({ $detail }); sie wurde nicht wiederhergestellt, und das Tagebuch blieb unverändert. Wählen Sie eine andere Sicherung.
failure-restore = { $file } konnte nicht als Tagebuch geöffnet werden und wurde daher nicht wiederhergestellt: { $why } Das Tagebuch wurde nicht verändert.
failure-no-randomness = Dieser Computer hat Twinge keine Zufallszahlen für den Schlüssel gegeben. Nichts wurde verändert.
failure-bad-key-file = Die Schlüsseldatei { $file } kann nicht verwendet werden: { $why }. Nichts wurde verändert.
failure-key-damaged = Sie ist beschädigt
failure-key-not-a-header = Sie ist keine Twinge-Schlüsseldatei
failure-key-not-written = Die Schlüsseldatei konnte nicht geschrieben werden.
failure-key-salt = Das Salz der Schlüsseldatei ist beschädigt.
failure-key-settings = Die Einstellungen der Schlüsseldatei für den Code sind beschädigt. Nichts wurde verändert.
failure-key-not-made = Der Schlüssel konnte nicht aus dem Code erzeugt werden.
failure-key-layout = Ihr Seitenaufbau ({ $size }-Byte-Seiten, HMAC { $hmac }) ist keiner, den Schlüsseldatei-Version { $version } verwendet
failure-key-unusable = Die Schlüsseldatei kann nicht verwendet werden: { $why }.
failure-key-memory = Sie verlangt { $kib } KiB Speicher zum Entsperren (höchstens { $max })
failure-key-passes = Sie verlangt { $passes } Durchgänge (1 bis { $max })
failure-key-lanes = Sie verlangt { $lanes } Spuren (1 bis { $max })
failure-key-salt-length = Ihr Salz hat { $length } Zeichen (32 bis 128 Hexziffern)
failure-key-newer = Sie wurde von einem neueren Twinge geschrieben (Version { $version }); aktualisieren Sie Twinge
failure-too-many-tries = { $count ->
        [one] Nach { $count } falschen Code warten Sie { $seconds } s bis zum nächsten Versuch.
       *[other] Nach { $count } falschen Codes warten Sie { $seconds } s bis zum nächsten Versuch.
    }
failure-locked = Dieses Tagebuch ist mit einem Code gesperrt. Geben Sie ihn ein, um das Tagebuch zu öffnen.
failure-nothing-to-start-over = Dieses Tagebuch hat keinen Code; es gibt nichts, wovon neu begonnen werden müsste.
failure-not-damaged = Dieses Tagebuch ist nicht beschädigt: Es lässt sich öffnen und bleibt darum, wo es ist.

## Erinnerung, Auswertung, Tagesfragen, Dateien

failure-reminder-not-saved = Die Erinnerung konnte nicht gespeichert werden.
failure-reminder-folder = Die Erinnerung kann für den Ordner { $folder } nicht laufen: Sein Name enthält ein Zeichen, das ein Timer nicht tragen kann (einen Zeilenumbruch oder ein anderes Steuerzeichen). Verschieben Sie das Tagebuch in einen Ordner mit einfachem Namen.
failure-bad-time-of-day = „{ $time }“ ist keine Uhrzeit wie 21:00.
failure-period-backwards = Der Zeitraum endet, bevor er beginnt.
failure-period-too-long = Wählen Sie einen Zeitraum von höchstens 30 Jahren.
failure-figures = Die Zahlen konnten nicht geschrieben werden.
failure-no-factor = Diesen Faktor gibt es nicht.
failure-checkin-not-saved = Die Tagesfragen wurden nicht gespeichert.
failure-written-list = Die Liste der geschriebenen Dateien konnte nicht geführt werden.
failure-demo = Das Beispieltagebuch konnte nicht erstellt werden.

## Export und Import

failure-export = Der Export konnte nicht geschrieben werden.
import-bad-format = „{ $format }“ ist kein Dateiformat; verwenden Sie json oder csv.
import-bad-file = Diese Datei kann nicht importiert werden: { $why }. Nichts wurde verändert.
import-not-a-file = { $file } ist keine gewöhnliche Datei
import-too-large = Die Datei ist zu groß zum Importieren ({ $size } MB; höchstens { $max } MB).
import-not-an-export = Sie ist kein Twinge-Export
import-ends-early = Sie endet zu früh (Zeile { $line }): Sie wurde vielleicht beim Kopieren abgeschnitten
import-not-json = Sie ist keine JSON-Datei oder in Zeile { $line }, Spalte { $column } beschädigt
import-no-format = Sie ist kein Twinge-Export (kein "format": "twinge-journal")
import-newer = Sie wurde von einem neueren Twinge geschrieben (Formatversion { $version }); aktualisieren Sie Twinge, um sie zu importieren
import-no-version = Ihre Formatversion fehlt oder ist unbekannt
import-unexpected = Etwas darin ist nicht, was ein Twinge-Export enthält (Zeile { $line }, Spalte { $column })
import-no-first-line = Ihre erste Zeile konnte nicht gelesen werden (ist es eine CSV-Datei in UTF-8?)
import-no-column = Sie hat keine Spalte „{ $column }“; die erste Zeile muss die Spalten benennen (Kind, Start, Intensity 0–10, Where, …)
import-not-twinge-csv = Ihre erste Zeile nennt nicht die Spalten eines Twinge-Exports (Kind, Start, …). Ein Tagebuch aus einer anderen App oder einer Tabelle kommt über „Aus einer anderen App importieren …“ herein
import-line-unreadable = Zeile { $line } konnte nicht gelesen werden (ein offenes Anführungszeichen, eine andere Anzahl Spalten oder kein UTF-8)
import-not-whole = Zeile { $line }: „{ $value }“ in Spalte { $column } ist keine ganze Zahl
import-not-relief = Zeile { $line }: „{ $value }“ in der Spalte reliefs ist nicht Name:0-3
import-id-twice = Die Kennung { $id } kommt zweimal in der Datei vor.
import-bad-vocab = { $list ->
        [triggers] Die Liste der Auslöser hat einen Eintrag „{ $name }“ ohne brauchbaren Schlüssel und Namen (1 bis { $max } Zeichen).
       *[reliefs] Die Liste der Hilfen hat einen Eintrag „{ $name }“ ohne brauchbaren Schlüssel und Namen (1 bis { $max } Zeichen).
    }
import-bad-appointment = Der Termin vom „{ $date }“ ist nicht gültig.
import-bad-medication = Die Medikamentenänderung „{ $name }“ am „{ $date }“ ist nicht gültig.
import-bad-quiet-day = „{ $date }“ ist kein Datum von 1900 bis ein Jahr voraus.
import-bad-timing = „{ $value }“ ist keine Tageszeit; verwenden Sie night, morning, midday, afternoon, evening oder day.
import-unknown-trigger = Der Auslöser „{ $name }“ steht weder in der Liste der Datei noch in der dieses Tagebuchs.
import-unknown-relief = „{ $name }“ steht weder in der Liste der Datei noch in der dieses Tagebuchs über das, was hilft.
import-bad-times = Die Zeiten der Episode passen nicht zusammen (erstellt nach geändert, oder negativ).
import-bad-factor = Die Liste der Faktoren hat einen Eintrag „{ $name }“ ohne brauchbaren Schlüssel und Namen.
import-bad-checkin = Die Tagesfragen vom „{ $date }“: { $why }.
import-checkin-not-a-date = Es ist kein Datum
import-checkin-not-started = Ihr Tag hat noch nicht begonnen
import-checkin-twice = Der Tag hat zweimal Tagesfragen in der Datei
import-checkin-too-many = Sie nennt mehr als { $max } Faktoren

## Tagesfragen

failure-no-such-factor = Es gibt keinen Faktor „{ $key }“.
failure-bad-level = „{ $key }“ kann nicht „{ $level }“ sein.
failure-factor-twice = „{ $key }“ steht zweimal da.
failure-factor-name = Der Name eines Faktors braucht einen Buchstaben oder eine Ziffer.
failure-checkin-future = Tagesfragen gelten einem Tag, der begonnen hat.
failure-rating-out-of-range = Eine Bewertung ist eine ganze Zahl von 0 bis { $max }, nicht { $value }.

## Felder der Formulare

failure-not-a-date = „{ $text }“ ist kein Datum; schreiben Sie es wie 2026-11-20.
failure-date-too-early = „{ $text }“ liegt vor { $year }; prüfen Sie das Jahr.
failure-date-too-late = „{ $text }“ liegt mehr als ein Jahr voraus; prüfen Sie das Jahr.
failure-name-length = Ein Name braucht 1 bis { $max } Zeichen.
failure-dose-length = Eine Dosis darf höchstens { $max } Zeichen haben.
failure-display-name-length = Der Name darf höchstens { $max } Zeichen haben.
failure-note-length = Eine Notiz darf höchstens { $max } Zeichen haben.
failure-name-taken = „{ $name }“ steht schon in der Liste.
failure-quiet-future = Ein Tag kann erst als ruhig markiert werden, wenn er begonnen hat.
failure-day-has-episodes = { $when ->
        [today] { $count ->
            [one] Sie haben heute { $count } Episode erfasst: Ein Tag mit Episoden kann nicht als „keine Episoden“ markiert werden.
           *[other] Sie haben heute { $count } Episoden erfasst: Ein Tag mit Episoden kann nicht als „keine Episoden“ markiert werden.
        }
       *[day] { $count ->
            [one] Sie haben am { $day } { $count } Episode erfasst: Ein Tag mit Episoden kann nicht als „keine Episoden“ markiert werden.
           *[other] Sie haben am { $day } { $count } Episoden erfasst: Ein Tag mit Episoden kann nicht als „keine Episoden“ markiert werden.
        }
    }
failure-auto-lock = Sperren nach höchstens { $max } Minuten (einem Tag).
failure-birth-too-early = Ein Geburtsdatum liegt ab 1900.
failure-birth-future = Ein Geburtsdatum kann nicht in der Zukunft liegen.
failure-time-form = Eine Uhrzeit schreibt man wie 21:00.
failure-passcode-too-many = Ein Code darf höchstens { $max } Zeichen haben.
failure-passcode-guessable = Dieser Code wäre leicht zu erraten.
failure-passcode-advice = Drei oder vier Wörter, die nichts miteinander zu tun haben, ergeben einen starken Code, den man sich leicht merkt.
failure-current-passcode = Geben Sie zuerst den jetzigen Code ein.
language-unknown = Twinge hat keine Übersetzung für „{ $code }“; es gibt { $available }.
language-using-english = { $why } Twinge spricht Englisch.

## Was ein Import gefunden hat

import-setting-differs = { $what }: { $file } (hier: { $here })
import-setting-none = keiner
import-setting-text = „{ $text }“
import-setting-never = nie
import-setting-after-minutes = { $count ->
        [one] nach { $count } Minute
       *[other] nach { $count } Minuten
    }
import-setting-name = Name im Bericht
import-setting-birth = Geburtsdatum

## Das Fenster

failure-try-again = Versuchen Sie es noch einmal.
failure-unavailable = Das Tagebuch ist nicht verfügbar; starten Sie Twinge neu.
failure-not-encrypted = Nur ein Tagebuch mit Code kann gesperrt werden.
failure-journal-open = Das Tagebuch ist offen; neu beginnen ist nur für einen vergessenen Code.
failure-not-confirmed = Tippen Sie DELETE in Großbuchstaben, um zu bestätigen.
failure-no-import = Wählen Sie zuerst eine Datei zum Importieren.
failure-no-restore = Wählen Sie zuerst eine Sicherung zum Wiederherstellen.

## Die Dateilisten der Dateidialoge

dialog-export = Twinge-Export
dialog-import = Twinge-Export (JSON oder CSV)
dialog-backup = Twinge-Sicherung

peer-not-text = sie ist weder Text noch eine Tabellendatei
peer-unreadable-line = Zeile { $line } lässt sich nicht als durch Komma oder Semikolon getrennte Zellen lesen
peer-too-many-cells = Zeile { $line } hat mehr als { $max } Zellen
peer-header-only = sie hat eine Kopfzeile und keine Zeilen
peer-other-format = sie ist kein Export aus { $said }: ihre Kopfzeile ist die von { $seen }
peer-source-sheet = einer Tabelle
peer-no-date-column = keine Spalte enthält das Datum; geben Sie an, welche es ist
peer-bad-date = „{ $value }“ ist kein Datum, das dieser Import lesen kann.
peer-note-places = Stelle wie geschrieben: { $places }
peer-note-unsure = Versucht, unklar ob es half: { $names }
peer-note-unread = Nicht lesbar: { $cells }
peer-rule-scale = Die Stärke auf der Skala { $scale } der Quelle wird zu 0–10 (×10 ÷ ihr Höchstwert, gerundet).
peer-rule-written = Stärken wie 7/10 behalten ihre eigene Skala; 5-6 wird zur Mitte; alles auf ganze Zahlen gerundet.
peer-skipped-name = ausgelassen, solange Sie nicht sagen, was es ist
peer-skipped-column = Twinge hat keinen Platz dafür
peer-skipped-unread = nicht lesbar: in der Notiz behalten, das Feld bleibt unbekannt
peer-skipped-category = nichts, was Twinge erfasst
peer-day-notes = Tagesnotizen
peer-skipped-day-notes = ein Tages-Check-in hat keine Notiz
origin-sheet = einer Tabelle
peer-control-character = Zeile { $line } enthält ein Steuerzeichen, das kein Tagebuch schreibt
peer-formula = Zeile { $line } enthält eine Tabellenformel; speichern Sie die Tabelle stattdessen mit ihren Werten
peer-not-a-workbook = sie sieht wie eine Tabellendatei (.xlsx, .xls, .ods) aus, lässt sich aber nicht als solche lesen
failure-no-such-appointment = Es gibt keinen Termin mit der Kennung { $id }.
failure-trial-days = Ein Zeitraum hat 1 bis 365 Tage.
failure-no-such-change = Es gibt keine Medikamentenänderung oder Behandlung „{ $said }“ (geben Sie ihre Kennung oder ihr Datum an).
