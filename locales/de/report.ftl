language-name = Deutsch
report-title = Zusammenfassung: Spasmen, Muskelkrämpfe und Muskelzucken
report-patient = Patient/in
report-period = Zeitraum: { $from } – { $to } ({ $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
})
report-generated = Erstellt am { $date }
report-footer = Twinge · Angaben der Patientin/des Patienten · { $from } – { $to }
report-page = Seite { $page } von { $pages }
report-born = geboren am { $date }
report-none-in-period = Keine in diesem Zeitraum.
report-no-episodes = In diesem Zeitraum wurden keine Episoden erfasst.
report-quiet-days-count = Als „keine Episoden“ markierte Tage zählen als erfasste Tage.
report-kind = Art
report-definitions = { kind-spasm }: unwillkürliche, oft wiederholte Muskelkontraktion. { kind-cramp }: schmerzhafte, anhaltende Kontraktion. { kind-twitch } ({ -twitch(register: "doctor") }): kurzes, sichtbares Zucken eines Muskels. Grau: die { $days } Tage vor dem Zeitraum. Raten zählen nur erfasste Tage.
report-penn-scale = Nach Penn Spasm Frequency Scale
report-penn-frequency = Häufigkeit
report-penn-severity = Schweregrad
report-symptoms = Mit Episoden angegebene Symptome:
report-none-recorded = keine angegeben.
report-worth-asking = abklärungswürdig:
report-also = außerdem:
report-questions = Fragen an meine Ärztin / meinen Arzt:
report-none-written = keine notiert.
report-where = Wo
report-left-right = Links und rechts aus Sicht der Patientin/des Patienten.
report-place-all-kinds = Ort (alle Arten)
report-episodes = Episoden
report-relief = Maßnahme
report-used = Genutzt
report-helped = Geholfen 0–3
report-nothing-helped = In diesem Zeitraum wurde nichts als hilfreich markiert.
report-helped-scale = Geholfen: Mittel, 0 nicht – 3 völlig.
report-what-helped = Was geholfen hat
report-after-what = Wonach
report-tagged-with = Markiert mit
report-share-ci = Anteil (95-%-KI)
report-how-often = Wie oft
report-medication-changes = Medikamentenänderungen:
report-medication-line = { $date }: { $what }
report-colon = {":"}
report-separator = {";"}
report-intensity-heading = Intensität im Verlauf (Wochenmedian, Band vom geringsten bis zum stärksten Wert)
report-when-heading = Wann: Ortszeit nach Stunde und Wochentag
report-factors-heading = Tage mit und ohne: Zusammenhang in den eigenen Aufzeichnungen, kein Beleg für eine Ursache
report-compared = Verglichen
report-with-days = Mit: Tage, Episoden, pro Tag
report-without-days = Ohne: Tage, Episoden, pro Tag
report-ratio-interval = Verhältnis (95-%-Intervall)
report-col-when = Wann
report-col-kind = Art
report-col-where = Wo
report-col-intensity = Int.
report-col-duration = Dauer
report-col-triggers = Auslöser
report-col-relief = Maßnahme
report-col-notes = Notizen

report-triggers-too-few = Zu wenige Daten: Anteile der Auslöser werden ab { $needed } Episoden gezeigt; dieser Zeitraum hat { $count ->
    [one] { $count } Episode
   *[other] { $count } Episoden
}.
report-triggers-none-tagged = { $count ->
    [one] Die eine Episode wurde mit keinem vermuteten Auslöser markiert.
   *[other] Keine der { $count } Episoden wurde mit einem vermuteten Auslöser markiert.
}
report-triggers-share = Anteil aller { $count ->
    [one] { $count } Episode
   *[other] { $count } Episoden
} ({ $kinds }), die von der Patientin/dem Patienten mit dem jeweiligen vermuteten Auslöser markiert wurden; markiert mit, nicht verursacht durch.
report-same-day = Episoden am selben Tag werden einzeln gezählt.
report-more-triggers = { $count ->
    [one] und { $count } weiterer Auslöser
   *[other] und { $count } weitere Auslöser
}
report-more-places = { $count ->
    [one] und { $count } weitere Stelle
   *[other] und { $count } weitere Stellen
}
report-factors-none = Noch kein Tagesfaktor hat in diesem Zeitraum { $days } Tage mit und { $days } ohne.
report-factors-waiting = { $count ->
    [one] { $count } weiterer Vergleich braucht mehr Tage mit Tagesfragen.
   *[other] { $count } weitere Vergleiche brauchen mehr Tage mit Tagesfragen.
}
report-bursts = Die Episoden kamen gehäuft (stärker über die Tage gestreut, als der Zufall ergäbe): Das Intervall eines Verhältnisses behandelt Episoden als unabhängig und ist zu eng; daher nennt jede Seite auch den Anteil der Tage mit irgendeiner Episode, mit seinem exakten Intervall.
report-symptom-last = zuletzt: { $dates }
report-woke = aus dem Schlaf geweckt
report-set-off = durch Berührung oder Bewegung ausgelöst
report-in-burst = { $count } in der Serie
report-appendix-all = Anhang: jede Episode des Zeitraums (von der Patientin/dem Patienten erfasst; ● mit Notizen oder Symptomen)
report-appendix-notable = Anhang: die Episoden mit Notizen oder Symptomen (von der Patientin/dem Patienten erfasst)
report-appendix-rest = { $count ->
    [one] { $count } Episode ohne Notizen oder Symptome ist nicht aufgeführt; Seite 1 zählt jede Episode.
   *[other] { $count } Episoden ohne Notizen oder Symptome sind nicht aufgeführt; Seite 1 zählt jede Episode.
}
report-trial-so-far = bisher
report-trial-per-day = Episoden pro erfasstem Tag { $before } → { $after }, { $change } { $ratio }
report-trial-ratio = (Verhältnis { $ratio }, 95 % { $low }–{ $high })
report-trial-stiffness = Steifigkeit { $before } → { $after }, { $change }
report-trial-caveat = Aufzeichnungen eines Menschen, kein Beweis: Eine Änderung um etwa ein Viertel ist auch ohne wirksame Behandlung häufig, und was in einer schlechten Woche beginnt, sieht besser aus, als es ist.
# Page 2: the heading over a trial’s chart, before the change it looks at.
report-trial-chart = Hat es geholfen?
