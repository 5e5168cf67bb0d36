#!/usr/bin/env bash
# Installs what is missing and runs every check and test: formatting, lints, unit,
# integration, property and crash tests, the desktop app's end-to-end tests, a fuzzing run.
set -euo pipefail
cd "$(dirname "$0")/.."
export CONVENE_EXTRA_APT="minisign age unzip poppler-utils python3 python3-venv xvfb xauth webkit2gtk-driver ${CONVENE_EXTRA_APT:-}"
export CONVENE_E2E=1
source scripts/app-setup.sh
# LibreOffice's headless spreadsheet, to reopen CSV exports the way a person would (without the
# recommended desktop packages, which it does not need).
if ! command -v soffice >/dev/null 2>&1; then
  echo "setup: installing libreoffice-calc-nogui" >&2
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends libreoffice-calc-nogui >/dev/null
fi
export CONVENE_REQUIRE_LIBREOFFICE=1

echo "== UI: type check and build (the app embeds ui/dist, so it comes before any app build)"
(cd ui && npm run --silent build)
echo "== UI: every message it uses is in locales/, no user-facing text in the code"
(cd ui && npx tsx scripts/check-l10n.ts)

echo "== cargo fmt --check"
cargo fmt --all -- --check
echo "== cargo clippy -D warnings"
cargo clippy --workspace --all-targets --locked -- -D warnings
echo "== compare-locales (Mozilla's Fluent linter) for every translation"
venv="${XDG_CACHE_HOME:-$HOME/.cache}/convene/venv"
[ -x "$venv/bin/compare-locales" ] || { python3 -m venv "$venv" && "$venv/bin/pip" install -q compare-locales; }
locales=$(ls locales | grep -v '^en$' | tr '\n' ' ')
for l in $locales; do
  grep -q "\"$l\"" l10n.toml || { echo "l10n.toml does not list the locale $l" >&2; exit 1; }
done
report=$("$venv/bin/compare-locales" l10n.toml . $locales)
echo "$report" | tail -n 8
if echo "$report" | grep -Eq '^(missing|errors|obsolete) '; then
  echo "compare-locales found missing, obsolete or broken messages" >&2
  exit 1
fi

echo "== cargo test"
# The property tests run more cases here than in a quick local `cargo test`.
PROPTEST_CASES="${PROPTEST_CASES:-256}" MERGE_CASES="${MERGE_CASES:-10000}" cargo test --all-targets --locked

echo "== desktop app: generated TypeScript bindings current"
cargo test -p convene-app --locked

echo "== desktop app: end-to-end under Xvfb (tauri-driver + WebKitWebDriver)"
build_app
(cd ui && xvfb-run -a -s "-screen 0 1366x768x24" npx tsx e2e/run.ts)

# A short fuzzing run of bundle reading (stable toolchain, no sanitizer). New corpus entries go
# to a scratch folder; a crash fails the run and leaves its input in fuzz/artifacts/ to be kept
# as a regression (see fuzz/README.md).
if [ "${FUZZ_SECONDS:-30}" != 0 ]; then
  command -v cargo-fuzz >/dev/null 2>&1 || cargo install cargo-fuzz --locked --version 0.13.2
  echo "== cargo fuzz run read_bundle (${FUZZ_SECONDS:-30} s)"
  scratch=$(mktemp -d)
  trap 'rm -rf "$scratch"' EXIT
  (cd fuzz && cargo fuzz run read_bundle --sanitizer none "$scratch" corpus/read_bundle -- \
      -max_total_time="${FUZZ_SECONDS:-30}" -rss_limit_mb=1024 -print_final_stats=1 2>&1 | tail -n 12)
  echo "fuzz: read_bundle ran ${FUZZ_SECONDS:-30} s without a crash"
fi
