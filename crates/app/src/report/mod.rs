//! The doctor's report: the period's aggregates and episodes turned into a
//! [`ReportModel`] in words, then into PDF bytes by `twinge-report`.

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use twinge_charts::Theme;
use twinge_core::insights::Period;
use twinge_core::Kind;
use twinge_report::{Appendix, Charts, HowOften, Noted, Paper, ReportModel};
use twinge_store::ListFilter;

use crate::insights::{date_of, parse_period};

mod appendix;
mod language;
mod lines;
mod questions;
mod symptoms;
mod trial_box;

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
    #[serde(default)]
    pub appendix: AppendixChoice,
    /// The person's own Penn-style ratings; `None` prints the suggestion from the log.
    #[serde(default)]
    pub psfs_frequency: Option<u8>,
    #[serde(default)]
    pub psfs_severity: Option<u8>,
    /// The report's language ("de"); English when none is given.
    #[serde(default)]
    #[ts(optional)]
    pub language: Option<String>,
}

/// Which episodes the appendix lists.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum AppendixChoice {
    /// Every episode, those with notes or symptoms marked.
    All,
    /// Episodes with notes or symptoms, and a count of the rest.
    #[default]
    Notable,
    /// No appendix.
    None,
}

/// The longest questions for the doctor: what page 1 keeps room for.
pub const MAX_QUESTIONS_CHARS: usize = 600;

/// Page 1 as the preview shows it, and the Penn ratings the log suggests for the
/// request's period (the Report screen's boxes follow them until the person changes them).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ReportPreview {
    pub svg: String,
    pub psfs_frequency: u8,
    pub psfs_severity: u8,
}

/// The fewest days since the last appointment that make it the default start.
pub const MIN_DAYS_SINCE_APPOINTMENT: i64 = 14;

/// The report screen's starting values.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ReportDefaults {
    pub from: String,
    pub to: String,
    /// "since your last appointment" or "the last 90 days".
    pub period_reason: String,
    pub psfs_frequency: u8,
    pub psfs_severity: u8,
    /// The questions written for the next report and not yet in a saved one.
    pub questions: String,
    /// The PDF's language: the one kept for this journal, else the person's.
    pub language: String,
    /// The languages the PDF can be in.
    pub languages: Vec<crate::LanguageChoice>,
}

/// The Penn scale suggested from the spasms of a period (each one's local day,
/// intensity and whether it was set off by touch or movement; none without spasms).
/// Part 1: 1 when every spasm was set off; otherwise from spasms per waking hour (16 h)
/// on the days with spasms: more than 10 an hour 4, more than 1 an hour 3, else 2.
/// Part 2 from their median intensity: ≤ 3 mild, below 7 moderate, else severe (over
/// the rated ones; mild when an imported diary rated none).
pub fn suggest_psfs(spasms: &[(i64, Option<u8>, bool)]) -> Option<(u8, u8)> {
    if spasms.is_empty() {
        return None;
    }
    let mut days: Vec<i64> = spasms.iter().map(|(d, ..)| *d).collect();
    days.sort_unstable();
    days.dedup();
    let per_waking_hour = spasms.len() as f64 / (days.len() as f64 * WAKING_HOURS);
    let frequency = match per_waking_hour {
        _ if spasms.iter().all(|(.., set_off)| *set_off) => 1,
        r if r > 10.0 => 4,
        r if r > 1.0 => 3,
        _ => 2,
    };
    let mut intensities: Vec<f64> = spasms
        .iter()
        .filter_map(|(_, i, _)| i.map(f64::from))
        .collect();
    intensities.sort_by(f64::total_cmp);
    let median = twinge_core::insights::median_sorted(&intensities).unwrap_or(0.0);
    let severity = match median {
        m if m <= 3.0 => 1,
        m if m < 7.0 => 2,
        _ => 3,
    };
    Some((frequency, severity))
}

/// The week bars and the intensity chart on page 2: as wide as the page, the same size,
/// one above the other on one time axis.
const TIME_CHART_SIZE: (u32, u32) = (720, 200);

/// The Penn ratings offered when no spasm was logged: no spasms, mild.
pub(super) const NO_SPASMS: (u8, u8) = (0, 1);

/// The waking hours of a day the Penn frequency is counted over.
const WAKING_HOURS: f64 = 16.0;

impl Journal {
    /// The spasms of a period: each one's local day, intensity and whether it was set off
    /// (the Penn scale counts spasms only, never cramps or twitches).
    fn spasms_in(&self, period: Period) -> Result<Vec<(i64, Option<u8>, bool)>, AppError> {
        let spasms = self.store().list_episodes(&ListFilter {
            limit: u32::MAX,
            kind: Some(Kind::Spasm),
            ..Default::default()
        })?;
        Ok(spasms_of(&spasms, period))
    }
}

/// The spasms among `episodes` that fall in `period`: each one's local day, intensity
/// and whether it was set off.
fn spasms_of(episodes: &[twinge_core::Episode], period: Period) -> Vec<(i64, Option<u8>, bool)> {
    episodes
        .iter()
        .filter(|e| e.draft.kind == Kind::Spasm)
        .map(|e| {
            (
                twinge_core::insights::local_day_hour_weekday(e).0,
                e.draft.intensity,
                e.draft.set_off,
            )
        })
        .filter(|(day, ..)| period.contains(*day))
        .collect()
}

/// Refuses a request the report cannot honour, in words.
fn check_request(r: &ReportRequest) -> Result<(), AppError> {
    questions::check_questions(&r.questions)?;
    if r.psfs_frequency.is_some_and(|f| f > 4)
        || r.psfs_severity.is_some_and(|s| !(1..=3).contains(&s))
    {
        return Err(AppError::say("bad_psfs", |tr| tr.failure_bad_psfs()));
    }
    Ok(())
}

impl Journal {
    /// Starting values for the report screen: since the last appointment when that
    /// leaves at least 14 days, else the last 90 days, ending `today`; the reason says
    /// which rule chose it.
    pub fn report_defaults(&self, today: &str) -> Result<ReportDefaults, AppError> {
        let today_p = parse_period(today, today)?;
        let last = self
            .appointments()?
            .into_iter()
            .map(|a| a.date)
            .filter(|d| d.as_str() <= today)
            .max();
        let last_day = last
            .as_deref()
            .map(|d| parse_period(d, d).map(|p| p.first_day))
            .transpose()?;
        let tr = self.tr();
        let (from, reason) = match (last, last_day) {
            (Some(d), Some(day)) if today_p.first_day - day >= MIN_DAYS_SINCE_APPOINTMENT => (
                d,
                tr.screen_report_reason_since(twinge_i18n::domain::full_date(&tr, day)),
            ),
            (Some(_), Some(day)) => (
                date_of(today_p.first_day - 89),
                tr.screen_report_reason_too_close(
                    twinge_i18n::domain::full_date(&tr, day),
                    MIN_DAYS_SINCE_APPOINTMENT,
                ),
            ),
            _ => (
                date_of(today_p.first_day - 89),
                tr.screen_report_reason_default(),
            ),
        };
        let (f, s) = self.suggested_psfs(parse_period(&from, today)?)?;
        Ok(ReportDefaults {
            from,
            to: today.to_string(),
            period_reason: reason,
            psfs_frequency: f,
            psfs_severity: s,
            questions: self.kept_report_questions()?,
            language: self.report_language()?.code(),
            languages: crate::languages(),
        })
    }

    /// The ratings the log suggests for a period (0 and 1 without spasms).
    fn suggested_psfs(&self, period: Period) -> Result<(u8, u8), AppError> {
        Ok(suggest_psfs(&self.spasms_in(period)?).unwrap_or(NO_SPASMS))
    }

    /// The model of the report: every number already in words.
    pub fn report_model(&self, r: &ReportRequest) -> Result<ReportModel, AppError> {
        Ok(self.model_and_suggestion(r)?.0)
    }

    /// The model, and the Penn ratings the log suggests for its period (none without
    /// spasms), counted once for both.
    fn model_and_suggestion(
        &self,
        r: &ReportRequest,
    ) -> Result<(ReportModel, Option<(u8, u8)>), AppError> {
        let period: Period = parse_period(&r.from, &r.to)?;
        check_request(r)?;
        let a = self.aggregates(period)?;
        let prev = self.aggregates(period.previous())?;
        let tr = twinge_i18n::Tr::new(&self.report_lang(r.language.as_deref())?);
        let names = self.vocab_names()?.in_language(&tr);
        let theme = Theme::LIGHT;
        let markers = self.markers(&tr)?;
        let now_s = self.clock().now_ms().div_euclid(1000)
            + i64::from(self.clock().local_offset_min()) * 60;
        let generated_day = now_s.div_euclid(86_400);
        let episodes = self.store().list_episodes(&ListFilter {
            limit: u32::MAX,
            ..Default::default()
        })?;
        let medications: Vec<String> = self
            .medication_changes()?
            .into_iter()
            .rev()
            .map(|m| language::medication_line(&tr, &m))
            .collect();
        let settings = self.settings()?;
        // A trial's box takes two lines of page 1 from each list.
        let (trial, trial_chart) = self.report_trial(&tr, period)?.unzip();
        let top = lines::TOP - 2 * usize::from(trial.is_some());
        let (lines, note) = lines::triggers(
            &tr,
            &a,
            &names,
            (self.store().trigger_repeats_on_a_day(period)?, top),
        );
        let triggers = Noted { lines, note };
        // The period's summary as the Insights screen has it: its notes go under page 1's
        // figures in the same words.
        let now = crate::insights::summary(&a, &tr);
        let comparable = crate::rate_change(&tr, &now, &crate::insights::summary(&prev, &tr)).0;
        let suggested = suggest_psfs(&spasms_of(&episodes, period));
        let factor_stats = self.factor_stats_of(&a)?;
        let factors_chart = crate::insights::factors_chart(&factor_stats, &theme, &tr);
        let (lines, note) = lines::factors(&tr, &factor_stats, &factors_chart);
        let factors = Noted { lines, note };
        let model = ReportModel {
            paper: match r.paper {
                PaperSize::A4 => Paper::A4,
                PaperSize::Letter => Paper::UsLetter,
            },
            lang: tr.lang().code(),
            words: language::report_words(&tr, period, generated_day),
            cover: language::cover(&tr, &settings, period, generated_day)?,
            how_often: HowOften {
                total: a.total,
                headline: crate::insights::headlines(&tr, &a, &prev, period)
                    .into_iter()
                    .map(crate::insights::Headline::into_report)
                    .collect(),
                // Under the figures: rates from a few logged days, what the comparison
                // cannot say, and what the intensity and hour figures leave out
                // (imported episodes without them).
                caveat: now
                    .few_days
                    .into_iter()
                    .chain(comparable.then(|| tr.change_caveat()))
                    .chain(now.left_out)
                    .collect::<Vec<_>>()
                    .join(" "),
                kinds: twinge_report::KindTable {
                    columns: crate::kind_columns(&tr),
                    rows: self
                        .kinds_compared(&tr, &a, &prev, comparable)?
                        .into_iter()
                        .map(|k| twinge_report::KindLine {
                            label: twinge_i18n::domain::kind(&tr, k.kind),
                            episodes: tr.episodes_count(k.current.figures.episodes),
                            cells: k.current.cells,
                            previous: k.previous.cells,
                        })
                        .collect(),
                },
                psfs: lines::psfs(&tr, r.psfs_frequency, r.psfs_severity, suggested),
                trial,
            },
            locations: lines::places(&tr, &a, top),
            symptoms: symptoms::lines(&tr, &episodes, period),
            triggers,
            reliefs: lines::reliefs(&tr, &a, &names, top),
            medications,
            factors,
            questions: r.questions.trim().to_string(),
            appendix: (r.appendix != AppendixChoice::None && a.total > 0).then(|| Appendix {
                title: appendix::title(&tr, r.appendix),
                rest: appendix::rest(&tr, &episodes, period, r.appendix),
                months: appendix::appendix(&tr, (&episodes, period), &names, r.appendix),
            }),
            chart_widths: twinge_report::CHART_WIDTHS,
            charts: Charts {
                frequency: twinge_charts::frequency_sized(
                    &a,
                    (&markers, self.store().journal_began()?),
                    (&theme, &tr),
                    TIME_CHART_SIZE,
                ),
                body: twinge_charts::body_heat(&a.by_region, &theme, &tr),
                heatmap: twinge_charts::hour_weekday(&a, &theme, &tr),
                intensity: twinge_charts::intensity_trend_sized(&a, (&theme, &tr), TIME_CHART_SIZE),
                factors: factors_chart.svg,
                trial: trial_chart.unwrap_or_default(),
            },
        };
        Ok((model, suggested))
    }

    /// The report as PDF bytes.
    pub fn report_pdf(&self, r: &ReportRequest) -> Result<Vec<u8>, AppError> {
        let model = self.report_model(r)?;
        twinge_report::render_pdf(&model).map_err(|e| {
            AppError::say("report_failed", |tr| tr.failure_report()).with_details(e.to_string())
        })
    }
}

impl Journal {
    /// Page 1 of the report as SVG (the preview on the Report screen), with the ratings
    /// the log suggests for the request's period.
    pub fn report_preview(&self, r: &ReportRequest) -> Result<ReportPreview, AppError> {
        let (model, suggested) = self.model_and_suggestion(r)?;
        let svg = twinge_report::first_page_svg(&model).map_err(|e| {
            AppError::say("report_failed", |tr| tr.failure_preview()).with_details(e.to_string())
        })?;
        let (psfs_frequency, psfs_severity) = suggested.unwrap_or(NO_SPASMS);
        Ok(ReportPreview {
            svg,
            psfs_frequency,
            psfs_severity,
        })
    }
}
