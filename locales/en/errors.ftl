# What is wrong with an entry, said beside the field of the form (the command line says the same).

error-unknown-kind = “{ $value }” is not a kind of episode; use spasm, cramp, twitch or other.
error-unknown-region = “{ $value }” is not a body region this journal knows.
error-unknown-side = “{ $value }” is not a side; use left, right, both or centre.
error-unknown-associated = “{ $value }” is not an associated symptom this journal knows.
error-bad-time = The time could not be read: { $value }.
error-intensity-out-of-range = Intensity must be a whole number from 0 to 10, not { $value }.
error-started-in-future = The start time is in the future; log episodes after they happen.
error-no-location = Choose at least one place on the body.
error-no-intensity = Choose how strong it was, from 0 to 10.
error-no-clock-time = Give the time it started; only an episode imported from another diary may have a part of the day or the day alone.
error-duplicate-location = { $value } is chosen twice.
error-too-many-locations = At most { $max } places can be chosen.
error-duration-out-of-range = The duration must be between 1 second and 7 days.
error-count-out-of-range = The count must be between 1 and { $max }.
error-notes-too-long = Notes can be at most { $max } characters; these have { $count }.
error-bad-trigger = A trigger needs a name of 1 to { $max } characters.
error-duplicate-trigger = “{ $value }” is listed twice among the triggers.
error-bad-relief = A relief needs a name of 1 to { $max } characters.
error-duplicate-relief = “{ $value }” is listed twice among what helped.
error-helped-out-of-range = “Helped” must be 0 (not at all) to 3 (fully), not { $value }.
error-too-many-tags = At most { $max } triggers and { $max } reliefs can be chosen.
