#!/usr/bin/env bash
# Runs the whole test suite, installing what is missing first; then a short fuzz run of the
# parser and the suite again under AddressSanitizer. About 6 minutes from a clean checkout on
# 2 cores. FUZZ_SECONDS=0 skips the fuzzing, ASAN=0 the AddressSanitizer run.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/vereisten.sh
ensure_build_dependencies
swift build --build-tests
swift test --skip-build
if [ "${FUZZ_SECONDS:-30}" != 0 ]; then
  scripts/fuzz.sh "${FUZZ_SECONDS:-30}"
fi
if [ "${ASAN:-1}" != 0 ]; then
  scripts/test-asan.sh
fi
