#!/usr/bin/env bash
# Installs what is missing and runs every check and test: formatting, lints, unit,
# integration, property and crash tests, the desktop app's end-to-end tests, a fuzzing run.
# Every stage is timed; the figures and each stage's budget are in docs/PERFORMANCE.md.
# Longer runs of the same checks (full-scale benchmarks, long fuzzing, load tests, installer
# checks) are in scripts/long-checks.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

declare -a STAGES=()
started=$SECONDS
stage_start=$SECONDS
stage_name=""
# Starts the next stage, closing the one before with its time.
stage() {
  if [ -n "$stage_name" ]; then STAGES+=("$(printf '%5d s  %s' $((SECONDS - stage_start)) "$stage_name")"); fi
  stage_name="$1"
  stage_start=$SECONDS
  echo "== $1"
}
report() {
  local rc=$?
  if [ -n "$stage_name" ]; then STAGES+=("$(printf '%5d s  %s%s' $((SECONDS - stage_start)) "$stage_name" "$([ $rc = 0 ] || echo '  (failed here)')")"); fi
  echo "== stage times (total $((SECONDS - started)) s)"
  printf '%s\n' "${STAGES[@]}"
  rm -rf "${scratch:-}"
}
trap report EXIT

stage "setup: system packages, Rust, npm packages, tools"
# One apt-get call for everything the suite needs: the bundle tools, PDF and spreadsheet
# readers (LibreOffice's headless Calc), Xvfb and WebKitWebDriver for the app.
export CONVENE_EXTRA_APT="minisign age unzip poppler-utils python3 python3-venv xvfb xauth webkit2gtk-driver libreoffice-calc-nogui faketime ${CONVENE_EXTRA_APT:-}"
export CONVENE_E2E=1
source scripts/app-setup.sh
command -v cargo-fuzz >/dev/null 2>&1 || cargo install cargo-fuzz --locked --version 0.13.2
# One Python venv for every Python tool (scripts/python-requirements.txt).
venv="${XDG_CACHE_HOME:-$HOME/.cache}/convene/venv"
if [ ! -f "$venv/.installed" ] || [ scripts/python-requirements.txt -nt "$venv/.installed" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q -r scripts/python-requirements.txt
  touch "$venv/.installed"
fi
# Tests that need root and a mount, or LibreOffice, fail here when they cannot run; a plain
# `cargo test` skips them and says so.
export CONVENE_REQUIRE_MOUNT=1 CONVENE_REQUIRE_LIBREOFFICE=1 CONVENE_REQUIRE_FAKETIME=1

stage "UI: type check and build (the app embeds ui/dist, so it comes before any app build)"
(cd ui && npm run --silent build)

stage "UI: every message it uses is in locales/, no user-facing text in the code"
(cd ui && npx tsx scripts/check-l10n.ts)

stage "cargo fmt --check"
cargo fmt --all -- --check

stage "cargo clippy -D warnings"
cargo clippy --workspace --all-targets --locked -- -D warnings

stage "compare-locales (Mozilla's Fluent linter) for every translation"
locales=$(ls locales | grep -v '^en$' | tr '\n' ' ')
for l in $locales; do
  grep -q "\"$l\"" l10n.toml || { echo "l10n.toml does not list the locale $l" >&2; exit 1; }
done
report_text=$("$venv/bin/compare-locales" l10n.toml . $locales)
echo "$report_text" | tail -n 8
if echo "$report_text" | grep -Eq '^(missing|errors|obsolete) '; then
  echo "compare-locales found missing, obsolete or broken messages" >&2
  exit 1
fi

stage "cargo test (core, CLI, property tests with 5,000 merge cases, fuzz corpora replayed)"
# The property tests run more cases here than in a quick local `cargo test`.
PROPTEST_CASES="${PROPTEST_CASES:-256}" MERGE_CASES="${MERGE_CASES:-5000}" cargo test --all-targets --locked

stage "peak memory, quick: a 60-concern summit of 10,000-character concerns, huge CSVs, an endless stream"
# The full size (600 concerns) is in scripts/long-checks.sh; both fail if the PDF passes 100 MB.
PEAK_CONCERNS=60 bash scripts/peak-memory.sh "$CARGO_TARGET_DIR/debug/convene"

stage "desktop app: generated TypeScript bindings current"
cargo test -p convene-app --locked

stage "desktop app: build"
build_app

stage "end-to-end: the runner's self-test (a broken launch, fixture or scenario name fails)"
(cd ui && xvfb-run -a -s "-screen 0 1366x768x24" npx tsx e2e/selftest.ts)

stage "end-to-end: the real app under Xvfb (tauri-driver + WebKitWebDriver)"
(cd ui && xvfb-run -a -s "-screen 0 1366x768x24" npx tsx e2e/run.ts)

# Short fuzzing runs (stable toolchain, no sanitizer), the time split between the two targets.
# New corpus entries go to a scratch folder; a crash fails the run and leaves its input in
# fuzz/artifacts/ to be kept as a regression (see fuzz/README.md).
fuzz_seconds="${FUZZ_SECONDS:-30}"
if [ "$fuzz_seconds" != 0 ]; then
  stage "fuzz: build both targets once, then ${fuzz_seconds} s between them"
  scratch=$(mktemp -d)
  (cd fuzz && cargo fuzz build --sanitizer none)
  for target in read_bundle merge_signed_ops; do
    mkdir -p "$scratch/$target"
    (cd fuzz && cargo fuzz run "$target" --sanitizer none "$scratch/$target" "corpus/$target" -- \
        -max_total_time=$((fuzz_seconds / 2)) -rss_limit_mb=1024 -print_final_stats=1 2>&1 | tail -n 6)
    echo "fuzz: $target ran $((fuzz_seconds / 2)) s without a crash"
  done
fi
