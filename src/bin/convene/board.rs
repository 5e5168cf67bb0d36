use clap::Args as ClapArgs;
use convene::concerns::ConcernFilter;
use convene::trust::DeviceState;
use convene::{Convene, Result};

use crate::output::{Out, clip, opt, tr};

#[derive(ClapArgs)]
pub struct Args {
    #[arg(long)]
    precinct: Option<String>,
    #[arg(long)]
    tag: Option<String>,
    #[arg(long)]
    search: Option<String>,
}

pub fn run(c: &Convene, a: Args, out: &Out) -> Result<()> {
    let cards = c.merged_board(
        a.precinct.as_deref(),
        &ConcernFilter { tag: a.tag, search: a.search, ..Default::default() },
    )?;
    out.list("concerns", &cards, || {
        out.table(
            &[
                convene::msg!(cli_col_dots),
                convene::msg!(cli_col_status),
                convene::msg!(cli_col_session),
                convene::msg!(cli_col_group),
                convene::msg!(cli_col_from_device),
                convene::msg!(cli_col_text),
            ],
            cards
                .iter()
                .map(|x| {
                    let device = match (&x.device_name, x.device_state) {
                        (n, Some(DeviceState::Revoked)) => {
                            tr!(out, cli_board_revoked, device = n.clone().unwrap_or_default())
                        }
                        (n, _) => n.clone().unwrap_or_else(|| x.concern.origin_device[..8].to_string()),
                    };
                    vec![
                        x.dots.to_string(),
                        x.concern.status.to_string(),
                        clip(&x.session_title, 28),
                        opt(&x.group_name),
                        device,
                        clip(x.concern.interpretation.as_deref().unwrap_or(&x.concern.text), 60),
                    ]
                })
                .collect(),
        )
    });
    Ok(())
}
