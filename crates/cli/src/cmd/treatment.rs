//! `twinge treatment`: a medication change or another treatment (physiotherapy, a
//! stretching routine, stopping caffeine) on a date, recorded as the app records it: a
//! name, started, changed or stopped, and an optional dose and note.

use twinge_app::{MedChange, MedicationChangeInput};

use crate::{Ctx, Failure};

#[derive(clap::Args, Debug)]
pub(crate) struct TreatmentArgs {
    #[arg(long, value_name = "YYYY-MM-DD")]
    date: String,
    #[arg(long, value_name = "TEXT")]
    name: String,
    #[arg(long, value_name = "CHANGE", default_value = "started")]
    change: String,
    #[arg(long, value_name = "TEXT", default_value = "")]
    dose: String,
    #[arg(long, value_name = "TEXT", default_value = "")]
    note: String,
}

pub(crate) fn run(args: &TreatmentArgs, ctx: &Ctx) -> Result<(), Failure> {
    let change = MedChange::from_code(&args.change).ok_or_else(|| {
        let code = args.change.clone();
        twinge_app::AppError::say("invalid_argument", move |tr| {
            tr.cli_treatment_bad_change(code.as_str())
        })
    })?;
    let mut journal = ctx.open()?;
    let saved = journal.add_medication_change(&MedicationChangeInput {
        date: args.date.clone(),
        name: args.name.clone(),
        dose: args.dose.clone(),
        change,
        note: args.note.clone(),
    })?;
    let tr = ctx.tr();
    out!(
        "{}",
        tr.cli_treatment_saved(
            twinge_app::domain::med_change(&tr, saved.change),
            twinge_app::date_in(&tr, &saved.date),
            saved.name.as_str()
        )
    );
    Ok(())
}
