chart-no-episodes = No hay episodios en este periodo.
chart-not-drawn = No se pudo dibujar este gráfico.
chart-by-place = Episodios por zona
chart-triggers-too-few = Aún faltan datos: los desencadenantes necesitan { $count } episodios.
chart-no-trigger = Ningún episodio de este periodo se marcó con un desencadenante.
chart-triggers-title = Proporción de episodios con cada desencadenante (barra: intervalo del 95 %)
chart-trigger-share = { $count } de { $total } ({ $percent })
chart-nothing-helped = En este periodo no se marcó nada como útil.
chart-reliefs-title = Cuánto ayudó de media (0 nada – 3 por completo)
chart-relief-note = { $helped }/3, usado { $used }×
chart-darkest = hora local; el cuadro más oscuro es { $count ->
    [one] { $count } episodio
    [many] { $count } episodios
   *[other] { $count } episodios
}
chart-hour = { $hour } h
chart-factors-few = Aún no hay suficientes días con registro diario.
chart-factors-title = Episodios por día con el factor ÷ sin él (línea: intervalo del 95 %)
chart-per-logged-week = por semana registrada
chart-per-day = por día
chart-not-yet-logging = aún sin registro
chart-partial-week = claro, con borde: semana registrada en parte, escalada a 7 días
chart-unlogged = línea en 0: nada registrado
chart-appointment = Cita
chart-appointment-named = Cita: { $name }
chart-medication-named = Medicación: { $name }
chart-intensity-few = La intensidad en el tiempo necesita dos semanas con episodios.
chart-intensity-legend = línea: mediana semanal · banda: de la más leve a la peor
chart-left = Izquierda
chart-right = Derecha
chart-front = Delante
chart-back = Detrás
chart-trial-legend = Episodios por día registrado, con la mediana de cada periodo
chart-trial-stiffness = Rigidez hoy, 0–10
chart-trial-empty = Aún no hay nada registrado en torno a este cambio.
