# What went wrong, said when something could not be done (the window shows it in a
# notice; the command line prints it). File names are shown as they are.

## Files

# $act is what Twinge tried to do with the file.
failure-io = { $act ->
        [create] Could not create { $file }
        [write-in] Could not write in { $file }
        [read] Could not read { $file }
        [remove] Could not remove { $file }
        [replace] Could not replace { $file }
        [delete] Could not delete { $file }
        [sync] Could not save { $file } to the disk
        [set-aside] Could not set { $file } aside
       *[write] Could not write { $file }
    }: { $why }.
io-not-found = it is not there (moved or deleted?)
io-permission-denied = this computer does not allow Twinge to do that there
io-already-exists = a file of that name is already there
io-disk-full = the disk is full
io-read-only = the disk or folder can only be read
io-is-a-folder = it is a folder, not a file
io-not-a-folder = a part of its path is a file, not a folder
io-too-large = the file is too large
io-busy = the system was busy; try again
io-unreadable = its contents could not be read
io-refused = the system refused

## The journal file

store-too-new = This journal was written by a newer version of Twinge (schema { $found }; this version understands up to { $supported }). Update Twinge to open it; the file was not changed.
store-not-a-database = { $file } is not a Twinge journal (it is not an SQLite database). It was left as it is.
store-corrupt = The journal { $file } is damaged ({ $detail }). It was left as it is; restore a backup or ask for help.
store-wrong-key = The passcode does not open the journal { $file }. Nothing was changed.
store-migration = The journal could not be upgraded: { $why }
store-in-use = Twinge is open in another window or command — close it and try again. Nothing was changed.
store-being-changed = Twinge is still changing this journal in another window or command (a passcode, a restore or a deletion). Try again when it has finished.
store-not-found = There is no episode with the id { $id }.
store-io = The journal file could not be read or written: { $why }.
store-database = The journal could not be read or written (a database error). Nothing more was changed.
store-disk-full = The disk did not take the change: it is most likely full. Free some space, then try again; everything saved before is still there.

## Requests

failure-invalid-input = The request was not understood: { $detail }
failure-not-valid = The entry is not valid.
failure-bad-id = “{ $id }” is not an episode id.
failure-value-too-long = A value of { $size } bytes was refused (at most { $max }).
failure-passcode-too-long = A passcode of { $size } bytes was refused.
failure-request-too-large = The request is too large ({ $size } bytes; at most { $max }).
failure-bad-limit = A page holds 1 to 500 episodes.
failure-bad-search = Search for at most 200 characters.

## The journal

failure-no-file = This journal lives in memory and has no file.
failure-closed = The journal was closed while it was being changed. Restart Twinge.
failure-not-reopened = The journal could not be opened again after the change: { $why } Restart Twinge; the copy kept beside the journal is there if it is needed.
failure-episode-gone = That episode no longer exists.
failure-entry-gone = That entry no longer exists.
failure-nothing-to-repeat = There is no episode to repeat yet.
failure-no-today = Today is outside the calendar.
failure-draft-too-large = The episode being written is larger than { $max } KB and could not be kept.
failure-draft-not-form = That is not an episode form, so it was not kept.

## The report

failure-bad-psfs = Frequency is rated 0 to 4 and severity 1 to 3.
failure-report = The report could not be made. Nothing was saved; please send the details to the makers of Twinge.
failure-preview = The preview could not be made; the report itself may still work.
failure-questions-too-long = Questions can be at most { $max } characters, so that they stay on page 1 — { $count } now.

## Passcodes and backups

failure-wrong-passcode = That passcode does not open this journal. Nothing was changed.
failure-backup-not-opened = That passcode does not open this backup. Nothing was changed.
failure-no-key-file = { $file } has no key file beside it ({ $key }), so no passcode can open it. Nothing was changed.
failure-backup-passcode = { $file } was made under another passcode. Enter the passcode it was made with to restore it. Nothing was changed.
failure-backup-wrong-passcode = That passcode does not open { $file }. Nothing was changed.
failure-backup-damaged = The backup { $file } is damaged ({ $detail }), so it was not restored and the journal was not changed. Choose another backup.
failure-restore = { $file } could not be opened as a journal, so it was not restored: { $why } The journal was not changed.
failure-no-randomness = This computer gave Twinge no random numbers to make the key with. Nothing was changed.
failure-bad-key-file = The key file { $file } cannot be used: { $why }. Nothing was changed.
failure-key-damaged = it is damaged
failure-key-not-a-header = it is not a Twinge key header
failure-key-not-written = The key file could not be written.
failure-key-salt = The key file's salt is damaged.
failure-key-settings = The key file's settings for the passcode are damaged. Nothing was changed.
failure-key-not-made = The key could not be made from the passcode.
failure-key-layout = its page layout ({ $size }-byte pages, HMAC { $hmac }) is not one that key file version { $version } uses
failure-key-unusable = The key file cannot be used: { $why }.
failure-key-memory = it asks for { $kib } KiB of memory to unlock (at most { $max })
failure-key-passes = it asks for { $passes } passes (1 to { $max })
failure-key-lanes = it asks for { $lanes } lanes (1 to { $max })
failure-key-salt-length = its salt has { $length } characters (32 to 128 hex digits)
failure-key-newer = it was written by a newer Twinge (version { $version }); update Twinge
failure-too-many-tries = { $count ->
        [one] After { $count } wrong passcode, wait { $seconds } s before the next try.
       *[other] After { $count } wrong passcodes, wait { $seconds } s before the next try.
    }
failure-locked = This journal is locked with a passcode. Enter it to open the journal.
failure-nothing-to-start-over = This journal has no passcode; there is nothing to start over from.
failure-not-damaged = This journal is not damaged: it opens as it is, so it was left in its place.

## Reminder, Insights, check-ins, files

failure-reminder-not-saved = The reminder could not be saved.
failure-reminder-folder = The reminder cannot run for the folder { $folder }: its name holds a character a timer cannot carry (a line break or another control character). Move the journal to a folder with a plain name.
failure-bad-time-of-day = “{ $time }” is not a time of day like 21:00.
failure-period-backwards = The period ends before it starts.
failure-period-too-long = Choose a period of at most 30 years.
failure-figures = The figures could not be written.
failure-no-factor = There is no such factor.
failure-checkin-not-saved = The check-in was not saved.
failure-written-list = The list of written files could not be kept.
failure-demo = The demo journal could not be made.

## Export and import

failure-export = The export could not be written.
import-bad-format = “{ $format }” is not a file format; use json or csv.
import-bad-file = This file cannot be imported: { $why }. Nothing was changed.
import-not-a-file = { $file } is not a regular file
import-too-large = The file is too large to import ({ $size } MB; at most { $max } MB).
import-not-an-export = it is not a Twinge journal export
import-ends-early = it ends too early (line { $line }): it may have been cut off while being copied
import-not-json = it is not a JSON file, or it is damaged at line { $line }, column { $column }
import-no-format = it is not a Twinge journal export (no "format": "twinge-journal")
import-newer = it was written by a newer Twinge (format version { $version }); update Twinge to import it
import-no-version = its format version is missing or unknown
import-unexpected = something in it is not what a Twinge export holds (line { $line }, column { $column })
import-no-first-line = its first line could not be read (is it a CSV file in UTF-8?)
import-no-column = it has no “{ $column }” column; the first line must name the columns (Kind, Start, Intensity 0–10, Where, …)
import-not-twinge-csv = its first line does not name the columns of a Twinge export (Kind, Start, …). A diary kept in another app or in a spreadsheet comes in through “Import from another app…”
import-line-unreadable = line { $line } could not be read (a quote left open, a different number of columns, or not UTF-8)
import-not-whole = line { $line }: “{ $value }” in column { $column } is not a whole number
import-not-relief = line { $line }: “{ $value }” in column reliefs is not name:0-3
import-id-twice = The id { $id } appears twice in the file.
# $list is "triggers" or "reliefs".
import-bad-vocab = { $list ->
        [triggers] The triggers list has an entry “{ $name }” without a usable key and name (1 to { $max } characters).
       *[reliefs] The reliefs list has an entry “{ $name }” without a usable key and name (1 to { $max } characters).
    }
import-bad-appointment = The appointment dated “{ $date }” is not valid.
import-bad-medication = The medication change “{ $name }” on “{ $date }” is not valid.
import-bad-quiet-day = “{ $date }” is not a date from 1900 to a year ahead.
import-bad-timing = “{ $value }” is not a time of day; use night, morning, midday, afternoon, evening or day.
import-unknown-trigger = The trigger “{ $name }” is not in the file's or this journal's list.
import-unknown-relief = “{ $name }” is not in the file's or this journal's list of what helps.
import-bad-times = The episode's times are not consistent (created after updated, or negative).
import-bad-factor = The factors list has an entry “{ $name }” without a usable key and name.
import-bad-checkin = The check-in of “{ $date }”: { $why }.
import-checkin-not-a-date = it is not a date
import-checkin-not-started = its day has not started yet
import-checkin-twice = the day has two check-ins in the file
import-checkin-too-many = it lists more than { $max } factors

## Check-ins

failure-no-such-factor = There is no factor “{ $key }”.
failure-bad-level = “{ $key }” cannot be “{ $level }”.
failure-factor-twice = “{ $key }” is listed twice.
failure-factor-name = A factor's name needs a letter or a digit.
failure-checkin-future = A check-in is for a day that has started.
failure-rating-out-of-range = A rating is a whole number from 0 to { $max }, not { $value }.

## Fields of the forms

failure-not-a-date = “{ $text }” is not a date; write it like 2026-11-20.
failure-date-too-early = “{ $text }” is before { $year }; check the year.
failure-date-too-late = “{ $text }” is more than a year ahead; check the year.
failure-name-length = A name needs 1 to { $max } characters.
failure-dose-length = A dose can be at most { $max } characters.
failure-display-name-length = The name can be at most { $max } characters.
failure-note-length = A note can be at most { $max } characters.
failure-name-taken = “{ $name }” is already in the list.
failure-quiet-future = A day can be marked quiet only once it has started.
# $when is "today" or "day" (then $day names it).
failure-day-has-episodes = { $when ->
        [today] { $count ->
            [one] You logged { $count } episode today: a day with episodes cannot be marked “no episodes”.
           *[other] You logged { $count } episodes today: a day with episodes cannot be marked “no episodes”.
        }
       *[day] { $count ->
            [one] You logged { $count } episode on { $day }: a day with episodes cannot be marked “no episodes”.
           *[other] You logged { $count } episodes on { $day }: a day with episodes cannot be marked “no episodes”.
        }
    }
failure-auto-lock = Lock after at most { $max } minutes (a day).
failure-birth-too-early = A date of birth is from 1900 on.
failure-birth-future = A date of birth cannot be in the future.
failure-time-form = A time is written like 21:00.
failure-passcode-too-many = A passcode can have at most { $max } characters.
failure-passcode-guessable = This passcode would be easy to guess.
failure-passcode-advice = Three or four unrelated words make a strong passcode that is easy to remember.
failure-current-passcode = Enter the current passcode first.
language-unknown = Twinge has no translation for “{ $code }”; it has { $available }.
language-using-english = { $why } Using English.

## What an import found

# A setting of the imported file that differs from this journal's.
import-setting-differs = { $what }: { $file } (here: { $here })
import-setting-none = none
import-setting-text = “{ $text }”
import-setting-never = never
import-setting-after-minutes = { $count ->
        [one] after { $count } minute
       *[other] after { $count } minutes
    }
import-setting-name = Name on the report
import-setting-birth = Date of birth

## The window

failure-try-again = Try again.
failure-unavailable = The journal is unavailable; restart Twinge.
failure-not-encrypted = Only a journal with a passcode can be locked.
failure-journal-open = The journal is open; starting over is only for a forgotten passcode.
failure-not-confirmed = Type DELETE in capitals to confirm.
failure-no-import = Choose a file to import first.
failure-no-restore = Choose a backup to restore first.

## The file dialogs' lists of files

dialog-export = Twinge export
dialog-import = Twinge export (JSON or CSV)
dialog-backup = Twinge backup

# Importing a diary from another app (Bearable, Flaredown, Migraine Buddy, Daylio, drip.)
# or a spreadsheet.
peer-not-text = it is neither text nor a spreadsheet file
peer-unreadable-line = line { $line } cannot be read as comma- or semicolon-separated cells
peer-too-many-cells = line { $line } has more than { $max } cells
peer-header-only = it has a header and no rows
peer-other-format = it is not a { $said } export: its header is that of { $seen }
peer-source-sheet = a spreadsheet
peer-no-date-column = no column holds the date; say which one does
peer-bad-date = “{ $value }” is not a date this import can read.
peer-note-places = Place as written: { $places }
peer-note-unsure = Tried, not sure it helped: { $names }
peer-note-unread = Could not be read: { $cells }
peer-rule-scale = Intensity on the source's { $scale } scale becomes 0–10 (×10 ÷ its top, rounded).
peer-rule-written = Intensities written like 7/10 take their own scale; 5-6 becomes the midpoint; all rounded to whole numbers.
peer-skipped-name = left out unless you say what it is
peer-skipped-column = Twinge has no place for it
peer-skipped-unread = could not be read: kept in the note, the field left unknown
peer-skipped-category = not something Twinge records
peer-day-notes = Day notes
peer-skipped-day-notes = a check-in has no note
origin-sheet = a spreadsheet
peer-control-character = line { $line } holds a control character, which no diary writes
peer-formula = line { $line } holds a spreadsheet formula; save the sheet with its values instead
peer-not-a-workbook = it looks like a spreadsheet file (.xlsx, .xls, .ods) but cannot be read as one
failure-no-such-appointment = There is no appointment with the id { $id }.
failure-trial-days = A window is 1 to 365 days.
failure-no-such-change = There is no medication change or treatment “{ $said }” (give its id or its date).
