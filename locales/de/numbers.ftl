episodes-count = { $count ->
    [one] { $count } Episode
   *[other] { $count } Episoden
}
days-count = { $count ->
    [one] { $count } Tag
   *[other] { $count } Tage
}
percent = { $value } %
duration-seconds = { $value } s
duration-minutes = { $value } Min.
duration-hours = { $value } Std.
