#!/usr/bin/env bash
# What the desktop app needs on top of setup.sh: the webview libraries, the UI's npm packages,
# and (for the end-to-end tests) Xvfb, WebKitWebDriver and tauri-driver. Sourced by run.sh and
# test.sh; safe to run again, it only installs what is missing.
set -euo pipefail
# The Noto fonts are what the PDF reports embed (Latin/Vietnamese, Cyrillic, Arabic, Ethiopic;
# Han and Hangul from the CJK package).
export CONVENE_EXTRA_APT="libwebkit2gtk-4.1-dev libgtk-3-dev librsvg2-dev libayatana-appindicator3-dev fonts-noto-core fonts-noto-cjk ${CONVENE_EXTRA_APT:-}"
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

have() { command -v "$1" >/dev/null 2>&1; }
if ! have node || ! have npm; then
  echo "setup: installing Node.js and npm" >&2
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq nodejs npm >/dev/null
fi

# The UI's packages, as locked. `npm install` rather than `npm ci`: the lock this registry mirror
# writes lists only this platform's optional packages, which `npm ci` refuses. Install scripts
# stay off: nothing here needs them.
ui_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/../ui" && pwd)"
if [ ! -d "$ui_dir/node_modules" ] || [ "$ui_dir/package-lock.json" -nt "$ui_dir/node_modules/.package-lock.json" ]; then
  echo "setup: npm install (ui/)" >&2
  (cd "$ui_dir" && npm install --no-audit --no-fund --ignore-scripts --loglevel=error)
fi

# Builds the UI and then the app around it (the UI is embedded in the binary).
build_app() {
  (cd "$ui_dir" && npm run --silent build)
  cargo build -p convene-app --bin convene-app
  cargo build --bin convene
}

if [ "${CONVENE_E2E:-0}" = 1 ]; then
  if ! have tauri-driver; then
    [ -x "$HOME/.cargo/bin/tauri-driver" ] && export PATH="$HOME/.cargo/bin:$PATH"
  fi
  have tauri-driver || cargo install tauri-driver --version '^2' --locked
fi
