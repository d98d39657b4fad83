//! Numbers in words, as the report prints them.

/// "20 November 2026" for a day number.
pub(super) fn long_date(day: i64) -> String {
    twinge_core::insights::date_of_day(day)
        .map(|d| format!("{} {} {}", d.day(), d.month(), d.year()))
        .unwrap_or_default()
}

/// "November 2026" for a day number.
pub(super) fn month_label(day: i64) -> String {
    twinge_core::insights::date_of_day(day)
        .map(|d| format!("{} {}", d.month(), d.year()))
        .unwrap_or_default()
}

/// "previous: 3.5 (down 20%)", or that there was no previous period.
pub(super) fn change(current: f64, previous: f64, unit: &str) -> String {
    if previous == 0.0 {
        return "previous period: none".into();
    }
    let pct = ((current - previous) / previous * 100.0).round();
    let dir = if pct > 0.0 {
        "up"
    } else if pct < 0.0 {
        "down"
    } else {
        "no change"
    };
    format!("previous: {previous:.1}{unit} ({dir} {:.0}%)", pct.abs())
}

/// A duration in seconds as "45 s", "3 min" or "1.5 h".
pub(super) fn minutes(s: f64) -> String {
    if s < 60.0 {
        format!("{s:.0} s")
    } else if s < 3600.0 {
        format!("{:.0} min", s / 60.0)
    } else {
        format!("{:.1} h", s / 3600.0)
    }
}
