#!/usr/bin/env bash
# Runs the whole test suite under AddressSanitizer (and LeakSanitizer), in its own scratch path
# so it never disturbs the normal .build. Usage: scripts/test-asan.sh [extra 'swift test' options]
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/vereisten.sh
ensure_build_dependencies

# Leaks in the toolchain's libraries, reached only from test helpers, are suppressed by name:
# XCTest's objects at exit, Foundation's Process.run (a weak-reference side table of the still
# referenced Process) and Data(contentsOf:) reading small fixture files. Nothing of ours is.
# Some tests run the program as user 'nobody' (see Tests/ParticipatieTests/Support/OtherUser.swift), so
# the file lives in /tmp and every user may read it; it holds nothing but these three lines.
suppressions="$(mktemp /tmp/participatie-lsan.XXXXXX)"
chmod 644 "$suppressions"
trap 'rm -f "$suppressions"' EXIT
printf '%s\n' 'leak:libXCTest.so' 'leak:Foundation7ProcessC3run' 'leak:readBytesFromFile' > "$suppressions"

export LSAN_OPTIONS="suppressions=$suppressions:print_suppressions=0"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:halt_on_error=1"
# Swift's own crash handler otherwise trips ASan with a bogus report.
export SWIFT_BACKTRACE=enable=no
# For every program it links, ld.gold warns that it cannot export the sanitizer runtime's assembly
# helpers ("ld.gold: warning: Cannot export local symbol '__asan_report_load1_asm'", about 140 lines per
# link, over 400 in a clean build): the runtime keeps those symbols local on purpose and no code of
# ours refers to them, so the lines say nothing. swift build prints them on standard output; only those
# lines are left out (sed, which never fails, so the build's own exit status counts).
swift build --build-tests --sanitize=address --scratch-path .build-asan 2>&1 \
  | sed "/ld\.gold: warning: Cannot export local symbol '__asan_/d"
swift test --skip-build --sanitize=address --scratch-path .build-asan "$@"
