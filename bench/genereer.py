#!/usr/bin/env python3
"""Generates a deterministic synthetic process folder in participatie's format.

Usage: genereer.py AANTAL DOELMAP

Writes DOELMAP/process/ (proces.md, AANTAL events, outcomes and responses linked to them),
DOELMAP/bodies.md (all event bodies concatenated: the input for the cmark floor) and
DOELMAP/hugo/ (a Hugo site whose single page lists the same events).
The same arguments always give the same bytes.
"""
import os
import random
import sys

WORDS = ("bewoners wijkraad gemeente bijeenkomst afspraken samenwerking wijk dorpsraad kerngroep "
         "participatie voorstel uitvoering inbreng verslag ondersteuning vrijwilligers buurt plein groen "
         "verkeer veiligheid jongeren ouderen subsidie overleg stadsdeel enquête reactie besluit college "
         "raad advies kaders planning evaluatie wensen zorgen ideeën voorbeeld toelichting").split()
KINDS = ["bijeenkomst", "kerngroep", "nieuwsbrief", "interne-sessie", "enquete", "besluit", "brief",
         "uitnodiging", "overleg", "gesprek", "uitvraag", "onderzoek"]
PLACES = ["Stadhuis", "Wijkcentrum Oost", "Bibliotheek Centrum", "Servicecentrum Noord", "Buurthuis De Linde"]
AUDIENCES = ["bewoners", "wijkorganen", "ondernemers", "ambtelijke organisatie", "gemeenteraad", "jongeren"]


def sentence(rng, low=6, high=16):
    words = [rng.choice(WORDS) for _ in range(rng.randint(low, high))]
    words[0] = words[0].capitalize()
    if rng.random() < 0.3:
        i = rng.randrange(len(words))
        words[i] = "*" + words[i] + "*"
    if rng.random() < 0.2:
        i = rng.randrange(len(words))
        words[i] = "**" + words[i] + "**"
    if rng.random() < 0.15:
        i = rng.randrange(len(words))
        words[i] = "[" + words[i] + "](https://www.example.nl/" + words[i].strip("*") + ")"
    return " ".join(words) + "."


def body(rng):
    """A body of roughly 80-250 words: paragraphs, sometimes a list."""
    target = rng.randint(80, 250)
    parts, count = [], 0
    while count < target:
        if rng.random() < 0.25:
            items = [sentence(rng, 4, 9) for _ in range(rng.randint(2, 5))]
            parts.append("\n".join("- " + item for item in items))
            count += sum(len(item.split()) for item in items)
        else:
            paragraph = " ".join(sentence(rng) for _ in range(rng.randint(2, 4)))
            parts.append(paragraph)
            count += len(paragraph.split())
    return "\n\n".join(parts) + "\n"


def main():
    count, target = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(count)
    process = os.path.join(target, "process")
    for sub in ("", "uitkomsten", "reacties"):
        os.makedirs(os.path.join(process, sub), exist_ok=True)
    with open(os.path.join(process, "proces.md"), "w", encoding="utf-8") as f:
        f.write("---\ntitel: Synthetisch proces met %d gebeurtenissen\ngemeente: Voorbeeldstad\n"
                "bestuursorgaan: college van burgemeester en wethouders\nparticipatieniveau: adviseren\n"
                "verordening: Participatieverordening Voorbeeldstad 2024\nparticipatieplan: 2020-01-06\n"
                "status: concept\nversie: \"1\"\n---\n## Inleiding\n\n%s\n" % (count, body(rng)))
    ids, bodies, hugo_events = [], [], []
    for n in range(count):
        day = n % 28 + 1
        month = (n // 28) % 12 + 1
        year = 2020 + n // (28 * 12)
        kind = KINDS[rng.randrange(len(KINDS))]
        slug = "%s-%05d" % (kind, n)
        event_id = "%04d-%02d-%02d-%s" % (year, month, day, slug)
        ids.append(event_id)
        text = body(rng)
        bodies.append(text)
        title = sentence(rng, 2, 5).rstrip(".").replace("*", "").split("](")[0].strip("[")
        lines = ["---", "soort: " + kind, "titel: " + title, "datum: %04d-%02d-%02d" % (year, month, day)]
        if rng.random() < 0.6:
            lines.append("locatie: " + rng.choice(PLACES))
        if rng.random() < 0.5:
            lines.append("deelnemers: " + ("ca. " if rng.random() < 0.5 else "") + str(rng.randint(5, 200)))
        lines.append("doelgroepen: [" + ", ".join(sorted(set(rng.sample(AUDIENCES, 2)))) + "]")
        lines.append("---")
        with open(os.path.join(process, event_id + ".md"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n" + text)
        hugo_events.append((event_id, title, "%04d-%02d-%02d" % (year, month, day), kind, text))
    outcomes = max(3, count // 20)
    for n in range(outcomes):
        sources = sorted(set(rng.sample(ids, min(3, len(ids)))))
        with open(os.path.join(process, "uitkomsten", "uitkomst-%04d.md" % n), "w", encoding="utf-8") as f:
            f.write("---\ntitel: Uitkomst %d\nvolgorde: %d\nbronnen:\n%s---\n%s" % (
                n + 1, n + 1, "".join("  - %s\n" % s for s in sources), body(rng)))
        with open(os.path.join(process, "reacties", "reactie-%04d.md" % n), "w", encoding="utf-8") as f:
            f.write("---\ntitel: Reactie op uitkomst %d\nvolgorde: %d\nuitkomsten: [uitkomst-%04d]\n"
                    "besluit: overgenomen\nverwerkt-in: [Raadsvoorstel]\n---\n%s" % (n + 1, n + 1, n, body(rng)))
    with open(os.path.join(target, "bodies.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(bodies))
    # Hugo: the same events as content files, listed on one page by a minimal layout.
    site = os.path.join(target, "hugo")
    for sub in ("content/gebeurtenissen", "layouts/_default", "layouts"):
        os.makedirs(os.path.join(site, sub), exist_ok=True)
    with open(os.path.join(site, "config.toml"), "w") as f:
        f.write('baseURL = "https://example.nl/"\nlanguageCode = "nl"\ntitle = "Bench"\n'
                'disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]\n'
                '[build]\n  writeStats = false\n[outputs]\n  home = ["HTML"]\n  page = []\n  section = []\n')
    with open(os.path.join(site, "layouts", "index.html"), "w") as f:
        f.write('<!DOCTYPE html><html lang="nl"><body><h1>{{ .Site.Title }}</h1>'
                '{{ range (where .Site.RegularPages "Section" "gebeurtenissen").ByDate }}'
                '<article><h2>{{ .Title }}</h2><p>{{ .Date.Format "2 January 2006" }} {{ .Params.soort }}</p>'
                '{{ .Content }}</article>{{ end }}</body></html>\n')
    with open(os.path.join(site, "layouts", "_default", "single.html"), "w") as f:
        f.write("{{ .Content }}\n")
    with open(os.path.join(site, "layouts", "_default", "list.html"), "w") as f:
        f.write("{{ .Title }}\n")
    for event_id, title, date, kind, text in hugo_events:
        with open(os.path.join(site, "content", "gebeurtenissen", event_id + ".md"), "w", encoding="utf-8") as f:
            f.write('---\ntitle: "%s"\ndate: %s\nsoort: %s\n---\n%s' % (title.replace('"', "'"), date, kind, text))


if __name__ == "__main__":
    main()
