# Counts: each message picks the language's plural form for its number.

episodes-count = { $count ->
    [one] { $count } episode
   *[other] { $count } episodes
}
days-count = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
percent = { $value }%
duration-seconds = { $value } s
duration-minutes = { $value } min
duration-hours = { $value } h
