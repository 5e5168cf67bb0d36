//! `convene`: the command-line face of the Convene core. Every capability of the app is here
//! too, so sessions can be scripted and tested.

mod action;
mod agenda;
mod backup;
mod ballot;
mod bench;
mod board;
mod concern;
mod csvio;
mod demo;
mod doctor;
mod exchange;
mod group;
mod help;
mod init;
mod note;
mod output;
mod programme;
mod redact;
mod report;
mod session;
mod signin;
mod tag;
mod trust;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};
use convene::Convene;
use convene::i18n::Localizer;

use output::{Out, tr};

// Every summary and help text is in locales/<locale>/cli.ftl (see help.rs), keyed by the
// command's path and the argument's name.
#[derive(Parser)]
#[command(name = "convene", version)]
struct Cli {
    #[arg(long, global = true, env = "CONVENE_DB", value_name = "PATH")]
    db: Option<PathBuf>,
    #[arg(long, global = true)]
    json: bool,
    #[arg(long, global = true, env = "CONVENE_LOCALE", value_name = "LOCALE")]
    locale: Option<String>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    Init(init::Args),
    Demo(demo::Args),
    #[command(subcommand)]
    Programme(programme::Cmd),
    #[command(subcommand)]
    Session(session::Cmd),
    #[command(subcommand)]
    Agenda(agenda::Cmd),
    #[command(subcommand)]
    Group(group::GroupCmd),
    #[command(subcommand)]
    Question(group::QuestionCmd),
    #[command(subcommand)]
    Signin(signin::Cmd),
    #[command(subcommand)]
    Concern(concern::Cmd),
    #[command(subcommand)]
    Note(note::Cmd),
    #[command(subcommand)]
    Vote(ballot::VoteCmd),
    #[command(subcommand)]
    Ballot(ballot::BallotCmd),
    Tally(ballot::TallyArgs),
    #[command(subcommand)]
    Action(action::Cmd),
    #[command(subcommand)]
    Tag(tag::Cmd),
    Doctor(doctor::Args),
    Backup(backup::BackupArgs),
    Restore(backup::RestoreArgs),
    #[command(subcommand)]
    Key(trust::KeyCmd),
    #[command(subcommand)]
    Coordinator(exchange::CoordinatorCmd),
    #[command(subcommand)]
    Kit(exchange::KitCmd),
    #[command(subcommand)]
    Bundle(exchange::BundleCmd),
    #[command(subcommand)]
    Trust(trust::TrustCmd),
    #[command(subcommand)]
    Conflicts(exchange::ConflictsCmd),
    #[command(subcommand)]
    Review(trust::ReviewCmd),
    Board(board::Args),
    Bench(bench::Args),
    #[command(subcommand)]
    Report(report::Cmd),
    #[command(subcommand)]
    Export(csvio::ExportCmd),
    #[command(subcommand)]
    Import(csvio::ImportCmd),
}

fn main() -> ExitCode {
    // The language is needed before parsing, so that --help is already in it.
    let locale = locale_from_args(std::env::args())
        .or_else(|| std::env::var("CONVENE_LOCALE").ok().filter(|l| !l.is_empty()))
        .unwrap_or_else(system_locale);
    // Messages that give advice name commands and flags here, not the app's screens.
    let l10n = Localizer::new(&locale).for_cli();
    // Usage errors exit with 2, help and --version with 0 (clap's own convention).
    let matches = help::localize(Cli::command(), &l10n).get_matches();
    let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
    let out = Out::new(cli.json, l10n);
    match run(cli, &out) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            out.error(&e);
            ExitCode::from(1)
        }
    }
}

/// `--locale es` or `--locale=es` anywhere on the command line.
fn locale_from_args(args: impl Iterator<Item = String>) -> Option<String> {
    let mut args = args.skip(1);
    while let Some(a) = args.next() {
        if a == "--" {
            break;
        }
        if a == "--locale" {
            return args.next();
        }
        if let Some(l) = a.strip_prefix("--locale=") {
            return Some(l.to_string());
        }
    }
    None
}

fn run(cli: Cli, out: &Out) -> convene::Result<()> {
    if let Command::Bench(a) = cli.command {
        return bench::run(a, out); // works in its own folder, never on the person's database
    }
    let path = cli.db.unwrap_or_else(convene::storage::default_db_path);
    if let Command::Restore(a) = cli.command {
        return backup::run_restore(&path, a, out); // into a database that does not exist yet
    }
    let mut c = Convene::open(&path)?;
    // A database copied without the key files beside it opens, but cannot sign or open sealed
    // names: say so now, not when an approval fails.
    for m in c.missing_keys().unwrap_or_default() {
        let missing = match m.kind {
            convene::backup::KeyKind::Device => tr!(out, cli_missing_device_key, path = &m.path),
            convene::backup::KeyKind::CoordinatorIdentity => {
                tr!(out, cli_missing_coordinator_identity, path = &m.path)
            }
        };
        eprintln!("convene: {missing}");
    }
    match cli.command {
        Command::Init(a) => init::run(&mut c, a, out),
        Command::Demo(a) => demo::run(&mut c, a, out),
        Command::Programme(cmd) => programme::run(&mut c, cmd, out),
        Command::Session(cmd) => session::run(&mut c, cmd, out),
        Command::Agenda(cmd) => agenda::run(&mut c, cmd, out),
        Command::Group(cmd) => group::run_group(&mut c, cmd, out),
        Command::Question(cmd) => group::run_question(&mut c, cmd, out),
        Command::Signin(cmd) => signin::run(&mut c, cmd, out),
        Command::Concern(cmd) => concern::run(&mut c, cmd, out),
        Command::Note(cmd) => note::run(&mut c, cmd, out),
        Command::Vote(cmd) => ballot::run_vote(&mut c, cmd, out),
        Command::Ballot(cmd) => ballot::run_ballot(&mut c, cmd, out),
        Command::Tally(a) => ballot::run_tally(&c, a, out),
        Command::Action(cmd) => action::run(&mut c, cmd, out),
        Command::Tag(cmd) => tag::run(&mut c, cmd, out),
        Command::Doctor(a) => doctor::run(&mut c, a, out),
        Command::Backup(a) => backup::run_backup(&mut c, a, out),
        Command::Restore(_) => unreachable!("handled above"),
        Command::Key(cmd) => trust::run_key(&mut c, cmd, out),
        Command::Coordinator(cmd) => exchange::run_coordinator(&mut c, cmd, out),
        Command::Kit(cmd) => exchange::run_kit(&mut c, cmd, out),
        Command::Bundle(cmd) => exchange::run_bundle(&mut c, cmd, out),
        Command::Trust(cmd) => trust::run_trust(&mut c, cmd, out),
        Command::Conflicts(cmd) => exchange::run_conflicts(&mut c, cmd, out),
        Command::Review(cmd) => trust::run_review(&mut c, cmd, out),
        Command::Board(a) => board::run(&c, a, out),
        Command::Bench(_) => unreachable!("handled above"),
        Command::Report(cmd) => report::run(&mut c, cmd, out),
        Command::Export(cmd) => csvio::run_export(&mut c, cmd, out),
        Command::Import(cmd) => csvio::run_import(&mut c, cmd, out),
    }
}

/// The person's language from the usual environment variables ("es_MX.UTF-8" -> "es").
fn system_locale() -> String {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|v| std::env::var(v).ok())
        .find(|v| !v.is_empty() && v != "C" && v != "POSIX")
        .map(|v| v.split(['.', '@']).next().unwrap_or("en").replace('_', "-"))
        .map(|v| v.split('-').next().unwrap_or("en").to_string())
        .unwrap_or_else(|| "en".into())
}
