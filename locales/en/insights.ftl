# The headline numbers and the comparison with the period before, on Insights and
# page 1 of the report.

headline-per-week = Episodes per logged week
headline-days-with = Days with episodes
headline-days-logged = Days logged
headline-of-logged = { $count } of { $logged } logged
headline-of-days = { $count } of { $days }
headline-previous-of-logged = previous: { $count } of { $logged } logged
headline-previous-nothing-logged = previous: nothing logged
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
factor-days-with = Days with “{ $name }”
factor-days-after = Days after “{ $name }”
factor-day-after-row = ↳ the day after
factors-title = Days with and without
factors-none-yet = No factor has { $days } days with it and { $days } without yet.
factors-association = Association in your own records, not proof of cause.
factors-any-days = any on { $share } of days ({ $low }–{ $high })
factors-not-enough = not enough days yet
factors-chance = With { $count } comparisons, one or two may look linked by chance alone: look for the ones that stay as more days are recorded.
factor-not-enough = { $label }: not enough days yet: { $short }, { $needed } needed.
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
factor-sentence = { $label }: { $with }, against { $without } without: { $ratio }.
factor-bursts = Episodes came in bursts, so that interval is too narrow; counting days instead, { $with } of days with it had any episode against { $without } without.
factor-share = { $share } (95% interval { $low }–{ $high })

explain-per-logged-week = Episodes divided by the days you logged, times 7: a day you did not log counts as neither good nor bad.
explain-days-with = Of the days you logged, those with at least one episode.
explain-days-logged = Days with an episode, a “no episodes” mark or a check-in; only these are counted.
explain-frequency = Each bar is a week: its episodes per 7 logged days. A pale, outlined bar is a week logged only in part, scaled to 7 days.
explain-frequency-daily = Each bar is a day: its episodes, by kind. A day with nothing logged has a line at 0: it was not recorded, which is not the same as a day without episodes.
explain-where = The darker a place, the more episodes were there; an episode at two places counts at both.
explain-where-bars = Each bar counts the episodes at one place; an episode at two places counts at both.
explain-triggers = Share: of all the period's episodes, how many you tagged with it. The 95% interval is the range the true share probably lies in; with few episodes it is wide.
explain-when = Each square is one hour of one weekday; the darker, the more episodes began then.
explain-intensity = Median: half of the episodes were rated at or below it, half at or above; the worst is the highest rating.
explain-helped = How much each thing helped when you tried it, on average: 0 not at all, 1 a little, 2 a lot, 3 fully.
explain-factors = “2.1× as many” means days with it had 2.1 times as many episodes a day as days without. The 95% interval is the range that ratio probably lies in: when it reaches 1×, the difference may be chance.
chart-title-per-week = Episodes per logged week
chart-title-per-day = Episodes per day
chart-title-where = Where
chart-title-places = Places, most first
chart-title-triggers = Tagged with a trigger
chart-title-when = When: hour of day and weekday
chart-title-intensity = Intensity over time
chart-title-helped = What helped
chart-summary-frequency = { $episodes } in { $days } ({ $rate } a logged week): { $kinds }.
chart-summary-where = Most often: { $place }, { $count } times.
chart-summary-places = { $count } different places.
chart-summary-trigger = { $count } of { $total } episodes ({ $share }) were tagged with { $trigger }. Tagged with is not caused by.
chart-summary-no-trigger = No episode was tagged with a trigger.
chart-summary-night = { $share } of episodes happened at night (22:00–06:00).
chart-summary-intensity = Median intensity { $median } of 10, worst { $worst }.
chart-summary-helped = Most used: { $relief }, { $count } times, helped { $helped } of 3 on average.
table-day = Day
table-place = Place
table-side = Side
table-episodes = Episodes
table-trigger = Trigger
table-share = Share
table-interval = 95% interval
table-week-of = Week of
table-median = Median
table-min = Min
table-max = Max
table-relief = Relief
table-used = Used
table-helped = Helped (0–3)

# Episodes imported without a clock time or an intensity, left out of a chart or a figure.
few-days-logged = { $count ->
    [one] These rates come from 1 logged day only: a week of logging gives a steadier figure.
   *[other] These rates come from { $count } logged days only: a week of logging gives a steadier figure.
}
left-out-hour = { $count ->
    [one] { $count } episode without a clock time is not counted by hour of day.
   *[other] { $count } episodes without a clock time are not counted by hour of day.
}
left-out-intensity = { $count ->
    [one] { $count } episode without an intensity is not in the intensity figures.
   *[other] { $count } episodes without an intensity are not in the intensity figures.
}
trial-change = { $name } { $change } on { $date }
trial-running = The trial window is still running: these are the figures so far.
trial-not-enough = Not enough days yet: recorded days before { $baseline }, after { $trial }; 7 a side are needed.
trial-per-day = Episodes a recorded day: { $before } before, { $after } after ({ $change }){ $ratio }.
trial-ratio = ; ratio { $ratio } (95% interval { $low }–{ $high })
trial-ratio-from = ; ratio { $ratio } (95% interval from { $low })
trial-stiffness = Stiffness, median of the days rated: { $before } before, { $after } after ({ $change }); rated on { $rated_before } and { $rated_after } days.
trial-line-30 = That fall crosses the 30% line that trials count as a response.
trial-line-20 = That fall crosses the 20% line prescribers use to go on with a treatment, not the 30% line of a response.
trial-line-below = That is less than the 20% fall prescribers look for.
trial-interval-reaches-one = Its 95% interval still reaches 1 (no change), so chance alone could give a fall this size.
trial-caveat = This is an association in one person’s records, not proof: a before/after change of about a quarter is common with no active treatment at all, and a treatment started in a bad week will look better than it is.
