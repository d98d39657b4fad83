//! Numbers in words, as the report prints them.

/// "20 November 2026" for a day number.
pub(crate) fn long_date(day: i64) -> String {
    twinge_core::insights::date_of_day(day)
        .map(|d| format!("{} {} {}", d.day(), d.month(), d.year()))
        .unwrap_or_default()
}

/// "20 Nov" for a day number (the period's line gives the year).
pub(crate) fn short_date(day: i64) -> String {
    twinge_core::insights::date_of_day(day)
        .map(|d| format!("{} {}", d.day(), &d.month().to_string()[..3]))
        .unwrap_or_default()
}

/// "November 2026" for a day number.
pub(crate) fn month_label(day: i64) -> String {
    twinge_core::insights::date_of_day(day)
        .map(|d| format!("{} {}", d.month(), d.year()))
        .unwrap_or_default()
}

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

pub(crate) use twinge_core::insights::episodes_word;

/// "and 1 more place", "and 3 more places".
pub(crate) fn more_places(n: usize) -> String {
    match n {
        1 => "and 1 more place".into(),
        n => format!("and {n} more places"),
    }
}

/// A place's name in `tr`'s language ("Calf, left", "Wade, links"): the one function
/// the report names places with.
pub(crate) fn place(
    tr: &twinge_i18n::Tr,
    region: twinge_core::Region,
    side: twinge_core::Side,
) -> String {
    use twinge_core::{Region, Side};
    let region = match region {
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
    };
    let side = match side {
        Side::Left => tr.side_left(),
        Side::Right => tr.side_right(),
        Side::Both => tr.side_both(),
        Side::Centre => return region,
    };
    tr.place_sided(region, side)
}

#[cfg(test)]
mod tests {
    use twinge_core::{Location, Region, Side};

    #[test]
    fn places_in_english_read_as_the_core_names_them_and_german_has_its_own() {
        let en = crate::insights::english();
        let de = twinge_i18n::Tr::new(&twinge_i18n::Lang::from_code("de").unwrap());
        for &region in Region::ALL {
            for &side in Side::ALL {
                let label = Location { region, side }.label();
                assert_eq!(super::place(&en, region, side), label);
                assert_ne!(super::place(&de, region, side), "", "{label}");
            }
        }
        assert_eq!(super::place(&de, Region::Calf, Side::Left), "Wade, links");
    }
}
