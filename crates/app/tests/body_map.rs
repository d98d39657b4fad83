//! The shared body figure covers every region code with valid sides.

use std::collections::HashSet;

use twinge_core::{Region, Side, BODY_MAP_JSON};

#[test]
fn every_region_is_on_the_figure_with_known_sides() {
    let map: serde_json::Value = serde_json::from_str(BODY_MAP_JSON).unwrap();
    let mut seen = HashSet::new();
    for view in ["front", "back"] {
        let shapes = map["views"][view]["shapes"].as_array().unwrap();
        let mut here = HashSet::new();
        for s in shapes {
            let region = Region::from_code(s["region"].as_str().unwrap())
                .unwrap_or_else(|| panic!("unknown region {s}"));
            let side = Side::from_code(s["side"].as_str().unwrap()).unwrap();
            assert!(matches!(side, Side::Left | Side::Right | Side::Centre));
            assert!(s["d"].as_str().unwrap().starts_with('M'));
            assert!(
                here.insert((region, side)),
                "{view}: {region} {side} drawn twice"
            );
            seen.insert(region);
        }
    }
    for r in Region::ALL {
        assert!(seen.contains(r), "{r} is not on the body map");
    }
}
