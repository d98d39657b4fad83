//! A treatment trial as the screens, the PDF and the command line show it: the change
//! (a medication change or another treatment recorded in the journal), both windows as
//! dates, the figures of core's reference ([`twinge_core::trial`]) and the sentences that
//! say what they mean and what they cannot.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use twinge_charts::TrialPoint;
use twinge_core::insights::{local_day_hour_weekday, DayNumber, Period};
use twinge_core::trial::{self, Compared, TrialDay, TrialFigures, TrialWindows, WindowFigures};
use twinge_core::MedChange;
use twinge_i18n::Tr;
use twinge_store::ListFilter;

use crate::insights::{date_of, day_of};
use crate::rules::parse_date;
use crate::{AppError, Journal};

/// Which change to look at, and the windows (defaults: 14 days before, days 15–28 after).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TrialQuery {
    /// A medication change's id, or its date (`YYYY-MM-DD`; the first change that day).
    pub change: String,
    pub baseline_days: Option<u32>,
    pub trial_from: Option<u32>,
    pub trial_days: Option<u32>,
    /// The chart in the dark theme (Insights only).
    #[serde(default)]
    pub dark: bool,
}

/// The change a trial looks at.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TrialChange {
    pub id: String,
    pub date: String,
    pub name: String,
    pub dose: String,
    pub change: MedChange,
}

/// One window: its dates and figures (over its recorded days).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct TrialWindow {
    pub from: String,
    pub to: String,
    #[serde(flatten)]
    #[ts(flatten)]
    pub figures: WindowFigures,
}

/// A trial: the change, both windows, how they compare, and the sentences.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct TrialDto {
    pub change: TrialChange,
    pub baseline: TrialWindow,
    pub trial: TrialWindow,
    /// The rate ratio and its interval, the changes in percent, and whether there are
    /// 7 recorded days a side.
    #[serde(flatten)]
    #[ts(flatten)]
    pub compared: Compared,
    /// The trial window reaches past today: the figures are "so far".
    pub running: bool,
    /// What the figures say, then what they cannot.
    pub words: Vec<String>,
}

/// A trial with its chart (SVG), for Insights.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct TrialView {
    pub trial: TrialDto,
    pub chart: String,
}

/// A trial with what its chart is drawn from: the days, the windows and the change's day.
pub(crate) type TrialRun = (
    TrialDto,
    BTreeMap<DayNumber, TrialDay>,
    TrialWindows,
    DayNumber,
);

/// The chart of a trial (Insights' card and page 2 of the report): each day's episodes
/// and stiffness across both windows, with each window's median.
pub(crate) fn chart(
    (trial, days, windows, change_day): &TrialRun,
    (theme, tr): (&twinge_charts::Theme, &Tr),
) -> String {
    let span = windows.baseline.first_day..=windows.trial.last_day.max(windows.baseline.last_day);
    let points: Vec<TrialPoint> = span
        .map(|day| {
            let d = days.get(&day);
            TrialPoint {
                day,
                episodes: d
                    .filter(|d| d.recorded())
                    .map(|d| d.intensities.len() as u32),
                stiffness: d.and_then(|d| d.checkin?.stiffness),
            }
        })
        .collect();
    let medians = (
        trial.baseline.figures.median_per_day,
        trial.trial.figures.median_per_day,
    );
    twinge_charts::trial_chart(&points, (windows, *change_day), medians, (theme, tr))
}

fn window_dto(p: Period, figures: WindowFigures) -> TrialWindow {
    TrialWindow {
        from: date_of(p.first_day),
        to: date_of(p.last_day),
        figures,
    }
}

impl Journal {
    /// The trial of a medication change or treatment, as of `today` (`YYYY-MM-DD`).
    pub fn trial(&self, q: &TrialQuery, today: &str) -> Result<TrialDto, AppError> {
        Ok(self.run_trial(q, today, &self.tr())?.0)
    }

    /// [`Journal::trial`] with its chart, as Insights shows it.
    pub fn trial_view(&self, q: &TrialQuery, today: &str) -> Result<TrialView, AppError> {
        let tr = self.tr();
        let run = self.run_trial(q, today, &tr)?;
        let chart = chart(&run, (&twinge_charts::Theme::for_dark(q.dark), &tr));
        Ok(TrialView {
            trial: run.0,
            chart,
        })
    }

    pub(crate) fn run_trial(
        &self,
        q: &TrialQuery,
        today: &str,
        tr: &Tr,
    ) -> Result<TrialRun, AppError> {
        let today = day_of(parse_date("today", today)?);
        let change = self.find_change(&q.change)?;
        let change_day = day_of(parse_date("change", &change.date)?);
        for (field, value) in [
            ("baseline_days", q.baseline_days),
            ("trial_from", q.trial_from),
            ("trial_days", q.trial_days),
        ] {
            if value.is_some_and(|v| !(1..=365).contains(&v)) {
                return Err(AppError::field(field, "out_of_range", |tr| {
                    tr.failure_trial_days()
                }));
            }
        }
        let windows = TrialWindows::around(
            change_day,
            (
                q.baseline_days.unwrap_or(trial::BASELINE_DAYS),
                q.trial_from.unwrap_or(trial::TRIAL_FROM),
                q.trial_days.unwrap_or(trial::TRIAL_DAYS),
            ),
            today,
        );
        let days = self.trial_days(Period {
            first_day: windows.baseline.first_day,
            last_day: windows.trial.last_day.max(windows.baseline.last_day),
        })?;
        let figures = trial::trial_figures(&days, windows);
        let words = words(tr, &change, &figures);
        let dto = TrialDto {
            change,
            baseline: window_dto(windows.baseline, figures.baseline),
            trial: window_dto(windows.trial, figures.trial),
            compared: figures.compared,
            running: windows.running,
            words,
        };
        Ok((dto, days, windows, change_day))
    }

    /// A medication change by id, or the first one on a date.
    fn find_change(&self, said: &str) -> Result<TrialChange, AppError> {
        let said = said.trim();
        let changes = self.medication_changes()?;
        let found = changes
            .iter()
            .find(|m| m.id == said)
            .or_else(|| changes.iter().find(|m| m.date == said))
            .ok_or_else(|| {
                let said = said.to_string();
                AppError::field("change", "not_found", move |tr| {
                    tr.failure_no_such_change(said.as_str())
                })
            })?;
        Ok(TrialChange {
            id: found.id.clone(),
            date: found.date.clone(),
            name: found.name.clone(),
            dose: found.dose.clone(),
            change: found.change,
        })
    }

    /// What each local day of `span` holds: its episodes, quiet mark and check-in.
    fn trial_days(&self, span: Period) -> Result<BTreeMap<DayNumber, TrialDay>, AppError> {
        let mut days: BTreeMap<DayNumber, TrialDay> = BTreeMap::new();
        // Every episode that can fall on a local day of the span (UTC ± 14 hours).
        let episodes = self.store().list_episodes(&ListFilter {
            limit: u32::MAX,
            before: Some(((span.last_day + 2) * 86_400, uuid::Uuid::max())),
            since: Some((span.first_day - 1) * 86_400),
            ..ListFilter::default()
        })?;
        for e in &episodes {
            let day = local_day_hour_weekday(e).0;
            if (span.first_day..=span.last_day).contains(&day) {
                let d = days.entry(day).or_default();
                d.intensities.push(e.draft.intensity);
                d.woke += u32::from(e.draft.woke_from_sleep);
                d.cramps += u32::from(e.draft.kind == twinge_core::Kind::Cramp);
            }
        }
        for day in self.store().quiet_day_numbers(span)? {
            days.entry(day).or_default().quiet = true;
        }
        let (from, to) = (date_of(span.first_day), date_of(span.last_day));
        for c in self.store().checkins_between(&from, &to)? {
            if let Ok(date) = parse_date("date", &c.date) {
                let d = days.entry(day_of(date)).or_default();
                d.checkin = Some(c.ratings);
            }
        }
        Ok(days)
    }
}

/// The sentences of a trial: the headline figures, the 20% and 30% lines, and the caveats.
/// A figure with one decimal, in the language's way.
pub(crate) fn one_decimal(tr: &Tr, v: f64) -> String {
    tr.formats().number(v, 1)
}

/// A change in percent, signed: "−29%", "+5%".
pub(crate) fn signed_pct(tr: &Tr, v: f64) -> String {
    let size = crate::domain::share(tr, v.abs() / 100.0);
    match v {
        v if v < 0.0 => format!("−{size}"),
        v if v > 0.0 => format!("+{size}"),
        _ => size,
    }
}

/// "Baclofen started on 2 October 2026".
pub(crate) fn change_words(tr: &Tr, change: &TrialChange) -> String {
    tr.trial_change(
        crate::domain::med_change(tr, change.change),
        crate::date_in(tr, &change.date),
        change.name.as_str(),
    )
}

fn words(tr: &Tr, change: &TrialChange, f: &TrialFigures) -> Vec<String> {
    let n = |v: f64| one_decimal(tr, v);
    let pct = |v: f64| signed_pct(tr, v);
    let mut out = vec![change_words(tr, change)];
    if f.windows.running {
        out.push(tr.trial_running());
    }
    if !f.compared.rate.enough {
        out.push(tr.trial_not_enough(f.baseline.recorded_days, f.trial.recorded_days));
    }
    if let (Some(b), Some(a)) = (f.baseline.per_day, f.trial.per_day) {
        let change = f
            .compared
            .per_day_change_pct
            .map_or_else(|| "–".to_string(), pct);
        let r2 = |v: f64| tr.formats().number(v, 2);
        let ratio = match (
            f.compared.rate.ratio,
            f.compared.rate.low,
            f.compared.rate.high,
        ) {
            (Some(r), Some(l), Some(h)) => tr.trial_ratio(r2(h), r2(l), r2(r)),
            (Some(r), Some(l), None) => tr.trial_ratio_from(r2(l), r2(r)),
            _ => String::new(),
        };
        let rate = |v: f64| tr.formats().rate(v);
        out.push(tr.trial_per_day(rate(a), rate(b), change, ratio));
    }
    if let (Some(b), Some(a), Some(c)) = (
        f.baseline.stiffness_median,
        f.trial.stiffness_median,
        f.compared.stiffness_change_pct,
    ) {
        out.push(tr.trial_stiffness(
            n(a),
            n(b),
            pct(c),
            f.trial.stiffness_days,
            f.baseline.stiffness_days,
        ));
    }
    if let Some(c) = f
        .compared
        .per_day_change_pct
        .filter(|_| f.compared.rate.enough)
    {
        out.push(match -c {
            fall if fall >= 30.0 => tr.trial_line_30(),
            fall if fall >= 20.0 => tr.trial_line_20(),
            _ => tr.trial_line_below(),
        });
        // A fall past a line that the interval does not rule out as no change at all.
        let unsure = f.compared.rate.high.is_none_or(|high| high >= 1.0);
        if -c >= 20.0 && unsure {
            out.push(tr.trial_interval_reaches_one());
        }
    }
    out.push(tr.trial_caveat());
    out
}
