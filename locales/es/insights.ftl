headline-per-week = Episodios por semana registrada
headline-days-with = Días con episodios
headline-days-logged = Días registrados
headline-of-logged = { $count } de { $logged } registrados
headline-of-days = { $count } de { $days }
headline-previous-of-logged = antes: { $count } de { $logged } registrados
headline-previous-of-days = antes: { $count } de { $days }
change-nothing-before = no comparable: no se registró nada en el periodo anterior
change-little-before = no comparable: el periodo anterior se registró { $logged } de { $days } días
change-nothing-now = no comparable: nada registrado en este periodo
change-previous = antes: { $rate }
change-up = antes: { $rate } (sube { $percent })
change-down = antes: { $rate } (baja { $percent })
change-same = antes: { $rate } (sin cambio)
change-caveat = Un cambio entre dos periodos puede deberse a altibajos naturales; el que sigue a una mala racha suele parecer mejor de lo que es.
kind-col-per-week = Episodios/semana registrada
kind-col-days-with = Días con episodios
kind-col-nights = Noches despertado/semana registrada
kind-col-intensity = Intensidad 0–10 mediana/peor
kind-col-duration = Duración mediana
kind-col-places = Lugares principales
kind-days-of = { $count } de { $logged }
kind-more-places = y { $count } más

factor-lowercase = yes
factor-days-with = Días con { $name }
factor-days-after = Días después de { $name }
factor-day-after-row = ↳ el día siguiente
factors-title = Días con y sin
factors-none-yet = Ningún factor tiene aún { $days } días con él y { $days } sin él.
factors-association = Asociación en sus propios registros, no prueba de causa.
factors-any-days = alguno en el { $share } de los días ({ $low }–{ $high })
factors-not-enough = aún faltan días
factors-chance = Con { $count } comparaciones, una o dos pueden parecer relacionadas solo por azar: fíjese en las que se mantienen al registrar más días.
factor-not-enough = { $label }: aún faltan días: { $short }, se necesitan { $needed }
factor-short-with = { $count } con
factor-short-without = { $count } sin
factor-side = { $rate } episodios al día ({ $days ->
    [one] { $days } día
    [many] { $days } días
   *[other] { $days } días
} con { $episodes ->
    [one] { $episodes } episodio
    [many] { $episodes } episodios
   *[other] { $episodes } episodios
})
factor-ratio-both = { $ratio } veces más (intervalo del 95 % { $low }–{ $high })
factor-ratio-from = { $ratio } veces más (intervalo del 95 % desde { $low })
factor-ratio-none-without = ninguno en los días sin él (intervalo del 95 % desde { $low })
factor-ratio-none = aún no hay episodios en ningún lado
factor-sentence = { $label }: { $with }, frente a { $without } sin él: { $ratio }
factor-bursts = Los episodios llegaron en rachas, así que ese intervalo es demasiado estrecho; contando días, el { $with } de los días con el factor tuvo algún episodio, frente al { $without } sin él.
factor-share = { $share } (intervalo del 95 % { $low }–{ $high })
