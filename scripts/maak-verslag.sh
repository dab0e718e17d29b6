#!/usr/bin/env bash
# Builds participatie (release) and renders the eindverslag of process/ into output/.
# Usage: scripts/maak-verslag.sh [extra options for 'participatie build']
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/vereisten.sh
ensure_build_dependencies
swift build -c release --product participatie
exec .build/release/participatie build --process process --templates templates --output output "$@"
