#!/usr/bin/env bash
# Benchmark: `participatie build` on synthetic processes of 30, 1,000 and 10,000 events, side by side with
# the `cmark` command on the same Markdown bodies (the floor for the Markdown work) and Hugo building one
# page that lists the same events. Prints medians, peak memory and the ratios, and checks the targets.
# See docs/prestaties.md.
#
# Usage: bench/run.sh [--sizes "30 1000 10000"] [--runs N] [--streng] [--debug] [--bewaar MAP] [--lineair]
#   --sizes   numbers of events (default: 30 1000 10000)
#   --lineair instead: time `participatie check` on one event file in each worst-case shape (one long line of
#             links, placeholders, raw HTML, garbled or invisible characters; deep quotes) at 256 KiB, 512 KiB
#             and 1 MiB, and large front matter (plain lines, one long list, list lines) at 16, 32 and 64 KiB,
#             and show how the time grows when the size doubles (at most about 2×)
#   --runs    timed runs per command after one warm-up run (default: 5)
#   --streng  exit 1 when a target is missed (default: only report)
#   --debug   measure the debug build instead of the release build (quick to build; for the CI smoke run)
#   --bewaar  generate the processes in MAP and keep them (default: a temporary folder, removed afterwards)
set -euo pipefail
cd "$(dirname "$0")/.."

usage='gebruik: bench/run.sh [--sizes "30 1000 10000"] [--runs N] [--streng] [--debug] [--bewaar MAP] [--lineair]'
sizes="30 1000 10000"
runs=5
strict=0
configuration=release
keep=""
linear=0
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) [ $# -ge 2 ] || { echo "fout: --sizes verwacht een waarde; $usage" >&2; exit 2; }; sizes="$2"; shift 2 ;;
    --runs) [ $# -ge 2 ] || { echo "fout: --runs verwacht een waarde; $usage" >&2; exit 2; }; runs="$2"; shift 2 ;;
    --streng) strict=1; shift ;;
    --debug) configuration=debug; shift ;;
    --lineair) linear=1; shift ;;
    --bewaar) [ $# -ge 2 ] || { echo "fout: --bewaar verwacht een map; $usage" >&2; exit 2; }; keep="$2"; shift 2 ;;
    -h|--help) echo "$usage"; exit 0 ;;
    *) echo "fout: onbekende optie '$1'; $usage" >&2; exit 2 ;;
  esac
done
for n in $sizes; do
  [[ "$n" =~ ^[1-9][0-9]*$ ]] || { echo "fout: '$n' is geen aantal gebeurtenissen; $usage" >&2; exit 2; }
done
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || { echo "fout: --runs '$runs' is geen positief aantal; $usage" >&2; exit 2; }

# What the benchmark needs, from Debian: cmark (the floor), hyperfine (timing), Hugo (comparison),
# GNU time (peak memory) and Python (the generator).
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
for tool in cmark hyperfine python3; do
  command -v "$tool" >/dev/null 2>&1 || { echo "fout: $tool ontbreekt en kon niet worden geïnstalleerd" >&2; exit 1; }
done
[ -x /usr/bin/time ] || { echo "fout: /usr/bin/time ontbreekt en kon niet worden geïnstalleerd" >&2; exit 1; }
has_hugo=0
if command -v hugo >/dev/null 2>&1; then has_hugo=1; else echo "waarschuwing: hugo ontbreekt; de vergelijking met Hugo vervalt" >&2; fi

if [ "$configuration" = debug ]; then
  echo "rooktest: dit meet de debug-build; de getallen zeggen niets over de snelheid en de doelen worden niet beoordeeld" >&2
fi
# The release build as scripts/maak-verslag.sh makes it (see release_build_flags in scripts/vereisten.sh).
build_flags=(-c "$configuration")
if [ "$configuration" = release ]; then
  release_build_flags
  build_flags=("${RELEASE_FLAGS[@]}")
fi
swift build "${build_flags[@]}" --product participatie >&2
binary="$(swift build "${build_flags[@]}" --show-bin-path)/participatie"
if [ -n "$keep" ]; then
  mkdir -p "$keep"
  work="$(cd "$keep" && pwd)"
else
  work="$(mktemp -d "${TMPDIR:-/tmp}/participatie-bench.XXXXXX")"
  trap 'rm -rf "$work"' EXIT
fi

# Peak resident memory of one run, in KiB; the highest of three runs.
peak_kb() {
  local peak=0 kb
  for _ in 1 2 3; do
    kb=$(/usr/bin/time -f "%M" "$@" 2>&1 >/dev/null | tail -n 1)
    [[ "$kb" =~ ^[0-9]+$ ]] || { echo "fout: geen geheugenmeting voor $*" >&2; exit 1; }
    [ "$kb" -gt "$peak" ] && peak=$kb
  done
  echo "$peak"
}
# A command line for hyperfine --shell=none, with every word quoted.
quoted() { printf '%q ' "$@"; }

if [ "$linear" = 1 ]; then
  echo "lineariteit: participatie check ($configuration) op één bestand per vorm, bij 256 KiB, 512 KiB en 1 MiB" >&2
  python3 - "$work/lineair" <<'PY'
import os, sys
root = sys.argv[1]
head = "---\nsoort: bijeenkomst\ntitel: Groot\ndatum: 2024-01-01\n---\n"
process = "---\ntitel: t\ngemeente: g\nbestuursorgaan: b\nparticipatieniveau: informeren\nverordening: v\n---\nx\n"
shapes = {
    "links op één regel": lambda n: head + "[a](/x) " * (n // 8),
    "onveilige links op één regel": lambda n: head + "[a](javascript:x) " * (n // 18),
    "plaatshouders op één regel": lambda n: head + "[VUL IN: x] " * (n // 12),
    "HTML op één regel": lambda n: head + "<b>x</b> " * (n // 9),
    "verminkte tekens op één regel": lambda n: head + "financi\u20acle Ã« " * (n // 20),
    "onzichtbare tekens op één regel": lambda n: head + "a\u202eb\u200bc " * (n // 11),
    "één regel zonder einde": lambda n: head + "a" * n,
    "links op eigen regels": lambda n: head + "[a](/x)\n" * (n // 8),
    "geneste citaten": lambda n: head + "> " * (n // 2) + "x\n",
}
# Front matter is at most 64 KiB: its shapes at 16, 32 and 64 KiB.
def front(line):
    def make(n):
        text, i = "", 0
        while len(text.encode()) < n:
            text += line(i) + "\n"
            i += 1
        return "---\nsoort: bijeenkomst\ntitel: Groot\ndatum: 2024-01-01\n" + text + "---\nx"
    return make
front_shapes = {
    "front matter: gewone regels": front(lambda i: f"k{i}: een gewone waarde met wat tekst, nummer {i}"),
    "front matter: één lijst": lambda n: "---\nsoort: bijeenkomst\ntitel: Groot\ndatum: 2024-01-01\ndoelgroepen: ["
        + ", ".join(f"groep{i}" for i in range(n // 9)) + "]\n---\nx",
    "front matter: lijstregels": front(lambda i: f"  - groep {i}" if i else "doelgroepen:"),
}
sizes = {name: (256, 512, 1024) for name in shapes}
sizes.update({name: (16, 32, 64) for name in front_shapes})
shapes.update(front_shapes)
for name, make in shapes.items():
    for index, kib in enumerate(sizes[name]):
        folder = os.path.join(root, f"{name}/{index}/process")
        os.makedirs(folder, exist_ok=True)
        text = make(kib * 1024 - 200) if kib > 64 else make(kib * 1024 - 300)
        open(os.path.join(folder, "2024-01-01-groot.md"), "w").write(text + "\n")
        open(os.path.join(folder, "proces.md"), "w").write(process)
PY
  table="$work/lineair.tsv"
  : > "$table"
  for shape_dir in "$work"/lineair/*/; do
    shape="$(basename "$shape_dir")"
    commands=()
    for index in 0 1 2; do commands+=("$(quoted "$binary" check --process "$shape_dir$index/process")"); done
    hyperfine --shell=none --style none --warmup 1 --runs "$runs" -i --export-json "$work/lin.json" "${commands[@]}" >/dev/null 2>&1
    python3 - "$work/lin.json" "$shape" >> "$table" <<'PY'
import json, sys
medians = [r["median"] for r in json.load(open(sys.argv[1]))["results"]]
print("\t".join([sys.argv[2]] + ["%.6f" % m for m in medians]))
PY
  done
  python3 - "$table" "$strict" <<'PY'
import sys
rows = [line.split("\t") for line in open(sys.argv[1]).read().splitlines() if line]
def ms(s):
    return ("%.1f" % (s * 1000)).replace(".", ",") + " ms"
print()
print("| vorm | 256 KiB (front matter: 16 KiB) | 512 KiB (32 KiB) | 1 MiB (64 KiB) | groei bij verdubbelen |")
print("|---|---:|---:|---:|---:|")
worst = 0.0
for name, a, b, c in rows:
    a, b, c = float(a), float(b), float(c)
    growth = max(b / a, c / b)
    worst = max(worst, growth)
    print("| %s | %s | %s | %s | %s× |" % (name, ms(a), ms(b), ms(c), ("%.2f" % growth).replace(".", ",")))
print()
ok = worst <= 2.5
print(("  gehaald   " if ok else "  GEMIST    ") + "bij verdubbelen hoogstens ongeveer 2× de tijd (grootste groei %s×)" % ("%.2f" % worst).replace(".", ","))
if sys.argv[2] == "1" and not ok:
    sys.exit(1)
PY
  exit 0
fi


results="$work/resultaten.tsv"
: > "$results"
for n in $sizes; do
  dir="$work/$n"
  if [ ! -f "$dir/bodies.md" ]; then
    echo "genereren: $n gebeurtenissen" >&2
    rm -rf "$dir"
    python3 bench/genereer.py "$n" "$dir"
  fi
  build=("$binary" build --process "$dir/process" --templates "$PWD/templates" --output "$dir/output")
  cmark_run=(cmark "$dir/bodies.md")
  hugo_run=(hugo --quiet --source "$dir/hugo" --destination "$dir/hugo-uit")

  # Check once that each command does the whole job before timing it.
  if ! "${build[@]}" >"$dir/build.log" 2>&1; then
    echo "fout: participatie build mislukt op $n gebeurtenissen:" >&2
    cat "$dir/build.log" >&2
    exit 1
  fi
  shown=$(grep -c '<li class="moment moment-' "$dir/output/eindverslag.html" || true)
  [ "$shown" = "$n" ] || { echo "fout: het verslag toont $shown van de $n gebeurtenissen" >&2; exit 1; }
  commands=("$(quoted "${build[@]}")" "$(quoted "${cmark_run[@]}")")
  names=("participatie build" "cmark")
  if [ "$has_hugo" = 1 ]; then
    rm -rf "$dir/hugo-uit"
    "${hugo_run[@]}" >"$dir/hugo.log" 2>&1 || { echo "fout: hugo mislukt op $n gebeurtenissen:" >&2; cat "$dir/hugo.log" >&2; exit 1; }
    listed=$(grep -c '<li class="moment">' "$dir/hugo-uit/index.html" || true)
    [ "$listed" = "$n" ] || { echo "fout: de Hugo-pagina toont $listed van de $n gebeurtenissen" >&2; exit 1; }
    commands+=("$(quoted "${hugo_run[@]}")")
    names+=("hugo")
  fi

  echo "meten: $n gebeurtenissen" >&2
  name_args=()
  for name in "${names[@]}"; do name_args+=(--command-name "$name"); done
  hyperfine --shell=none --style basic --warmup 1 --runs "$runs" "${name_args[@]}" \
    --export-json "$dir/hyperfine.json" "${commands[@]}" >&2
  mem_build=$(peak_kb "${build[@]}")
  mem_cmark=$(peak_kb "${cmark_run[@]}")
  mem_hugo=0
  if [ "$has_hugo" = 1 ]; then mem_hugo=$(peak_kb "${hugo_run[@]}"); fi
  python3 - "$dir/hyperfine.json" "$n" "$mem_build" "$mem_cmark" "$mem_hugo" >> "$results" <<'PY'
import json, sys
runs = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
def stats(name):
    r = runs.get(name)
    return [r["median"], min(r["times"]), max(r["times"])] if r else [0.0, 0.0, 0.0]
values = stats("participatie build") + stats("cmark") + stats("hugo")
print("\t".join([sys.argv[2]] + ["%.6f" % v for v in values] + sys.argv[3:6]))
PY
done

python3 - "$results" "$strict" "$configuration" "$runs" <<'PY'
import os, sys
rows = [line.split("\t") for line in open(sys.argv[1]).read().split("\n") if line]
strict, configuration, runs = sys.argv[2] == "1", sys.argv[3], sys.argv[4]

def number(value, decimals=0):
    """Dutch notation: 1.234,5."""
    text = ("{:,.%df}" % decimals).format(value)
    return text.replace(",", "_").replace(".", ",").replace("_", ".")

def ms(seconds):
    return number(seconds * 1000, 0 if seconds >= 0.1 else 1) + " ms"

def mb(kb):
    return number(kb / 1024, 0) + " MB"

print()
print("participatie build (%s) tegen cmark en Hugo; mediaan van %s metingen na 1 opwarmronde, met laagste–hoogste; "
      "piekgeheugen: hoogste van 3 metingen; %d kernen" % (configuration, runs, os.cpu_count() or 0))
print()
print("| gebeurtenissen | participatie build | cmark | Hugo | build ÷ cmark | build ÷ Hugo | geheugen build | cmark | Hugo |")
print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
by_size = {}
for row in rows:
    n = int(row[0])
    build, build_min, build_max, cmark, cmark_min, cmark_max, hugo, hugo_min, hugo_max = map(float, row[1:10])
    mem_build, mem_cmark, mem_hugo = map(int, row[10:13])
    by_size[n] = (build, cmark, hugo, mem_build)
    print("| %s | %s (%s–%s) | %s (%s–%s) | %s | %s× | %s | %s | %s | %s |" % (
        number(n), ms(build), ms(build_min), ms(build_max), ms(cmark), ms(cmark_min), ms(cmark_max),
        "%s (%s–%s)" % (ms(hugo), ms(hugo_min), ms(hugo_max)) if hugo else "–",
        number(build / cmark, 2), number(build / hugo, 2) + "×" if hugo else "–",
        mb(mem_build), mb(mem_cmark), mb(mem_hugo) if hugo else "–"))
print()
failures = []
if configuration != "release":
    print("Doelen: niet beoordeeld (%s-build; de doelen gelden voor de release-build)" % configuration)
    sys.exit(0)
def target(ok, text):
    print(("  gehaald   " if ok else "  GEMIST    ") + text)
    if not ok:
        failures.append(text)
print("Doelen:")
if 10000 in by_size:
    build, cmark, hugo, mem = by_size[10000]
    target(build <= 2.5 * cmark, "10.000: build ≤ 2,5 × cmark (%s×)" % number(build / cmark, 2))
    if hugo:
        target(build <= hugo / 5, "10.000: build ≤ 1/5 van Hugo (%s×, dus 1/%s)" % (number(build / hugo, 2), number(hugo / build, 1)))
    target(mem <= 100 * 1024, "10.000: piekgeheugen ≤ 100 MB (%s)" % mb(mem))
if 30 in by_size:
    target(by_size[30][0] <= 0.025, "30: build ≤ 25 ms (%s)" % ms(by_size[30][0]))
if 1000 in by_size and 10000 in by_size:
    factor = by_size[10000][0] / by_size[1000][0]
    target(factor <= 11, "1.000 → 10.000: ≤ 11 × de tijd (%s×)" % number(factor, 1))
if not any(n in by_size for n in (30, 10000)):
    print("  (de doelen gelden voor 30, 1.000 en 10.000 gebeurtenissen)")
if strict and failures:
    sys.exit(1)
PY
