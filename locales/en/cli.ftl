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
