//! Numbers, dates and lists in a language's way, with ICU4X's compiled CLDR data: the
//! one place Twinge turns a number or a date into text for a person.

use fluent_bundle::FluentValue;
use icu_calendar::{Date, Gregorian};
use icu_datetime::fieldsets::{MD, YMD};
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_decimal::input::Decimal;
use icu_decimal::DecimalFormatter;
use icu_list::options::ListFormatterOptions;
use icu_list::ListFormatter;
use icu_locale_core::Locale;
use intl_memoizer::{IntlLangMemoizer, Memoizable};
use unic_langid::LanguageIdentifier;
use writeable::Writeable;

fn locale(id: &LanguageIdentifier) -> Locale {
    // The pseudo-language formats as English.
    let code = id.to_string();
    let code = if code == crate::PSEUDO {
        "en".to_string()
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
    decimal: Option<DecimalFormatter>,
    date: Option<FixedCalendarDateTimeFormatter<Gregorian, YMD>>,
    day_month: Option<FixedCalendarDateTimeFormatter<Gregorian, MD>>,
    and_list: Option<ListFormatter>,
}

impl Formats {
    pub(crate) fn new(id: &LanguageIdentifier) -> Formats {
        let locale = locale(id);
        Formats {
            decimal: DecimalFormatter::try_new((&locale).into(), Default::default()).ok(),
            date: FixedCalendarDateTimeFormatter::try_new((&locale).into(), YMD::long()).ok(),
            day_month: FixedCalendarDateTimeFormatter::try_new((&locale).into(), MD::medium()).ok(),
            and_list: ListFormatter::try_new_and((&locale).into(), ListFormatterOptions::default())
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

    /// A whole number: "1,234", "1.234", "1 234".
    pub fn count(&self, value: i64) -> String {
        self.number(value as f64, 0)
    }

    /// A date in full: "4 December 2026", "4. Dezember 2026", "4 de diciembre de 2026".
    pub fn date(&self, year: i32, month: u8, day: u8) -> String {
        match (&self.date, Date::try_new_gregorian(year, month, day)) {
            (Some(f), Ok(d)) => f.format(&d).write_to_string().into_owned(),
            _ => format!("{year:04}-{month:02}-{day:02}"),
        }
    }

    /// A day and month, short: "4 Dec", "04.12.", "4 dic".
    pub fn day_month(&self, year: i32, month: u8, day: u8) -> String {
        match (&self.day_month, Date::try_new_gregorian(year, month, day)) {
            (Some(f), Ok(d)) => f.format(&d).write_to_string().into_owned(),
            _ => format!("{month:02}-{day:02}"),
        }
    }

    /// Items joined as the language joins them: "calf and thigh", "Wade und
    /// Oberschenkel", "A, B y C".
    pub fn and_list(&self, items: &[String]) -> String {
        match &self.and_list {
            Some(f) => f
                .format(items.iter().map(String::as_str))
                .write_to_string()
                .into_owned(),
            None => items.join(", "),
        }
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
