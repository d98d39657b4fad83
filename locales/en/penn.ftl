# The Penn Spasm Frequency Scale as published (its two parts), and how page 1 says who rated it.

penn-frequency-0 = no spasms
penn-frequency-1 = spasms induced only by stimulation
penn-frequency-2 = infrequent full spasms occurring less than once per hour
penn-frequency-3 = spasms occurring more than once per hour
penn-frequency-4 = spasms occurring more than 10 times per hour
penn-severity-1 = mild
penn-severity-2 = moderate
penn-severity-3 = severe
penn-self-rated = self-rated
penn-suggested = suggested from the log
penn-source-rated = rated by the patient; suggested from the log: { $frequency } and { $severity }
penn-source-suggested = not yet confirmed by the patient; spasms only
