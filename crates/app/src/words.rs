//! Numbers in words, as the report prints them.

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

/// A date given as `YYYY-MM-DD` in full, in `tr`'s language ("4. Dezember 2026"); the
/// text as it came when it is not a date.
pub fn date_in(tr: &twinge_i18n::Tr, ymd: &str) -> String {
    let mut parts = ymd.trim().splitn(3, '-');
    let (Some(y), Some(m), Some(d)) = (parts.next(), parts.next(), parts.next()) else {
        return ymd.to_string();
    };
    match (y.parse::<i32>(), m.parse::<u8>(), d.parse::<u8>()) {
        (Ok(y), Ok(m), Ok(d)) => tr.formats().date(y, m, d),
        _ => ymd.to_string(),
    }
}
