//! `convene bench --quick`: the benchmark code runs end to end on small data and its results
//! make sense (what was captured was merged, re-imports were no-ops, tallies add up), so it
//! cannot rot. How fast it ran is not checked here; docs/PERFORMANCE.md records that.

#[test]
fn the_quick_benchmark_runs_and_its_results_are_sane() {
    let dir = tempfile::tempdir().unwrap();
    let report = convene::bench::run(dir.path(), &[1, 2], true, |_| {}).unwrap();
    assert!(report.sane, "problems: {:?}", report.problems);
    let steps: Vec<&str> = report.steps.iter().map(|s| s.step).collect();
    for step in [
        "export (sign + seal)",
        "import + verify + merge",
        "re-import (all no-ops)",
        "tally (all sessions)",
        "rebuild from op log",
        "peak memory (largest step)",
    ] {
        assert_eq!(steps.iter().filter(|s| **s == step).count(), 2, "{step} measured at both scales");
    }
    let captures = |scale| {
        report
            .steps
            .iter()
            .filter(|s| s.scale == scale && s.step.starts_with("capture (durable add"))
            .map(|s| s.ops)
            .sum::<u64>()
    };
    assert_eq!(
        (captures(1), captures(2)),
        (20, 20),
        "every capture is compared with a floor of its own shape"
    );
    for s in report.steps.iter().filter(|s| !s.step.starts_with("peak memory")) {
        assert!(s.median_ms > 0.0 && s.ops > 0, "{} at scale {} measured something: {s:?}", s.step, s.scale);
        assert!(s.peak_mb > 0.0, "peak memory is read");
    }
    for s in report.steps.iter().filter(|s| s.step.starts_with("import") || s.step.starts_with("re-import")) {
        assert!(
            s.runs >= 2 && s.min_ms.is_some() && s.max_ms.is_some(),
            "{} reports its spread: {s:?}",
            s.step
        );
    }
    let pdf = report
        .steps
        .iter()
        .find(|s| s.step == "summary PDF (one summit)")
        .expect("the summary PDF is measured");
    assert_eq!(pdf.ops, 30, "the quick summit's 30 concerns are in its summary");
    assert!(pdf.output_kib.is_some_and(|k| k > 1.0), "a real PDF was written: {pdf:?}");
    let import = |scale| {
        report.steps.iter().find(|s| s.scale == scale && s.step == "import + verify + merge").unwrap().ops
    };
    assert!(import(2) > import(1), "scale 2 merges more ops than scale 1");
}
