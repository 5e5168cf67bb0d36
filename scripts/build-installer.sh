#!/usr/bin/env bash
# Builds Convene's installer(s) with the prebuilt Tauri CLI from npm (@tauri-apps/cli; `cargo
# install tauri-cli` would take ~16 minutes on two cores). Usage: build-installer.sh [BUNDLES]
# where BUNDLES is deb (default on Linux), msi,nsis on Windows, or dmg,app on macOS.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/app-setup.sh
bundles="${1:-deb}"
(cd ui && npm run --silent build)
(cd src-tauri && ../ui/node_modules/.bin/tauri build --bundles "$bundles")
echo "Installers:"
find "$CARGO_TARGET_DIR/release/bundle" -maxdepth 2 -type f \( -name '*.deb' -o -name '*.msi' -o -name '*.exe' -o -name '*.dmg' \) -newer ui/dist/index.html -print
