#!/usr/bin/env bash
# Builds participatie (release) and renders the eindverslag of process/ into output/.
# Usage: scripts/maak-verslag.sh [extra options for 'participatie build']
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/vereisten.sh
ensure_build_dependencies
# The Swift runtime and Foundation linked in: every start saves about 15 ms of dynamic loading.
swift build -c release --static-swift-stdlib --product participatie
exec .build/release/participatie build --process process --templates templates --output output "$@"
