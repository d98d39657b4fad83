# The screens' words (the screens still speak English while their words move here; a
# word written for a screen from now on is born here).

screen-report-pdf-language = PDF language
screen-report-pdf-language-help = The summary for your doctor can be in another language than Twinge; this journal remembers the choice.

screen-settings-language = Language
screen-settings-language-label = Twinge speaks
screen-settings-language-system = As the system ({ $language })
screen-settings-language-help = The doctor’s summary has its own language on the Report tab.

screen-tab-main = Main
screen-tab-log = Log
screen-tab-history = History
screen-tab-insights = Insights
screen-tab-report = Report
screen-tab-settings = Settings
screen-undo = Undo
screen-not-now = Not now

screen-log-title = Log an episode
screen-log-repeat = Repeat last
screen-log-repeat-what = { $kind } · { $place } · now
screen-log-nothing-yet = Nothing logged yet
screen-log-logged-again = { $kind } logged again
screen-log-episode-removed = Episode removed
screen-log-quiet = No episodes today
screen-log-quiet-remove = Tap to remove the mark
screen-log-quiet-record = Record a quiet day
screen-log-quiet-marked = Today marked: no episodes
screen-log-quiet-removed = Quiet-day mark removed
screen-log-logged-today = { $count } logged today
screen-log-checkin = Daily check-in
screen-log-checkin-done = Done for today · tap to change
screen-log-checkin-what = Sleep, exercise, stress… a few taps
screen-log-anything-today = Anything to log today?
screen-log-yesterday-missing = Nothing is recorded for yesterday.
screen-log-fill-yesterday = Fill in yesterday

screen-cancel = Cancel
screen-helped-0 = Not at all
screen-helped-1 = A little
screen-helped-2 = A lot
screen-helped-3 = Fully
screen-form-what = What happened?
screen-form-need-kind = Choose what kind of episode it was.
screen-form-need-place = Tap where on the body it was.
screen-form-need-intensity = Choose how bad it was: 0 is none, 10 the worst you can imagine.
screen-form-need-when = Enter the date and time it started.
screen-form-need-duration = Enter the duration in minutes, like 2 or 0.5.
screen-form-more = More details: duration, triggers, what helped, notes
screen-form-fewer = Fewer details
screen-form-woke = It woke me from sleep
screen-form-set-off = It was set off by touch or movement
screen-form-count = How many? (for twitch bursts)
screen-form-triggers = Suspected triggers
screen-form-helped = What helped?
screen-form-how-much = How much { $relief } helped
screen-form-also = Also noticed
screen-form-saving = Saving…
screen-form-save-changes = Save changes
screen-form-save = Save
screen-form-kept = Not saved yet: Twinge kept this episode as you left it.
screen-form-kept-edit = Not saved yet: Twinge kept your changes to this episode as you left them.
screen-checkin-kept = Not saved yet: Twinge kept this check-in as you left it.
screen-form-discard = Discard
screen-when-title = When did it start?
screen-when-now = Just now
screen-when-15m = 15 min ago
screen-when-1h = 1 h ago
screen-when-2h = 2 h ago
screen-when-last-night = Last night
screen-when-other = Another time
screen-when-exact = Date and time
screen-intensity-title = How bad?
screen-intensity-unset = not chosen yet
screen-intensity = Intensity
screen-intensity-value = { $value } out of 10
screen-intensity-low = 0 none
screen-intensity-high = 10 worst imaginable
screen-duration-title = How long?
screen-duration-exact = Exact, in minutes
screen-duration-example = e.g. 2.5
screen-notes = Notes
screen-notes-placeholder = Anything worth remembering
screen-vocab-another-trigger = Another trigger
screen-vocab-another-relief = Something else that helped
screen-vocab-medication-name = Medication name
screen-vocab-new-trigger = New trigger
screen-vocab-new-relief = New relief
screen-vocab-fewer = Fewer
screen-vocab-all = All { $count }
screen-vocab-dose = Dose
screen-vocab-add = Add
screen-vocab-is-medication = It is a medication (with a dose)
screen-where-title = Where?
screen-where-recent = Recent places
screen-where-chosen = Chosen places
screen-where-side-of = Side of { $region }
screen-where-remove = Remove { $region }
screen-where-list = Or choose from a list
screen-where-add = Add a body region…

screen-body-hint = Tap the body to zoom in, then tap each place; tap again to remove. Keys: arrows move, Enter zooms, Space chooses.
screen-body-figure = { $view ->
    [back] Back of the body
   *[front] Front of the body
}
screen-body-front = Front
screen-body-back = Back
screen-body-view-front = front
screen-body-view-back = back
screen-body-zoom-in = { $area }, { $view }: zoom in
screen-body-zoom-in-chosen = { $area }, { $view }: zoom in (chosen: { $places })
screen-body-left-short = L
screen-body-right-short = R
screen-body-left = Left
screen-body-right = Right
screen-body-whole = ‹ Whole body
screen-body-turn-back = Turn to back
screen-body-turn-front = Turn to front
screen-body-zone = { $area }, { $view }
screen-body-choose = { $area }, { $view }: choose every place (arrow keys move between places)
screen-area-head = Head and neck
screen-area-arm-left = Left arm and hand
screen-area-arm-right = Right arm and hand
screen-area-trunk-front = Chest, belly and hips
screen-area-trunk-back = Back and buttocks
screen-area-legs = Legs
screen-area-feet = Ankles, feet and toes

screen-today = Today
screen-yesterday = Yesterday
screen-checkin-saved-today = Today's check-in saved
screen-checkin-saved-yesterday = Yesterday's check-in saved
screen-checkin-saved-day = Check-in for { $day } saved
screen-checkin-which-day = Which day
screen-checkin-help-today = Tap what was true today; leave the rest.
screen-checkin-help-day = Tap what was true that day; leave the rest.
screen-checkin-what-was-true = What was true
screen-checkin-level-none = None
screen-checkin-level-yes = Yes
screen-checkin-level-some = Some
screen-checkin-level-a-lot = A lot
screen-checkin-quiet-day = No episodes that day
screen-checkin-stiffness = Stiffness today
screen-checkin-stiffness-low = 0 none
screen-checkin-stiffness-high = 10 worst possible
screen-checkin-sleep-broken = Sleep broken by spasms or cramps
screen-checkin-sleep-broken-low = 0 not at all
screen-checkin-sleep-broken-high = 10 all night
screen-checkin-not-rated = Not rated
screen-checkin-unrate = Don’t rate
# A day's rating as History and the command line say it.
day-stiffness = Stiffness: { $value }/10
day-sleep-broken = Sleep broken by spasms or cramps: { $value }/10
screen-checkin-own = A factor of your own
screen-checkin-own-example = Something else (e.g. long drive)
screen-checkin-save = Save check-in

screen-report-title = Report for your doctor
screen-report-from = From
screen-report-to = To
screen-report-starts = Starts { $reason }.
screen-report-penn-title = How often and how bad, in your own words
screen-report-penn-help = Two ratings doctors use for spasms (the Penn Spasm Frequency Scale): how often, from 0 (none) to 4 (more than ten times an hour), and how bad, from 1 (mild) to 3 (severe). Page 1 prints them as two scores, never added.
screen-report-suggested = Suggested from your log for { $from } to { $to }: frequency { $frequency }, severity { $severity }.
screen-report-own-set = You set your own.
screen-report-confirm = Change them if they do not fit, then confirm.
screen-report-frequency = Frequency
screen-report-frequency-0 = 0 — no spasms
screen-report-frequency-1 = 1 — only when touched or moved
screen-report-frequency-2 = 2 — less than once an hour
screen-report-frequency-3 = 3 — more than once an hour
screen-report-frequency-4 = 4 — more than ten times an hour
screen-report-severity = Severity
screen-report-severity-1 = 1 — mild
screen-report-severity-2 = 2 — moderate
screen-report-severity-3 = 3 — severe
screen-report-mine = These ratings are mine (printed as self-rated)
screen-report-questions = Questions for my doctor
screen-report-chars-left = { $left } of { $max } characters left: page 1 keeps room for them.
screen-report-appendix = Episodes listed in the appendix
screen-report-appendix-notable = With notes or symptoms
screen-report-appendix-all = Every one
screen-report-appendix-none = None
screen-report-paper = Paper
screen-report-letter = US Letter
screen-report-making = Making the PDF…
screen-report-export = Export PDF…
screen-report-saved = Saved the PDF to { $path }
screen-report-preview = Page 1 preview
screen-report-preview-alt = Page 1 of the report: headline numbers, how often, where, after what, what helped, questions

screen-report-reason-since = since your last appointment ({ $date })
screen-report-reason-too-close = the last 90 days: your last appointment ({ $date }) leaves fewer than { $days } days
screen-report-reason-default = the last 90 days (no past appointment recorded)

screen-delete = Delete
screen-loading = Loading…
screen-history-saved = Changes saved
screen-history-deleted = Episode deleted
screen-history-restored = Episode restored
screen-history-edit = Edit episode
screen-history-search = Search notes
screen-history-by-kind = Filter by kind
screen-history-all-kinds = All kinds
screen-history-by-region = Filter by body region
screen-history-all-places = All places
screen-history-by-trigger = Filter by trigger
screen-history-all-triggers = All triggers
screen-history-past-day = Fill in a check-in for a past day
screen-history-day = Day
screen-history-open = Open
screen-history-none-match = No episodes match.
screen-history-none-match-help = Clear the search or choose “All” in the filters to see every episode.
screen-history-empty-help = Log your first one on the Log tab right after it happens; it will be listed here, newest first.
screen-history-back-to-newest = Back to the newest ({ $count } newer episodes not shown)
screen-history-older = Show older episodes
screen-history-day-none = no episodes
screen-history-marked-quiet = Marked “no episodes”
screen-history-checkin = Check-in:
screen-history-checkin-add = Check-in for this day
screen-details-woke = woke me
screen-details-set-off = set off by touch or movement
screen-details-after = after { $triggers }
screen-details-helped = helped: { $reliefs }

screen-checkin-nothing = nothing special
screen-checkin-at-level = { $name }: { $level }

screen-insights-7d = 7 d
screen-insights-30d = 30 d
screen-insights-90d = 90 d
screen-insights-1y = 1 y
screen-insights-since-appointment = Since appt.
screen-insights-custom = Custom
screen-insights-period = Period
screen-insights-no-appointment = Add an appointment in Settings first
screen-insights-show = Show
screen-insights-numbers = Show the numbers
screen-insights-in-words = Each comparison in words
screen-insights-period-line = { $from } to { $to } · { $episodes } · compared with the { $days } days before
screen-insights-empty-help = Choose a longer period above, or log episodes on the Log tab as they happen; the charts fill in from there.
screen-insights-waiting = { $count ->
    [one] { $count } comparison waits
   *[other] { $count } comparisons wait
} for more days with a check-in ({ $needed } with the factor and { $needed } without). Fill in the daily check-in from the Log tab.
screen-insights-before = before: { $value }

screen-settings-saved = Settings saved
screen-settings-appearance = Appearance
screen-settings-theme = Theme
screen-settings-theme-system = System
screen-settings-theme-light = Light
screen-settings-theme-dark = Dark
screen-settings-week-start = First day of the week
screen-settings-monday = Monday
screen-settings-sunday = Sunday
screen-settings-saturday = Saturday
screen-settings-name = Your name on the report (optional)
screen-settings-birth = Your date of birth on the report (optional)
screen-settings-appointments = Appointments
screen-settings-appointments-help = Your last appointment starts the report's default period.
screen-settings-date = Date
screen-settings-note = Note
screen-settings-note-example = e.g. neurologist
screen-settings-remove = Remove
screen-settings-remove-appointment = Remove appointment on { $date }
screen-settings-no-appointments = No appointments yet.
screen-settings-meds = Medication changes
screen-settings-meds-help = Charts and the report mark these dates.
screen-settings-change = Change
screen-settings-med-started = Started
screen-settings-med-changed = Changed dose
screen-settings-med-stopped = Stopped
screen-settings-medication = Medication
screen-settings-add-med = Add medication change
screen-settings-remove-med = Remove { $name } on { $date }
screen-settings-no-meds = No medication changes yet.
screen-settings-triggers = Triggers
screen-settings-reliefs = What helps
screen-settings-vocab-help = Renaming keeps every episode linked. Archived entries leave the forms but stay on old episodes and in reports.
screen-settings-new-name = New name for { $name }
screen-settings-archived = archived
screen-settings-rename = Rename
screen-settings-rename-name = Rename { $name }
screen-settings-archive = Archive
screen-settings-archive-name = Archive { $name }
screen-settings-restore = Restore
screen-settings-restore-name = Restore { $name }
screen-settings-about = About
screen-settings-about-text = Twinge { $version }. Your journal stays on this computer: no account, no network connection, no telemetry.
screen-settings-show-welcome = Show the welcome again

screen-welcome-title = Welcome to Twinge
screen-welcome-what = Twinge is a journal for spasms, cramps and twitches: log each one in a few taps right after it happens, see what they have in common, and bring your doctor a one-page summary.
screen-welcome-here = Everything you write stays on this computer: no account, no network connection, no telemetry.
screen-welcome-set-up = Set up Twinge
screen-welcome-skip = Skip and start logging
screen-welcome-offers-title = Three things you may want now
screen-welcome-offers-help = Each is optional, and each is in Settings later.
screen-welcome-passcode = Protect the journal with a passcode
screen-welcome-passcode-help = Encrypts the journal on this computer; Twinge asks for the passcode when it opens.
screen-welcome-reminder = Turn on the evening reminder
screen-welcome-reminder-help = A gentle note in the evening if nothing was logged that day.
screen-welcome-import = Bring a diary you kept before
screen-welcome-import-help = From Bearable, Flaredown, Migraine Buddy, Daylio, drip. or a spreadsheet, or a Twinge export.
screen-welcome-start = Start logging

screen-factors-title = Check-in factors
screen-factors-help = What the daily check-in asks about. Archived factors leave the check-in but stay on the days they were recorded.
screen-factors-levels = none / some / a lot
screen-factors-off = off
screen-factors-turn-on = Turn on
screen-factors-turn-on-name = Turn on { $name }
screen-reminder-title = Evening reminder
screen-reminder-help = If nothing is recorded for the day by this time, Twinge asks “{ $question }”.
screen-reminder-on = Remind me in the evening
screen-reminder-time = Time
screen-reminder-closed = It also comes when Twinge is closed, as a desktop notification.

screen-copy-details = Copy details
screen-details-copied = Details copied
screen-error-title = Twinge cannot open your journal
screen-error-help = Nothing was changed or deleted. Close Twinge, then restore a backup or move the file aside, and start Twinge again.
screen-error-damaged-help = Nothing was changed or deleted, and your entries are most likely in Twinge's daily backups. Restore the newest one: the damaged journal is first set aside in Twinge's data folder, and the backup takes its place.
screen-error-set-aside = Set it aside and start with an empty journal
screen-error-new-ready = A new, empty journal is ready. The damaged one was kept in Twinge's data folder as:
screen-error-restore-help = Your entries can still come back: Settings → Restore a backup…, from the folder of the same name in the backups folder. Its daily backups were moved there and stay until you delete them.
screen-error-start-empty = Start with the empty journal
screen-unlock-title = Twinge is locked
screen-unlock-help = Your journal is encrypted. Enter your passcode to open it.
screen-unlock-passcode = Passcode
screen-unlock-show = Show the passcode
screen-unlock-opening = Opening…
screen-unlock = Unlock
screen-unlock-forgotten-help = A forgotten passcode cannot be recovered: without it nobody, not even Twinge, can read the journal.
screen-unlock-new-ready = A new, empty journal is ready. The locked one was kept in Twinge's data folder as:
screen-unlock-new-ready-open = If you remember its passcode, open it with Settings → Restore a backup. Its daily backups were moved into the folder of the same name in the backups folder and stay there until you delete them.
screen-unlock-start-new-ready = Start with the new journal
screen-unlock-forgot = Forgot the passcode?
screen-unlock-forgot-help = You can start a new, empty journal. Nothing is deleted: the locked journal is kept in Twinge's data folder under a dated name, keeps its own passcode (a later passcode does not change it), and opens again with Settings → Restore a backup if you remember that passcode.
screen-unlock-understood = I understand that the new journal starts empty.
screen-unlock-start-new = Start a new journal

screen-privacy-title = Privacy
screen-privacy-never = Never
screen-privacy-after-hour = After 1 hour
screen-privacy-copies-left = Left as they were (an older passcode locks them): { $files }.
screen-privacy-damaged-plain = Still in plain text: { $files }, a damaged journal set aside, which cannot be read to be encrypted. Delete it once you no longer need it.
screen-privacy-encrypted = Your journal is encrypted: Twinge asks for the passcode when it starts.
screen-privacy-not-encrypted = Your journal is not encrypted. Anyone who can open your account can read it.
screen-privacy-changed = The passcode was changed.
screen-privacy-now-encrypted = The journal is now encrypted.
screen-privacy-removed = The journal is no longer encrypted.
screen-privacy-current = Current passcode (to change or remove it)
screen-privacy-new = New passcode (three or four unrelated words are strong and easy to remember)
screen-privacy-passcode = Passcode (three or four unrelated words are strong and easy to remember)
screen-privacy-again = The same again
screen-privacy-differ = The two passcodes differ.
screen-privacy-show = Show the passcodes
screen-privacy-understood = I understand that a forgotten passcode cannot be recovered (export a copy first if you want a way back).
screen-privacy-working = Working…
screen-privacy-change = Change the passcode
screen-privacy-encrypt = Encrypt with this passcode
screen-privacy-auto-lock = Lock when not used
screen-privacy-lock-now = Lock now
screen-privacy-remove = Remove the passcode
screen-privacy-after-minutes = { $count ->
    [one] After { $count } minute
   *[other] After { $count } minutes
}
screen-privacy-copies-encrypted = { $count ->
    [one] { $count } copy in the data folder was encrypted with it too.
   *[other] { $count } copies in the data folder were encrypted with it too.
}
screen-privacy-copies-decrypted = { $count ->
    [one] { $count } copy in the data folder was decrypted too.
   *[other] { $count } copies in the data folder were decrypted too.
}

screen-data-title = Your data
screen-data-where = Everything stays on this computer. Twinge also keeps a backup of each of the last 7 days there.
screen-data-where-in = Everything stays on this computer, in { $folder }. Twinge also keeps a backup of each of the last 7 days there.
screen-data-exports-plain = Exports (JSON, CSV) are plain text that anyone who has the file can read: keep them somewhere private. Files Twinge writes are readable by your account only.
screen-data-export-json = Export all (JSON)
screen-data-export-csv = Export for spreadsheets (CSV)
screen-data-import = Import a file…
screen-data-backup = Back up now…
screen-data-restore = Restore a backup…
screen-data-writing = Writing { $done } of { $total } episodes
screen-data-checking = Checking { $done } of { $total } episodes
screen-data-preview = Import preview
screen-data-cannot-import = This file cannot be imported yet
screen-data-ready = Ready to import
screen-data-row = Row { $row }:
screen-data-more-problems = … and { $count } more
screen-data-nothing-changed = Nothing was changed.
screen-data-close = Close
screen-data-settings-differ = The file's settings differ from this journal's; the journal keeps its own unless you choose the file's:
screen-data-use-file-settings = Use the file's settings
screen-data-backup-passcode = Passcode of the backup
screen-data-this-backup-passcode = Passcode of this backup
screen-data-its-folder = its folder
screen-data-imported = Imported.
screen-data-exported = Exported to { $path }
screen-data-left = These files are still there (Twinge wrote them where you chose, or they are not Twinge's); delete them yourself if you want them gone:
screen-data-delete-all-more = Delete everything…
screen-data-delete-all = Delete everything
screen-data-delete-help = This removes your journal and all of Twinge's backups from this computer. It cannot be undone. Export first if you want to keep a copy.
screen-data-type-delete = Type DELETE to confirm
screen-data-in-file = { $count ->
    [one] { $count } episode in the file
   *[other] { $count } episodes in the file
}: { $new } new, { $unchanged } already here, { $updated } newer in the file, { $kept } newer here (kept), { $rejected } with problems.
screen-data-checkins-in-file = { $count ->
    [one] The file also has { $count } daily check-in (a day's newer check-in wins).
   *[other] The file also has { $count } daily check-ins (a day's newer check-in wins).
}
screen-data-backed-up = { $count ->
    [one] Backed up { $count } episode to { $path }
   *[other] Backed up { $count } episodes to { $path }
}
screen-data-restored = { $count ->
    [one] Restored { $count } episode. The journal as it was is kept at { $copy }.
   *[other] Restored { $count } episodes. The journal as it was is kept at { $copy }.
}
screen-data-import-count = { $count ->
    [one] Import { $count } episode
   *[other] Import { $count } episodes
}
screen-ipc-error = Twinge could not complete that.
screen-log-saved = { $kind } saved
screen-data-deleted = Everything was deleted. Twinge starts again with an empty journal.

# Settings → Your data → Import from another app.
screen-peer-choose = Import from another app…
screen-peer-help = A diary from Bearable, Flaredown, Migraine Buddy, Daylio or drip., or any spreadsheet (.xlsx, .ods or CSV). You see what it brings before anything is written.
screen-peer-importing = Importing
screen-peer-preview = What the import brings
screen-peer-from = From { $app }
screen-peer-counts = { $episodes ->
    [one] { $episodes } episode
   *[other] { $episodes } episodes
} and { $days ->
    [one] { $days } day
   *[other] { $days } days
} of day-level factors.
screen-peer-columns = What each column holds
screen-peer-names = What each name is
screen-peer-every-row = Every row (each is one episode)
screen-peer-rows = { $count ->
    [one] { $count } row
   *[other] { $count } rows
}
screen-peer-left-out = Left out:
screen-peer-on-rows = { $count ->
    [one] row
   *[other] rows
} { $rows }
screen-peer-import = { $count ->
    [one] Import { $count } episode
   *[other] Import { $count } episodes
}
screen-peer-imported = Imported: { $count ->
    [one] { $count } new episode
   *[other] { $count } new episodes
}, { $days ->
    [one] { $days } day
   *[other] { $days } days
} of day-level factors.
screen-peer-role-relief = Helped (day factor)
screen-peer-role-medication = Medication (day factor)
screen-peer-role-factor = Day factor
screen-peer-role-skip = Leave out
screen-peer-column-none = Leave out
screen-peer-column-date = Date
screen-peer-column-time = Time or part of the day
screen-peer-column-kind = Kind of episode
screen-peer-column-place = Place on the body
screen-peer-column-side = Side
screen-peer-column-intensity = Intensity
screen-peer-column-duration = Duration
screen-peer-column-triggers = Triggers
screen-peer-column-reliefs = What helped
screen-peer-column-medication = Medication
screen-peer-column-notes = Notes
screen-peer-sample = The newest, as History will show them:
screen-pgic-today = Your appointment today
screen-pgic-on = Your appointment on { $date }
screen-pgic-kept = Kept: the report gives your answer to your doctor.
screen-pgic-why = One tap; the report gives your answer to your doctor.
screen-report-published = Frequency as the Penn scale words it: { $frequency }.
screen-trial-title = Did it help?
screen-trial-change = Medication change or treatment
screen-trial-before = Before
screen-trial-after = After
screen-trial-days = Days
screen-trial-recorded = Recorded days
screen-trial-per-day = Episodes a recorded day
screen-trial-active-days = Days with episodes
screen-trial-woke = Episodes that woke you
screen-trial-intensity = Median intensity
screen-trial-stiffness = Median stiffness (days rated)
screen-trial-sleep = Median sleep broken (days rated)
screen-pgic-answer = Answer
screen-trial-cramps-week = Cramps a week
screen-trial-cramp-days = Days with cramps
screen-trial-broken-nights = Nights with sleep broken
