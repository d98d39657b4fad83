//! Dates, clock times, parts of the day and durations as diaries write them: ISO dates,
//! Flaredown's date with a UTC clock (the date part only), Migraine Buddy's `M/D/YY H:MM`,
//! Bearable's `22nd Sep 2020`, German `17.2.24`, `10:00 pm`, `nachts`, `01h 30m`.

use time::{Date, Month};
use twinge_core::Timing;

/// The day part of a cell that starts with an ISO date (`2024-03-31`, also
/// `2024-03-31T23:30:12+00:00`, whose clock is not the person's).
pub(crate) fn iso_day(cell: &str) -> Option<Date> {
    let head = cell.trim().get(..10)?;
    let mut parts = head.split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return None;
    }
    ymd(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
}

fn ymd(y: i32, m: u8, d: u8) -> Option<Date> {
    Date::from_calendar_date(y, Month::try_from(m).ok()?, d).ok()
}

/// A two-digit year: 00–69 in this century, 70–99 in the last.
fn year(text: &str) -> Option<i32> {
    let y: i32 = text.parse().ok()?;
    Some(match text.len() {
        2 if y < 70 => 2000 + y,
        2 => 1900 + y,
        4 => y,
        _ => return None,
    })
}

/// Which of a date's first two numbers is the month.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Order {
    DayFirst,
    MonthFirst,
}

/// `17.2.24`, `17.02.2024`, `17/02/2024`, `2/17/24` (by `order`), or an ISO date.
pub(crate) fn day(cell: &str, order: Order) -> Option<Date> {
    let cell = cell.trim();
    if let Some(d) = iso_day(cell) {
        return Some(d);
    }
    let parts: Vec<&str> = cell.split(['.', '/', '-']).collect();
    if parts.len() != 3 || parts.iter().any(|p| p.is_empty() || p.len() > 4) {
        return None;
    }
    let (a, b): (u8, u8) = (parts[0].parse().ok()?, parts[1].parse().ok()?);
    let y = year(parts[2])?;
    match order {
        Order::DayFirst => ymd(y, b, a),
        Order::MonthFirst => ymd(y, a, b),
    }
}

/// `22nd Sep 2020`, `1st January 2021`.
pub(crate) fn ordinal_day(cell: &str) -> Option<Date> {
    let mut words = cell.split_whitespace();
    let d: u8 = words
        .next()?
        .trim_end_matches(|c: char| c.is_ascii_alphabetic())
        .parse()
        .ok()?;
    let month = words.next()?.to_ascii_lowercase();
    let m = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ]
    .iter()
    .position(|name| month.starts_with(name))?;
    ymd(words.next()?.parse().ok()?, m as u8 + 1, d)
}

/// A clock time: `6:15`, `06:15`, `14:58`, `10:00 pm`, `10:04 AM`.
pub(crate) fn clock(cell: &str) -> Option<(u8, u8)> {
    let lower = cell.trim().to_ascii_lowercase();
    let (time, pm) = match lower.strip_suffix("pm").or(lower.strip_suffix("p.m.")) {
        Some(t) => (t.trim(), Some(true)),
        None => match lower.strip_suffix("am").or(lower.strip_suffix("a.m.")) {
            Some(t) => (t.trim(), Some(false)),
            None => (lower.as_str(), None),
        },
    };
    let (h, m) = time.split_once([':', '.'])?;
    let (mut h, m): (u8, u8) = (h.trim().parse().ok()?, m.trim().get(..2)?.parse().ok()?);
    match pm {
        Some(true) if (1..12).contains(&h) => h += 12,
        Some(false) if h == 12 => h = 0,
        Some(_) if !(1..=12).contains(&h) => return None,
        _ => {}
    }
    (h < 24 && m < 60).then_some((h, m))
}

/// A part of the day in words, in English, German, Spanish or French (`nachts`,
/// `morning`, `por la tarde`), or a diary's day segment (Bearable's `pre`, `am`, `mid`,
/// `pm`; the MS Trust diary's sections).
pub(crate) fn part_of_day(cell: &str) -> Option<Timing> {
    let t = cell.trim().to_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| t == *w || t.contains(w));
    Some(match () {
        _ if t == "pre" || has(&["night", "nacht", "noche", "nuit", "bedtime", "on awakening"]) => {
            Timing::Night
        }
        _ if t == "mid" || has(&["midday", "noon", "lunch", "mittag", "mediodía", "midi"]) => {
            Timing::Midday
        }
        _ if t == "am" || has(&["morning", "morgen", "vormittag", "mañana", "matin"]) => {
            Timing::Morning
        }
        _ if t == "pm" || has(&["afternoon", "nachmittag", "tarde", "après-midi"]) => {
            Timing::Afternoon
        }
        _ if has(&["evening", "abend", "soir", "anochecer"]) => Timing::Evening,
        _ => return None,
    })
}

/// A duration: Migraine Buddy's `01h 00m` or `1d 02h 15m`, `90 s`, `2 min`, `1:30`
/// (minutes and seconds), or a bare number of minutes.
pub(crate) fn duration_s(cell: &str) -> Option<u32> {
    let t = cell.trim().to_lowercase();
    if t.is_empty() {
        return None;
    }
    if let Ok(minutes) = t.replace(',', ".").parse::<f64>() {
        return (minutes > 0.0 && minutes < 10_080.0).then(|| (minutes * 60.0).round() as u32);
    }
    if let Some((m, s)) = t.split_once(':') {
        let (m, s): (u32, u32) = (m.parse().ok()?, s.parse().ok()?);
        return (s < 60).then_some(m * 60 + s);
    }
    let mut total = 0u32;
    let mut number = String::new();
    for c in t.chars() {
        if c.is_ascii_digit() {
            number.push(c);
        } else if !number.is_empty() && c.is_alphabetic() {
            let n: u32 = number.parse().ok()?;
            number.clear();
            total += n * match c {
                'd' | 't' => 86_400,
                'h' => 3_600,
                'm' => 60,
                's' => 1,
                _ => return None,
            };
        }
    }
    (number.is_empty() && total > 0).then_some(total)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn dates_times_and_durations_as_diaries_write_them() {
        assert_eq!(
            iso_day("2024-03-31T23:30:12+00:00"),
            Some(date!(2024 - 03 - 31))
        );
        assert_eq!(day("17.2.24", Order::DayFirst), Some(date!(2024 - 02 - 17)));
        assert_eq!(
            day("11/16/24", Order::MonthFirst),
            Some(date!(2024 - 11 - 16))
        );
        assert_eq!(day("31.2.24", Order::DayFirst), None);
        assert_eq!(ordinal_day("22nd Sep 2020"), Some(date!(2020 - 09 - 22)));
        assert_eq!(ordinal_day("1st January 2021"), Some(date!(2021 - 01 - 01)));
        assert_eq!(clock("10:00 pm"), Some((22, 0)));
        assert_eq!(clock("12:04 AM"), Some((0, 4)));
        assert_eq!(clock("3:04"), Some((3, 4)));
        assert_eq!(clock("25:00"), None);
        assert_eq!(part_of_day("nachts"), Some(Timing::Night));
        assert_eq!(part_of_day("pre"), Some(Timing::Night));
        assert_eq!(part_of_day("por la tarde"), Some(Timing::Afternoon));
        assert_eq!(part_of_day("Lunchtime"), Some(Timing::Midday));
        assert_eq!(duration_s("01h 00m"), Some(3600));
        assert_eq!(duration_s("1d 02h 15m"), Some(94_500));
        assert_eq!(duration_s("2"), Some(120));
        assert_eq!(duration_s("1:30"), Some(90));
        assert_eq!(duration_s("lange"), None);
    }
}
