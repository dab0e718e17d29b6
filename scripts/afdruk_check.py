#!/usr/bin/env python3
"""Checks that HTML reports print on A4 without near-empty pages.

Usage: afdruk_check.py [--bewaar MAP] FILE.html ...

Each file is printed to PDF by Debian's Chromium (through Playwright, with the page size and margins
of the report's own @page rule: A4). pdftotext -bbox-layout (poppler-utils) gives the position of
every line of text. A page other than the last fails when its text ends less than a third of the way
down the printable height: a section that starts a new page without need, an item pushed whole to the
next page, or a heading left alone. The running header and footer (in the page margins) do not count.
With --bewaar the PDFs are kept in MAP. Before the files, a page made to fail (three short paragraphs,
each forced onto a page of its own) must fail, so the check itself is known to work. Never downloads a
browser.
"""
import os
import pathlib
import re
import subprocess
import sys
import tempfile

from playwright.sync_api import sync_playwright

CHROMIUM = os.environ.get("CHROMIUM", "/usr/lib/chromium/chromium")
MM = 72 / 25.4  # PDF points per millimetre
# The page margins of templates/partials/stijl.html.mustache (@page): text outside them is the running
# header or footer.
TOP_MARGIN, BOTTOM_MARGIN = 20 * MM, 22 * MM
# A page must be filled at least this far down its printable height.
MINIMUM_FILL = 1 / 3

PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', re.S)
LINE = re.compile(r'<line xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">')


def page_fills(pdf):
    """For each page, how far down its printable height the text goes (0 to 1; 0 for no text)."""
    layout = subprocess.run(["pdftotext", "-bbox-layout", pdf, "-"], check=True, capture_output=True, text=True).stdout
    fills = []
    for width, height, body in PAGE.findall(layout):
        height = float(height)
        top, bottom = TOP_MARGIN, height - BOTTOM_MARGIN
        ends = [float(y_max) for y_min, y_max in LINE.findall(body) if float(y_min) >= top - 1 and float(y_max) <= bottom + 1]
        fills.append(max(0.0, (max(ends) - top) / (bottom - top)) if ends else 0.0)
    return fills


# Three pages of which the first two hold one line each: the check must find both.
SELF_TEST = """<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>zelftest</title>
<style>@page { size: A4; margin: 20mm 18mm 22mm; } p { break-after: page; }</style></head>
<body><p>Een.</p><p>Twee.</p><p>Drie.</p></body></html>"""


def print_to_pdf(browser, url, pdf):
    page = browser.new_page()
    page.goto(url)
    page.pdf(path=pdf, prefer_css_page_size=True, print_background=True)
    page.close()


def main(arguments):
    keep = None
    if arguments[:1] == ["--bewaar"]:
        keep, arguments = pathlib.Path(arguments[1]), arguments[2:]
        keep.mkdir(parents=True, exist_ok=True)
    if not arguments:
        print("gebruik: afdruk_check.py [--bewaar MAP] BESTAND.html ...", file=sys.stderr)
        return 2
    failures = 0
    with tempfile.TemporaryDirectory() as scratch, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        try:
            test = pathlib.Path(scratch) / "zelftest.html"
            test.write_text(SELF_TEST, encoding="utf-8")
            print_to_pdf(browser, test.as_uri(), str(test.with_suffix(".pdf")))
            fills = page_fills(str(test.with_suffix(".pdf")))
            if len(fills) != 3 or any(fill >= MINIMUM_FILL for fill in fills[:2]):
                print(f"afdrukken: de controle zelf werkt niet: een testpagina gaf {fills}", file=sys.stderr)
                return 1
            for index, path in enumerate(arguments):
                name = f"{index + 1}-{pathlib.Path(path).stem}.pdf"
                pdf = str((keep or pathlib.Path(scratch)) / name)
                print_to_pdf(browser, pathlib.Path(path).resolve().as_uri(), pdf)
                fills = page_fills(pdf)
                short = [(number, fill) for number, fill in enumerate(fills[:-1], start=1) if fill < MINIMUM_FILL]
                for number, fill in short:
                    print(f"{path}: fout: pagina {number} van {len(fills)} is bijna leeg: de tekst loopt tot "
                          f"{fill:.0%} van de hoogte (minstens {MINIMUM_FILL:.0%})")
                failures += len(short)
                if not short:
                    print(f"{path}: {len(fills)} pagina's A4, geen bijna lege (de minst gevulde: "
                          f"{min(fills[:-1] or [1.0]):.0%})")
        finally:
            browser.close()
    if failures:
        print(f"afdrukken: {failures} bijna lege pagina('s)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
