#!/usr/bin/env bash
# Runs the whole test suite, installing what is missing first:
#   1. swift test (unit, golden-file and end-to-end tests);
#   2. a fresh build of the shipped process must equal the committed output/eindverslag.html;
#   3. that report and the golden reports must be valid HTML5 and pass axe-core (scripts/controleer-verslag.sh);
#   4. 30 seconds of fuzzing the parser (scripts/fuzz.sh; FUZZ_SECONDS=0 skips it);
#   5. the whole suite again under AddressSanitizer (scripts/test-asan.sh; ASAN=0 skips it).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/vereisten.sh
ensure_build_dependencies
swift build --build-tests
# Smoke run of the benchmark (bench/run.sh, docs/prestaties.md): it must work, its numbers are not checked
# here (no --streng). It measures the debug build just made, so it takes seconds, not a release build.
bench/run.sh --sizes 30 --runs 3 --debug
swift test --skip-build

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
binary="$(swift build --show-bin-path)/participatie"
if ! "$binary" build --process process --templates templates --output "$scratch" >"$scratch/build.log" 2>&1; then
  cat "$scratch/build.log" >&2
  echo "fout: participatie build mislukt op process/" >&2
  exit 1
fi
if ! cmp -s "$scratch/eindverslag.html" output/eindverslag.html; then
  diff -u output/eindverslag.html "$scratch/eindverslag.html" | head -40 >&2 || true
  echo "fout: output/eindverslag.html verschilt van een nieuwe build van process/; draai scripts/maak-verslag.sh en commit het resultaat" >&2
  exit 1
fi
echo "output/eindverslag.html is gelijk aan een nieuwe build van process/"
scripts/controleer-verslag.sh "$scratch/eindverslag.html" Tests/ParticipatieTests/Golden/*/eindverslag.html

if [ "${FUZZ_SECONDS:-30}" != 0 ]; then
  scripts/fuzz.sh "${FUZZ_SECONDS:-30}"
fi
if [ "${ASAN:-1}" != 0 ]; then
  scripts/test-asan.sh
fi
