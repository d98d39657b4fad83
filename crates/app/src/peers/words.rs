//! Reading a person's own words: an intensity as written (`7/10`, `5-6`, `8,5`) on the
//! source's scale, a place (`Right Neck`, `Wade links`, `left calf`) in any of the
//! catalogue's languages, and first guesses of what a name or a column means (in
//! English, German, Spanish and French), which the person confirms or changes.

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use twinge_core::{Kind, Location, Region, Side};
use twinge_i18n::{domain, Lang, Tr};

use crate::transfer::loose;

/// What a name from the source becomes: an episode of a kind, something that helped,
/// a medication, a day-level factor, or nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Spasm,
    Cramp,
    Twitch,
    Other,
    Relief,
    Medication,
    Factor,
    Skip,
}

impl Role {
    pub fn from_code(code: &str) -> Option<Role> {
        serde_json::from_value(serde_json::Value::String(code.trim().to_string())).ok()
    }

    /// The kind of episode it makes, if any.
    pub fn kind(self) -> Option<Kind> {
        match self {
            Role::Spasm => Some(Kind::Spasm),
            Role::Cramp => Some(Kind::Cramp),
            Role::Twitch => Some(Kind::Twitch),
            Role::Other => Some(Kind::Other),
            _ => None,
        }
    }
}

/// Whether `text` (read loosely) holds one of `words`, accents or none.
fn has(text: &str, words: &[&str]) -> bool {
    words.iter().any(|w| text.contains(&loose(w)))
}

/// The first guess for a symptom's, activity's or treatment's name.
pub(crate) fn guess_role(name: &str) -> Option<Role> {
    let t = loose(name);
    Some(match () {
        _ if has(&t, &["cramp", "krampf", "calambre", "crampe"]) => Role::Cramp,
        _ if has(&t, &["spasm", "spasti", "espasm", "spasme"]) => Role::Spasm,
        _ if has(
            &t,
            &[
                "twitch",
                "zuck",
                "fascicul",
                "faszikul",
                "tic ",
                "contracci",
                "tressaut",
            ],
        ) =>
        {
            Role::Twitch
        }
        _ if has(
            &t,
            &[
                "magnes",
                "baclofen",
                "tizanid",
                "chinin",
                "quinin",
                "gabapentin",
                "pregabalin",
                "mg",
                "tablet",
                "pill",
                "pastilla",
                "comprim",
                "medic",
                "medik",
            ],
        ) =>
        {
            Role::Medication
        }
        _ if has(
            &t,
            &[
                "stretch", "dehn", "estira", "étire", "massage", "masaje", "heat", "wärme",
                "calor", "chaleur", "bath", "baden", "baño", "bain", "walk", "wärmfl",
            ],
        ) =>
        {
            Role::Relief
        }
        _ => return None,
    })
}

/// A generic sheet's column: what its cells hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Column {
    Date,
    Time,
    Kind,
    Place,
    Side,
    Intensity,
    Duration,
    Triggers,
    Reliefs,
    Medication,
    Notes,
    /// Nothing Twinge takes: left out.
    Skip,
}

impl Column {
    pub fn from_code(code: &str) -> Option<Column> {
        serde_json::from_value(serde_json::Value::String(code.trim().to_string())).ok()
    }
}

/// The first guess for a sheet's column from its header, in four languages.
pub(crate) fn guess_column(header: &str) -> Option<Column> {
    let t = loose(header.trim());
    let table: [(Column, &[&str]); 11] = [
        (
            Column::Intensity,
            &[
                "intens",
                "stärke",
                "how bad",
                "wie schlimm",
                "severity",
                "schwere",
                "schmerz",
                "pain",
                "dolor",
                "douleur",
                "gravedad",
                "score",
                "/10",
                "0-10",
                "0–10",
            ],
        ),
        (
            Column::Duration,
            &[
                "duration",
                "dauer",
                "how long",
                "wie lange",
                "duraci",
                "durée",
            ],
        ),
        (
            Column::Triggers,
            &[
                "trigger",
                "auslöser",
                "desencaden",
                "déclench",
                "cause",
                "ursache",
            ],
        ),
        (
            Column::Reliefs,
            &[
                "relief",
                "helped",
                "geholfen",
                "hilfe",
                "linderung",
                "alivio",
                "soulag",
                "remedy",
                "was half",
                "ayud",
                "aidé",
            ],
        ),
        (
            Column::Medication,
            &[
                "medica", "medika", "medicine", "meds", "médica", "drug", "tablette",
            ],
        ),
        (
            Column::Notes,
            &[
                "note",
                "notiz",
                "bemerkung",
                "anmerkung",
                "comment",
                "kommentar",
                "notas",
                "remarque",
            ],
        ),
        (Column::Side, &["side", "seite", "lado", "côté"]),
        (
            Column::Place,
            &[
                "where",
                "körperstelle",
                "stelle",
                "location",
                "place",
                "body",
                "lugar",
                "zona",
                "endroit",
                "localisation",
                "muskel",
                "muscle",
            ],
        ),
        (
            Column::Kind,
            &["kind", "type", "typ", "tipo", "art", "symptom"],
        ),
        (
            Column::Time,
            &["time", "uhrzeit", "zeit", "hora", "heure", "wann", "when"],
        ),
        (
            Column::Date,
            &["date", "datum", "fecha", "día", "jour", "tag", "day"],
        ),
    ];
    // "Wo" alone, and other headers too short to search inside.
    match t.as_str() {
        "wo" | "donde" | "ou" => return Some(Column::Place),
        _ => {}
    }
    table
        .iter()
        .find(|(_, words)| has(&t, words))
        .map(|(column, _)| *column)
}

/// An intensity read from a cell on a scale running up to `top` (4, 5 or 10), turned
/// into 0–10 (rounded, half up): `6`, `7/10` (the denominator is the scale), `5-6`
/// (the midpoint), `8,5`. `None` for an empty or unreadable cell or one off the scale.
pub(crate) fn intensity(cell: &str, top: u8) -> Option<u8> {
    let t = cell.trim().replace(',', ".").replace('–', "-");
    let (value, top) = match t.split_once('/') {
        Some((n, d)) => (n.trim().parse::<f64>().ok()?, d.trim().parse::<f64>().ok()?),
        None => match t.split_once('-').filter(|(a, _)| !a.is_empty()) {
            Some((a, b)) => (
                (a.trim().parse::<f64>().ok()? + b.trim().parse::<f64>().ok()?) / 2.0,
                f64::from(top),
            ),
            None => (t.parse::<f64>().ok()?, f64::from(top)),
        },
    };
    if !(0.0..=top).contains(&value) || top <= 0.0 {
        return None;
    }
    Some((value * 10.0 / top + 1e-9).round() as u8)
}

/// The place a text names, if it names one Twinge knows: a region in any of the
/// catalogue's languages (or a common synonym) and a side word (left or right when none
/// is named but the region has sides… centre otherwise).
pub(crate) fn place(text: &str) -> Option<Location> {
    let t = format!(" {} ", loose(text).replace(['(', ')', ',', '-', '_'], " "));
    let side_words: [(Side, &[&str]); 3] = [
        (
            Side::Left,
            &[" left ", " links ", " linke", " izquierd", " gauche "],
        ),
        (
            Side::Right,
            &[" right ", " rechts ", " rechte", " derech", " droit"],
        ),
        (
            Side::Both,
            &[" both ", " beid", " ambos ", " ambas ", " deux "],
        ),
    ];
    let side = side_words
        .iter()
        .find(|(_, words)| has(&t, words))
        .map(|(side, _)| *side);
    // The longest name found wins: "back of thigh" over "back".
    let region = Region::ALL
        .iter()
        .filter_map(|&r| {
            let found = region_words(r)
                .iter()
                .filter(|(alone, plural)| t.contains(alone.as_str()) || t.contains(plural.as_str()))
                .map(|(alone, _)| alone.len())
                .max()?;
            Some((found, r))
        })
        .max_by_key(|(len, _)| *len)?
        .1;
    Some(Location {
        region,
        side: side.unwrap_or(Side::Centre),
    })
}

/// A region's names in every language of the catalogue, and common synonyms (read from
/// the catalogue once), each as a whole word and its plural between spaces.
fn region_words(r: Region) -> &'static [(String, String)] {
    static WORDS: std::sync::OnceLock<Vec<Vec<(String, String)>>> = std::sync::OnceLock::new();
    let all = WORDS.get_or_init(|| {
        let trs: Vec<Tr> = Lang::available().iter().map(Tr::new).collect();
        Region::ALL
            .iter()
            .map(|&r| {
                let mut words: Vec<String> =
                    trs.iter().map(|tr| loose(&domain::region(tr, r))).collect();
                words.extend(synonyms(r).iter().map(|w| loose(w)));
                words
                    .into_iter()
                    .map(|w| (format!(" {w} "), format!(" {w}s ")))
                    .collect()
            })
            .collect()
    });
    let i = Region::ALL.iter().position(|&x| x == r).unwrap_or(0);
    &all[i]
}

/// Common words for a region besides its names.
fn synonyms(r: Region) -> &'static [&'static str] {
    match r {
        Region::Calf => &["calves", "wadenkrampf", "gemelo", "gemelos", "pantorrilla"],
        Region::Foot => &["feet", "füße", "pies", "pieds"],
        Region::Neck => &["hals", "cuello", "cou", "nuque"],
        Region::ThighBack => &["hamstring", "hamstrings", "ischio"],
        Region::ThighFront => &["quad", "quads", "quadriceps", "thigh", "oberschenkel"],
        Region::Toes => &["toe", "zeh", "dedos del pie", "orteils"],
        Region::Eyelid => &["eye", "auge", "ojo", "œil", "paupière"],
        Region::Hand => &["hands", "hände", "manos", "mains"],
        _ => &[],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn intensities_on_their_scales() {
        assert_eq!(intensity("7/10", 10), Some(7));
        assert_eq!(intensity("3/5", 10), Some(6));
        assert_eq!(intensity("5-6", 10), Some(6));
        assert_eq!(intensity("8,5", 10), Some(9));
        assert_eq!(
            (1..=4)
                .map(|v| intensity(&v.to_string(), 4))
                .collect::<Vec<_>>(),
            [Some(3), Some(5), Some(8), Some(10)]
        );
        assert_eq!(intensity("", 10), None);
        assert_eq!(intensity("11", 10), None);
        assert_eq!(intensity("schlimm", 10), None);
    }

    #[test]
    fn places_and_guesses_in_four_languages() {
        let at = |region, side| Some(Location { region, side });
        assert_eq!(place("Right Neck"), at(Region::Neck, Side::Right));
        assert_eq!(place("Wade links"), at(Region::Calf, Side::Left));
        assert_eq!(place("left calf"), at(Region::Calf, Side::Left));
        assert_eq!(place("pantorrilla derecha"), at(Region::Calf, Side::Right));
        assert_eq!(place("Right Back of Head (Lower)"), None);
        // Typed with or without accents.
        assert_eq!(place("Párpado izquierdo"), at(Region::Eyelid, Side::Left));
        assert_eq!(place("parpado izquierdo"), at(Region::Eyelid, Side::Left));
        assert_eq!(place("Paupiere droite"), at(Region::Eyelid, Side::Right));
        assert_eq!(guess_role("Wadenkrämpfe"), Some(Role::Cramp));
        assert_eq!(guess_column("Ausloser"), Some(Column::Triggers));
        assert_eq!(guess_column("Donde"), Some(Column::Place));
        for (name, role) in [
            ("Leg cramps", Role::Cramp),
            ("Wadenkrampf", Role::Cramp),
            ("calambre", Role::Cramp),
            ("crampe", Role::Cramp),
            ("twitching", Role::Twitch),
            ("Muskelzucken", Role::Twitch),
            ("Spasmus", Role::Spasm),
            ("Magnesium", Role::Medication),
            ("stretching", Role::Relief),
        ] {
            assert_eq!(guess_role(name), Some(role), "{name}");
        }
        assert_eq!(guess_role("bad sleep"), None);
        for (header, column) in [
            ("Datum", Column::Date),
            ("Uhrzeit", Column::Time),
            ("Wo", Column::Place),
            ("Wie schlimm (0-10)", Column::Intensity),
            ("Auslöser", Column::Triggers),
            ("Notizen", Column::Notes),
            ("How bad", Column::Intensity),
            ("Hora", Column::Time),
        ] {
            assert_eq!(guess_column(header), Some(column), "{header}");
        }
    }
}
