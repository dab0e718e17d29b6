#!/usr/bin/env bash
# Runs the whole test suite, installing what is missing first.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/vereisten.sh
ensure_build_dependencies
swift build --build-tests
swift test --skip-build
