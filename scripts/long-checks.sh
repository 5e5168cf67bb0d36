#!/usr/bin/env bash
# The checks too long for every commit, at full size: the benchmarks at a city's scale and ten
# times it, peak memory of huge inputs, the merge laws over 50,000 cases, long fuzzing of both fuzz targets. `.ci/run` runs quick versions of each (see
# scripts/test.sh); run this before a release and when touching what they measure, and record
# the figures in docs/PERFORMANCE.md.
#
#   bash scripts/long-checks.sh              # everything
#   LONG_ONLY=bench bash scripts/long-checks.sh
#   LONG_ONLY=memory bash scripts/long-checks.sh   # peak memory: huge PDF, huge CSV, endless stream
#   LONG_ONLY=merge MERGE_LONG_CASES=100000 bash scripts/long-checks.sh
#   FUZZ_LONG_SECONDS=3600 LONG_ONLY=fuzz bash scripts/long-checks.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
only="${LONG_ONLY:-}"
want() { [ -z "$only" ] || [[ ",$only," == *",$1,"* ]]; }
started=$SECONDS

if want bench; then
  echo "== benchmarks: convene bench --scales ${BENCH_SCALES:-1,20,200} (release)"
  cargo build --release --locked --bin convene
  "$CARGO_TARGET_DIR/release/convene" bench --scales "${BENCH_SCALES:-1,20,200}" --dir "${BENCH_DIR:-$CARGO_TARGET_DIR/bench}"
fi

if want memory; then
  echo "== peak memory at full size (release)"
  cargo build --release --locked --bin convene
  bash scripts/peak-memory.sh "$CARGO_TARGET_DIR/release/convene"
fi

if want merge; then
  echo "== merge laws: ${MERGE_LONG_CASES:-50000} cases"
  MERGE_CASES="${MERGE_LONG_CASES:-50000}" cargo test --locked --test merge_laws
fi

if want fuzz; then
  command -v cargo-fuzz >/dev/null 2>&1 || cargo install cargo-fuzz --locked --version 0.13.2
  seconds="${FUZZ_LONG_SECONDS:-600}"
  echo "== fuzzing: ${seconds} s per target"
  (cd fuzz && cargo fuzz build --sanitizer none)
  for target in read_bundle merge_signed_ops; do
    # New inputs the fuzzer finds go to fuzz/found/<target>/ (not committed); crashes land in
    # fuzz/artifacts/<target>/, to be kept in fuzz/regressions/<target>/ once fixed.
    mkdir -p "fuzz/found/$target"
    (cd fuzz && cargo fuzz run "$target" --sanitizer none "found/$target" "corpus/$target" -- \
        -max_total_time="$seconds" -rss_limit_mb=2048 -print_final_stats=1 2>&1 | tail -n 12)
  done
fi

echo "== long checks done in $((SECONDS - started)) s"
