//! `twinge remind`: the evening reminder. Without options it decides (is the reminder
//! on, has its time come, is today recorded, was it sent already?) and, when due,
//! shows the desktop notification "Anything to log today?" through the freedesktop
//! notification service on D-Bus. `--at` and `--off` turn the reminder on and off
//! (with its systemd user timer), as Settings does. It never opens the journal.

use std::sync::mpsc;
use std::time::Duration;

use twinge_app::{decide, local_now, mark_sent, read_state, AppError, Decision, SystemClock};

use crate::{Ctx, Failure};

#[derive(clap::Args, Debug)]
pub(crate) struct RemindArgs {
    #[arg(long, value_name = "HH:MM", conflicts_with = "off")]
    at: Option<String>,
    #[arg(long)]
    off: bool,
    #[arg(long)]
    no_wait: bool,
}

/// How long a sent reminder waits for a click on "Open Twinge".
const WAIT_FOR_CLICK: Duration = Duration::from_secs(10 * 60);

pub(crate) fn run(args: &RemindArgs, ctx: &Ctx) -> Result<(), Failure> {
    if args.at.is_some() || args.off {
        let mut journal = ctx.open()?;
        let status = journal.set_reminder(args.at.as_deref())?;
        match &status.time {
            Some(t) => out!("{}", ctx.tr().cli_reminder_on(t.as_str())),
            None => out!("{}", ctx.tr().cli_reminder_off()),
        }
        if !status.note.is_empty() {
            out!("{}", status.note);
            if let Some(details) = &status.details {
                eprintln!("twinge: details: {details}");
            }
        }
        return Ok(());
    }
    let (today, minute) = local_now(&SystemClock);
    let state = read_state(&ctx.data_dir);
    match decide(&state, &today, minute) {
        Decision::Off => out!("{}", ctx.tr().cli_reminder_off()),
        Decision::NotYet => out!(
            "{}",
            ctx.tr()
                .cli_reminder_not_yet(state.time.as_deref().unwrap_or(""))
        ),
        Decision::Recorded => out!("{}", ctx.tr().cli_reminder_recorded()),
        Decision::AlreadySent => out!("{}", ctx.tr().cli_reminder_sent()),
        Decision::Send => {
            notify(ctx, args.no_wait)?;
            mark_sent(&ctx.data_dir, &today)?;
        }
    }
    Ok(())
}

/// Shows the notification; unless `no_wait`, waits a while for a click on it and
/// then opens Twinge on its Log tab, where the daily check-in is.
fn notify(ctx: &Ctx, no_wait: bool) -> Result<(), Failure> {
    let handle = notify_rust::Notification::new()
        .appname("Twinge")
        .summary(&ctx.tr().screen_log_anything_today())
        .body(&ctx.tr().cli_reminder_body())
        .icon("twinge")
        .hint(notify_rust::Hint::DesktopEntry("Twinge".into()))
        .action("default", &ctx.tr().cli_reminder_open())
        .show()
        .map_err(|e| {
            AppError::say("notification_failed", |tr| tr.cli_reminder_not_shown())
                .with_details(e.to_string())
        })?;
    out!(
        "{}",
        ctx.tr()
            .cli_reminder_shown(ctx.tr().screen_log_anything_today())
    );
    if no_wait {
        return Ok(());
    }
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || handle.wait_for_action(|action| drop(tx.send(action.to_string()))));
    if rx.recv_timeout(WAIT_FOR_CLICK).as_deref() == Ok("default") {
        let not_opened = |e: std::io::Error| {
            AppError::say("io_error", |tr| tr.cli_reminder_not_opened()).with_details(e.to_string())
        };
        let exe = std::env::current_exe().map_err(not_opened)?;
        std::process::Command::new(exe)
            .env(twinge_app::DATA_DIR_ENV, &ctx.data_dir)
            .spawn()
            .map_err(not_opened)?;
    }
    Ok(())
}
