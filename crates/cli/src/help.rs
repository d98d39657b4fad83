//! `--help` in the person's language. Every command's and option's help comes from
//! the catalogue (`locales/<lang>/help.ftl`), by its place in the command tree:
//! `help-<command>` says what a command does, `help-<command>-<option>` what an option
//! means (`help-twinge-…` for the options every command takes), `help-value-<name>`
//! names a value (`FILE`). clap's own words — the headings, the help and version
//! flags — are replaced too; its error messages stay as clap writes them.

use clap::{Arg, ArgAction, Command};
use twinge_app::Tr;

/// The root's name in the keys.
const ROOT: &str = "twinge";

/// `cmd` with every help text in `tr`'s language.
pub(crate) fn in_language(cmd: Command, tr: &Tr) -> Command {
    let mut cmd = speak(cmd, None, tr);
    cmd.build();
    usage(cmd, &format!("[{}]", tr.help_value_options()))
}

/// Each usage line with clap's "[OPTIONS]" said in the language.
fn usage(mut cmd: Command, options: &str) -> Command {
    let line = cmd.render_usage().to_string();
    let line = line
        .split_once(' ')
        .map_or(line.as_str(), |(_, l)| l)
        .trim();
    cmd = cmd.override_usage(line.replace("[OPTIONS]", options));
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in names {
        cmd = cmd.mut_subcommand(name, |s| usage(s, options));
    }
    cmd
}

/// Every key the command tree asks of the catalogue (for the test that finds each).
#[cfg(test)]
fn keys(cmd: &Command) -> Vec<String> {
    fn walk(cmd: &Command, parent: Option<&str>, out: &mut Vec<String>) {
        let base = base(cmd, parent);
        out.push(format!("help-{base}"));
        for a in cmd.get_arguments().filter(|a| !built_in(a)) {
            out.push(arg_key(&base, a));
            for v in value_names(a) {
                out.push(value_key(v));
            }
        }
        let child = if parent.is_none() { "" } else { base.as_str() };
        for s in cmd.get_subcommands() {
            walk(s, Some(child), out);
        }
    }
    let mut out = Vec::new();
    walk(cmd, None, &mut out);
    out.sort();
    out.dedup();
    out
}

fn base(cmd: &Command, parent: Option<&str>) -> String {
    match parent {
        None => ROOT.to_string(),
        Some("") => cmd.get_name().to_string(),
        Some(p) => format!("{p}-{}", cmd.get_name()),
    }
}

fn arg_key(base: &str, a: &Arg) -> String {
    format!("help-{base}-{}", a.get_id().as_str().replace('_', "-"))
}

fn value_key(name: &str) -> String {
    format!(
        "help-value-{}",
        name.to_lowercase().replace(['_', ':', '|', '='], "-")
    )
}

/// The names of the values an option takes (none for a flag).
fn value_names(a: &Arg) -> &[clap::builder::Str] {
    match a.get_action().takes_values() {
        true => a.get_value_names().unwrap_or_default(),
        false => &[],
    }
}

fn built_in(a: &Arg) -> bool {
    matches!(a.get_id().as_str(), "help" | "version")
}

fn speak(mut cmd: Command, parent: Option<&str>, tr: &Tr) -> Command {
    let base = base(&cmd, parent);
    if let Some(about) = tr.named(&format!("help-{base}")) {
        cmd = cmd.about(about);
    }
    let (options, arguments) = (tr.help_options(), tr.help_arguments());
    let ids: Vec<(String, String)> = cmd
        .get_arguments()
        .filter(|a| !built_in(a))
        .map(|a| (a.get_id().to_string(), arg_key(&base, a)))
        .collect();
    // A command's own options first, then those every command takes, then help.
    let first = if parent.is_none() { 900 } else { 0 };
    for (i, (id, key)) in ids.into_iter().enumerate() {
        cmd = cmd.mut_arg(id, |a| {
            let a = a.display_order(first + i);
            let heading = if a.is_positional() {
                &arguments
            } else {
                &options
            };
            let names: Vec<String> = value_names(&a)
                .iter()
                .map(|v| tr.named(&value_key(v)).unwrap_or_else(|| v.to_string()))
                .collect();
            // Defaults and choices are said in the help text, in its language.
            let a = match a.get_action().takes_values() {
                true => a.hide_possible_values(true).hide_default_value(true),
                false => a,
            };
            let a = a.help_heading(heading.clone());
            let a = if names.is_empty() {
                a
            } else {
                a.value_names(names)
            };
            match tr.named(&key) {
                Some(help) => a.help(help),
                None => a,
            }
        });
    }
    cmd = cmd
        .disable_help_flag(true)
        .disable_help_subcommand(true)
        .subcommand_help_heading(tr.help_commands())
        .subcommand_value_name(tr.help_value_command())
        .help_template(format!(
            "{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
            tr.help_usage()
        ))
        .arg(flag(
            ('h', "help"),
            ArgAction::Help,
            tr.help_help(),
            &options,
        ));
    if parent.is_none() {
        cmd = cmd
            .disable_version_flag(true)
            .after_help(tr.help_twinge_after())
            .arg(flag(
                ('V', "version"),
                ArgAction::Version,
                tr.help_version(),
                &options,
            ));
    }
    let child = if parent.is_none() {
        String::new()
    } else {
        base.clone()
    };
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in names {
        cmd = cmd.mut_subcommand(name, |s| speak(s, Some(&child), tr));
    }
    cmd
}

/// `-h, --help` or `-V, --version`, after a command's own options.
fn flag(
    (short, long): (char, &'static str),
    action: ArgAction,
    help: String,
    heading: &str,
) -> Arg {
    let order = if long == "help" { 1000 } else { 1001 };
    Arg::new(long)
        .short(short)
        .long(long)
        .action(action)
        .display_order(order)
        .help(help)
        .help_heading(heading.to_string())
}

/// A command line clap could not read, in words: what was wrong, and where to look.
pub(crate) fn usage_error(e: &clap::Error, tr: &Tr) -> String {
    use clap::error::{ContextKind as C, ContextValue, ErrorKind as K};
    let get = |kind| match e.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(s)) => tr.formats().and_list(s),
        Some(other) => other.to_string(),
        None => String::new(),
    };
    let what = match e.kind() {
        K::MissingRequiredArgument => tr.cli_usage_missing(get(C::InvalidArg)),
        K::UnknownArgument => tr.cli_usage_unknown(get(C::InvalidArg)),
        K::InvalidSubcommand => tr.cli_usage_unknown_command(get(C::InvalidSubcommand)),
        K::MissingSubcommand | K::DisplayHelpOnMissingArgumentOrSubcommand => {
            tr.cli_usage_no_command()
        }
        K::InvalidValue | K::ValueValidation => {
            let what = tr.cli_usage_bad_value(get(C::InvalidArg), get(C::InvalidValue));
            match e.get(C::ValidValue) {
                Some(ContextValue::Strings(valid)) => {
                    let valid: Vec<String> = valid
                        .iter()
                        .map(|v| tr.cli_usage_quoted(v.as_str()))
                        .collect();
                    format!(
                        "{what} {}",
                        tr.cli_usage_valid(tr.formats().or_list(&valid))
                    )
                }
                _ => what,
            }
        }
        K::ArgumentConflict => tr.cli_usage_conflict(get(C::InvalidArg), get(C::PriorArg)),
        _ => tr.cli_usage_other(e.kind().as_str().unwrap_or_default()),
    };
    let usage = get(C::Usage);
    match usage.split_once(' ').map(|(_, u)| u.trim()) {
        Some(usage) if !usage.is_empty() => format!(
            "{what}\n{} {usage}\n{}",
            tr.help_usage(),
            tr.cli_usage_see_help()
        ),
        _ => format!("{what}\n{}", tr.cli_usage_see_help()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn every_command_and_option_has_its_help_in_the_catalogue() {
        let english = Tr::new(&twinge_app::Lang::english());
        let missing: Vec<String> = keys(&crate::Cli::command())
            .into_iter()
            .filter(|k| english.named(k).is_none())
            .collect();
        assert!(missing.is_empty(), "help.ftl lacks {missing:?}");
    }

    #[test]
    fn french_help_puts_a_space_before_the_colon_of_its_headings() {
        let tr = Tr::new(&twinge_app::Lang::from_code("fr").unwrap());
        let mut cmd = in_language(crate::Cli::command(), &tr);
        let help = cmd.render_help().to_string();
        for heading in ["Commandes\u{a0}:", "Options\u{a0}:", "Utilisation\u{a0}:"] {
            assert!(help.contains(heading), "{heading:?} in {help}");
        }
    }
}
