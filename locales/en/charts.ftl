# Words drawn in the charts (Insights and the PDF show the same pictures).

chart-no-episodes = No episodes in this period.
chart-not-drawn = This chart could not be drawn.
chart-by-place = Episodes by place
chart-triggers-too-few = Not enough data yet: triggers need { $count } episodes.
chart-no-trigger = No episode in this period was tagged with a trigger.
chart-triggers-title = Share of episodes tagged with each trigger (bar: 95% interval)
chart-trigger-share = { $count } of { $total } ({ $percent })
chart-nothing-helped = Nothing was marked as helping in this period.
chart-reliefs-title = How much it helped on average (0 not at all – 3 fully)
chart-relief-note = { $helped }/3, used { $used }×
chart-darkest = local time; the darkest square is { $count ->
    [one] { $count } episode
   *[other] { $count } episodes
}
chart-hour = { $hour }h
chart-factors-few = Not enough days with a check-in yet.
chart-factors-title = Episodes a day with the factor ÷ without (line: 95% interval)
chart-per-logged-week = per logged week
chart-per-day = per day
chart-not-yet-logging = not yet logging
chart-partial-week = pale, outlined: part of the week logged, scaled to 7 days
chart-unlogged = a line at 0: nothing logged
chart-appointment = Appointment
chart-appointment-named = Appointment: { $name }
chart-medication-named = Medication: { $name }
chart-intensity-few = Intensity over time needs two weeks of episodes.
chart-intensity-legend = line: weekly median · band: least to worst
chart-left = Left
chart-right = Right
chart-front = Front
chart-back = Back
chart-trial-legend = Episodes a recorded day, with each window’s median
chart-trial-stiffness = Stiffness today, 0–10
chart-trial-empty = Nothing recorded around this change yet.
