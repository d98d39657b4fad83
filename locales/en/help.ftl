# `twinge --help`: what each command does and what each of its options means.
# `help-<command>` is a command, `help-<command>-<option>` one of its options
# (`help-twinge-…`: options every command takes), `help-value-<name>` the name of a
# value in the usage line.

help-usage = Usage:
# A heading the help writes with a colon after it (French ends it with a no-break space).
help-commands = Commands
help-options = Options
help-arguments = Arguments
help-help = Print help
help-version = Print the version
help-twinge-after = Installed from the package, `twinge` without a command opens the app.

## Names of values

help-value-options = OPTIONS
help-value-command = COMMAND
help-value-dir = DIR
help-value-file = FILE
help-value-lang = LANG
help-value-kind = KIND
help-value-time = TIME
help-value-region-side = REGION:SIDE
help-value-intensity = INTENSITY
help-value-duration = DURATION
help-value-count = COUNT
help-value-name = NAME
help-value-name-helped = NAME:HELPED
help-value-code = CODE
help-value-notes = NOTES
help-value-yyyy-mm-dd = YYYY-MM-DD
help-value-none-some-a-lot = none|some|a_lot
help-value-format = FORMAT
help-value-paper = PAPER
help-value-appendix = APPENDIX
help-value-questions = QUESTIONS
help-value-episodes = EPISODES
help-value-seed = SEED
help-value-hh-mm = HH:MM

## Commands and their options

help-twinge = Twinge: a spasm, cramp and twitch journal
help-twinge-data-dir = The data folder (default: $TWINGE_DATA_DIR, else the platform's app-data folder)
help-twinge-passcode-file = For an encrypted journal: a file whose first line is the passcode (without it, the passcode is asked for in the terminal; it is never taken as an argument)
help-twinge-lang = The language Twinge speaks (en, de, es, fr; default: the system's, from LC_ALL, LC_MESSAGES or LANG). For `report`, the language of the PDF alone
help-add = Log an episode
help-add-kind = spasm, cramp, twitch or other
help-add-at = When it started: RFC 3339 (2026-11-20T03:10:00+01:00), or local time without an offset (2026-11-20T03:10). Default: now
help-add-locations = Where, as region:side (calf:left). Repeat for several places
help-add-intensity = 0 (none) to 10 (worst imaginable)
help-add-duration = How long it lasted: 30s, 2m, 1h 30m
help-add-count = Number of twitches in a burst
help-add-triggers = A suspected trigger, by name; new names join the vocabulary. Repeatable
help-add-reliefs = What helped, as name:0-3 (stretching:3). Repeatable
help-add-associated = An associated symptom code (numbness_tingling, weakness, stiffness, fatigue, lasting_pain; with twitches also muscle_wasting, swallowing_speaking, spreading)
help-add-woke = It woke me from sleep
help-add-set-off = It was set off by touch or movement (not on its own)
help-add-notes = Free text, at most 2,000 characters
help-checkin = Record the daily check-in of a date: the day-level factors present
help-checkin-date = The local date (default: today)
help-checkin-factors = A factor present that day, by its code (slept_badly, hard_exercise, long_sitting, long_standing, caffeine, alcohol, hot_day, dehydrated, or one of your own); repeat for several
help-checkin-stress = Stress that day: none, some or a_lot (default: none)
help-checkin-clear = Remove the check-in of the date instead
help-list = List episodes, newest first
help-list-json = Print JSON instead of a table
help-check = Check the journal's integrity and schema version
help-stats = The Insights numbers of a period (local dates, both included)
help-stats-from = The first day of the period
help-stats-to = The last day of the period
help-stats-json = Print JSON instead of a summary
help-export = Export the whole journal: JSON (every field) or CSV (one row per episode)
help-export-format = json or csv
help-export-out = The file to write
help-import = Import a JSON or CSV export: all rows are checked first; all or nothing
help-import-file = The export to import
help-import-dry-run = Only report what would happen
help-import-format = json or csv (default: from the file name)
help-import-with-settings = Also take the export's settings (report name, theme, first day of the week, auto-lock); without it the journal keeps its own
help-backup = Write a checked copy of the journal (SQLite backup)
help-backup-out = The file to write
help-restore = Replace the journal with a backup (the current one is copied aside first)
help-restore-file = The backup to restore
help-restore-backup-passcode-file = For a backup made under another passcode: a file whose first line is that passcode (without it, the passcode is asked for in the terminal)
help-report = Write the doctor's PDF summary of a period
help-report-from = The first day of the period
help-report-to = The last day of the period
help-report-out = The PDF file to write
help-report-paper = a4 or letter (default: a4)
help-report-appendix = Which episodes the appendix lists: all (every episode, those with notes or symptoms marked ●), notable (those with notes or symptoms, and a count of the rest), or none (default: notable)
help-report-no-appendix = The same as --appendix none
help-report-questions = Questions for the doctor, printed on page 1
help-demo = Fill the journal with realistic demo data ending today
help-demo-episodes = How many episodes (default: 500)
help-demo-seed = The seed of the random numbers: the same seed gives the same journal (default: 1)
help-remind = The evening reminder: show it when due (its timer runs this), or turn it on or off
help-remind-at = Turn the reminder on at this local time (HH:MM, for example 21:00)
help-remind-off = Turn the reminder off
help-remind-no-wait = Send the notification and return at once (without waiting for a click on it)
help-passcode = Encrypt the journal with a passcode, change it, or remove it
help-passcode-set = Encrypt the journal with a new passcode (or change the passcode; the current one comes from --passcode-file or is asked for). Every copy in the data folder is encrypted too. A forgotten passcode cannot be recovered
help-passcode-set-new-passcode-file = A file whose first line is the new passcode (else it is asked for twice)
help-passcode-remove = Decrypt the journal and the copies in its folder (needs the current passcode)
help-checkin-stiffness = How stiff the day was, 0 (no stiffness) to 10 (the worst possible)
help-checkin-sleep-broken = How much spasms or cramps broke the night's sleep, 0 (not at all) to 10 (all night)
help-value-0-10 = 0-10
help-appointment = Record a doctor's appointment, with your answer to "since the last appointment, your spasms are…" if you give one
help-appointment-date = The day of the appointment
help-appointment-note = A note, such as the doctor's name
help-appointment-pgic = Since the last appointment, your spasms are: very_much_improved, much_improved, minimally_improved, no_change, minimally_worse, much_worse or very_much_worse
help-value-text = TEXT
help-value-answer = ANSWER

help-import-from = Another app's export: bearable, flaredown, migraine-buddy, daylio, drip or csv (default: what the file's header shows)
help-import-kind = What a name from the other app is: NAME=spasm, cramp, twitch or other; *=KIND for every row that is an episode by itself
help-import-relief = A name that is something that helped (kept as a day-level factor)
help-import-medication = A name that is a medication (kept as a day-level factor)
help-import-factor = A name that is a day-level factor
help-import-skip = A name to leave out
help-import-column = What a spreadsheet's column holds: HEADER=date, time, kind, place, side, intensity, duration, triggers, reliefs, medication, notes or skip
help-import-json = Print what the import brings as JSON
help-value-app = APP
help-value-name-kind = NAME=KIND
help-value-header-field = HEADER=FIELD
help-treatment = Record a medication change or another treatment (physiotherapy, a stretching routine, stopping caffeine), to compare the weeks before and after it
help-treatment-date = The day it started, changed or stopped
help-treatment-name = What it is: "Baclofen", "Physiotherapy"
help-treatment-change = started, changed or stopped (default: started)
help-treatment-dose = The dose, such as 10 mg three times a day
help-treatment-note = A note
help-value-change = CHANGE
help-trial = Did a treatment help? The weeks before a medication change or another treatment against the weeks after it
help-trial-change = The change: its date (the first change that day) or its id
help-trial-baseline-days = Days before the change to compare with (default 14)
help-trial-trial-from = The first day after the change that counts (default 15: the first two weeks are left out)
help-trial-trial-days = How many days after that (default 14)
help-trial-json = Print JSON instead of words
help-value-yyyy-mm-dd-id = YYYY-MM-DD|ID
help-value-n = N
