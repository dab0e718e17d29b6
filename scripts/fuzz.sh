#!/usr/bin/env bash
# Fuzzes the parser for one process file (front matter + body + Markdown) with libFuzzer and
# AddressSanitizer. Usage: scripts/fuzz.sh [seconds [libFuzzer options…]]   (default 60; CI runs 30)
# Example of a long run that also tries inputs up to 70 KB from the start:
#   scripts/fuzz.sh 3600 -len_control=0
# The corpus grows in .build-fuzz/corpus between runs; crashes, timeouts and leaks land in
# fuzz-artifacts/ and make the script fail. Replay one with:
#   SWIFT_BACKTRACE=enable=no .build-fuzz/release/ParticipatieFuzz fuzz-artifacts/crash-…
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/vereisten.sh
ensure_build_dependencies

seconds="${1:-60}"
case "$seconds" in ''|*[!0-9]*) echo "gebruik: scripts/fuzz.sh [seconden [libFuzzer-opties…]]" >&2; exit 2 ;; esac
shift || true

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
# And small versions of the cases the tests generate: deep nesting, an alias bomb, deep Markdown.
head='---\nsoort: bijeenkomst\ntitel: Diep\ndatum: 2024-01-01\n'
repeat() { local i; for ((i = 0; i < $2; i++)); do printf '%s' "$1"; done; }
{ printf -- "$head"; printf 'locatie: '; repeat '[' 40; repeat ']' 40; printf '\n---\nx\n'; } > "$seeds/gen-flow.md"
{ printf -- "$head"; printf 'doelgroepen:\n  '; repeat '- ' 40; printf 'x\n---\nx\n'; } > "$seeds/gen-compact.md"
{ printf -- "$head"; printf 'locatie: '; repeat '{a: ' 40; printf 'x'; repeat '}' 40; printf '\n---\nx\n'; } > "$seeds/gen-map.md"
{ printf -- '---\na: &a [x,x,x]\nb: &b [*a,*a,*a]\nc: [*b,*b,*b]\n---\nx\n'; } > "$seeds/gen-alias.md"
{ printf -- "$head---\n"; repeat '> ' 500; printf 'diep\n'; repeat '- ' 300; printf 'x\n'; } > "$seeds/gen-markdown.md"
echo "fuzz: $n startbestanden, $seconds seconden" >&2

mkdir -p .build-fuzz/corpus fuzz-artifacts
# SWIFT_BACKTRACE=enable=no: Swift's own crash handler otherwise trips ASan with a bogus report.
SWIFT_BACKTRACE=enable=no "$binary" .build-fuzz/corpus "$seeds" \
  -dict=scripts/fuzz.dict -max_total_time="$seconds" -max_len=70000 -timeout=10 -rss_limit_mb=2048 \
  -print_final_stats=1 -artifact_prefix=fuzz-artifacts/ "$@"
