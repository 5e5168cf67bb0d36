#!/usr/bin/env bash
# Installs whatever this machine is missing to build and test Convene. Safe to run again:
# it only installs what is absent. Sourced by run.sh and test.sh.
set -euo pipefail

need_apt=()
have() { command -v "$1" >/dev/null 2>&1; }
dpkg_has() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }

# A C compiler for bundled SQLite; pkg-config and curl for the usual crates.
for pkg in build-essential pkg-config; do
  dpkg_has "$pkg" || need_apt+=("$pkg")
done
# Extra packages a caller asks for (e.g. the desktop app's webview libraries).
for pkg in ${CONVENE_EXTRA_APT:-}; do
  dpkg_has "$pkg" || need_apt+=("$pkg")
done

if ((${#need_apt[@]})); then
  echo "setup: installing ${need_apt[*]}" >&2
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

# Rust: the pinned toolchain (rust-toolchain.toml) through rustup.
if ! have cargo; then
  [ -x "$HOME/.cargo/bin/cargo" ] && export PATH="$HOME/.cargo/bin:$PATH"
fi
if ! have cargo; then
  echo "setup: installing Rust through rustup" >&2
  if apt-cache show rustup >/dev/null 2>&1; then
    SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq rustup >/dev/null
  else
    curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal
    export PATH="$HOME/.cargo/bin:$PATH"
  fi
fi

# Builds go to a cache outside the clone, so a fresh clone on the same machine (CI, a second
# checkout) reuses earlier work instead of compiling everything again.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/convene/target}"
mkdir -p "$CARGO_TARGET_DIR"
