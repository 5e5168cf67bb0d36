use clap::{Args, Subcommand};
use convene::ids::{ConcernId, SessionId};
use convene::votes::{BallotChoices, BallotKind, DEFAULT_BUDGET};
use convene::{Convene, Error, Result};

use crate::output::{Out, clip, table};

#[derive(Subcommand)]
pub enum VoteCmd {
    /// Enter dots counted on a concern's card.
    Dots {
        session: String,
        #[arg(long)]
        concern: String,
        #[arg(long, allow_negative_numbers = true)]
        count: i64,
    },
}

#[derive(Subcommand)]
pub enum BallotCmd {
    /// Cast one attendee's ballot. Each token casts one ballot of each kind.
    Cast {
        session: String,
        #[arg(long)]
        kind: BallotKind,
        /// The attendee's ballot token (from their card or the kiosk).
        #[arg(long)]
        token: String,
        /// A concern: for rank, in order, best first; for dots, once per dot.
        #[arg(long = "choice")]
        choices: Vec<String>,
        /// For budget ballots: CONCERN=POINTS, repeated.
        #[arg(long = "allocate", value_name = "CONCERN=POINTS")]
        allocations: Vec<String>,
        /// Points a budget ballot must add up to.
        #[arg(long, default_value_t = DEFAULT_BUDGET)]
        budget: i64,
    },
    /// Ballots cast in a session.
    List { session: String },
}

#[derive(Args)]
pub struct TallyArgs {
    session: String,
    /// How many concerns to show per count.
    #[arg(long, default_value_t = 10)]
    top: usize,
}

pub fn run_vote(c: &mut Convene, cmd: VoteCmd, out: &Out) -> Result<()> {
    match cmd {
        VoteCmd::Dots { session, concern, count } => {
            let s: SessionId = c.resolve(&session)?;
            let concern: ConcernId = c.resolve(&concern)?;
            out.created(c.add_dot_count(s, concern, count)?.id);
        }
    }
    Ok(())
}

pub fn run_ballot(c: &mut Convene, cmd: BallotCmd, out: &Out) -> Result<()> {
    match cmd {
        BallotCmd::Cast { session, kind, token, choices, allocations, budget } => {
            let s: SessionId = c.resolve(&session)?;
            let resolve = |c: &Convene, x: &str| c.resolve::<ConcernId>(x);
            let choices = match kind {
                BallotKind::Dots => {
                    BallotChoices::Dots(choices.iter().map(|x| resolve(c, x)).collect::<Result<_>>()?)
                }
                BallotKind::Rank => {
                    BallotChoices::Rank(choices.iter().map(|x| resolve(c, x)).collect::<Result<_>>()?)
                }
                BallotKind::Budget => {
                    let mut allocs = vec![];
                    for a in &allocations {
                        let (concern, points) = a.split_once('=').ok_or_else(|| Error::InvalidChoice {
                            field: "allocation",
                            value: a.clone(),
                            allowed: "CONCERN=POINTS".into(),
                        })?;
                        let points: i64 = points.trim().parse().map_err(|_| Error::InvalidNumber {
                            field: "allocation",
                            value: points.into(),
                            min: 0,
                            max: budget,
                        })?;
                        allocs.push((resolve(c, concern)?, points));
                    }
                    BallotChoices::Budget { budget, allocations: allocs }
                }
            };
            out.created(c.cast_ballot(s, &token, choices)?.id);
        }
        BallotCmd::List { session } => {
            let s: SessionId = c.resolve(&session)?;
            let bs = c.ballots(s)?;
            out.list("ballots", &bs, || {
                table(
                    &["ID", "KIND", "TOKEN", "CAST"],
                    bs.iter()
                        .map(|b| {
                            vec![b.id.to_string(), b.kind.to_string(), b.token.clone(), b.created_at.clone()]
                        })
                        .collect(),
                )
            });
        }
    }
    Ok(())
}

pub fn run_tally(c: &Convene, a: TallyArgs, out: &Out) -> Result<()> {
    let s: SessionId = c.resolve(&a.session)?;
    let t = c.tally(s)?;
    let title = c.session(s)?.title;
    let att = c.attendance(s)?;
    out.show(&t, || {
        let mut o = format!("{title}\nSigned in: {}\n\n", att.total);
        let scores = |list: &[convene::tally::ConcernScore], unit: &str| {
            let max = list.iter().map(|x| x.score).max().unwrap_or(1).max(1);
            list.iter()
                .take(a.top)
                .enumerate()
                .map(|(i, x)| {
                    let bar = "█".repeat(((x.score * 24) / max) as usize);
                    let interp =
                        x.interpretation.as_ref().map(|t| format!(" ({})", clip(t, 40))).unwrap_or_default();
                    format!("{:>3}. {:>5} {unit}  {bar:<24}  {}{interp}\n", i + 1, x.score, clip(&x.text, 60))
                })
                .collect::<String>()
        };
        o.push_str(&format!("Dot votes ({} ballots plus counted dots):\n", t.dot_ballots));
        o.push_str(&if t.dots.is_empty() { "  none yet\n".into() } else { scores(&t.dots, "dots") });
        if let Some(r) = &t.ranked {
            o.push_str(&format!("\nRanked ballots: {}\nBorda count:\n", r.ballots));
            o.push_str(&scores(&r.borda, "pts "));
            o.push_str("Instant runoff:\n");
            for (i, round) in r.irv_rounds.iter().enumerate() {
                let counts = round
                    .counts
                    .iter()
                    .filter(|x| x.score > 0)
                    .take(5)
                    .map(|x| {
                        format!("{} {}", clip(x.interpretation.as_deref().unwrap_or(&x.text), 24), x.score)
                    })
                    .collect::<Vec<_>>()
                    .join(" · ");
                o.push_str(&format!("  round {}: {counts}", i + 1));
                if round.exhausted > 0 {
                    o.push_str(&format!(" · exhausted {}", round.exhausted));
                }
                match round.eliminated.len() {
                    0 => {}
                    1 => {
                        let out = c
                            .concern(round.eliminated[0])
                            .map(|x| x.interpretation.unwrap_or(x.text))
                            .unwrap_or_default();
                        o.push_str(&format!(" → out: {}", clip(&out, 24)));
                    }
                    n => o.push_str(&format!(" → out: {n} with no first choices")),
                }
                o.push('\n');
            }
            if let Some(w) = r.irv_winner {
                let text = c.concern(w).map(|x| x.interpretation.unwrap_or(x.text)).unwrap_or_default();
                o.push_str(&format!("  winner: {text}\n"));
            }
        }
        if let Some(b) = &t.budget {
            o.push_str(&format!("\nBudget allocation ({} ballots):\n", t.budget_ballots));
            o.push_str(&scores(b, "pts "));
        }
        if t.repeated_tokens > 0 {
            o.push_str(&format!("\n{} ballots ignored: their token had already voted.\n", t.repeated_tokens));
        }
        o
    });
    Ok(())
}
