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
report-helped = Helped
report-nothing-helped = Nothing was marked as helping in this period.
report-helped-scale = Helped: the patient’s average, 0 not at all – 3 fully.
report-what-helped = What helped
report-after-what = After what
report-tagged-with = Tagged with
report-share-ci = Share (95% CI)
report-how-often = How often
report-medication-changes = Medication changes:
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
