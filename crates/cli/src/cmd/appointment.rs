//! `twinge appointment`: a doctor's appointment on a date, with the patient's answer to
//! the Patient Global Impression of Change when given.

use twinge_app::{AppointmentInput, Pgic};

use crate::{Ctx, Failure};

#[derive(clap::Args, Debug)]
pub(crate) struct AppointmentArgs {
    #[arg(long, value_name = "YYYY-MM-DD")]
    date: String,
    #[arg(long, value_name = "TEXT", default_value = "")]
    note: String,
    #[arg(long, value_name = "ANSWER")]
    pgic: Option<String>,
}

pub(crate) fn run(args: &AppointmentArgs, ctx: &Ctx) -> Result<(), Failure> {
    let pgic = match args.pgic.as_deref() {
        None => None,
        Some(code) => Some(Pgic::from_code(code).ok_or_else(|| {
            let code = code.to_string();
            twinge_app::AppError::say("invalid_argument", move |tr| {
                tr.cli_appointment_bad_pgic(code.as_str())
            })
        })?),
    };
    let mut journal = ctx.open()?;
    let saved = journal.add_appointment(&AppointmentInput {
        date: args.date.clone(),
        note: args.note.clone(),
        pgic,
    })?;
    let tr = ctx.tr();
    out!(
        "{}",
        tr.cli_appointment_saved(twinge_app::date_in(&tr, &saved.date))
    );
    if let Some(p) = saved.pgic {
        out!(
            "{} {}",
            tr.pgic_question(),
            twinge_app::domain::pgic(&tr, p)
        );
    }
    Ok(())
}
