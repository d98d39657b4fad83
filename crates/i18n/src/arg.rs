//! The arguments of messages.

use fluent_bundle::types::{FluentNumber, FluentNumberOptions};
use fluent_bundle::FluentValue;

/// An argument of a message: a number (whose plural form Fluent picks, and which is
/// written in the language's way) or a text.
#[derive(Debug, Clone)]
pub struct Arg(FluentValue<'static>);

impl Arg {
    /// A number written with exactly `digits` digits after the separator ("2,5").
    pub fn decimals(value: f64, digits: usize) -> Arg {
        let options = FluentNumberOptions {
            minimum_fraction_digits: Some(digits),
            maximum_fraction_digits: Some(digits),
            ..Default::default()
        };
        Arg(FluentValue::Number(FluentNumber::new(value, options)))
    }

    pub(crate) fn value(self) -> FluentValue<'static> {
        self.0
    }
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg(FluentValue::from(n))
            }
        }
    )*};
}
number_arg!(u8, u16, u32, u64, usize, i32, i64, f64);

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg(FluentValue::from(s.to_string()))
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg(FluentValue::from(s))
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg(FluentValue::from(s.clone()))
    }
}
