use std::path::PathBuf;

use clap::Args as ClapArgs;
use convene::{Error, Result};

use crate::output::{Out, table};

#[derive(ClapArgs)]
pub struct Args {
    /// Small data at scales 1 and 2: checks the benchmark still works, not how fast.
    #[arg(long)]
    quick: bool,
    /// Scales to run (1 = one summit; 20 = a city: 5 precincts × 4 phases).
    #[arg(long, value_delimiter = ',', default_value = "1,20,200")]
    scales: Vec<u32>,
    /// Where to put the databases and bundles (on the disk you want to measure).
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
                    format!("{:.2}", s.median_ms),
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
                        (Some(t), Some(true)) => format!("met ({t})"),
                        (Some(t), Some(false)) => format!("MISSED ({t})"),
                        _ => String::new(),
                    },
                ]
            })
            .collect();
        let mut t = table(
            &[
                "SCALE",
                "STEP",
                "OPS",
                "MEDIAN ms",
                "P99 ms",
                "µs/op",
                "PEAK MB",
                "OUT KiB",
                "BASELINE",
                "RATIO",
                "TARGET",
            ],
            rows,
        );
        t.push_str(if report.sane { "Results are sane.\n" } else { "PROBLEMS:\n" });
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
