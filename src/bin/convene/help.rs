//! `convene --help` in the person's language. The command tree comes from the clap derive; its
//! words come from `locales/<locale>/cli.ftl`:
//! - a command's summary from `cli-cmd-<path>` (`cli-cmd-session-create`; the root is `cli-about`),
//! - an argument's from `cli-arg-<path>-<argument>` (`cli-arg-session-create-room-minutes`;
//!   the global options are `cli-arg-db`, `cli-arg-json`, `cli-arg-locale`),
//! - the headings ("Usage", "Commands", "Arguments", "Options") and the help and version flags.
//!
//! clap's own parse errors ("unexpected argument …") stay in English: clap has no localisation.

use clap::{Arg, ArgAction, Command};
use convene::i18n::Localizer;
use convene::messages::Msg;
use convene::msg;

/// The message id for a command's summary.
pub fn command_id(path: &[&str]) -> String {
    if path.is_empty() { "cli-about".to_string() } else { format!("cli-cmd-{}", path.join("-")) }
}

/// The message id for an argument's help.
pub fn arg_id(path: &[&str], arg: &str) -> String {
    let arg = arg.replace('_', "-");
    if path.is_empty() { format!("cli-arg-{arg}") } else { format!("cli-arg-{}-{arg}", path.join("-")) }
}

/// Puts the localised summaries, argument help and headings on the whole command tree, and
/// lets every option that takes free text take text starting with a dash (note-takers type
/// bullets: `--text "-Speeding on MLK"`).
pub fn localize(cmd: Command, l10n: &Localizer) -> Command {
    walk(cmd, &[], l10n)
}

fn walk(mut cmd: Command, path: &[&str], l10n: &Localizer) -> Command {
    // The help tree's ids come from the command paths; the tests below check that every
    // command and argument has its message and every help message its command.
    let about = command_id(path);
    if let Some(m) = Msg::lookup(&about) {
        cmd = cmd.about(l10n.m(m));
    }
    let options = l10n.m(msg!(cli_heading_options));
    let arguments = l10n.m(msg!(cli_heading_arguments));
    let ids: Vec<(String, bool)> =
        cmd.get_arguments().map(|a| (a.get_id().to_string(), a.is_positional())).collect();
    for (id, positional) in ids {
        let help = arg_id(path, &id);
        let help = Msg::lookup(&help).map(|m| l10n.m(m));
        let heading = if positional { arguments.clone() } else { options.clone() };
        cmd = cmd.mut_arg(&id, |a| {
            let free_text =
                !a.is_positional() && a.get_action().takes_values() && a.get_possible_values().is_empty();
            let already = a.is_allow_hyphen_values_set();
            let a = a.help_heading(heading).allow_hyphen_values(free_text || already);
            match help {
                Some(h) => a.help(h),
                None => a,
            }
        });
    }
    // clap's automatic --help, --version and `help` subcommand carry English text; these are
    // the same flags with localised words.
    cmd = cmd.disable_help_flag(true).arg(
        Arg::new("help")
            .short('h')
            .long("help")
            .action(ArgAction::Help)
            .help(l10n.m(msg!(cli_help_flag)))
            .help_heading(options.clone()),
    );
    if path.is_empty() {
        cmd = cmd.disable_version_flag(true).arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(l10n.m(msg!(cli_version_flag)))
                .help_heading(options),
        );
    }
    let usage = l10n.m(msg!(cli_heading_usage));
    cmd = cmd
        .help_template(format!(
            "{{before-help}}{{about-with-newline}}\n{usage} {{usage}}\n\n{{all-args}}{{after-help}}"
        ))
        .subcommand_help_heading(l10n.m(msg!(cli_heading_commands)))
        .subcommand_value_name(l10n.m(msg!(cli_value_command)))
        .disable_help_subcommand(true);
    let names: Vec<String> = cmd.get_subcommands().map(|s| s.get_name().to_string()).collect();
    for name in names {
        let mut sub_path = path.to_vec();
        sub_path.push(&name);
        cmd = cmd.mut_subcommand(&name, |s| walk(s, &sub_path, l10n));
    }
    cmd
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use clap::CommandFactory;

    use super::*;

    /// Every command and argument id in the tree, and which of them must have a message.
    fn tree_ids(cmd: &Command, path: &[&str], out: &mut BTreeSet<String>, commands: &mut Vec<String>) {
        commands.push(command_id(path));
        out.insert(command_id(path));
        for a in cmd.get_arguments() {
            out.insert(arg_id(path, a.get_id().as_str()));
        }
        for s in cmd.get_subcommands() {
            let mut p = path.to_vec();
            p.push(s.get_name());
            tree_ids(s, &p, out, commands);
        }
    }

    fn english_help_ids() -> BTreeSet<String> {
        Localizer::sources("en")
            .unwrap()
            .iter()
            .flat_map(|f| f.lines())
            .filter_map(|l| l.split_once(" =").map(|(id, _)| id.to_string()))
            .filter(|id| id.starts_with("cli-cmd-") || id.starts_with("cli-arg-") || id == "cli-about")
            .collect()
    }

    #[test]
    fn every_command_has_a_summary_and_every_help_message_has_its_command() {
        let (mut ids, mut commands) = (BTreeSet::new(), vec![]);
        tree_ids(&crate::Cli::command(), &[], &mut ids, &mut commands);
        let english = english_help_ids();
        let missing: Vec<_> = commands.iter().filter(|c| !english.contains(*c)).collect();
        assert!(missing.is_empty(), "commands with no summary in locales/en/cli.ftl: {missing:?}");
        let stale: Vec<_> = english.iter().filter(|id| !ids.contains(*id)).collect();
        assert!(stale.is_empty(), "help messages for commands or arguments that do not exist: {stale:?}");
    }

    /// A command line that reaches `path` with every required argument given, and `arg` given
    /// `value`.
    fn line_for(cmd: &Command, path: &[String], arg: &Arg, value: &str) -> Vec<String> {
        let mut argv = vec!["convene".to_string()];
        let mut here = cmd.clone();
        for name in path {
            argv.push(name.clone());
            here = here.find_subcommand(name).unwrap().clone();
        }
        let filler = |a: &Arg| {
            a.get_possible_values().first().map(|p| p.get_name().to_string()).unwrap_or_else(|| "abc".into())
        };
        for a in here.get_arguments().filter(|a| a.is_required_set() && a.get_id() != arg.get_id()) {
            if a.is_positional() {
                argv.push(filler(a));
            } else if let Some(l) = a.get_long() {
                argv.extend([format!("--{l}"), filler(a)]);
            }
        }
        argv.extend([format!("--{}", arg.get_long().unwrap()), value.to_string()]);
        argv
    }

    fn value_options(cmd: &Command, path: &mut Vec<String>, out: &mut Vec<(Vec<String>, Arg)>) {
        for a in cmd.get_arguments() {
            if !a.is_positional()
                && a.get_action().takes_values()
                && a.get_possible_values().is_empty()
                && a.get_long().is_some()
            {
                out.push((path.clone(), a.clone()));
            }
        }
        for s in cmd.get_subcommands() {
            path.push(s.get_name().to_string());
            value_options(s, path, out);
            path.pop();
        }
    }

    /// Every option that takes a value takes one starting with `-` or `--`: the tree is walked,
    /// and each is tried with `-x` and `--x`.
    #[test]
    fn every_free_text_option_takes_text_starting_with_a_dash() {
        let cmd = localize(crate::Cli::command(), &Localizer::new("en"));
        let mut options = vec![];
        value_options(&cmd, &mut vec![], &mut options);
        assert!(options.len() > 50, "the walk found the options ({})", options.len());
        let mut refused = vec![];
        for (path, arg) in &options {
            for value in ["-x", "--x", "-Speeding on MLK"] {
                let argv = line_for(&cmd, path, arg, value);
                match cmd.clone().try_get_matches_from(&argv) {
                    Ok(mut m) => {
                        for name in path {
                            m = m.subcommand_matches(name).unwrap().clone();
                        }
                        let got: Vec<String> = m
                            .get_raw(arg.get_id().as_str())
                            .map(|v| v.map(|s| s.to_string_lossy().to_string()).collect())
                            .unwrap_or_default();
                        if !got.iter().any(|g| g == value) {
                            refused.push(format!("{argv:?} gave {got:?}"));
                        }
                    }
                    Err(e) if e.kind() == clap::error::ErrorKind::UnknownArgument => {
                        refused.push(format!("{argv:?}: {e}"));
                    }
                    // Other constraints of a command (an argument group, a conflict) are not this
                    // test's business; the value itself was taken.
                    Err(_) => {}
                }
            }
        }
        assert!(refused.is_empty(), "options that refuse a leading dash:\n{}", refused.join("\n"));
    }

    #[test]
    fn help_is_in_the_chosen_language() {
        let es = localize(crate::Cli::command(), &Localizer::new("es"));
        let mut session = es.find_subcommand("session").unwrap().clone();
        let text = session.render_help().to_string();
        assert!(
            text.contains("Uso:") && text.contains("Comandos") && text.contains("Crea una sesión"),
            "{text}"
        );
        assert!(!text.contains("Usage") && !text.contains("Print help"), "no English left: {text}");

        let mut ar = localize(crate::Cli::command(), &Localizer::new("ar"));
        let text = ar.render_help().to_string();
        assert!(text.contains("الاستخدام:") && text.contains("اعرض المساعدة"), "{text}");

        let mut en = localize(crate::Cli::command(), &Localizer::new("en"));
        let text = en.render_help().to_string();
        assert!(text.contains("Usage: convene") && text.contains("Set up this laptop"), "{text}");
    }
}
