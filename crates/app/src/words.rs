//! Numbers in words, as the report prints them.

/// "20 November 2026" for a day number.
pub(crate) fn long_date(day: i64) -> String {
    twinge_core::insights::date_of_day(day)
        .map(|d| format!("{} {} {}", d.day(), d.month(), d.year()))
        .unwrap_or_default()
}

/// "20 Nov" for a day number (the period's line gives the year).
pub(crate) fn short_date(day: i64) -> String {
    twinge_core::insights::date_of_day(day)
        .map(|d| format!("{} {}", d.day(), &d.month().to_string()[..3]))
        .unwrap_or_default()
}

/// "November 2026" for a day number.
pub(crate) fn month_label(day: i64) -> String {
    twinge_core::insights::date_of_day(day)
        .map(|d| format!("{} {}", d.month(), d.year()))
        .unwrap_or_default()
}

/// A duration in seconds as "45 s", "3 min" or "1.5 h".
pub(crate) fn minutes(tr: &twinge_i18n::Tr, s: f64) -> String {
    let n = |x: f64, digits| tr.formats().number(x, digits);
    if s < 60.0 {
        tr.duration_seconds(n(s, 0))
    } else if s < 3600.0 {
        tr.duration_minutes(n(s / 60.0, 0))
    } else {
        tr.duration_hours(n(s / 3600.0, 1))
    }
}

pub(crate) use twinge_core::insights::episodes_word;

/// "and 1 more place", "and 3 more places".
pub(crate) fn more_places(n: usize) -> String {
    match n {
        1 => "and 1 more place".into(),
        n => format!("and {n} more places"),
    }
}
