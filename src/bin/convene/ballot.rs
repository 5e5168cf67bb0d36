use clap::{Args, Subcommand};
use convene::ids::{ConcernId, SessionId};
use convene::votes::{BallotChoices, BallotKind, DEFAULT_BUDGET};
use convene::{Convene, Error, Result};

use crate::output::{Out, clip, tr};

#[derive(Subcommand)]
pub enum VoteCmd {
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
    Cast {
        session: String,
        #[arg(long)]
        kind: BallotKind,
        #[arg(long)]
        token: String,
        #[arg(long = "choice")]
        choices: Vec<String>,
        #[arg(long = "allocate", value_name = "CONCERN=POINTS")]
        allocations: Vec<String>,
        #[arg(long, default_value_t = DEFAULT_BUDGET)]
        budget: i64,
    },
    List {
        session: String,
    },
}

#[derive(Args)]
pub struct TallyArgs {
    session: String,
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
                            field: convene::field!("ballot-allocation"),
                            value: a.clone(),
                            allowed: "`CONCERN=POINTS`".into(),
                        })?;
                        let points: i64 = points.trim().parse().map_err(|_| Error::InvalidNumber {
                            field: convene::field!("ballot-allocation"),
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
                out.table(
                    &[
                        convene::msg!(cli_col_id),
                        convene::msg!(cli_col_kind),
                        convene::msg!(cli_col_token),
                        convene::msg!(cli_col_cast),
                    ],
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
        let mut o = format!("{title}\n{}\n\n", tr!(out, cli_tally_signed_in, count = att.total));
        let scores = |list: &[convene::tally::ConcernScore], unit: &dyn Fn(i64) -> String| {
            let max = list.iter().map(|x| x.score).max().unwrap_or(1).max(1);
            list.iter()
                .take(a.top)
                .enumerate()
                .map(|(i, x)| {
                    let bar = "█".repeat(((x.score * 24) / max) as usize);
                    let interp =
                        x.interpretation.as_ref().map(|t| format!(" ({})", clip(t, 40))).unwrap_or_default();
                    let score = unit(x.score);
                    let pad = " ".repeat(24 - bar.chars().count());
                    format!("{:>3}. {score:>10}  {bar}{pad}  {}{interp}\n", i + 1, clip(&x.text, 60))
                })
                .collect::<String>()
        };
        o.push_str(&tr!(out, cli_tally_dots, ballots = t.dot_ballots));
        o.push('\n');
        o.push_str(&if t.dots.is_empty() {
            format!("  {}\n", out.m(convene::msg!(cli_tally_none_yet)))
        } else {
            scores(&t.dots, &|n| tr!(out, cli_tally_dots_score, score = n))
        });
        if let Some(r) = &t.ranked {
            o.push('\n');
            o.push_str(&tr!(out, cli_tally_ranked, ballots = r.ballots));
            o.push('\n');
            o.push_str(&out.m(convene::msg!(cli_tally_borda)));
            o.push('\n');
            o.push_str(&scores(&r.borda, &|n| tr!(out, cli_tally_points_score, score = n)));
            o.push_str(&out.m(convene::msg!(cli_tally_irv)));
            o.push('\n');
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
                o.push_str(&format!("  {}", tr!(out, cli_tally_round, round = i + 1, counts = counts)));
                if round.exhausted > 0 {
                    o.push_str(&format!(" · {}", tr!(out, cli_tally_exhausted, count = round.exhausted)));
                }
                match round.eliminated.len() {
                    0 => {}
                    1 => {
                        let gone = c
                            .concern(round.eliminated[0])
                            .map(|x| x.interpretation.unwrap_or(x.text))
                            .unwrap_or_default();
                        o.push_str(&format!(" → {}", tr!(out, cli_tally_out, concern = clip(&gone, 24))));
                    }
                    n => o.push_str(&format!(" → {}", tr!(out, cli_tally_out_several, count = n))),
                }
                o.push('\n');
            }
            if let Some(w) = r.irv_winner {
                let text = c.concern(w).map(|x| x.interpretation.unwrap_or(x.text)).unwrap_or_default();
                o.push_str(&format!("  {}\n", tr!(out, cli_tally_winner, concern = text)));
            }
        }
        if let Some(b) = &t.budget {
            o.push('\n');
            o.push_str(&tr!(out, cli_tally_budget, ballots = t.budget_ballots));
            o.push('\n');
            o.push_str(&scores(b, &|n| tr!(out, cli_tally_points_score, score = n)));
        }
        if t.repeated_tokens > 0 {
            o.push('\n');
            o.push_str(&tr!(out, cli_tally_repeated, count = t.repeated_tokens));
            o.push('\n');
        }
        o
    });
    Ok(())
}
