//! One plain sentence for each statistic Twinge shows, said once: beside the headline
//! numbers and under each chart on Insights.

/// Episodes per logged week.
pub const PER_LOGGED_WEEK: &str =
    "Episodes divided by the days you logged, times 7: a day you did not log counts as neither good nor bad.";
/// Days with episodes, of the days logged.
pub const DAYS_WITH: &str = "Of the days you logged, those with at least one episode.";
/// Days logged.
pub const DAYS_LOGGED: &str =
    "Days with an episode, a “no episodes” mark or a check-in; only these are counted.";

/// The weekly bars.
pub const FREQUENCY: &str =
    "Each bar is a week: its episodes per 7 logged days. A pale, outlined bar is a week logged only in part, scaled to 7 days.";
/// The body heat map.
pub const WHERE: &str =
    "The darker a place, the more episodes were there; an episode at two places counts at both.";
/// The places as bars.
pub const WHERE_BARS: &str =
    "Each bar counts the episodes at one place; an episode at two places counts at both.";
/// Trigger shares and their intervals.
pub const TRIGGERS: &str =
    "Share: of all the period's episodes, how many you tagged with it. The 95% interval is the range the true share probably lies in; with few episodes it is wide.";
/// The hour-by-weekday grid.
pub const WHEN: &str =
    "Each square is one hour of one weekday; the darker, the more episodes began then.";
/// Intensity over time.
pub const INTENSITY: &str =
    "Median: half of the episodes were rated at or below it, half at or above; the worst is the highest rating.";
/// What helped.
pub const HELPED: &str =
    "How much each thing helped when you tried it, on average: 0 not at all, 1 a little, 2 a lot, 3 fully.";
/// Day-level factors: ratios and their intervals.
pub const FACTORS: &str =
    "“2.1× as many” means days with it had 2.1 times as many episodes a day as days without. The 95% interval is the range that ratio probably lies in: when it reaches 1×, the difference may be chance.";
