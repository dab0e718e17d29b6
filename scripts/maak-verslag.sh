#!/usr/bin/env bash
# Builds participatie (release) and renders the eindverslag of process/ into output/.
# Usage: scripts/maak-verslag.sh [extra options for 'participatie build']
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/vereisten.sh
ensure_build_dependencies
release_build_flags
swift build "${RELEASE_FLAGS[@]}" --product participatie
exec "$(swift build "${RELEASE_FLAGS[@]}" --show-bin-path)/participatie" build --process process --templates templates --output output "$@"
