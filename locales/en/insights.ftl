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
