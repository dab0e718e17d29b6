#!/usr/bin/env bash
# Runs every check of the project, installing what is missing first. The steps, in this order (the
# README's section "Controles" lists the same steps in the same order; a test compares the two):
#   1. opmaak: swift format lint, met de instellingen in .swift-format;
#   2. tests: swift test (unit-, goudbestand- en end-to-end-tests);
#   3. verslag: een nieuwe build van process/ is byte voor byte gelijk aan output/eindverslag.html;
#   4. HTML en toegankelijkheid: dat verslag, dat van een nieuw proces (participatie init) en de goudbestanden zijn geldige HTML5 (Nu Html Checker), zonder ernstige toegankelijkheidsfouten (axe-core in Chromium), en drukken af op A4 zonder bijna lege pagina's;
#   5. fuzzing: 30 seconden fuzzing van de lezer en de sjablonen (FUZZ_SECONDS=0 slaat het over);
#   6. AddressSanitizer: de hele testsuite nog eens onder AddressSanitizer (ASAN=0 slaat het over);
#   7. benchmark: een rooktest van bench/run.sh op de debug-build, die meet en beoordeelt niets.
# Each step shows only what matters (its full output is in a log file it names when it fails); at the
# end a summary says which steps passed.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/vereisten.sh
ensure_build_dependencies

logs="$(mktemp -d "${TMPDIR:-/tmp}/participatie-test.XXXXXX")"
passed=()
current=""
finish() {
  local status=$1
  echo
  echo "== samenvatting =="
  local line
  for line in "${passed[@]}"; do echo "  geslaagd  $line"; done
  if [ "$status" -ne 0 ]; then
    [ -n "$current" ] && echo "  MISLUKT   $current (volledige uitvoer: $logs)"
  else
    echo "alle ${#passed[@]} controles geslaagd"
    rm -rf "$logs"
  fi
}
trap 'finish $?' EXIT
step() { current="$1"; echo; echo "== stap $1 =="; }
passed_step() { passed+=("$current${1:+ ($1)}"); current=""; }
# Runs a command with its output in a log file; on failure shows the end of the log and stops.
quietly() {
  local log="$logs/$1"
  shift
  if ! "$@" >"$log" 2>&1; then
    tail -n 60 "$log" >&2
    exit 1
  fi
}

step "1 opmaak: swift format lint"
swift format lint --strict --recursive Sources Tests Package.swift
passed_step

step "2 tests: swift test"
quietly build.log swift build --build-tests
# Warnings of our own code must not pass unnoticed.
grep -E "^/.*(Sources|Tests)/.*: warning:" "$logs/build.log" | sort -u || true
quietly test.log swift test --skip-build
tests="$(sed -nE 's/^✔ Test run with ([0-9]+) tests.*/\1/p' "$logs/test.log")"
echo "swift test: $tests tests geslaagd"
passed_step "$tests tests"

step "3 verslag: process/ geeft byte voor byte output/eindverslag.html"
binary="$(swift build --show-bin-path)/participatie"
quietly verslag.log "$binary" build --process process --templates templates --output "$logs/verslag"
if ! cmp -s "$logs/verslag/eindverslag.html" output/eindverslag.html; then
  diff -u output/eindverslag.html "$logs/verslag/eindverslag.html" | head -40 >&2 || true
  echo "fout: output/eindverslag.html verschilt van een nieuwe build van process/; draai scripts/maak-verslag.sh en commit het resultaat" >&2
  exit 1
fi
echo "output/eindverslag.html is gelijk aan een nieuwe build van process/"
passed_step

step "4 HTML en toegankelijkheid: vnu, axe-core en afdrukken op A4"
# Also the report of a process just made by 'participatie init': the first one a new user prints.
quietly nieuw.log "$binary" init "$logs/nieuw"
(cd "$logs/nieuw" && quietly nieuw-verslag.log "$binary" build)
scripts/controleer-verslag.sh "$logs/verslag/eindverslag.html" "$logs/nieuw/output/eindverslag.html" \
  Tests/ParticipatieTests/Golden/*/eindverslag.html
passed_step

step "5 fuzzing"
if [ "${FUZZ_SECONDS:-30}" != 0 ]; then
  quietly fuzz.log scripts/fuzz.sh "${FUZZ_SECONDS:-30}"
  grep -E "^(fuzz:|stat::number_of_executed_units|stat::peak_rss_mb)" "$logs/fuzz.log" || true
  passed_step "${FUZZ_SECONDS:-30} s"
else
  passed_step "overgeslagen: FUZZ_SECONDS=0"
fi

step "6 AddressSanitizer"
if [ "${ASAN:-1}" != 0 ]; then
  quietly asan.log scripts/test-asan.sh
  asan_tests="$(sed -nE 's/^✔ Test run with ([0-9]+) tests.*/\1/p' "$logs/asan.log")"
  echo "onder AddressSanitizer: $asan_tests tests geslaagd, geen geheugenfouten of lekken"
  passed_step "$asan_tests tests"
else
  passed_step "overgeslagen: ASAN=0"
fi

step "7 benchmark: rooktest (debug-build, meet en beoordeelt niets)"
quietly bench.log bench/run.sh --sizes 30 --runs 3 --debug
tail -n 4 "$logs/bench.log"
passed_step
