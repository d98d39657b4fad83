//! The doctor's report: the period's aggregates and episodes turned into a
//! [`ReportModel`] in words, then into PDF bytes by `twinge-report`.

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use twinge_charts::Theme;
use twinge_core::insights::{Aggregates, Period};
use twinge_core::Kind;
use twinge_report::{AppendixRow, Charts, Headline, Line, Paper, Psfs, ReportModel};
use twinge_store::ListFilter;

use crate::insights::{date_of, parse_period};
use crate::{AppError, Journal};

/// Paper sizes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum PaperSize {
    #[default]
    A4,
    Letter,
}

/// What to put in the report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct ReportRequest {
    pub from: String,
    pub to: String,
    #[serde(default)]
    pub paper: PaperSize,
    #[serde(default)]
    pub questions: String,
    #[serde(default = "yes")]
    pub include_appendix: bool,
    /// The person's own Penn-style ratings; `None` prints the suggestion from the log.
    #[serde(default)]
    pub psfs_frequency: Option<u8>,
    #[serde(default)]
    pub psfs_severity: Option<u8>,
}

fn yes() -> bool {
    true
}

/// The report screen's starting values.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ReportDefaults {
    pub from: String,
    pub to: String,
    /// "since your last appointment" or "the last 90 days".
    pub period_reason: String,
    pub psfs_frequency: u8,
    pub psfs_severity: u8,
}

pub const PSFS_FREQUENCY: [&str; 5] = [
    "no spasms",
    "spasms induced only by stimulation",
    "infrequent full spasms, less than once an hour",
    "spasms more than once an hour",
    "spasms more than ten times an hour",
];
pub const PSFS_SEVERITY: [&str; 4] = ["", "mild", "moderate", "severe"];

/// Frequency and severity suggested from the log: the busiest day's rate per hour,
/// and the median intensity (≤ 3 mild, 4–6 moderate, ≥ 7 severe).
pub fn suggest_psfs(a: &Aggregates) -> (u8, u8) {
    let busiest = a
        .by_day
        .iter()
        .map(|d| d.by_kind.iter().sum::<u32>())
        .max()
        .unwrap_or(0);
    let frequency = match busiest {
        0 => 0,
        n if n > 240 => 4,
        n if n > 24 => 3,
        _ => 2,
    };
    let severity = match a.median_intensity {
        None => 1,
        Some(m) if m <= 3.0 => 1,
        Some(m) if m < 7.0 => 2,
        Some(_) => 3,
    };
    (frequency, severity)
}

fn long_date(day: i64) -> String {
    twinge_core::insights::date_of_day(day)
        .map(|d| format!("{} {} {}", d.day(), d.month(), d.year()))
        .unwrap_or_default()
}

fn change(current: f64, previous: f64, unit: &str) -> String {
    if previous == 0.0 {
        return "previous period: none".into();
    }
    let pct = ((current - previous) / previous * 100.0).round();
    let dir = if pct > 0.0 {
        "up"
    } else if pct < 0.0 {
        "down"
    } else {
        "no change"
    };
    format!("previous: {previous:.1}{unit} ({dir} {:.0}%)", pct.abs())
}

fn minutes(s: f64) -> String {
    if s < 60.0 {
        format!("{s:.0} s")
    } else if s < 3600.0 {
        format!("{:.0} min", s / 60.0)
    } else {
        format!("{:.1} h", s / 3600.0)
    }
}

impl Journal {
    /// Starting values for the report screen: since the last appointment (if there is
    /// one in the past), else the last 90 days, ending `today`.
    pub fn report_defaults(&self, today: &str) -> Result<ReportDefaults, AppError> {
        let today_p = parse_period(today, today)?;
        let last = self
            .appointments()?
            .into_iter()
            .map(|a| a.date)
            .filter(|d| d.as_str() <= today)
            .max();
        let (from, reason) = match last {
            Some(d) => (d, "since your last appointment".to_string()),
            None => (
                date_of(today_p.first_day - 89),
                "the last 90 days".to_string(),
            ),
        };
        let a = self.aggregates(parse_period(&from, today)?)?;
        let (f, s) = suggest_psfs(&a);
        Ok(ReportDefaults {
            from,
            to: today.to_string(),
            period_reason: reason,
            psfs_frequency: f,
            psfs_severity: s,
        })
    }

    /// The model of the report: every number already in words.
    pub fn report_model(&self, r: &ReportRequest) -> Result<ReportModel, AppError> {
        let period: Period = parse_period(&r.from, &r.to)?;
        if r.questions.chars().count() > 4000 {
            return Err(AppError::new(
                "questions_too_long",
                "Questions can be at most 4,000 characters.",
            ));
        }
        if r.psfs_frequency.is_some_and(|f| f > 4)
            || r.psfs_severity.is_some_and(|s| !(1..=3).contains(&s))
        {
            return Err(AppError::new(
                "bad_psfs",
                "Frequency is rated 0 to 4 and severity 1 to 3.",
            ));
        }
        let a = self.aggregates(period)?;
        let prev = self.aggregates(period.previous())?;
        let names = self.vocab_names()?;
        let theme = Theme::LIGHT;
        let markers = self.markers()?;
        let now_s = self.clock().now_ms().div_euclid(1000)
            + i64::from(self.clock().local_offset_min()) * 60;
        let today = now_s.div_euclid(86_400);
        let generated = twinge_core::insights::date_of_day(today)
            .ok_or_else(|| AppError::new("internal", "Today is outside the calendar."))?;
        let (suggested_f, suggested_s) = suggest_psfs(&a);
        let confirmed = r.psfs_frequency.is_some() || r.psfs_severity.is_some();
        let frequency = r.psfs_frequency.unwrap_or(suggested_f);
        let severity = r.psfs_severity.unwrap_or(suggested_s);
        let pct = |x: Option<f64>| {
            x.map(|v| format!("{:.0}%", v * 100.0))
                .unwrap_or_else(|| "–".into())
        };
        let opt1 = |x: Option<f64>| x.map(|v| format!("{v:.1}")).unwrap_or_else(|| "–".into());
        let headline = vec![
            Headline {
                label: "Episodes per week".into(),
                value: format!("{:.1}", a.per_week),
                previous: change(a.per_week, prev.per_week, ""),
            },
            Headline {
                label: "Days with episodes".into(),
                value: format!("{} of {}", a.days_with_episode, period.days()),
                previous: format!("previous: {} of {}", prev.days_with_episode, period.days()),
            },
            Headline {
                label: "Days covered by logging".into(),
                value: format!("{} of {}", a.days_covered, period.days()),
                previous: "episode or “no episodes” mark".into(),
            },
            Headline {
                label: "Episodes in period".into(),
                value: a.total.to_string(),
                previous: format!("previous period: {}", prev.total),
            },
            Headline {
                label: "Intensity, mean / worst (0–10)".into(),
                value: format!(
                    "{} / {}",
                    opt1(a.mean_intensity),
                    a.max_intensity
                        .map(|m| m.to_string())
                        .unwrap_or_else(|| "–".into())
                ),
                previous: format!(
                    "previous: {} / {}",
                    opt1(prev.mean_intensity),
                    prev.max_intensity
                        .map(|m| m.to_string())
                        .unwrap_or_else(|| "–".into())
                ),
            },
            Headline {
                label: "Duration, median / longest".into(),
                value: format!(
                    "{} / {}",
                    a.median_duration_s
                        .map(minutes)
                        .unwrap_or_else(|| "–".into()),
                    a.max_duration_s
                        .map(|s| minutes(f64::from(s)))
                        .unwrap_or_else(|| "–".into())
                ),
                previous: format!(
                    "previous median: {}",
                    prev.median_duration_s
                        .map(minutes)
                        .unwrap_or_else(|| "–".into())
                ),
            },
            Headline {
                label: "At night (22–06 h)".into(),
                value: pct(a.night_share),
                previous: format!("previous: {}", pct(prev.night_share)),
            },
            Headline {
                label: "Woke from sleep".into(),
                value: pct(a.woke_share),
                previous: format!("previous: {}", pct(prev.woke_share)),
            },
        ];
        let enough = a.total >= twinge_charts::MIN_EPISODES_FOR_TRIGGERS;
        let episodes = self.store().list_episodes(&ListFilter {
            limit: u32::MAX,
            ..Default::default()
        })?;
        let mut appendix: Vec<AppendixRow> = episodes
            .iter()
            .filter(|e| {
                let (day, _, _) = twinge_core::insights::local_day_hour_weekday(e);
                period.contains(day)
            })
            .map(|e| {
                let d = &e.draft;
                let t = d.started_at.to_rfc3339();
                AppendixRow {
                    when: format!("{} {}", &t[..10], &t[11..16]),
                    kind: d.kind.label().into(),
                    place: d
                        .locations
                        .iter()
                        .map(|l| match l.side {
                            twinge_core::Side::Centre => l.region.label().to_string(),
                            s => format!("{} ({})", l.region.label(), s.code()),
                        })
                        .collect::<Vec<_>>()
                        .join(", "),
                    intensity: d.intensity.to_string(),
                    duration: d
                        .duration_s
                        .map(|s| minutes(f64::from(s)))
                        .unwrap_or_default(),
                    triggers: d
                        .triggers
                        .iter()
                        .map(|k| names.trigger(k))
                        .collect::<Vec<_>>()
                        .join(", "),
                    reliefs: d
                        .reliefs
                        .iter()
                        .map(|x| format!("{} ({}/3)", names.relief(&x.relief), x.helped))
                        .collect::<Vec<_>>()
                        .join(", "),
                    notes: d.notes.clone(),
                }
            })
            .collect();
        appendix.reverse();
        let medications: Vec<String> = self
            .medication_changes()?
            .into_iter()
            .rev()
            .map(|m| {
                format!("{}: {} {} {}", m.date, m.name, m.dose, m.change.code()).replace("  ", " ")
            })
            .collect();
        Ok(ReportModel {
            paper: match r.paper {
                PaperSize::A4 => Paper::A4,
                PaperSize::Letter => Paper::UsLetter,
            },
            name: self.settings()?.display_name,
            period_label: format!(
                "{} – {}",
                long_date(period.first_day),
                long_date(period.last_day)
            ),
            days: period.days() as u32,
            generated_label: format!(
                "{} {} {}",
                generated.day(),
                generated.month(),
                generated.year()
            ),
            generated_ymd: (generated.year(), generated.month() as u8, generated.day()),
            total: a.total,
            headline,
            kinds_line: Kind::ALL
                .iter()
                .enumerate()
                .filter(|(i, _)| a.by_kind[*i] > 0)
                .map(|(i, k)| format!("{} {}", a.by_kind[i], k.label().to_lowercase()))
                .collect::<Vec<_>>()
                .join(" · "),
            psfs: Psfs {
                frequency,
                frequency_text: PSFS_FREQUENCY[usize::from(frequency.min(4))].into(),
                severity,
                severity_text: PSFS_SEVERITY[usize::from(severity.clamp(1, 3))].into(),
                source: if confirmed {
                    format!("rated by the patient; suggested from the log: {suggested_f} and {suggested_s}")
                } else {
                    "suggested from the log, not yet confirmed by the patient".into()
                },
            },
            locations: a
                .by_region
                .iter()
                .take(6)
                .map(|l| Line {
                    label: match l.side {
                        twinge_core::Side::Centre => l.region.label().to_string(),
                        s => format!("{} ({})", l.region.label(), s.code()),
                    },
                    count: l.count.to_string(),
                    note: String::new(),
                })
                .collect(),
            triggers: if enough {
                a.by_trigger
                    .iter()
                    .take(6)
                    .map(|t| Line {
                        label: names.trigger(&t.trigger),
                        count: t.count.to_string(),
                        note: format!(
                            "{:.0}% ({:.0}–{:.0}%)",
                            t.share * 100.0,
                            t.low * 100.0,
                            t.high * 100.0
                        ),
                    })
                    .collect()
            } else {
                Vec::new()
            },
            triggers_note: if enough {
                "Share of episodes the patient tagged with each suspected trigger; tagged with, not caused by.".into()
            } else {
                format!(
                    "Not enough data: triggers are shown from {} episodes.",
                    twinge_charts::MIN_EPISODES_FOR_TRIGGERS
                )
            },
            reliefs: a
                .reliefs
                .iter()
                .take(6)
                .map(|x| Line {
                    label: names.relief(&x.relief),
                    count: x.used.to_string(),
                    note: format!("{:.1}", x.mean_helped),
                })
                .collect(),
            medications,
            questions: r.questions.trim().to_string(),
            include_appendix: r.include_appendix && a.total > 0,
            appendix,
            charts: Charts {
                frequency: twinge_charts::frequency_sized(&a, &markers, &theme, (720, 230)),
                body: twinge_charts::body_heat(&a.by_region, &theme),
                heatmap: twinge_charts::hour_weekday(&a, &theme),
                intensity: twinge_charts::intensity_trend(&a, &theme),
            },
        })
    }

    /// The report as PDF bytes.
    pub fn report_pdf(&self, r: &ReportRequest) -> Result<Vec<u8>, AppError> {
        let model = self.report_model(r)?;
        twinge_report::render_pdf(&model).map_err(|e| {
            AppError::new(
                "report_failed",
                format!("The report could not be made: {e}."),
            )
        })
    }
}

impl Journal {
    /// Page 1 of the report as SVG (the preview on the Report screen).
    pub fn report_preview(&self, r: &ReportRequest) -> Result<String, AppError> {
        let model = self.report_model(r)?;
        twinge_report::first_page_svg(&model).map_err(|e| {
            AppError::new(
                "report_failed",
                format!("The preview could not be made: {e}."),
            )
        })
    }
}
