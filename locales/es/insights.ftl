headline-per-week = Episodios por semana registrada
headline-days-with = Días con episodios
headline-days-logged = Días registrados
headline-of-logged = { $count } de { $logged } registrados
headline-of-days = { $count } de { $days }
headline-previous-of-logged = antes: { $count } de { $logged } registrados
headline-previous-nothing-logged = antes: nada registrado
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

factor-days-with = Días con «{ $name }»
factor-days-after = Días después de «{ $name }»
factor-day-after-row = ↳ el día siguiente
factors-title = Días con y sin
factors-none-yet = Ningún factor tiene aún { $days } días con él y { $days } sin él.
factors-association = Asociación en sus propios registros, no prueba de causa.
factors-any-days = alguno en el { $share } de los días ({ $low }–{ $high })
factors-not-enough = aún faltan días
factors-chance = Con { $count } comparaciones, una o dos pueden parecer relacionadas solo por azar: fíjese en las que se mantienen al registrar más días.
factor-not-enough = { $label }: aún faltan días: { $short }, se necesitan { $needed }.
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
factor-sentence = { $label }: { $with }, frente a { $without } sin él: { $ratio }.
factor-bursts = Los episodios llegaron en rachas, así que ese intervalo es demasiado estrecho; contando días, el { $with } de los días con el factor tuvo algún episodio, frente al { $without } sin él.
factor-share = { $share } (intervalo del 95 % { $low }–{ $high })

explain-per-logged-week = Episodios divididos por los días registrados, por 7: un día sin registrar no cuenta ni como bueno ni como malo.
explain-days-with = De los días registrados, los que tuvieron al menos un episodio.
explain-days-logged = Días con un episodio, una marca «sin episodios» o un registro diario; solo estos cuentan.
explain-frequency = Cada barra es una semana: sus episodios por 7 días registrados. Una barra clara con borde es una semana registrada solo en parte, escalada a 7 días.
explain-frequency-daily = Cada barra es un día: sus episodios, por tipo. Un día sin nada registrado tiene una línea en 0: no se registró, que no es lo mismo que un día sin episodios.
explain-where = Cuanto más oscura una zona, más episodios hubo allí; un episodio en dos zonas cuenta en ambas.
explain-where-bars = Cada barra cuenta los episodios en una zona; un episodio en dos zonas cuenta en ambas.
explain-triggers = Proporción: de todos los episodios del periodo, cuántos marcó con él. El intervalo del 95 % es el rango donde probablemente está la proporción real; con pocos episodios es amplio.
explain-when = Cada cuadro es una hora de un día de la semana; cuanto más oscuro, más episodios empezaron entonces.
explain-intensity = Mediana: la mitad de los episodios se valoró igual o por debajo, la otra mitad igual o por encima; la peor es la valoración más alta.
explain-helped = Cuánto ayudó cada cosa cuando la probó, de media: 0 nada, 1 un poco, 2 mucho, 3 del todo.
explain-factors = «2,1 veces más» significa que los días con el factor tuvieron 2,1 veces más episodios al día que los días sin él. El intervalo del 95 % es el rango donde probablemente está esa razón: si llega a 1×, la diferencia puede ser azar.
chart-title-per-week = Episodios por semana registrada
chart-title-per-day = Episodios por día
chart-title-where = Dónde
chart-title-places = Zonas, de más a menos
chart-title-triggers = Marcados con un desencadenante
chart-title-when = Cuándo: hora del día y día de la semana
chart-title-intensity = Intensidad en el tiempo
chart-title-helped = Qué ayudó
chart-summary-frequency = { $episodes } en { $days } ({ $rate } por semana registrada): { $kinds }.
chart-summary-where = Más a menudo: { $place }, { $count } veces.
chart-summary-places = { $count } zonas distintas.
chart-summary-trigger = { $count } de { $total } episodios ({ $share }) se marcaron con «{ $trigger }». Marcado con no es causado por.
chart-summary-no-trigger = Ningún episodio se marcó con un desencadenante.
chart-summary-night = El { $share } de los episodios ocurrió de noche (22:00–06:00).
chart-summary-intensity = Intensidad mediana { $median } de 10, la peor { $worst }.
chart-summary-helped = Lo más usado: { $relief }, { $count } veces, ayudó { $helped } de 3 de media.
table-day = Día
table-place = Zona
table-side = Lado
table-episodes = Episodios
table-trigger = Desencadenante
table-share = Proporción
table-interval = Intervalo del 95 %
table-week-of = Semana del
table-median = Mediana
table-min = Mín.
table-max = Máx.
table-relief = Alivio
table-used = Usado
table-helped = Ayudó (0–3)

few-days-logged = { $count ->
    [one] Estos ritmos salen de solo 1 día registrado: una semana de registro da una cifra más estable.
    [many] Estos ritmos salen de solo { $count } días registrados: una semana de registro da una cifra más estable.
   *[other] Estos ritmos salen de solo { $count } días registrados: una semana de registro da una cifra más estable.
}
left-out-hour = { $count ->
    [one] { $count } episodio sin hora no se cuenta por hora del día.
    [many] { $count } episodios sin hora no se cuentan por hora del día.
   *[other] { $count } episodios sin hora no se cuentan por hora del día.
}
left-out-intensity = { $count ->
    [one] { $count } episodio sin intensidad no está en las cifras de intensidad.
    [many] { $count } episodios sin intensidad no están en las cifras de intensidad.
   *[other] { $count } episodios sin intensidad no están en las cifras de intensidad.
}
trial-change = { $name }: { $change } el { $date }
trial-running = El periodo de prueba sigue en curso: estas son las cifras hasta ahora.
trial-not-enough = Aún no hay días suficientes: días registrados antes { $baseline }, después { $trial }; hacen falta 7 por lado.
trial-per-day = Episodios por día registrado: { $before } antes, { $after } después ({ $change }){ $ratio }.
trial-ratio = ; razón { $ratio } (intervalo del 95 % { $low }–{ $high })
trial-ratio-from = ; razón { $ratio } (intervalo del 95 % desde { $low })
trial-stiffness = Rigidez, mediana de los días valorados: { $before } antes, { $after } después ({ $change }); valorada en { $rated_before } y { $rated_after } días.
trial-line-30 = Ese descenso supera la línea del 30 % que los ensayos cuentan como respuesta.
trial-line-20 = Ese descenso supera la línea del 20 % con la que se decide seguir un tratamiento, pero no la del 30 % de una respuesta.
trial-line-below = Es menos que el descenso del 20 % que se busca al recetar.
trial-interval-reaches-one = Su intervalo del 95 % aún llega a 1 (sin cambio): una bajada de este tamaño podría deberse solo al azar.
trial-caveat = Es una asociación en los registros de una persona, no una prueba: un cambio de antes a después de alrededor de una cuarta parte es frecuente sin ningún tratamiento activo, y un tratamiento empezado en una mala semana parecerá mejor de lo que es.
