//! A rate per logged week from fewer logged days than a week says so, in the same words on
//! the Insights screen, on page 1 and in the command line's figures: two cramps on two
//! logged days read "7.0 per logged week", three and a half times what was seen.

mod common;

use common::{clock, cramp, insights, pdf_words, report};
use twinge_app::{AppendixChoice, Journal};

const TWO_DAYS: &str =
    "These rates come from 2 logged days only: a week of logging gives a steadier figure.";

#[test]
fn rates_from_fewer_logged_days_than_a_week_say_so_everywhere() {
    let mut j = Journal::in_memory(clock()).unwrap();
    j.log(&cramp("2026-11-18T22:00:00+01:00")).unwrap();
    j.log(&cramp("2026-11-19T22:00:00+01:00")).unwrap();
    let (from, to) = ("2026-10-22", "2026-11-20");

    let screen = insights(&j, from, to);
    assert_eq!(screen.headlines[0].value, "7.0");
    assert_eq!(screen.current.few_days.as_deref(), Some(TWO_DAYS));
    let stats = j.stats_json(from, to).unwrap();
    assert_eq!(stats["summary"]["few_days"], TWO_DAYS);
    let page_one = pdf_words(&report(&j, from, to, AppendixChoice::None), 1, 1);
    assert!(page_one.contains(TWO_DAYS), "{page_one}");

    // Five days marked "no episodes" make seven logged days: the rate stands alone.
    for day in 13..=17 {
        j.mark_quiet_day(&format!("2026-11-{day}")).unwrap();
    }
    let screen = insights(&j, from, to);
    assert_eq!(screen.headlines[0].value, "2.0");
    assert_eq!(screen.current.few_days, None);
    let page_one = pdf_words(&report(&j, from, to, AppendixChoice::None), 1, 1);
    assert!(!page_one.contains("These rates come from"), "{page_one}");
}
