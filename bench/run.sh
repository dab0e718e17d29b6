#!/usr/bin/env bash
# Benchmark: `participatie build` on synthetic processes of 30, 1,000 and 10,000 events, side by side with
# the `cmark` command on the same Markdown bodies (the floor for the Markdown work) and Hugo building one
# page that lists the same events. Prints medians, peak memory and the ratios, and checks the targets.
#
# Usage: bench/run.sh [--sizes "30 1000 10000"] [--runs N] [--streng]
#   --streng  exit 1 when a target is missed (default: only report)
set -euo pipefail
cd "$(dirname "$0")/.."
sizes="30 1000 10000"
runs=5
strict=0
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) sizes="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --streng) strict=1; shift ;;
    *) echo "fout: onbekende optie '$1' (gebruik: bench/run.sh [--sizes \"30 1000 10000\"] [--runs N] [--streng])" >&2; exit 2 ;;
  esac
done

. scripts/vereisten.sh
ensure_build_dependencies
missing=()
command -v cmark >/dev/null 2>&1 || missing+=(cmark)
command -v hyperfine >/dev/null 2>&1 || missing+=(hyperfine)
command -v hugo >/dev/null 2>&1 || missing+=(hugo)
[ -x /usr/bin/time ] || missing+=(time)
command -v python3 >/dev/null 2>&1 || missing+=(python3)
if [ ${#missing[@]} -gt 0 ]; then
  echo "installeren: ${missing[*]}" >&2
  apt_install "${missing[@]}" || echo "waarschuwing: installeren van ${missing[*]} mislukt" >&2
fi
has_hugo=0; command -v hugo >/dev/null 2>&1 && has_hugo=1

swift build -c release --product participatie >&2
binary="$PWD/.build/release/participatie"
work="$(mktemp -d "${TMPDIR:-/tmp}/participatie-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT

peak_kb() { /usr/bin/time -f "%M" "$@" 2>&1 >/dev/null | tail -n 1; }

results="$work/results.tsv"
: > "$results"
for n in $sizes; do
  dir="$work/$n"
  python3 bench/genereer.py "$n" "$dir"
  mkdir -p "$dir/output"
  build=("$binary" build --process "$dir/process" --templates "$PWD/templates" --output "$dir/output")
  "${build[@]}" >/dev/null 2>&1 || { echo "fout: participatie build mislukt op $n gebeurtenissen" >&2; "${build[@]}" >&2; exit 1; }
  commands=("${build[*]} >/dev/null 2>&1" "cmark $dir/bodies.md >/dev/null")
  if [ "$has_hugo" = 1 ]; then
    commands+=("hugo --quiet --source $dir/hugo --destination $dir/hugo-out >/dev/null 2>&1")
  fi
  hyperfine --style none --warmup 1 --runs "$runs" --export-json "$dir/h.json" "${commands[@]}" >&2
  mem_build=$(peak_kb "${build[@]}")
  mem_cmark=$(peak_kb cmark "$dir/bodies.md")
  mem_hugo=0
  if [ "$has_hugo" = 1 ]; then mem_hugo=$(peak_kb hugo --quiet --source "$dir/hugo" --destination "$dir/hugo-out"); fi
  python3 - "$dir/h.json" "$n" "$mem_build" "$mem_cmark" "$mem_hugo" >> "$results" <<'PY'
import json, sys
data = json.load(open(sys.argv[1]))["results"]
medians = [r["median"] for r in data] + [0.0] * (3 - len(data))
print("\t".join([sys.argv[2]] + ["%.6f" % m for m in medians] + sys.argv[3:6]))
PY
done

python3 - "$results" "$strict" <<'PY'
import sys
rows = [line.split("\t") for line in open(sys.argv[1]).read().split("\n") if line]
strict = sys.argv[2] == "1"
print()
print("| gebeurtenissen | participatie build | cmark | Hugo | build/cmark | build/Hugo | piekgeheugen build | cmark | Hugo |")
print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
by_size = {}
for n, build, cmark, hugo, mem_b, mem_c, mem_h in rows:
    n, build, cmark, hugo = int(n), float(build), float(cmark), float(hugo)
    by_size[n] = (build, cmark, hugo, int(mem_b))
    hugo_text = "%.0f ms" % (hugo * 1000) if hugo else "–"
    ratio_h = "%.2f×" % (build / hugo) if hugo else "–"
    print("| %d | %.1f ms | %.1f ms | %s | %.2f× | %s | %.1f MB | %.1f MB | %s |" % (
        n, build * 1000, cmark * 1000, hugo_text, build / cmark if cmark else 0, ratio_h,
        int(mem_b) / 1024, int(mem_c) / 1024, "%.1f MB" % (int(mem_h) / 1024) if hugo else "–"))
print()
failures = []
def target(ok, text):
    print(("  ok    " if ok else "  MISTE ") + text)
    if not ok:
        failures.append(text)
print("Doelen:")
if 10000 in by_size:
    build, cmark, hugo, mem = by_size[10000]
    target(build <= 2.5 * cmark, "10.000: build ≤ 2,5 × cmark (%.2f×)" % (build / cmark))
    if hugo:
        target(build <= hugo / 5, "10.000: build ≤ 1/5 van Hugo (%.2f×)" % (build / hugo))
    target(mem <= 100 * 1024, "10.000: piekgeheugen ≤ 100 MB (%.1f MB)" % (mem / 1024))
if 30 in by_size:
    build = by_size[30][0]
    target(build <= 0.025, "30: build ≤ 25 ms (%.1f ms)" % (build * 1000))
if 1000 in by_size and 10000 in by_size:
    factor = by_size[10000][0] / by_size[1000][0]
    target(factor <= 11, "1.000 → 10.000: ≤ 11 × de tijd (%.1f×)" % factor)
if strict and failures:
    sys.exit(1)
PY
