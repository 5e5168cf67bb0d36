#!/usr/bin/env bash
# Installs what is missing, builds the Convene desktop app and opens it on the demo summit.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/app-setup.sh
build_app

db="${CONVENE_DEMO_DB:-${XDG_DATA_HOME:-$HOME/.local/share}/convene/demo.sqlite3}"
mkdir -p "$(dirname "$db")"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  # No desktop to open a window on (a server, an SSH session): show the demo through the CLI.
  convene="$CARGO_TARGET_DIR/debug/convene"
  export CONVENE_DB="$db"
  session=$("$convene" demo)
  echo "No display found, so here is the demo summit through the CLI (database: $db)."
  echo "On a desktop, this command opens the app on the same demo instead."
  echo
  "$convene" session show "$session"
  echo; echo "── Agenda ──"; "$convene" agenda list "$session"
  echo; echo "── At the door ──"; "$convene" signin counts "$session"
  echo; echo "── Issue board ──"; "$convene" concern list "$session"
  echo; echo "── Votes ──"; "$convene" tally "$session"
  exit 0
fi
echo "Opening Convene on the demo summit (database: $db)"
exec "$CARGO_TARGET_DIR/debug/convene-app" --db "$db" --demo
