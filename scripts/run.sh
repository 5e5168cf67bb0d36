#!/usr/bin/env bash
# Installs what is missing, builds Convene and opens it on a demo summit.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh

cargo build --release --bin convene
convene="$CARGO_TARGET_DIR/release/convene"
export CONVENE_DB="${CONVENE_DEMO_DB:-${XDG_DATA_HOME:-$HOME/.local/share}/convene/demo.sqlite3}"
mkdir -p "$(dirname "$CONVENE_DB")"
rm -f "$CONVENE_DB" "$CONVENE_DB-wal" "$CONVENE_DB-shm"

session=$("$convene" demo)
echo "Demo database: $CONVENE_DB   (export CONVENE_DB=$CONVENE_DB to keep exploring)"
echo
"$convene" session show "$session"
echo; echo "── Agenda ──"; "$convene" agenda list "$session"
echo; echo "── At the door ──"; "$convene" signin counts "$session"
echo; echo "── Issue board ──"; "$convene" concern list "$session"
echo; echo "── Votes ──"; "$convene" tally "$session"
echo; echo "── Actions ──"; "$convene" action list --session "$session"
