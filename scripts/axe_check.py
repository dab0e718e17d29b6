#!/usr/bin/env python3
"""Checks HTML files for WCAG 2.1 A/AA problems with axe-core in headless Chromium.

Usage: axe_check.py FILE.html ...

Each file is loaded at a desktop width (1280 px) and a phone width (390 px). Violations with
impact 'serious' or 'critical' fail the check (exit code 1); 'moderate' and 'minor' ones are
printed as remarks. Uses Debian's Chromium; never downloads a browser.
"""
import os
import pathlib
import sys

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import sync_playwright

CHROMIUM = os.environ.get("CHROMIUM", "/usr/lib/chromium/chromium")
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
WIDTHS = [1280, 390]
FAILING = {"serious", "critical"}


def main(paths):
    if not paths:
        print("gebruik: axe_check.py BESTAND.html ...", file=sys.stderr)
        return 2
    axe = Axe()
    failures = 0
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        try:
            for path in paths:
                url = pathlib.Path(path).resolve().as_uri()
                for width in WIDTHS:
                    page = browser.new_page(viewport={"width": width, "height": 900})
                    page.goto(url)
                    results = axe.run(page, options={"runOnly": {"type": "tag", "values": TAGS},
                                                     "resultTypes": ["violations"]})
                    page.close()
                    for violation in results.response["violations"]:
                        impact = violation.get("impact") or "onbekend"
                        serious = impact in FAILING
                        failures += serious
                        label = "fout" if serious else "opmerking"
                        print(f"{path} ({width} px): {label}: {violation['id']} ({impact}): {violation['help']}")
                        for node in violation["nodes"][:5]:
                            print(f"    {' '.join(node['target'])}: {node.get('failureSummary', '').splitlines()[-1].strip()}")
        finally:
            browser.close()
    if failures:
        print(f"axe: {failures} ernstige of kritieke toegankelijkheidsproblemen", file=sys.stderr)
        return 1
    print(f"axe: geen ernstige of kritieke problemen in {len(paths)} bestand(en) (WCAG 2.1 A en AA, {' en '.join(map(str, WIDTHS))} px)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
