//! The domain's words in a language: kinds, places, symptoms, medication changes and
//! the names every journal starts with. One function names each, used by every
//! screen, chart, the PDF and the command line.

use twinge_core::{Associated, FactorLevel, Kind, Location, MedChange, Region, Side};

use crate::Tr;

/// A kind's name ("Cramp", "Muskelkrampf").
pub fn kind(tr: &Tr, kind: Kind) -> String {
    match kind {
        Kind::Spasm => tr.kind_spasm(),
        Kind::Cramp => tr.kind_cramp(),
        Kind::Twitch => tr.kind_twitch(),
        Kind::Other => tr.kind_other(),
    }
}

/// A day (days since 1970-01-01) written by one of `tr`'s date formats; empty for a day
/// outside the calendar.
fn on_day(tr: &Tr, day: i64, write: impl Fn(&crate::Formats, i32, u8, u8) -> String) -> String {
    twinge_core::insights::date_of_day(day)
        .map(|d| write(tr.formats(), d.year(), d.month() as u8, d.day()))
        .unwrap_or_default()
}

/// A day in full: "4 December 2026", "4. Dezember 2026".
pub fn full_date(tr: &Tr, day: i64) -> String {
    on_day(tr, day, crate::Formats::date)
}

/// A day in short: "4 Dec 2026", "04.12.2026".
pub fn short_date(tr: &Tr, day: i64) -> String {
    on_day(tr, day, crate::Formats::short_date)
}

/// A day and its month: "4 Dec", "4. Dez.".
pub fn day_month(tr: &Tr, day: i64) -> String {
    on_day(tr, day, crate::Formats::day_month)
}

/// A day's month and year: "December 2026".
pub fn month_year(tr: &Tr, day: i64) -> String {
    on_day(tr, day, |f, y, m, _| f.month_year(y, m))
}

/// A kind's name inside a sentence ("12 episodes (spasm and cramp)").
pub fn kind_in_text(tr: &Tr, kind: Kind) -> String {
    match kind {
        Kind::Spasm => tr.kind_in_text_spasm(),
        Kind::Cramp => tr.kind_in_text_cramp(),
        Kind::Twitch => tr.kind_in_text_twitch(),
        Kind::Other => tr.kind_in_text_other(),
    }
}

/// A share (0–1) as a whole percentage in the language's way ("43%", "43 %").
pub fn share(tr: &Tr, share: f64) -> String {
    tr.percent(tr.formats().number(share * 100.0, 0))
}

/// How much a relief helped on average, on the 0–3 scale, with one decimal ("1.7",
/// "1,7"): the same on the chart, its table and page 1.
pub fn helped(tr: &Tr, mean: f64) -> String {
    tr.formats().number(mean, 1)
}

/// A region's name ("Calf", "Wade").
pub fn region(tr: &Tr, region: Region) -> String {
    match region {
        Region::Jaw => tr.region_jaw(),
        Region::Eyelid => tr.region_eyelid(),
        Region::Face => tr.region_face(),
        Region::Neck => tr.region_neck(),
        Region::Shoulder => tr.region_shoulder(),
        Region::UpperBack => tr.region_upper_back(),
        Region::LowerBack => tr.region_lower_back(),
        Region::Chest => tr.region_chest(),
        Region::Abdomen => tr.region_abdomen(),
        Region::UpperArm => tr.region_upper_arm(),
        Region::Elbow => tr.region_elbow(),
        Region::Forearm => tr.region_forearm(),
        Region::Hand => tr.region_hand(),
        Region::Fingers => tr.region_fingers(),
        Region::Glute => tr.region_glute(),
        Region::Hip => tr.region_hip(),
        Region::ThighFront => tr.region_thigh_front(),
        Region::ThighBack => tr.region_thigh_back(),
        Region::Knee => tr.region_knee(),
        Region::Calf => tr.region_calf(),
        Region::Shin => tr.region_shin(),
        Region::Ankle => tr.region_ankle(),
        Region::Foot => tr.region_foot(),
        Region::Toes => tr.region_toes(),
    }
}

/// A place's name: its region and side ("Calf, left", "Wade, links"); a place in the
/// centre is its region alone.
pub fn place(tr: &Tr, r: Region, side: Side) -> String {
    let side = match side {
        Side::Left => tr.side_left(),
        Side::Right => tr.side_right(),
        Side::Both => tr.side_both(),
        Side::Centre => return region(tr, r),
    };
    tr.place_sided(region(tr, r), side)
}

/// An episode's places, as a list reads them ("Calf, left; Thigh, back").
pub fn places(tr: &Tr, locations: &[Location]) -> String {
    if locations.is_empty() {
        return tr.place_not_recorded();
    }
    locations
        .iter()
        .map(|l| place(tr, l.region, l.side))
        .collect::<Vec<_>>()
        .join("; ")
}

/// A side as a choice of its own ("Left", "Both sides").
pub fn side_choice(tr: &Tr, side: Side) -> String {
    match side {
        Side::Left => tr.side_choice_left(),
        Side::Right => tr.side_choice_right(),
        Side::Both => tr.side_choice_both(),
        Side::Centre => tr.side_choice_centre(),
    }
}

/// A symptom's name ("Weakness", "Schwäche").
pub fn symptom(tr: &Tr, s: Associated) -> String {
    keyed(tr, "symptom-", s.code()).unwrap_or_else(|| s.label().to_string())
}

/// What happened to a medication ("started", "begonnen").
/// A day's ratings in words ("Stiffness: 6/10", "Sleep broken by spasms or cramps:
/// 0/10"), the rated ones only.
pub fn day_ratings(tr: &Tr, stiffness: Option<u8>, sleep_broken: Option<u8>) -> Vec<String> {
    let stiffness = stiffness.map(|v| tr.day_stiffness(v));
    let sleep_broken = sleep_broken.map(|v| tr.day_sleep_broken(v));
    stiffness.into_iter().chain(sleep_broken).collect()
}

/// A check-in factor's level ("Some", "A lot"; "Yes" for a factor without levels).
pub fn factor_level(tr: &Tr, level: twinge_core::FactorLevel) -> String {
    use twinge_core::FactorLevel::*;
    match level {
        Yes => tr.screen_checkin_level_yes(),
        Some => tr.screen_checkin_level_some(),
        ALot => tr.screen_checkin_level_a_lot(),
    }
}

pub fn med_change(tr: &Tr, c: MedChange) -> String {
    match c {
        MedChange::Started => tr.med_started(),
        MedChange::Changed => tr.med_changed(),
        MedChange::Stopped => tr.med_stopped(),
    }
}

/// When an imported episode without a clock time started ("in the morning", "time not
/// recorded"); `None` for an exact time, which each screen writes in its own format.
pub fn timing(tr: &Tr, t: twinge_core::Timing) -> Option<String> {
    (!t.has_hour()).then(|| keyed(tr, "timing-", t.code()).unwrap_or_default())
}

/// An intensity as the screens write it ("7/10"), or that it was not recorded.
pub fn intensity(tr: &Tr, i: Option<u8>) -> String {
    match i {
        Some(i) => format!("{i}/10"),
        None => tr.intensity_not_recorded(),
    }
}

/// Where an imported episode came from ("Imported from Flaredown: 3 on its 0–4 scale").
pub fn origin(tr: &Tr, o: &twinge_core::Origin) -> String {
    // A spreadsheet is named in words; an app by its own name.
    let app = match o.app.as_str() {
        "csv" => tr.origin_sheet(),
        app => app.to_string(),
    };
    match (&o.value, &o.scale) {
        (Some(value), Some(scale)) => {
            tr.origin_imported_scale(app.as_str(), scale.as_str(), value.as_str())
        }
        _ => tr.origin_imported(app.as_str()),
    }
}

/// An answer to the Patient Global Impression of Change ("much improved").
pub fn pgic(tr: &Tr, p: twinge_core::Pgic) -> String {
    use twinge_core::Pgic::*;
    match p {
        VeryMuchImproved => tr.pgic_very_much_improved(),
        MuchImproved => tr.pgic_much_improved(),
        MinimallyImproved => tr.pgic_minimally_improved(),
        NoChange => tr.pgic_no_change(),
        MinimallyWorse => tr.pgic_minimally_worse(),
        MuchWorse => tr.pgic_much_worse(),
        VeryMuchWorse => tr.pgic_very_much_worse(),
    }
}

/// What is wrong with an entry, in `tr`'s language (a sentence, as the form shows it
/// beside its field).
pub fn validation_message(tr: &Tr, e: &twinge_core::ValidationError) -> String {
    use twinge_core::validate::{MAX_COUNT, MAX_LOCATIONS, MAX_TAGS};
    use twinge_core::vocab::MAX_VOCAB_CHARS;
    use twinge_core::ValidationError::*;
    use twinge_core::MAX_NOTES_CHARS;
    match e {
        UnknownKind(v) => tr.error_unknown_kind(v.as_str()),
        UnknownRegion(v) => tr.error_unknown_region(v.as_str()),
        UnknownSide(v) => tr.error_unknown_side(v.as_str()),
        UnknownAssociated(v) => tr.error_unknown_associated(v.as_str()),
        BadTime(v) => tr.error_bad_time(v.as_str()),
        IntensityOutOfRange(n) => tr.error_intensity_out_of_range(n.to_string()),
        StartedInFuture => tr.error_started_in_future(),
        NoIntensity => tr.error_no_intensity(),
        NoClockTime => tr.error_no_clock_time(),
        NoLocation => tr.error_no_location(),
        DuplicateLocation(v) => tr.error_duplicate_location(v.as_str()),
        TooManyLocations => tr.error_too_many_locations(MAX_LOCATIONS),
        DurationOutOfRange => tr.error_duration_out_of_range(),
        CountOutOfRange => tr.error_count_out_of_range(MAX_COUNT),
        NotesTooLong(n) => tr.error_notes_too_long(*n, MAX_NOTES_CHARS),
        BadTrigger => tr.error_bad_trigger(MAX_VOCAB_CHARS),
        DuplicateTrigger(v) => tr.error_duplicate_trigger(v.as_str()),
        BadRelief => tr.error_bad_relief(MAX_VOCAB_CHARS),
        DuplicateRelief(v) => tr.error_duplicate_relief(v.as_str()),
        HelpedOutOfRange(n) => tr.error_helped_out_of_range(n.to_string()),
        TooManyTags => tr.error_too_many_tags(MAX_TAGS),
    }
}

/// Which list a name every journal starts with belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Seeded {
    Trigger,
    Relief,
    Factor,
}

impl Seeded {
    fn prefix(self) -> &'static str {
        match self {
            Seeded::Trigger => "trigger-",
            Seeded::Relief => "relief-",
            Seeded::Factor => "factor-",
        }
    }

    fn english(self, key: &str) -> Option<&'static str> {
        use twinge_core::vocab::{SEED_FACTORS, SEED_RELIEFS, SEED_TRIGGERS};
        match self {
            Seeded::Trigger => SEED_TRIGGERS.iter().find(|t| t.0 == key).map(|t| t.1),
            Seeded::Relief => SEED_RELIEFS.iter().find(|r| r.key == key).map(|r| r.name),
            Seeded::Factor => SEED_FACTORS.iter().find(|f| f.key == key).map(|f| f.name),
        }
    }
}

/// A name as a person reads it in `tr`'s language: a built-in name the person has not
/// renamed is translated; a name the person typed stays as typed.
pub fn vocab_name(tr: &Tr, list: Seeded, key: &str, name: &str) -> String {
    match list.english(key) {
        Some(english) if english == name => {
            keyed(tr, list.prefix(), key).unwrap_or_else(|| name.to_string())
        }
        _ => name.to_string(),
    }
}

/// A factor of a check-in as said: its name (see [`vocab_name`]) with how much when it
/// was some or a lot ("a lot of stress").
pub fn factor_said(tr: &Tr, (key, name): (&str, &str), level: FactorLevel) -> String {
    let name = vocab_name(tr, Seeded::Factor, key, name);
    match level {
        FactorLevel::Yes => name,
        FactorLevel::Some => {
            tr.screen_checkin_at_level(tr.screen_checkin_level_some().to_lowercase(), name)
        }
        FactorLevel::ALot => {
            tr.screen_checkin_at_level(tr.screen_checkin_level_a_lot().to_lowercase(), name)
        }
    }
}

/// The message `prefix` + `key` (underscores as dashes), when the catalogue has it.
fn keyed(tr: &Tr, prefix: &str, key: &str) -> Option<String> {
    tr.named(&format!("{prefix}{}", key.replace('_', "-")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Lang;
    use twinge_core::vocab::{SEED_FACTORS, SEED_RELIEFS, SEED_TRIGGERS};
    use twinge_core::Location;

    fn de() -> Tr {
        Tr::new(&Lang::from_code("de").unwrap())
    }

    #[test]
    fn english_names_read_as_the_core_names_them() {
        let en = Tr::new(&Lang::english());
        for &r in Region::ALL {
            for &side in Side::ALL {
                let label = Location { region: r, side }.label();
                assert_eq!(place(&en, r, side), label);
                let two = [Location { region: r, side }, Location { region: r, side }];
                assert_eq!(places(&en, &two), Location::list_label(&two));
                assert_ne!(place(&de(), r, side), "", "{label}");
            }
        }
        for &s in Associated::ALL {
            assert_eq!(symptom(&en, s), s.label());
            assert_ne!(symptom(&de(), s), s.label(), "{s:?} has no German name");
        }
        for &k in Kind::ALL {
            assert_eq!(kind(&en, k), k.label());
        }
        for &s in Side::ALL {
            assert_eq!(side_choice(&en, s), s.label());
        }
        assert_eq!(place(&de(), Region::Calf, Side::Left), "Wade, links");
    }

    #[test]
    fn every_seeded_name_has_a_translation_and_typed_names_stay() {
        let en = Tr::new(&Lang::english());
        let lists: Vec<(Seeded, Vec<(&str, &str)>)> = vec![
            (Seeded::Trigger, SEED_TRIGGERS.to_vec()),
            (
                Seeded::Relief,
                SEED_RELIEFS.iter().map(|r| (r.key, r.name)).collect(),
            ),
            (
                Seeded::Factor,
                SEED_FACTORS.iter().map(|f| (f.key, f.name)).collect(),
            ),
        ];
        for (list, seeds) in lists {
            for (key, name) in seeds {
                assert_eq!(vocab_name(&en, list, key, name), name);
                let german = vocab_name(&de(), list, key, name);
                assert!(
                    german != name || name == "Stress" || name == "Massage",
                    "{key} has no German name"
                );
                assert_eq!(vocab_name(&de(), list, key, "Mein Name"), "Mein Name");
            }
        }
        assert_eq!(
            vocab_name(&de(), Seeded::Trigger, "stress", "Stress"),
            "Stress"
        );
        assert_eq!(vocab_name(&de(), Seeded::Relief, "heat", "Heat"), "Wärme");
    }
}
