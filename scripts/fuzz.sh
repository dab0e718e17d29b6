#!/usr/bin/env bash
# Fuzzes the parser for one process file (front matter + body + Markdown) with libFuzzer and
# AddressSanitizer. Usage: scripts/fuzz.sh [seconds]   (default 60; CI runs 30)
# The corpus grows in .build-fuzz/corpus between runs; crashes, timeouts and leaks land in
# fuzz-artifacts/ and make the script fail. Replay one with:
#   SWIFT_BACKTRACE=enable=no .build-fuzz/release/ParticipatieFuzz fuzz-artifacts/crash-…
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/vereisten.sh
ensure_build_dependencies

seconds="${1:-60}"
case "$seconds" in ''|*[!0-9]*) echo "gebruik: scripts/fuzz.sh [seconden]" >&2; exit 2 ;; esac

swift build --scratch-path .build-fuzz -c release --product ParticipatieFuzz \
  --sanitize=fuzzer --sanitize=address \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING
binary=.build-fuzz/release/ParticipatieFuzz

# Seeds: every .md of the real process and of the test fixtures, copied fresh each run.
seeds="$(mktemp -d)"
trap 'rm -rf "$seeds"' EXIT
n=0
while IFS= read -r -d '' file; do
  n=$((n + 1))
  cp "$file" "$seeds/seed-$n.md"
done < <(find process Tests/ParticipatieTests/Fixtures -type f -name '*.md' -print0)
echo "fuzz: $n startbestanden, $seconds seconden" >&2

mkdir -p .build-fuzz/corpus fuzz-artifacts
# SWIFT_BACKTRACE=enable=no: Swift's own crash handler otherwise trips ASan with a bogus report.
SWIFT_BACKTRACE=enable=no "$binary" .build-fuzz/corpus "$seeds" \
  -dict=scripts/fuzz.dict -max_total_time="$seconds" -max_len=70000 -timeout=10 -rss_limit_mb=2048 \
  -print_final_stats=1 -artifact_prefix=fuzz-artifacts/
