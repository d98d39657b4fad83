//! The user-extendable vocabularies: suspected triggers and reliefs.
//!
//! Each entry has a stable key (stored on episodes) and a display name the
//! person may rename. The seeds below are what a new journal starts with.

/// Triggers every journal starts with: (key, display name).
pub const SEED_TRIGGERS: &[(&str, &str)] = &[
    ("exercise", "Exercise"),
    ("prolonged_sitting", "Prolonged sitting"),
    ("lifting", "Lifting"),
    ("lying_down", "Lying down / night"),
    ("stretching", "Stretching"),
    ("dehydration", "Dehydration"),
    ("caffeine", "Caffeine"),
    ("alcohol", "Alcohol"),
    ("stress", "Stress"),
    ("poor_sleep", "Poor sleep"),
    ("cold", "Cold"),
    ("heat", "Heat"),
    ("new_medication", "New medication"),
];

/// A seeded relief.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SeedRelief {
    pub key: &'static str,
    pub name: &'static str,
}

/// Reliefs every journal starts with. Medications are added by the person
/// (with a name and a dose).
pub const SEED_RELIEFS: &[SeedRelief] = &[
    SeedRelief {
        key: "heat",
        name: "Heat",
    },
    SeedRelief {
        key: "cold",
        name: "Cold",
    },
    SeedRelief {
        key: "stretching",
        name: "Stretching",
    },
    SeedRelief {
        key: "massage",
        name: "Massage",
    },
    SeedRelief {
        key: "walking",
        name: "Walking",
    },
    SeedRelief {
        key: "rest",
        name: "Rest",
    },
    SeedRelief {
        key: "hydration",
        name: "Hydration",
    },
];

/// A day-level factor every journal starts with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SeedFactor {
    pub key: &'static str,
    pub name: &'static str,
    /// Recorded as none / some / a lot rather than yes or no.
    pub levels: bool,
    /// Offered on the check-in from the start (the others are turned on in Settings).
    pub on: bool,
}

const fn factor(key: &'static str, name: &'static str) -> SeedFactor {
    SeedFactor {
        key,
        name,
        levels: false,
        on: true,
    }
}

/// The daily check-in's factors. The codes are part of the file formats.
pub const SEED_FACTORS: &[SeedFactor] = &[
    factor("slept_badly", "Slept badly"),
    factor("hard_exercise", "Hard exercise"),
    factor("long_sitting", "Long sitting"),
    factor("long_standing", "Long standing"),
    factor("caffeine", "Caffeine"),
    factor("alcohol", "Alcohol"),
    factor("hot_day", "Hot day / sweating a lot"),
    factor("dehydrated", "Dehydrated"),
    SeedFactor {
        key: "stress",
        name: "Stress",
        levels: true,
        on: true,
    },
    SeedFactor {
        key: "period",
        name: "Menstrual period",
        levels: false,
        on: false,
    },
];

/// Largest length of a vocabulary key or name, in characters.
pub const MAX_VOCAB_CHARS: usize = 60;

/// Turns a display name into a key: lowercase ASCII letters and digits joined
/// by single underscores; letters outside ASCII are kept as they are.
/// `"Lying down / night"` → `"lying_down_night"`. Empty for a name with no letters or digits.
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    let mut pending_sep = false;
    for ch in name.chars() {
        if ch.is_alphanumeric() {
            if pending_sep && !out.is_empty() {
                out.push('_');
            }
            pending_sep = false;
            out.extend(ch.to_lowercase());
        } else {
            pending_sep = true;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn seeds_have_unique_slug_keys() {
        let mut keys = std::collections::HashSet::new();
        for (key, _) in SEED_TRIGGERS {
            assert!(keys.insert(*key));
            assert_eq!(slug(key), *key);
        }
        assert_eq!(SEED_TRIGGERS.len(), 13);
        let mut keys = std::collections::HashSet::new();
        for r in SEED_RELIEFS {
            assert!(keys.insert(r.key));
        }
    }

    #[test]
    fn slug_examples() {
        assert_eq!(slug("Lying down / night"), "lying_down_night");
        assert_eq!(slug("  Red wine!! "), "red_wine");
        assert_eq!(slug("Kälte"), "kälte");
        assert_eq!(slug("///"), "");
    }

    proptest! {
        #[test]
        fn slug_is_idempotent_and_clean(name in "\\PC{0,40}") {
            let s = slug(&name);
            prop_assert_eq!(slug(&s), s.clone());
            prop_assert!(!s.starts_with('_') && !s.ends_with('_') && !s.contains("__"));
        }
    }
}
