//! Page 1's trial box: the newest medication change or treatment whose trial window
//! starts inside the report's period with 7 recorded days on each side, in one compact line of figures (the same ones as
//! Insights' Did it help? and `twinge trial`), the patient's global impression given at an
//! appointment after it, and the caveat every trial carries.

use twinge_core::insights::Period;
use twinge_core::trial::TRIAL_FROM;
use twinge_i18n::Tr;
use twinge_report::TrialBox;

use crate::insights::day_of;
use crate::rules::parse_date;
use crate::trial::{change_words, one_decimal, signed_pct};
use crate::{AppError, Journal, TrialDto, TrialQuery};

impl Journal {
    pub(crate) fn report_trial(
        &self,
        tr: &Tr,
        period: Period,
    ) -> Result<Option<(TrialBox, String)>, AppError> {
        let day = |date: &str| parse_date("date", date).ok().map(day_of);
        let starts_in =
            |date: &str| day(date).is_some_and(|d| period.contains(d + i64::from(TRIAL_FROM)));
        // The newest change (they come newest first) whose trial window starts in the
        // period and has its days on both sides.
        let mut found = None;
        for change in self
            .medication_changes()?
            .iter()
            .filter(|m| starts_in(&m.date))
        {
            let query = TrialQuery {
                change: change.id.clone(),
                ..TrialQuery::default()
            };
            let run = self.run_trial(&query, &self.today(), tr)?;
            if run.0.compared.rate.enough {
                found = Some(run);
                break;
            }
        }
        let Some(run) = found else {
            return Ok(None);
        };
        let chart = crate::trial::chart(&run, (&twinge_charts::Theme::LIGHT, tr));
        let trial = run.0;
        let change = &trial.change;
        let pgic = self
            .appointments()?
            .into_iter()
            .filter(|a| a.date > change.date && day(&a.date).is_some_and(|d| period.contains(d)))
            .filter_map(|a| a.pgic.map(|p| (a.date, p)))
            .max_by(|x, y| x.0.cmp(&y.0))
            .map(|(_, p)| format!("{} {}.", tr.pgic_question(), crate::domain::pgic(tr, p)));
        let lines = figures(tr, &trial);
        let trial_box = TrialBox {
            title: change_words(tr, &trial.change),
            lines,
            pgic: pgic.unwrap_or_default(),
            caveat: tr.report_trial_caveat(),
        };
        Ok(Some((trial_box, chart)))
    }
}

/// The trial's figures in a few short parts.
fn figures(tr: &Tr, t: &TrialDto) -> Vec<String> {
    let (b, a, c) = (&t.baseline.figures, &t.trial.figures, &t.compared);
    let n = |v: f64| one_decimal(tr, v);
    let pct = |v: Option<f64>| v.map_or_else(|| "–".to_string(), |v| signed_pct(tr, v));
    let mut out = Vec::new();
    if t.running {
        out.push(tr.report_trial_so_far());
    }
    if let (Some(before), Some(after)) = (b.per_day, a.per_day) {
        let r2 = |v: f64| tr.formats().number(v, 2);
        let ratio = match (c.rate.ratio, c.rate.low, c.rate.high) {
            (Some(r), Some(l), Some(h)) => tr.report_trial_ratio(r2(h), r2(l), r2(r)),
            _ => String::new(),
        };
        let rate = |v: f64| tr.formats().rate(v);
        let line =
            tr.report_trial_per_day(rate(after), rate(before), pct(c.per_day_change_pct), ratio);
        out.push(line.trim_end().to_string());
    }
    if let (Some(before), Some(after)) = (b.stiffness_median, a.stiffness_median) {
        out.push(tr.report_trial_stiffness(n(after), n(before), pct(c.stiffness_change_pct)));
    }
    out
}
