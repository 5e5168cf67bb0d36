#!/usr/bin/env bash
# Installs what is missing and runs every check and test: formatting, lints, unit,
# integration, property and crash tests.
set -euo pipefail
cd "$(dirname "$0")/.."
export CONVENE_EXTRA_APT="minisign age unzip python3 ${CONVENE_EXTRA_APT:-}"
source scripts/setup.sh

echo "== cargo fmt --check"
cargo fmt --all -- --check
echo "== cargo clippy -D warnings"
cargo clippy --all-targets --locked -- -D warnings
echo "== cargo test"
# The property tests run more cases here than in a quick local `cargo test`.
PROPTEST_CASES="${PROPTEST_CASES:-256}" MERGE_CASES="${MERGE_CASES:-10000}" cargo test --all-targets --locked
