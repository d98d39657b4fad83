//! Twinge's charts, drawn by plotters into SVG strings: the Insights screen shows
//! them and the doctor's PDF embeds the very same pictures. Every chart takes the
//! aggregates of one period and a [`Theme`]; empty or tiny data gives a picture
//! that says so in words, never an empty axis.
//!
//! Invariants: no I/O, no clock; one colour per episode kind (Okabe–Ito, colour-blind
//! safe), the same everywhere.

mod bars;
mod body;
mod draw;
mod forest;
mod frequency;
mod timeline;
mod trial;

pub use bars::{regions, reliefs, triggers};
pub use body::{body_heat, body_heat_with_scale};
pub use draw::{
    count_ticks, hour_weekday, message, text_width, Marker, MarkerKind, MIN_EPISODES_FOR_TRIGGERS,
};
pub use forest::{forest, ForestRow};
pub use frequency::{frequency, frequency_sized, kind_pattern, Pattern};
pub use timeline::{intensity_trend, intensity_trend_sized, DAILY_UP_TO_DAYS};
pub use trial::{trial_chart, TrialPoint};

use plotters::style::RGBColor;

/// Colours of one theme.
#[derive(Debug, Clone, Copy)]
pub struct Theme {
    pub background: RGBColor,
    pub text: RGBColor,
    pub muted: RGBColor,
    pub grid: RGBColor,
    pub accent: RGBColor,
    /// Spasm, cramp, twitch, other.
    pub kinds: [RGBColor; 4],
}

impl Theme {
    pub const LIGHT: Theme = Theme {
        background: RGBColor(255, 255, 255),
        text: RGBColor(21, 32, 43),
        muted: RGBColor(74, 88, 102),
        grid: RGBColor(218, 224, 230),
        accent: RGBColor(0, 90, 140),
        kinds: Theme::kinds(RGBColor(0, 114, 178)),
    };

    pub const DARK: Theme = Theme {
        background: RGBColor(26, 33, 41),
        text: RGBColor(232, 237, 242),
        muted: RGBColor(169, 182, 195),
        grid: RGBColor(58, 71, 84),
        accent: RGBColor(86, 180, 233),
        // Okabe–Ito's blue is too dark on the dark background: its sky blue instead.
        kinds: Theme::kinds(RGBColor(86, 180, 233)),
    };

    /// Okabe–Ito's orange, the given blue, bluish green and reddish purple: spasm,
    /// cramp, twitch, other (the same colours as the screens and the PDF).
    const fn kinds(cramp: RGBColor) -> [RGBColor; 4] {
        [
            RGBColor(230, 159, 0),
            cramp,
            RGBColor(0, 158, 115),
            RGBColor(204, 121, 167),
        ]
    }

    pub fn for_dark(dark: bool) -> Theme {
        if dark {
            Theme::DARK
        } else {
            Theme::LIGHT
        }
    }
}

/// Chart width in SVG units: phone width; the SVG scales.
pub const WIDTH: u32 = 400;

/// English words, for tests.
#[cfg(test)]
pub(crate) fn english() -> twinge_i18n::Tr {
    twinge_i18n::Tr::new(&twinge_i18n::Lang::english())
}
