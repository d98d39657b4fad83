# The command line's own sentences (`twinge list`, `stats`, `report`).

cli-no-episodes = No episodes yet.
cli-wrote = Wrote { $path } ({ $size } KB)
cli-stats-period = { $from } to { $to }: { $count ->
    [one] { $count } episode
   *[other] { $count } episodes
}, { $rate } a logged week
cli-stats-days = days with episodes: { $with }, days covered by logging: { $covered } of { $days }
cli-stats-intensity = median intensity: { $median }, worst: { $worst }
cli-stats-waiting = { $count ->
    [one] { $count } factor comparison needs
   *[other] { $count } factor comparisons need
} more days with a check-in ({ $needed } with and { $needed } without).

cli-saved = Saved: { $kind } · { $place } · { $at } ({ $id })
cli-checkin-deleted = No check-in for { $date } now.
cli-checkin-saved = Check-in for { $date }: { $factors }
cli-checkin-none = none of the factors
cli-demo-added = Added { $count } demo episodes to { $folder }
cli-damaged-set-aside = The damaged journal was set aside, nothing deleted: { $path }
cli-restored = Restored { $count } episodes from { $file }
cli-kept-at = The journal as it was is kept at { $path }
cli-now-encrypted = The journal is now encrypted. A forgotten passcode cannot be recovered.
cli-no-passcode = The journal has no passcode.
cli-copy-left = { $name } was left as it was: an older passcode locks it.
cli-reminder-on = The evening reminder is on at { $time }.
cli-reminder-off = The evening reminder is off.
cli-reminder-not-yet = Not yet: the reminder is at { $time }.
cli-reminder-recorded = Today is recorded: no reminder needed.
cli-reminder-sent = Today's reminder was already sent.
cli-reminder-body = Nothing is recorded for today yet. The daily check-in takes a few taps.
cli-reminder-shown = Reminder shown: { $text }

## Passcodes in the terminal

cli-prompt-passcode = Passcode:{" "}
cli-prompt-new-passcode = New passcode:{" "}
cli-prompt-again = The same again:{" "}
cli-passcodes-differ = The two passcodes differ; nothing was changed.
cli-passcode-file-unreadable = Could not read the passcode file: { $why }.
cli-passcode-terminal = Could not read the passcode from the terminal.
# $option is --passcode-file or --new-passcode-file.
cli-passcode-needed = A passcode is needed: give { $option } FILE, or run twinge in a terminal to be asked for it.
cli-demo-episodes = --episodes takes 1 to 1,000,000.

## Export, import, check

cli-exported = Exported to { $path }
# $stage is imported, would (a dry run) or checked.
cli-import-summary = { $stage ->
        [imported] Imported
        [would] Would import
       *[checked] Checked
    }: { $count ->
        [one] { $count } episode
       *[other] { $count } episodes
    } in the file: { $new } new, { $unchanged } unchanged, { $updated } updated (newer in the file), { $kept } kept (newer here), { $rejected } rejected
cli-import-row-problem = row { $row }: { $message }
cli-import-more-problems = { $count ->
        [one] … and { $count } more problem
       *[other] … and { $count } more problems
    }
cli-import-settings-taken = Settings taken from the file:
cli-import-settings-kept = The file's settings differ from this journal's (kept; --with-settings takes the file's):
cli-import-refused = Nothing was imported: fix the rows above and try again.
cli-not-twinge-csv = its first line does not name the columns of a Twinge export (Kind, Start, …). A diary kept in another app or in a spreadsheet is read as one without --format, or with --from csv
cli-check-journal = journal: { $path }
cli-check-schema = schema version: { $version } (this Twinge writes { $supported })
cli-check-episodes = episodes: { $count }
cli-check-problems = The integrity check found problems: { $problems }
cli-check-integrity-ok = integrity: ok
cli-check-summary-ok = Insights summary: ok
cli-check-summary-rebuilt = Insights summary: { $count ->
        [one] { $count } row differed
       *[other] { $count } rows differed
    } from the episodes; built again from them (no episode changed)
cli-reminder-open = Open Twinge
cli-reminder-not-shown = The reminder could not be shown.
cli-reminder-not-opened = Twinge could not be opened.

## A command line that could not be read

cli-usage-missing = These are needed: { $needed }.
cli-usage-unknown = “{ $arg }” is not an option here.
cli-usage-unknown-command = “{ $command }” is not a command.
cli-usage-no-command = Say which command to run.
cli-usage-bad-value = “{ $value }” is not a value { $arg } takes.
cli-usage-conflict = { $arg } cannot be used with { $other }.
# $kind is clap's name for the problem.
cli-usage-other = The command line could not be read ({ $kind }).
cli-usage-see-help = Add --help to see what the command takes.
cli-usage-valid = It takes { $values }.
cli-usage-quoted = “{ $value }”
cli-prompt-backup-passcode = Passcode of this backup:{" "}
# $why is what the system said.
cli-output-failed = The output could not be written: { $why }
cli-app-not-started = Twinge could not start: { $why } (`twinge --help` lists what the command line does without a window.)
cli-checkin-bad-stress = --stress is none, some or a_lot, not “{ $code }”.
cli-appointment-saved = Appointment on { $date } saved.
cli-appointment-bad-pgic = “{ $code }” is not an answer; use very_much_improved, much_improved, minimally_improved, no_change, minimally_worse, much_worse or very_much_worse.


## Importing another app's diary
cli-peer-bad-source = “{ $code }” is not an app Twinge can import from; use bearable, flaredown, migraine-buddy, daylio, drip or csv.
cli-peer-bad-choice = “{ $text }” cannot be read: write NAME=spasm (cramp, twitch, other) for --kind and HEADER=date (time, kind, place, side, intensity, duration, triggers, reliefs, medication, notes, skip) for --column.
# $app is the app's name or "a spreadsheet".
cli-peer-read = { $file }: { $app }, { $episodes ->
    [one] { $episodes } episode
   *[other] { $episodes } episodes
}, { $days ->
    [one] { $days } day of check-ins
   *[other] { $days } days of check-ins
}.
cli-peer-name = { $name } → { $role } ({ $rows ->
    [one] { $rows } row
   *[other] { $rows } rows
})
cli-peer-skipped = left out: { $what } ({ $why })
cli-peer-skipped-rows = left out: { $what } ({ $why }), { $count ->
    [one] row
   *[other] rows
} { $rows }
cli-peer-left-out = row { $row } left out: { $message }
cli-treatment-saved = { $name } { $change } on { $date }: saved.
cli-treatment-bad-change = “{ $code }” is not a change; use started, changed or stopped.
cli-trial-windows = Before: { $before_from } to { $before_to }. After: { $after_from } to { $after_to }.
cli-damaged-ways-back = To put a backup in its place: twinge restore FILE (the window keeps a backup a day in the backups folder beside the journal). Twinge's window can also set it aside and start an empty journal.
