headline-per-week = Episoden pro erfasster Woche
headline-days-with = Tage mit Episoden
headline-days-logged = Erfasste Tage
headline-of-logged = { $count } von { $logged } erfassten
headline-of-days = { $count } von { $days }
headline-previous-of-logged = vorher: { $count } von { $logged } erfassten
headline-previous-of-days = vorher: { $count } von { $days }
change-nothing-before = nicht vergleichbar: im früheren Zeitraum wurde nichts erfasst
change-little-before = nicht vergleichbar: der frühere Zeitraum wurde an { $logged } von { $days } Tagen erfasst
change-nothing-now = nicht vergleichbar: in diesem Zeitraum nichts erfasst
change-previous = vorher: { $rate }
change-up = vorher: { $rate } (plus { $percent })
change-down = vorher: { $rate } (minus { $percent })
change-same = vorher: { $rate } (unverändert)
change-caveat = Eine Änderung zwischen zwei Zeiträumen kann aus natürlichen Schwankungen kommen; nach einer schlechten Phase sieht sie oft besser aus, als sie ist.
kind-col-per-week = Episoden/erfasste Woche
kind-col-days-with = Tage mit Episoden
kind-col-nights = Nachts geweckt/erfasste Woche
kind-col-intensity = Intensität 0–10 Median/stärkste
kind-col-duration = Mediane Dauer
kind-col-places = Hauptorte
kind-days-of = { $count } von { $logged }
kind-more-places = und { $count } weitere

factor-lowercase = no
factor-days-with = Tage mit „{ $name }“
factor-days-after = Tage nach „{ $name }“
factor-day-after-row = ↳ am Tag danach
factors-title = Tage mit und ohne
factors-none-yet = Noch kein Faktor hat { $days } Tage mit und { $days } ohne.
factors-association = Zusammenhang in den eigenen Aufzeichnungen, kein Beweis einer Ursache.
factors-any-days = an { $share } der Tage ({ $low }–{ $high })
factors-not-enough = noch zu wenige Tage
factors-chance = Bei { $count } Vergleichen können ein oder zwei allein durch Zufall verbunden wirken: Achten Sie auf die, die mit mehr Tagen bestehen bleiben.
factor-not-enough = { $label }: noch zu wenige Tage: { $short }, { $needed } nötig
factor-short-with = { $count } mit
factor-short-without = { $count } ohne
factor-side = { $rate } Episoden pro Tag ({ $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
} mit { $episodes ->
    [one] { $episodes } Episode
   *[other] { $episodes } Episoden
})
factor-ratio-both = { $ratio } so viele (95-%-Intervall { $low }–{ $high })
factor-ratio-from = { $ratio } so viele (95-%-Intervall ab { $low })
factor-ratio-none-without = keine an den Tagen ohne (95-%-Intervall ab { $low })
factor-ratio-none = noch auf keiner Seite Episoden
factor-sentence = { $label }: { $with }, gegenüber { $without } ohne: { $ratio }
factor-bursts = Die Episoden kamen gehäuft, daher ist dieses Intervall zu eng; nach Tagen gezählt hatten { $with } der Tage mit dem Faktor irgendeine Episode, gegenüber { $without } ohne.
factor-share = { $share } (95-%-Intervall { $low }–{ $high })
