//! `twinge passcode set|remove`: what Settings → Privacy does, with the same crash
//! safety. Passcodes come from a file or the terminal, never from an argument.

use std::path::PathBuf;

use twinge_app::AppError;

use crate::{Ctx, Failure};

#[derive(clap::Subcommand, Debug)]
pub(crate) enum PasscodeCmd {
    /// Encrypt the journal with a new passcode (or change the passcode). A forgotten
    /// passcode cannot be recovered: export a copy first if you want a way back.
    Set {
        /// A file whose first line is the new passcode (else it is asked for twice).
        #[arg(long, value_name = "FILE")]
        new_passcode_file: Option<PathBuf>,
    },
    /// Decrypt the journal: a plain SQLite file again.
    Remove,
}

pub(crate) fn run(action: &PasscodeCmd, ctx: &Ctx) -> Result<(), Failure> {
    let mut journal = ctx.open()?;
    match action {
        PasscodeCmd::Set { new_passcode_file } => {
            let new = ctx.secret(
                new_passcode_file.as_deref(),
                "New passcode: ",
                "--new-passcode-file",
            )?;
            if new_passcode_file.is_none() {
                let again = ctx.secret(None, "The same again: ", "--new-passcode-file")?;
                if *again != *new {
                    return Err(Failure(AppError::new(
                        "passcodes_differ",
                        "The two passcodes differ; nothing was changed.",
                    )));
                }
            }
            let was = journal.privacy_status().encrypted;
            journal.set_passcode(&new)?;
            out!(
                "{}",
                if was {
                    "The passcode was changed."
                } else {
                    "The journal is now encrypted. A forgotten passcode cannot be recovered."
                }
            );
        }
        PasscodeCmd::Remove => {
            journal.remove_passcode()?;
            out!("The journal is no longer encrypted.");
        }
    }
    Ok(())
}
