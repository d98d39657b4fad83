# The CSV export's column names, and its yes and no, in the language it is exported in.
# A sheet in any of Twinge's languages is read back, so no two names of a language may be
# the same. Keep the units in brackets: (s), 0–10, (0–3), (ms).

csv-id = Id
csv-kind = Kind
csv-start = Start
csv-duration = Duration (s)
csv-count = Twitches in the burst
csv-intensity = Intensity 0–10
csv-where = Where
csv-triggers = Triggers
csv-helped = What helped (0–3)
csv-symptoms = Symptoms
csv-woke = Woke from sleep
csv-notes = Notes
csv-created = Created (ms)
csv-updated = Updated (ms)
csv-deleted = Deleted (ms)
csv-checkin-date = Check-in date
csv-checkin-factors = Check-in factors
csv-stiffness = Stiffness 0–10
csv-sleep-broken = Sleep broken 0–10
csv-time-of-day = Time of day
csv-imported-from = Imported from
csv-imported-file = Imported file
csv-source-intensity = Source intensity
csv-source-scale = Source scale
csv-set-off = Set off by touch or movement

csv-yes = yes
csv-no = no
