//! The episode record and its fixed vocabularies (kinds, body regions, sides,
//! associated symptoms). Codes are stable once released; display names may change.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::localtime::LocalInstant;

/// Notes hold at most this many characters (Unicode scalar values).
pub const MAX_NOTES_CHARS: usize = 2_000;

macro_rules! code_enum {
    (
        $(#[$meta:meta])*
        $name:ident { $($(#[$vmeta:meta])* $variant:ident => $code:literal, $label:literal;)+ }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        #[cfg_attr(feature = "ts", derive(ts_rs::TS))]
        pub enum $name { $($(#[$vmeta])* $variant),+ }

        impl $name {
            /// Every value, in display order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stable code stored in the database and in exports.
            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }

            /// The name shown to people.
            pub fn label(self) -> &'static str {
                match self { $($name::$variant => $label),+ }
            }

            /// Parses a stable code; `None` for anything else.
            pub fn from_code(code: &str) -> Option<Self> {
                match code { $($code => Some($name::$variant),)+ _ => None }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.code())
            }
        }
    };
}

code_enum! {
    /// How much of a day-level factor a check-in records: `yes` for the yes-or-no
    /// factors, `some` or `a_lot` for a levelled one (stress); absent means none.
    FactorLevel {
        Yes => "yes", "Yes";
        Some => "some", "Some";
        ALot => "a_lot", "A lot";
    }
}

/// A check-in's two optional 0–10 ratings of its day (None: not rated that day).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DayRatings {
    /// How stiff the day was (the spasticity numeric rating scale).
    pub stiffness: Option<u8>,
    /// How much spasms or cramps broke the night's sleep.
    pub sleep_broken: Option<u8>,
}

code_enum! {
    /// What kind of episode it was.
    Kind {
        Spasm => "spasm", "Spasm";
        Cramp => "cramp", "Cramp";
        Twitch => "twitch", "Twitch";
        Other => "other", "Other";
    }
}

code_enum! {
    /// Where on the body. The codes are part of the file formats: never rename one.
    Region {
        Jaw => "jaw", "Jaw";
        Eyelid => "eyelid", "Eyelid";
        Face => "face", "Face";
        Neck => "neck", "Neck";
        Shoulder => "shoulder", "Shoulder";
        UpperBack => "upper_back", "Upper back";
        LowerBack => "lower_back", "Lower back";
        Chest => "chest", "Chest";
        Abdomen => "abdomen", "Abdomen";
        UpperArm => "upper_arm", "Upper arm";
        Elbow => "elbow", "Elbow";
        Forearm => "forearm", "Forearm";
        Hand => "hand", "Hand";
        Fingers => "fingers", "Fingers";
        Glute => "glute", "Glute";
        Hip => "hip", "Hip";
        ThighFront => "thigh_front", "Front of thigh";
        ThighBack => "thigh_back", "Back of thigh";
        Knee => "knee", "Knee";
        Calf => "calf", "Calf";
        Shin => "shin", "Shin";
        Ankle => "ankle", "Ankle";
        Foot => "foot", "Foot";
        Toes => "toes", "Toes";
    }
}

code_enum! {
    /// Which side of the body.
    Side {
        Left => "left", "Left";
        Right => "right", "Right";
        Both => "both", "Both sides";
        Centre => "centre", "Centre";
    }
}

code_enum! {
    /// Symptoms that came with the episode.
    Associated {
        NumbnessTingling => "numbness_tingling", "Numbness or tingling";
        Weakness => "weakness", "Weakness";
        Stiffness => "stiffness", "Stiffness";
        Fatigue => "fatigue", "Fatigue";
        LastingPain => "lasting_pain", "Lasting pain";
        MuscleWasting => "muscle_wasting", "Muscle wasting";
        SwallowingSpeaking => "swallowing_speaking", "Trouble swallowing or speaking";
        Spreading => "spreading", "Spreading to new places";
    }
}

impl Associated {
    /// What a neurologist screens twitches for: offered with twitches only.
    pub const TWITCH_SCREENING: [Associated; 3] = [
        Associated::MuscleWasting,
        Associated::SwallowingSpeaking,
        Associated::Spreading,
    ];

    /// Whether the symptom can point past a benign cramp or twitch, so the report puts
    /// it first and marks it as worth asking about.
    pub fn worth_asking(self) -> bool {
        matches!(self, Associated::Weakness | Associated::NumbnessTingling)
            || Associated::TWITCH_SCREENING.contains(&self)
    }
}

code_enum! {
    /// What happened to a medication on a date.
    MedChange {
        Started => "started", "Started";
        Changed => "changed", "Changed";
        Stopped => "stopped", "Stopped";
    }
}

code_enum! {
    /// The Patient Global Impression of Change, asked at an appointment: since the last
    /// one (or since starting a treatment), the spasms are … — seven answers, best first.
    Pgic {
        VeryMuchImproved => "very_much_improved", "Very much improved";
        MuchImproved => "much_improved", "Much improved";
        MinimallyImproved => "minimally_improved", "Minimally improved";
        NoChange => "no_change", "No change";
        MinimallyWorse => "minimally_worse", "Minimally worse";
        MuchWorse => "much_worse", "Much worse";
        VeryMuchWorse => "very_much_worse", "Very much worse";
    }
}

code_enum! {
    /// How much of an episode's start is known: its clock time (everything logged in
    /// Twinge), or — for a diary imported from elsewhere — only a part of the day or
    /// only the day.
    #[derive(Default)]
    Timing {
        #[default]
        Exact => "exact", "Exact";
        Night => "night", "Night";
        Morning => "morning", "Morning";
        Midday => "midday", "Midday";
        Afternoon => "afternoon", "Afternoon";
        Evening => "evening", "Evening";
        Day => "day", "Time not recorded";
    }
}

impl Timing {
    /// Whether the clock hour is known: statistics by hour count only these.
    pub fn has_hour(self) -> bool {
        self == Timing::Exact
    }

    /// The local hour an episode known only to a part of the day (or only to its day)
    /// is filed at, so that it sorts within its day; never shown or charted as an hour.
    pub fn filed_hour(self) -> Option<u8> {
        match self {
            Timing::Exact => None,
            Timing::Night => Some(3),
            Timing::Morning => Some(9),
            Timing::Midday | Timing::Day => Some(12),
            Timing::Afternoon => Some(15),
            Timing::Evening => Some(19),
        }
    }
}

/// Where an imported episode came from: the app (or "spreadsheet"), the file (a hash
/// of its bytes: a new import of the same file replaces what it brought), and the
/// source's own intensity and its scale when the scale was converted to 0–10.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Origin {
    pub app: String,
    pub file: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scale: Option<String>,
}

code_enum! {
    /// Light, dark, or whatever the system says.
    #[derive(Default)]
    Theme {
        #[default]
        System => "system", "As the system";
        Light => "light", "Light";
        Dark => "dark", "Dark";
    }
}

code_enum! {
    /// The first day of the week in calendars and weekly charts.
    #[derive(Default)]
    WeekStart {
        #[default]
        Monday => "monday", "Monday";
        Sunday => "sunday", "Sunday";
        Saturday => "saturday", "Saturday";
    }
}

/// One place on the body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Location {
    pub region: Region,
    pub side: Side,
}

impl Location {
    /// Splits `region:side` (as CSV files and the command line write a place, e.g.
    /// `calf:left`) into its two trimmed codes, unchecked; the side is `None` when
    /// the text has no colon.
    pub fn split(text: &str) -> (&str, Option<&str>) {
        match text.split_once(':') {
            Some((region, side)) => (region.trim(), Some(side.trim())),
            None => (text.trim(), None),
        }
    }

    /// The place in words, the same on every screen, in the PDF and on the command
    /// line: "Calf, left", "Knee, both sides", "Lower back" (a centre side goes unsaid).
    pub fn label(self) -> String {
        match self.side {
            Side::Centre => self.region.label().to_string(),
            side => format!("{}, {}", self.region.label(), side.label().to_lowercase()),
        }
    }

    /// Several places in words, "; " between them: "Calf, left; Foot, left".
    pub fn list_label(places: &[Location]) -> String {
        places
            .iter()
            .map(|l| l.label())
            .collect::<Vec<_>>()
            .join("; ")
    }

    /// Every place (each region with each side), for a table of names.
    pub fn all() -> impl Iterator<Item = Location> {
        Region::ALL
            .iter()
            .flat_map(|&region| Side::ALL.iter().map(move |&side| Location { region, side }))
    }

    /// Parses `region:side` with known codes.
    pub fn parse(text: &str) -> Option<Self> {
        let (region, side) = Location::split(text);
        Some(Location {
            region: Region::from_code(region)?,
            side: Side::from_code(side?)?,
        })
    }
}

/// A relief tried during an episode and how much it helped:
/// 0 none, 1 a little, 2 a lot, 3 fully.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ReliefUse {
    /// Key into the relief vocabulary.
    pub relief: String,
    pub helped: u8,
}

/// Everything a person enters about an episode: what validation checks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EpisodeDraft {
    pub kind: Kind,
    pub started_at: LocalInstant,
    pub duration_s: Option<u32>,
    pub count: Option<u32>,
    /// 0–10; `None` only for an imported episode whose source did not rate it.
    pub intensity: Option<u8>,
    /// How much of `started_at` is known (`Exact` for everything logged in Twinge).
    #[serde(default)]
    pub timing: Timing,
    /// Empty only for an imported episode whose source named no place.
    pub locations: Vec<Location>,
    /// Keys into the trigger vocabulary.
    pub triggers: Vec<String>,
    pub reliefs: Vec<ReliefUse>,
    pub associated: Vec<Associated>,
    pub woke_from_sleep: bool,
    /// Set off by touch or movement rather than on its own (false also when not said).
    #[serde(default)]
    pub set_off: bool,
    pub notes: String,
    /// Set on an imported episode: where it came from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin: Option<Origin>,
}

impl EpisodeDraft {
    /// An episode of `kind` at `started_at` (an exact time, as logged in Twinge) with
    /// nothing more said: no duration, count, intensity, place, trigger, relief, symptom
    /// or note. What is known is then set on it.
    pub fn new(kind: Kind, started_at: LocalInstant) -> Self {
        EpisodeDraft {
            kind,
            started_at,
            duration_s: None,
            count: None,
            intensity: None,
            timing: Timing::Exact,
            locations: Vec::new(),
            triggers: Vec::new(),
            reliefs: Vec::new(),
            associated: Vec::new(),
            woke_from_sleep: false,
            set_off: false,
            notes: String::new(),
            origin: None,
        }
    }
}

/// A saved episode. Times are Unix milliseconds (UTC).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Episode {
    pub id: Uuid,
    #[serde(flatten)]
    pub draft: EpisodeDraft,
    pub created_at_ms: i64,
    pub updated_at_ms: i64,
    pub deleted_at_ms: Option<i64>,
}

impl Episode {
    /// `draft` saved as `id` at `at_ms` (made and last changed then, not deleted).
    pub fn saved(id: Uuid, draft: EpisodeDraft, at_ms: i64) -> Self {
        Episode {
            id,
            draft,
            created_at_ms: at_ms,
            updated_at_ms: at_ms,
            deleted_at_ms: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_are_unique() {
        let mut seen = std::collections::HashSet::new();
        for r in Region::ALL {
            assert_eq!(Region::from_code(r.code()), Some(*r));
            assert!(seen.insert(r.code()), "duplicate code {}", r.code());
        }
        assert_eq!(Region::ALL.len(), 24);
        for k in Kind::ALL {
            assert_eq!(Kind::from_code(k.code()), Some(*k));
        }
        for s in Side::ALL {
            assert_eq!(Side::from_code(s.code()), Some(*s));
        }
    }

    #[test]
    fn serde_uses_the_stable_codes() {
        for r in Region::ALL {
            let json = serde_json::to_string(r).unwrap();
            assert_eq!(json, format!("\"{}\"", r.code()));
        }
        for a in Associated::ALL {
            let json = serde_json::to_string(a).unwrap();
            assert_eq!(json, format!("\"{}\"", a.code()));
        }
    }

    #[test]
    fn location_parse() {
        assert_eq!(
            Location::parse("calf:left"),
            Some(Location {
                region: Region::Calf,
                side: Side::Left
            })
        );
        assert_eq!(Location::parse("calf"), None);
        assert_eq!(Location::parse("tail:left"), None);
        assert_eq!(Location::parse("calf:middle"), None);
    }
}
