use std::path::PathBuf;

use clap::Args as ClapArgs;
use convene::{Error, Result};

use crate::output::{Out, tr};

#[derive(ClapArgs)]
pub struct Args {
    #[arg(long)]
    quick: bool,
    #[arg(long, value_delimiter = ',', default_value = "1,20,200")]
    scales: Vec<u32>,
    #[arg(long, default_value = "target/bench")]
    dir: PathBuf,
}

pub fn run(a: Args, out: &Out) -> Result<()> {
    let scales = if a.quick && a.scales == [1, 20, 200] { vec![1, 2] } else { a.scales };
    let quiet = out.is_json();
    let report = convene::bench::run(&a.dir, &scales, a.quick, |m| {
        if !quiet {
            eprintln!("bench: {m}");
        }
    })?;
    out.show(&report, || {
        let rows = report
            .steps
            .iter()
            .map(|s| {
                vec![
                    s.scale.to_string(),
                    s.step.to_string(),
                    s.ops.to_string(),
                    match (s.min_ms, s.max_ms) {
                        (Some(lo), Some(hi)) => format!("{:.2} ({lo:.2}–{hi:.2}, {})", s.median_ms, s.runs),
                        _ => format!("{:.2}", s.median_ms),
                    },
                    s.p99_ms.map(|p| format!("{p:.2}")).unwrap_or_default(),
                    format!("{:.2}", s.per_op_us),
                    format!("{:.0}", s.peak_mb),
                    s.output_kib.map(|k| format!("{k:.0}")).unwrap_or_default(),
                    match (s.baseline, s.baseline_ms) {
                        (Some(b), Some(m)) => format!("{b}: {m:.2} ms"),
                        _ => String::new(),
                    },
                    s.ratio.map(|r| format!("{r:.2}x")).unwrap_or_default(),
                    match (s.target, s.met) {
                        (Some(t), Some(true)) => tr!(out, cli_bench_met, target = t),
                        (Some(t), Some(false)) => tr!(out, cli_bench_missed, target = t),
                        _ => String::new(),
                    },
                ]
            })
            .collect();
        let mut t = out.table(
            &[
                convene::msg!(cli_col_scale),
                convene::msg!(cli_col_step),
                convene::msg!(cli_col_ops),
                convene::msg!(cli_col_median_ms),
                convene::msg!(cli_col_p99_ms),
                convene::msg!(cli_col_per_op),
                convene::msg!(cli_col_peak_mb),
                convene::msg!(cli_col_out_kib),
                convene::msg!(cli_col_baseline),
                convene::msg!(cli_col_ratio),
                convene::msg!(cli_col_target),
            ],
            rows,
        );
        t.push_str(&out.m(if report.sane {
            convene::msg!(cli_bench_sane)
        } else {
            convene::msg!(cli_bench_problems)
        }));
        t.push('\n');
        for p in &report.problems {
            t.push_str(&format!("  {p}\n"));
        }
        t
    });
    if !report.sane {
        return Err(Error::Storage { detail: report.problems.join("; ") });
    }
    Ok(())
}
