# The command line's own sentences (`twinge list`, `stats`, `report`).

cli-no-episodes = No episodes yet.
cli-wrote = Wrote { $path } ({ $size } KB)
cli-stats-period = { $from } to { $to }: { $count ->
    [one] { $count } episode
   *[other] { $count } episodes
}, { $rate } per week
cli-stats-days = days with episodes: { $with }, days covered by logging: { $covered } of { $days }
cli-stats-intensity = median intensity: { $median }, worst: { $worst }
cli-stats-waiting = { $count ->
    [one] { $count } factor comparison needs
   *[other] { $count } factor comparisons need
} more days with a check-in ({ $needed } with and { $needed } without).

cli-saved = Saved { $kind } { $place } at { $at } ({ $id })
cli-checkin-deleted = No check-in for { $date } now.
cli-checkin-saved = Check-in for { $date }: { $factors }
cli-checkin-none = none of the factors
cli-demo-added = Added { $count } demo episodes to { $folder }
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
