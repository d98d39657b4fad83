chart-no-episodes = Keine Episoden in diesem Zeitraum.
chart-not-drawn = Dieses Diagramm konnte nicht gezeichnet werden.
chart-by-place = Episoden nach Körperstelle
chart-triggers-too-few = Noch zu wenige Daten: Auslöser brauchen { $count } Episoden.
chart-no-trigger = Keine Episode dieses Zeitraums wurde mit einem Auslöser markiert.
chart-triggers-title = Anteil der Episoden mit jedem Auslöser (Balken: 95-%-Intervall)
chart-trigger-share = { $count } von { $total } ({ $percent })
chart-nothing-helped = In diesem Zeitraum wurde nichts als hilfreich markiert.
chart-reliefs-title = Wie sehr es im Mittel half (0 gar nicht – 3 völlig)
chart-relief-note = { $helped }/3, { $used }× genutzt
chart-darkest = Ortszeit; das dunkelste Feld sind { $count ->
    [one] { $count } Episode
   *[other] { $count } Episoden
}
chart-hour = { $hour } Uhr
chart-factors-few = Noch zu wenige Tage mit Tagesfragen.
chart-factors-title = Episoden pro Tag mit dem Faktor ÷ ohne (Linie: 95-%-Intervall)
chart-per-logged-week = pro erfasster Woche
chart-per-day = pro Tag
chart-not-yet-logging = noch nicht erfasst
chart-partial-week = blass, umrandet: Woche teilweise erfasst, auf 7 Tage hochgerechnet
chart-unlogged = Linie bei 0: nichts erfasst
chart-appointment = Arzttermin
chart-appointment-named = Arzttermin: { $name }
chart-medication-named = Medikament: { $name }
chart-intensity-few = Die Intensität im Verlauf braucht zwei Wochen mit Episoden.
chart-intensity-legend = Linie: Wochenmedian · Band: schwächste bis stärkste
chart-left = Links
chart-right = Rechts
chart-front = Vorne
chart-back = Hinten
chart-trial-legend = Episoden pro erfasstem Tag, mit dem Median je Zeitraum
chart-trial-stiffness = Steifigkeit heute, 0–10
chart-trial-empty = Rund um diese Änderung ist noch nichts erfasst.
