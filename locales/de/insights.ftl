headline-per-week = Episoden pro erfasster Woche
headline-days-with = Tage mit Episoden
headline-days-logged = Erfasste Tage
headline-of-logged = { $count } von { $logged } erfassten
headline-of-days = { $count } von { $days }
headline-previous-of-logged = vorher: { $count } von { $logged } erfassten
headline-previous-nothing-logged = vorher: nichts erfasst
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

factor-days-with = Tage mit „{ $name }“
factor-days-after = Tage nach „{ $name }“
factor-day-after-row = ↳ am Tag danach
factors-title = Tage mit und ohne
factors-none-yet = Noch kein Faktor hat { $days } Tage mit und { $days } ohne.
factors-association = Zusammenhang in den eigenen Aufzeichnungen, kein Beweis einer Ursache.
factors-any-days = an { $share } der Tage ({ $low }–{ $high })
factors-not-enough = noch zu wenige Tage
factors-chance = Bei { $count } Vergleichen können ein oder zwei allein durch Zufall verbunden wirken: Achten Sie auf die, die mit mehr Tagen bestehen bleiben.
factor-not-enough = { $label }: noch zu wenige Tage: { $short }, { $needed } nötig.
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
factor-sentence = { $label }: { $with }, gegenüber { $without } ohne: { $ratio }.
factor-bursts = Die Episoden kamen gehäuft, daher ist dieses Intervall zu eng; nach Tagen gezählt hatten { $with } der Tage mit dem Faktor irgendeine Episode, gegenüber { $without } ohne.
factor-share = { $share } (95-%-Intervall { $low }–{ $high })

explain-per-logged-week = Episoden geteilt durch die erfassten Tage, mal 7: ein nicht erfasster Tag zählt weder als gut noch als schlecht.
explain-days-with = Von den erfassten Tagen die mit mindestens einer Episode.
explain-days-logged = Tage mit einer Episode, der Markierung „keine Episoden“ oder Tagesfragen; nur diese werden gezählt.
explain-frequency = Jeder Balken ist eine Woche: ihre Episoden pro 7 erfasste Tage. Ein blasser, umrandeter Balken ist eine nur teilweise erfasste Woche, auf 7 Tage hochgerechnet.
explain-frequency-daily = Jeder Balken ist ein Tag: seine Episoden, nach Art. Ein Tag, an dem nichts erfasst wurde, hat eine Linie bei 0: Er wurde nicht erfasst, was nicht dasselbe ist wie ein Tag ohne Episoden.
explain-where = Je dunkler eine Stelle, desto mehr Episoden waren dort; eine Episode an zwei Stellen zählt an beiden.
explain-where-bars = Jeder Balken zählt die Episoden an einer Stelle; eine Episode an zwei Stellen zählt an beiden.
explain-triggers = Anteil: wie viele aller Episoden des Zeitraums Sie damit markiert haben. Das 95-%-Intervall ist der Bereich, in dem der wahre Anteil wahrscheinlich liegt; bei wenigen Episoden ist es breit.
explain-when = Jedes Feld ist eine Stunde eines Wochentags; je dunkler, desto mehr Episoden begannen dann.
explain-intensity = Median: die Hälfte der Episoden wurde gleich oder niedriger bewertet, die Hälfte gleich oder höher; die stärkste ist die höchste Bewertung.
explain-helped = Wie sehr etwas im Mittel geholfen hat, wenn Sie es versucht haben: 0 gar nicht, 1 etwas, 2 viel, 3 völlig.
explain-factors = „2,1× so viele“ heißt: Tage mit dem Faktor hatten 2,1-mal so viele Episoden pro Tag wie Tage ohne. Das 95-%-Intervall ist der Bereich, in dem das Verhältnis wahrscheinlich liegt: reicht es bis 1×, kann der Unterschied Zufall sein.
chart-title-per-week = Episoden pro erfasster Woche
chart-title-per-day = Episoden pro Tag
chart-title-where = Wo
chart-title-places = Stellen, häufigste zuerst
chart-title-triggers = Mit einem Auslöser markiert
chart-title-when = Wann: Tageszeit und Wochentag
chart-title-intensity = Intensität im Verlauf
chart-title-helped = Was geholfen hat
chart-summary-frequency = { $episodes } in { $days } ({ $rate } pro erfasster Woche): { $kinds }.
chart-summary-where = Am häufigsten: { $place }, { $count }-mal.
chart-summary-places = { $count } verschiedene Stellen.
chart-summary-trigger = { $count } von { $total } Episoden ({ $share }) wurden mit „{ $trigger }“ markiert. Markiert mit heißt nicht verursacht durch.
chart-summary-no-trigger = Keine Episode wurde mit einem Auslöser markiert.
chart-summary-night = { $share } der Episoden waren nachts (22–6 Uhr).
chart-summary-intensity = Median der Intensität { $median } von 10, stärkste { $worst }.
chart-summary-helped = Am meisten genutzt: { $relief }, { $count }-mal, half im Mittel { $helped } von 3.
table-day = Tag
table-place = Stelle
table-side = Seite
table-episodes = Episoden
table-trigger = Auslöser
table-share = Anteil
table-interval = 95-%-Intervall
table-week-of = Woche ab
table-median = Median
table-min = Min.
table-max = Max.
table-relief = Maßnahme
table-used = Genutzt
table-helped = Geholfen (0–3)

few-days-logged = { $count ->
    [one] Diese Raten beruhen auf nur 1 erfassten Tag: Eine Woche Erfassung ergibt einen verlässlicheren Wert.
   *[other] Diese Raten beruhen auf nur { $count } erfassten Tagen: Eine Woche Erfassung ergibt einen verlässlicheren Wert.
}
left-out-hour = { $count ->
    [one] { $count } Episode ohne Uhrzeit wird nicht nach Tageszeit gezählt.
   *[other] { $count } Episoden ohne Uhrzeit werden nicht nach Tageszeit gezählt.
}
left-out-intensity = { $count ->
    [one] { $count } Episode ohne Stärke ist nicht in den Angaben zur Stärke.
   *[other] { $count } Episoden ohne Stärke sind nicht in den Angaben zur Stärke.
}
trial-change = { $name } { $change } am { $date }
trial-running = Der Versuchszeitraum läuft noch: Das sind die bisherigen Zahlen.
trial-not-enough = Noch nicht genug Tage: erfasste Tage davor { $baseline }, danach { $trial }; je Seite sind 7 nötig.
trial-per-day = Episoden pro erfasstem Tag: { $before } davor, { $after } danach ({ $change }){ $ratio }.
trial-ratio = ; Verhältnis { $ratio } (95-%-Intervall { $low }–{ $high })
trial-ratio-from = ; Verhältnis { $ratio } (95-%-Intervall ab { $low })
trial-stiffness = Steifigkeit, Median der bewerteten Tage: { $before } davor, { $after } danach ({ $change }); bewertet an { $rated_before } und { $rated_after } Tagen.
trial-line-30 = Dieser Rückgang überschreitet die 30-%-Linie, die Studien als Ansprechen werten.
trial-line-20 = Dieser Rückgang überschreitet die 20-%-Linie, nach der Verordnende eine Behandlung fortsetzen, nicht aber die 30-%-Linie eines Ansprechens.
trial-line-below = Das ist weniger als der Rückgang um 20 %, auf den Verordnende achten.
trial-interval-reaches-one = Sein 95-%-Intervall reicht noch bis 1 (keine Änderung): Ein Rückgang dieser Größe kann auch allein Zufall sein.
trial-caveat = Das ist ein Zusammenhang in den Aufzeichnungen eines Menschen, kein Beweis: Eine Vorher-nachher-Änderung um etwa ein Viertel ist auch ganz ohne wirksame Behandlung häufig, und eine in einer schlechten Woche begonnene Behandlung sieht besser aus, als sie ist.
