#!/usr/bin/env bash
# Runs the whole test suite, installing what is missing first.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/vereisten.sh
ensure_build_dependencies
swift build --build-tests
# Smoke run of the benchmark (bench/run.sh, docs/prestaties.md): it must work, its numbers are not checked
# here (no --streng). It measures the debug build just made, so it takes seconds, not a release build.
bench/run.sh --sizes 30 --runs 3 --debug
swift test --skip-build
