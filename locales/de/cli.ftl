cli-no-episodes = Noch keine Episoden.
cli-wrote = { $path } geschrieben ({ $size } KB)
cli-stats-period = { $from } bis { $to }: { $count ->
    [one] { $count } Episode
   *[other] { $count } Episoden
}, { $rate } pro Woche
cli-stats-days = Tage mit Episoden: { $with }, erfasste Tage: { $covered } von { $days }
cli-stats-intensity = mittlere Intensität (Median): { $median }, stärkste: { $worst }
cli-stats-waiting = { $count ->
    [one] { $count } Faktorvergleich braucht
   *[other] { $count } Faktorvergleiche brauchen
} mehr Tage mit Tagesfragen ({ $needed } mit und { $needed } ohne).
