//! Numbers, dates and lists in a language's way, with ICU4X's compiled CLDR data: the
//! one place Twinge turns a number or a date into text for a person.

use fluent_bundle::FluentValue;
use icu_calendar::{Date, Gregorian};
use icu_datetime::fieldsets::{D, E, MD, T, YM, YMD};
use icu_datetime::input::Time;
use icu_datetime::{FixedCalendarDateTimeFormatter, NoCalendarFormatter};
use icu_decimal::input::Decimal;
use icu_decimal::DecimalFormatter;
use icu_list::options::ListFormatterOptions;
use icu_list::ListFormatter;
use icu_locale_core::Locale;
use intl_memoizer::{IntlLangMemoizer, Memoizable};
use unic_langid::LanguageIdentifier;
use writeable::Writeable;

fn locale(id: &LanguageIdentifier) -> Locale {
    // English is written in British English ("centre", "4 December 2026", 24-hour
    // times), and the pseudo-language formats as English.
    let code = id.to_string();
    let code = if code == crate::PSEUDO || code == "en" {
        "en-GB".to_string()
    } else {
        code
    };
    Locale::try_from_str(&code).unwrap_or(Locale::UNKNOWN)
}

/// `value` rounded to `digits` digits after the separator, as ICU4X's decimal.
fn decimal(value: f64, digits: usize) -> Decimal {
    let digits = digits.min(6);
    let scaled = (value * 10f64.powi(digits as i32)).round();
    let mut d = Decimal::from(scaled as i64);
    d.multiply_pow10(-(digits as i16));
    d
}

/// Numbers, dates and lists of one language.
pub struct Formats {
    /// The pseudo-language: dates and lists come bracketed, as its messages do.
    pseudo: bool,
    decimal: Option<DecimalFormatter>,
    date: Option<FixedCalendarDateTimeFormatter<Gregorian, YMD>>,
    short_date: Option<FixedCalendarDateTimeFormatter<Gregorian, YMD>>,
    day_month: Option<FixedCalendarDateTimeFormatter<Gregorian, MD>>,
    day: Option<FixedCalendarDateTimeFormatter<Gregorian, D>>,
    month_year: Option<FixedCalendarDateTimeFormatter<Gregorian, YM>>,
    weekday: Option<FixedCalendarDateTimeFormatter<Gregorian, E>>,
    time: Option<NoCalendarFormatter<T>>,
    and_list: Option<ListFormatter>,
    or_list: Option<ListFormatter>,
}

impl Formats {
    /// Words from the language's data, bracketed in the pseudo-language.
    fn words(&self, text: String) -> String {
        if self.pseudo {
            format!("[{text}]")
        } else {
            text
        }
    }

    pub(crate) fn new(id: &LanguageIdentifier) -> Formats {
        let locale = locale(id);
        let code = id.to_string();
        Formats {
            pseudo: code == crate::PSEUDO,
            decimal: DecimalFormatter::try_new((&locale).into(), Default::default()).ok(),
            date: FixedCalendarDateTimeFormatter::try_new((&locale).into(), YMD::long()).ok(),
            short_date: FixedCalendarDateTimeFormatter::try_new((&locale).into(), YMD::medium())
                .ok(),
            day_month: FixedCalendarDateTimeFormatter::try_new((&locale).into(), MD::medium()).ok(),
            day: FixedCalendarDateTimeFormatter::try_new((&locale).into(), D::medium()).ok(),
            month_year: FixedCalendarDateTimeFormatter::try_new((&locale).into(), YM::long()).ok(),
            weekday: FixedCalendarDateTimeFormatter::try_new((&locale).into(), E::short()).ok(),
            time: NoCalendarFormatter::try_new((&locale).into(), T::hm()).ok(),
            and_list: ListFormatter::try_new_and((&locale).into(), ListFormatterOptions::default())
                .ok(),
            or_list: ListFormatter::try_new_or((&locale).into(), ListFormatterOptions::default())
                .ok(),
        }
    }

    /// A number with exactly `digits` digits after the separator: "1,234.5", "1.234,5".
    pub fn number(&self, value: f64, digits: usize) -> String {
        match &self.decimal {
            Some(f) => f
                .format(&decimal(value, digits))
                .write_to_string()
                .into_owned(),
            None => format!("{value:.digits$}"),
        }
    }

    /// A rate (episodes a week, a day): one decimal, two below 0.95 (where one would
    /// already round to 1.0), so that a small rate
    /// and the change printed beside it read alike ("0.23, previous 0.26 (down 10%)",
    /// never "0.2, previous 0.3 (down 10%)"). Every screen, the PDF and the command line
    /// print rates through it.
    pub fn rate(&self, value: f64) -> String {
        let digits = if value != 0.0 && value.abs() < 0.95 {
            2
        } else {
            1
        };
        self.number(value, digits)
    }

    /// A whole number: "1,234", "1.234", "1 234".
    pub fn count(&self, value: i64) -> String {
        self.number(value as f64, 0)
    }

    /// A date in full: "4 December 2026", "4. Dezember 2026", "4 de diciembre de 2026".
    pub fn date(&self, year: i32, month: u8, day: u8) -> String {
        self.words({
            match (&self.date, Date::try_new_gregorian(year, month, day)) {
                (Some(f), Ok(d)) => f.format(&d).write_to_string().into_owned(),
                _ => format!("{year:04}-{month:02}-{day:02}"),
            }
        })
    }

    /// A date in short: "12 Mar 1961", "12.03.1961", "12 mar 1961".
    pub fn short_date(&self, year: i32, month: u8, day: u8) -> String {
        self.words({
            match (&self.short_date, Date::try_new_gregorian(year, month, day)) {
                (Some(f), Ok(d)) => f.format(&d).write_to_string().into_owned(),
                _ => format!("{year:04}-{month:02}-{day:02}"),
            }
        })
    }

    /// A day and month, short: "4 Dec", "04.12.", "4 dic".
    pub fn day_month(&self, year: i32, month: u8, day: u8) -> String {
        self.words({
            match (&self.day_month, Date::try_new_gregorian(year, month, day)) {
                (Some(f), Ok(d)) => f.format(&d).write_to_string().into_owned(),
                _ => format!("{month:02}-{day:02}"),
            }
        })
    }

    /// Days of one month and more, newest first, with each month named once: "19, 18
    /// Nov, 30 Oct", "19., 18. Nov., 30. Okt.". Each day is (year, month, day).
    pub fn days(&self, days: &[(i32, u8, u8)]) -> String {
        self.words({
            let mut out: Vec<String> = Vec::new();
            for (i, &(y, m, d)) in days.iter().enumerate() {
                let month_ends = days.get(i + 1).is_none_or(|n| (n.0, n.1) != (y, m));
                let day_only = match (&self.day, Date::try_new_gregorian(y, m, d)) {
                    (Some(f), Ok(date)) if !month_ends => {
                        Some(f.format(&date).write_to_string().into_owned())
                    }
                    _ => None,
                };
                out.push(day_only.unwrap_or_else(|| self.day_month(y, m, d)));
            }
            out.join(", ")
        })
    }

    /// A month and its year: "November 2026", "noviembre de 2026".
    pub fn month_year(&self, year: i32, month: u8) -> String {
        self.words({
            match (&self.month_year, Date::try_new_gregorian(year, month, 1)) {
                (Some(f), Ok(d)) => f.format(&d).write_to_string().into_owned(),
                _ => format!("{year:04}-{month:02}"),
            }
        })
    }

    /// A weekday's short name, Monday 0 to Sunday 6: "Mon", "Mo", "lun".
    pub fn weekday(&self, monday_0: u8) -> String {
        self.words({
            // 7 December 2026 is a Monday.
            match (
                &self.weekday,
                Date::try_new_gregorian(2026, 12, 7 + monday_0.min(6)),
            ) {
                (Some(f), Ok(d)) => f.format(&d).write_to_string().into_owned(),
                _ => monday_0.to_string(),
            }
        })
    }

    /// A time of day in hours and minutes, as the language reads a clock: "2:05 PM",
    /// "14:05".
    pub fn time(&self, hour: u8, minute: u8) -> String {
        self.words({
            match (&self.time, Time::try_new(hour, minute, 0, 0)) {
                (Some(f), Ok(t)) => f.format(&t).write_to_string().into_owned(),
                _ => format!("{hour:02}:{minute:02}"),
            }
        })
    }

    /// Items joined as the language joins them: "calf and thigh", "Wade und
    /// Oberschenkel", "A, B y C".
    pub fn and_list(&self, items: &[String]) -> String {
        self.list(&self.and_list, items)
    }

    /// "json or csv", "json oder csv": a list of choices.
    pub fn or_list(&self, items: &[String]) -> String {
        self.list(&self.or_list, items)
    }

    fn list(&self, formatter: &Option<ListFormatter>, items: &[String]) -> String {
        self.words({
            match formatter {
                Some(f) => f
                    .format(items.iter().map(String::as_str))
                    .write_to_string()
                    .into_owned(),
                None => items.join(", "),
            }
        })
    }
}

/// A language's decimal formatter, kept by Fluent's memoizer for its bundle.
struct FluentDecimal(Option<DecimalFormatter>);

impl Memoizable for FluentDecimal {
    type Args = ();
    type Error = ();
    fn construct(lang: LanguageIdentifier, _: ()) -> Result<Self, ()> {
        Ok(FluentDecimal(
            DecimalFormatter::try_new((&locale(&lang)).into(), Default::default()).ok(),
        ))
    }
}

/// How a Fluent bundle writes a number placeable: with ICU4X, in the bundle's
/// language, with the digits the argument asks for (none for whole numbers).
pub(crate) fn fluent_number(value: &FluentValue, intls: &IntlLangMemoizer) -> Option<String> {
    let FluentValue::Number(n) = value else {
        return None;
    };
    let digits = n
        .options
        .minimum_fraction_digits
        .unwrap_or(if n.value.fract() == 0.0 { 0 } else { 1 });
    intls
        .with_try_get::<FluentDecimal, _, _>((), |f| {
            f.0.as_ref().map(|f| {
                f.format(&decimal(n.value, digits))
                    .write_to_string()
                    .into_owned()
            })
        })
        .ok()
        .flatten()
}
