episodes-count = { $count ->
    [one] { $count } épisode
    [many] { $count } épisodes
   *[other] { $count } épisodes
}
days-count = { $count ->
    [one] { $count } jour
    [many] { $count } jours
   *[other] { $count } jours
}
percent = { $value } %
duration-seconds = { $value } s
duration-minutes = { $value } min
duration-hours = { $value } h
