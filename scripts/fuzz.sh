#!/usr/bin/env bash
# Fuzzes the parser for one process file (front matter + body + Markdown) with libFuzzer and
# AddressSanitizer. Usage: scripts/fuzz.sh [seconds [libFuzzer options…]]   (default 60; CI runs 30)
# Inputs go up to the 1 MiB file limit; large seeds in the worst-case shapes are made each run.
# Example of a long run that tries long inputs from the start:
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
# Large seeds (256 KiB; mutations may grow them to the 1 MiB file limit) in the shapes that once made a
# check quadratic: one long line of links, placeholders, raw HTML, garbled or invisible characters, and a
# long date list. At this size a quadratic check takes tens of seconds under the sanitizers: a timeout.
python3 - "$seeds" <<'PY'
import sys
folder = sys.argv[1]
head = "---\nsoort: bijeenkomst\ntitel: Groot\ndatum: 2024-01-01\n---\n"
limit = 256 * 1024
shapes = {
    "links": "[a](/x) ", "onveilig": "[a](javascript:x) ", "plaatshouders": "[VUL IN: x] ", "html": "<b>x</b> ",
    "mojibake": "financi\u20acle Ã« ", "onzichtbaar": "a\u202eb\u200bc ", "lang": "a",
}
for name, piece in shapes.items():
    body = piece * (limit // len(piece.encode()))
    open(f"{folder}/groot-{name}.md", "w").write(head + body + "\n")
dates = "".join(f"\n  - 2024-{m:02d}-{d:02d}" for m in range(1, 13) for d in range(1, 29))
open(f"{folder}/groot-datums.md", "w").write("---\nsoort: bijeenkomst\ntitel: Datums\ndatum:" + dates + "\n---\nx\n")
PY
echo "fuzz: $n startbestanden en 8 grote, $seconds seconden" >&2

mkdir -p .build-fuzz/corpus fuzz-artifacts
# SWIFT_BACKTRACE=enable=no: Swift's own crash handler otherwise trips ASan with a bogus report.
SWIFT_BACKTRACE=enable=no "$binary" .build-fuzz/corpus "$seeds" \
  -dict=scripts/fuzz.dict -max_total_time="$seconds" -max_len=1048576 -timeout=10 -rss_limit_mb=2048 \
  -print_final_stats=1 -artifact_prefix=fuzz-artifacts/ "$@"
