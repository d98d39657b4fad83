//! `twinge passcode set|remove`: what Settings → Privacy does, with the same crash
//! safety. Passcodes come from a file or the terminal, never from an argument. Changing
//! or removing a passcode needs the current one (`--passcode-file`, or asked for), which
//! is the one that opens the journal.

use std::path::PathBuf;

use twinge_app::AppError;

use crate::{Ctx, Failure};

#[derive(clap::Subcommand, Debug)]
pub(crate) enum PasscodeCmd {
    Set {
        #[arg(long, value_name = "FILE")]
        new_passcode_file: Option<PathBuf>,
    },
    Remove,
}

pub(crate) fn run(action: &PasscodeCmd, ctx: &Ctx) -> Result<(), Failure> {
    let (mut journal, current) = ctx.open_with_passcode()?;
    match action {
        PasscodeCmd::Set { new_passcode_file } => {
            let new = ctx.secret(
                new_passcode_file.as_deref(),
                &ctx.tr().cli_prompt_new_passcode(),
                "--new-passcode-file",
            )?;
            if new_passcode_file.is_none() {
                let again =
                    ctx.secret(None, &ctx.tr().cli_prompt_again(), "--new-passcode-file")?;
                if *again != *new {
                    return Err(Failure(AppError::say("passcodes_differ", |tr| {
                        tr.cli_passcodes_differ()
                    })));
                }
            }
            twinge_app::check_new_passcode(&new)?;
            let was = journal.privacy_status().encrypted;
            let change = journal.set_passcode(current.as_deref().map(String::as_str), &new)?;
            out!(
                "{}",
                if was {
                    ctx.tr().screen_privacy_changed()
                } else {
                    ctx.tr().cli_now_encrypted()
                }
            );
            copies_said(ctx, &change, true);
        }
        PasscodeCmd::Remove => {
            let Some(current) = current else {
                out!("{}", ctx.tr().cli_no_passcode());
                return Ok(());
            };
            let change = journal.remove_passcode(&current)?;
            out!("{}", ctx.tr().screen_privacy_removed());
            copies_said(ctx, &change, false);
        }
    }
    Ok(())
}

/// What happened to the copies in the folder, in words.
fn copies_said(ctx: &Ctx, change: &twinge_app::PasscodeChange, encrypted: bool) {
    let tr = ctx.tr();
    if change.copies > 0 {
        let n = change.copies;
        out!(
            "{}",
            if encrypted {
                tr.screen_privacy_copies_encrypted(n)
            } else {
                tr.screen_privacy_copies_decrypted(n)
            }
        );
    }
    for name in &change.left {
        out!("{}", tr.cli_copy_left(name.as_str()));
    }
    if !change.plain.is_empty() {
        out!(
            "{}",
            tr.screen_privacy_damaged_plain(change.plain.join(", "))
        );
    }
}
