episodes-count = { $count ->
    [one] { $count } episodio
    [many] { $count } episodios
   *[other] { $count } episodios
}
days-count = { $count ->
    [one] { $count } día
    [many] { $count } días
   *[other] { $count } días
}
percent = { $value } %
duration-seconds = { $value } s
duration-minutes = { $value } min
duration-hours = { $value } h
