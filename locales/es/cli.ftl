cli-no-episodes = Aún no hay episodios.
cli-wrote = Escrito { $path } ({ $size } KB)
cli-stats-period = Del { $from } al { $to }: { $count ->
    [one] { $count } episodio
    [many] { $count } episodios
   *[other] { $count } episodios
}, { $rate } por semana
cli-stats-days = días con episodios: { $with }, días registrados: { $covered } de { $days }
cli-stats-intensity = intensidad mediana: { $median }, peor: { $worst }
cli-stats-waiting = { $count ->
    [one] { $count } comparación de factores necesita
    [many] { $count } comparaciones de factores necesitan
   *[other] { $count } comparaciones de factores necesitan
} más días con registro diario ({ $needed } con y { $needed } sin).
