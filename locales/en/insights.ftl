# The headline numbers and the comparison with the period before, on Insights and
# page 1 of the report.

headline-per-week = Episodes per logged week
headline-days-with = Days with episodes
headline-days-logged = Days logged
headline-of-logged = { $count } of { $logged } logged
headline-of-days = { $count } of { $days }
headline-previous-of-logged = previous: { $count } of { $logged } logged
headline-previous-of-days = previous: { $count } of { $days }
change-nothing-before = not comparable: nothing was logged in the earlier period
change-little-before = not comparable: the earlier period was logged on { $logged } of { $days } days
change-nothing-now = not comparable: nothing logged in this period
change-previous = previous: { $rate } a logged week
change-up = previous: { $rate } a logged week (up { $percent })
change-down = previous: { $rate } a logged week (down { $percent })
change-same = previous: { $rate } a logged week (no change)
change-caveat = A change between two periods can come from natural ups and downs; one that follows a bad spell often looks better than it is.
kind-col-per-week = Episodes a logged week
kind-col-days-with = Days with episodes
kind-col-nights = Nights woken a logged week
kind-col-intensity = Intensity 0–10 median / worst
kind-col-duration = Median duration
kind-col-places = Main places
kind-days-of = { $count } of { $logged }
kind-more-places = and { $count } more

# The day-level comparisons (a check-in factor on a day, and episodes that day or the next).
factor-lowercase = yes
factor-days-with = Days with { $name }
factor-days-after = Days after { $name }
factor-day-after-row = ↳ the day after
factors-title = Days with and without
factors-none-yet = No factor has { $days } days with it and { $days } without yet.
factors-association = Association in your own records, not proof of cause.
factors-any-days = any on { $share } of days ({ $low }–{ $high })
factors-not-enough = not enough days yet
factors-chance = With { $count } comparisons, one or two may look linked by chance alone: look for the ones that stay as more days are recorded.
factor-not-enough = { $label }: not enough days yet: { $short }, { $needed } needed
factor-short-with = { $count } with
factor-short-without = { $count } without
factor-side = { $rate } episodes a day ({ $days ->
    [one] { $days } day
   *[other] { $days } days
} with { $episodes ->
    [one] { $episodes } episode
   *[other] { $episodes } episodes
})
factor-ratio-both = { $ratio } as many (95% interval { $low }–{ $high })
factor-ratio-from = { $ratio } as many (95% interval from { $low })
factor-ratio-none-without = none on the days without (95% interval from { $low })
factor-ratio-none = no episodes on either side yet
factor-sentence = { $label }: { $with }, against { $without } without: { $ratio }
factor-bursts = Episodes came in bursts, so that interval is too narrow; counting days instead, { $with } of days with it had any episode against { $without } without.
factor-share = { $share } (95% interval { $low }–{ $high })
