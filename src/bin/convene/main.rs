//! `convene`: the command-line face of the Convene core. Every capability of the app is here
//! too, so sessions can be scripted and tested.

mod action;
mod agenda;
mod ballot;
mod bench;
mod board;
mod concern;
mod csvio;
mod demo;
mod doctor;
mod exchange;
mod group;
mod init;
mod note;
mod output;
mod programme;
mod report;
mod session;
mod signin;
mod tag;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use convene::Convene;
use convene::i18n::Localizer;

use output::Out;

#[derive(Parser)]
#[command(
    name = "convene",
    version,
    about = "Run police–community precinct summits offline: agenda, sign-ins, concerns, votes and actions."
)]
struct Cli {
    /// The database file. Defaults to the same file the desktop app uses.
    #[arg(long, global = true, env = "CONVENE_DB", value_name = "PATH")]
    db: Option<PathBuf>,
    /// Print exactly one JSON object instead of text.
    #[arg(long, global = true)]
    json: bool,
    /// Language for messages (en, es, zh-Hant, vi, ru, so, ko, am, ar).
    #[arg(long, global = true, env = "CONVENE_LOCALE", value_name = "LOCALE")]
    locale: Option<String>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Set up this laptop: its database and device identity.
    Init(init::Args),
    /// Create a realistic sample summit and print its session id.
    Demo(demo::Args),
    /// Programmes that group sessions across precincts.
    #[command(subcommand)]
    Programme(programme::Cmd),
    /// Summits, small-group sessions, report-backs and workshops.
    #[command(subcommand)]
    Session(session::Cmd),
    /// The agenda and its run of show.
    #[command(subcommand)]
    Agenda(agenda::Cmd),
    /// Breakout groups.
    #[command(subcommand)]
    Group(group::GroupCmd),
    /// Discussion questions.
    #[command(subcommand)]
    Question(group::QuestionCmd),
    /// The sign-in sheet.
    #[command(subcommand)]
    Signin(signin::Cmd),
    /// The issue board.
    #[command(subcommand)]
    Concern(concern::Cmd),
    /// Notes per group and question.
    #[command(subcommand)]
    Note(note::Cmd),
    /// Dots counted on the flip chart.
    #[command(subcommand)]
    Vote(ballot::VoteCmd),
    /// Ballots cast by attendees: dots, ranked or budget.
    #[command(subcommand)]
    Ballot(ballot::BallotCmd),
    /// Count every vote in a session.
    Tally(ballot::TallyArgs),
    /// Follow-up actions and their dated updates.
    #[command(subcommand)]
    Action(action::Cmd),
    /// The tag vocabulary.
    #[command(subcommand)]
    Tag(tag::Cmd),
    /// Check the database; --rebuild proves the state is a pure fold of the op log.
    Doctor(doctor::Args),
    /// This device's signing key and fingerprint.
    #[command(subcommand)]
    Key(exchange::KeyCmd),
    /// The coordinator's identity for attendees' personal data.
    #[command(subcommand)]
    Coordinator(exchange::CoordinatorCmd),
    /// Kits: session plans from the coordinator to the laptops.
    #[command(subcommand)]
    Kit(exchange::KitCmd),
    /// Bundles: each laptop's work, signed, back to the coordinator.
    #[command(subcommand)]
    Bundle(exchange::BundleCmd),
    /// Which devices' bundles are merged, waiting or refused.
    #[command(subcommand)]
    Trust(exchange::TrustCmd),
    /// Concurrent edits of one field, kept for the coordinator to resolve.
    #[command(subcommand)]
    Conflicts(exchange::ConflictsCmd),
    /// The merged issue board across every session, with where each concern came from.
    Board(board::Args),
    /// Measure capture, export, import, tally and rebuild at scale, against baselines.
    Bench(bench::Args),
    /// PDF reports: summary, sign-in sheet, report-back handout, CPP update.
    #[command(subcommand)]
    Report(report::Cmd),
    /// Export a session's data (CSV).
    #[command(subcommand)]
    Export(csvio::ExportCmd),
    /// Import typed-up sheets (CSV).
    #[command(subcommand)]
    Import(csvio::ImportCmd),
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        // Usage errors exit with 2, help and --version with 0 (clap's own convention).
        Err(e) => e.exit(),
    };
    let locale = cli.locale.clone().unwrap_or_else(system_locale);
    let l10n = Localizer::new(&locale);
    let out = Out::new(cli.json);
    match run(cli, &l10n, &out) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            out.error(&e, &l10n);
            ExitCode::from(1)
        }
    }
}

fn run(cli: Cli, l10n: &Localizer, out: &Out) -> convene::Result<()> {
    if let Command::Bench(a) = cli.command {
        return bench::run(a, out); // works in its own folder, never on the person's database
    }
    let path = cli.db.unwrap_or_else(convene::storage::default_db_path);
    let mut c = Convene::open(&path)?;
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
        Command::Key(cmd) => exchange::run_key(&mut c, cmd, out),
        Command::Coordinator(cmd) => exchange::run_coordinator(&mut c, cmd, out),
        Command::Kit(cmd) => exchange::run_kit(&mut c, cmd, out),
        Command::Bundle(cmd) => exchange::run_bundle(&mut c, cmd, out),
        Command::Trust(cmd) => exchange::run_trust(&mut c, cmd, out),
        Command::Conflicts(cmd) => exchange::run_conflicts(&mut c, cmd, out),
        Command::Board(a) => board::run(&c, a, out),
        Command::Bench(_) => unreachable!("handled above"),
        Command::Report(cmd) => report::run(&mut c, cmd, out),
        Command::Export(cmd) => csvio::run_export(&mut c, cmd, l10n, out),
        Command::Import(cmd) => csvio::run_import(&mut c, cmd, l10n, out),
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
