# The doctor's summary (the PDF): its fixed words, in the doctor's register. Sentences
# built from the data (notes, changes, symptoms) come with the data.

language-name = English
report-title = { -spasm(case: "title") }, { -cramp } and { -twitch } summary
report-patient = Patient
report-period = Period: { $from } – { $to } ({ $days ->
    [one] { $days } day
   *[other] { $days } days
})
report-generated = Generated { $date }
report-footer = Twinge · patient-entered data · { $from } – { $to }
report-page = page { $page } of { $pages }
report-born = born { $date }
report-none-in-period = None in this period.
report-no-episodes = No episodes were logged in this period.
report-quiet-days-count = Days marked “no episodes” still count as days covered by logging.
report-kind = Kind
report-definitions = { kind-spasm }: an involuntary contraction, often repeated. { kind-cramp }: a painful, sustained contraction. { kind-twitch }: a brief, visible flicker of a muscle. Grey: the { $days } days before the period. Rates count logged days only.
report-penn-scale = Penn Spasm Frequency Scale style
report-penn-frequency = frequency
report-penn-severity = severity
report-symptoms = Symptoms reported with episodes:
report-none-recorded = none recorded.
report-worth-asking = worth asking about:
report-also = also:
report-questions = Questions for my doctor:
report-none-written = none written.
report-where = Where
report-left-right = The patient’s left and right.
report-place-all-kinds = Place (all kinds)
report-episodes = Episodes
report-relief = Relief
report-used = Used
report-helped = Helped 0–3
report-nothing-helped = Nothing was marked as helping in this period.
report-helped-scale = Helped: the patient’s average, 0 not at all – 3 fully.
report-what-helped = What helped
report-after-what = After what
report-tagged-with = Tagged with
report-share-ci = Share (95% CI)
report-how-often = How often
report-medication-changes = Medication changes:
# One medication change: its date, then what changed ("Magnesium 300 mg started").
report-medication-line = { $date }: { $what }
# The punctuation the template writes between a heading and what follows, and between
# the items of a list (French puts a no-break space before each).
report-colon = {":"}
report-separator = {";"}
report-intensity-heading = Intensity over time (weekly median, band from least to worst)
report-when-heading = When: local hour of day and weekday
report-factors-heading = Days with and without: association in the patient’s own records, not proof of cause
report-compared = Compared
report-with-days = With: days, episodes, a day
report-without-days = Without: days, episodes, a day
report-ratio-interval = Ratio (95% interval)
report-col-when = When
report-col-kind = Kind
report-col-where = Where
report-col-intensity = Int.
report-col-duration = Duration
report-col-triggers = Triggers
report-col-relief = Relief
report-col-notes = Notes

# Sentences of page 1 and the appendix built from the data.
report-triggers-too-few = Not enough data: trigger shares are shown from { $needed } episodes; this period has { $count ->
    [one] { $count } episode
   *[other] { $count } episodes
}.
report-triggers-none-tagged = { $count ->
    [one] The one episode was not tagged with a suspected trigger.
   *[other] None of the { $count } episodes was tagged with a suspected trigger.
}
report-triggers-share = Share of all { $count ->
    [one] { $count } episode
   *[other] { $count } episodes
} ({ $kinds }) the patient tagged with each suspected trigger; tagged with, not caused by.
report-same-day = Episodes on the same day are counted separately.
report-more-triggers = { $count ->
    [one] and { $count } more trigger
   *[other] and { $count } more triggers
}
report-more-places = { $count ->
    [one] and { $count } more place
   *[other] and { $count } more places
}
report-factors-none = No day-level factor has { $days } days with it and { $days } without in this period yet.
report-factors-waiting = { $count ->
    [one] { $count } more comparison needs more days with a daily check-in.
   *[other] { $count } more comparisons need more days with a daily check-in.
}
report-bursts = Episodes came in bursts (more spread between days than chance would give): a ratio’s interval counts episodes as independent and is too narrow, so each side also gives the share of days with any episode, with its exact interval.
report-symptom-last = last: { $dates }
report-woke = woke from sleep
report-set-off = set off by touch or movement
report-in-burst = { $count } in the burst
report-appendix-all = Appendix: every episode of the period (patient-entered data; ● with notes or symptoms)
report-appendix-notable = Appendix: the episodes with notes or symptoms (patient-entered data)
report-appendix-rest = { $count ->
    [one] { $count } episode without notes or symptoms is not listed; page 1 counts every episode.
   *[other] { $count } episodes without notes or symptoms are not listed; page 1 counts every episode.
}
report-trial-so-far = so far
report-trial-per-day = episodes a recorded day { $before } → { $after }, { $change } { $ratio }
report-trial-ratio = (ratio { $ratio }, 95% { $low }–{ $high })
report-trial-stiffness = stiffness { $before } → { $after }, { $change }
report-trial-caveat = One person’s records, not proof: a change of about a quarter is common with no active treatment, and one started in a bad week looks better than it is.
# Page 2: the heading over a trial’s chart, before the change it looks at.
report-trial-chart = Did it help?
