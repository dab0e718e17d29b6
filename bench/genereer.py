#!/usr/bin/env python3
"""Generates a deterministic synthetic process folder in participatie's format, for bench/run.sh.

Usage: genereer.py AANTAL DOELMAP

Writes into DOELMAP:
  process/   proces.md, AANTAL events (a few with only a month or on several days), AANTAL/20
             outcomes (at least 3) that name 1-4 events as sources, and one response per outcome
  bodies.md  every Markdown body the report renders (proces.md, events, outcomes, responses),
             concatenated: the input for the `cmark` floor
  hugo/      a Hugo site whose home page lists the same events, with date, kind and body

Bodies are Dutch prose of 80-250 words (checked here) with paragraphs, lists, emphasis, links and
now and then a heading. The events are spread evenly over a period that grows with their number
(about a year and a half for 30, ten years for 10,000), all in the past. The same arguments always
give the same bytes.
"""
import datetime
import os
import random
import re
import sys

KINDS = ["bijeenkomst", "kerngroep", "nieuwsbrief", "interne-sessie", "enquete", "besluit", "brief",
         "uitnodiging", "overleg", "gesprek", "uitvraag", "onderzoek"]
KIND_TITLES = {"bijeenkomst": "Bijeenkomst", "kerngroep": "Vergadering kerngroep", "nieuwsbrief": "Nieuwsbrief",
               "interne-sessie": "Interne sessie", "enquete": "Enquête", "besluit": "Besluit", "brief": "Brief",
               "uitnodiging": "Uitnodiging", "overleg": "Overleg", "gesprek": "Gesprek", "uitvraag": "Uitvraag",
               "onderzoek": "Onderzoek"}
PLACES = ["Stadhuis", "Wijkcentrum Oost", "Bibliotheek Centrum", "Servicecentrum Noord", "Buurthuis De Linde",
          "Dorpshuis Boekelo", "Online (Teams)"]
AUDIENCES = ["bewoners", "wijkorganen", "ondernemers", "ambtelijke organisatie", "gemeenteraad", "jongeren",
             "ouderen", "maatschappelijke organisaties"]
DISTRICTS = ["Oost", "Noord", "De Linde", "het Centrum", "Boekelo", "Glanerbrug", "Stroinkslanden", "Velve-Lindenhof"]
# (subject, plural)
SUBJECTS = [("de kerngroep", False), ("bewoners uit {wijk}", True), ("de wijkraad van {wijk}", False),
            ("het college", False), ("ondernemers in {wijk}", True), ("jongeren uit {wijk}", True),
            ("de gemeente", False), ("vrijwilligers van het buurthuis", True), ("de deelnemers", True),
            ("het stadsdeelteam", False), ("de dorpsraad", False), ("de wijkregisseur", False),
            ("de raadsleden", True)]
# (singular, plural, rest of the verb phrase)
VERBS = [("besprak", "bespraken", ""), ("vroeg", "vroegen", "aandacht voor"), ("pleitte", "pleitten", "voor"),
         ("gaf", "gaven", "advies over"), ("maakte", "maakten", "zich zorgen over"), ("was", "waren", "positief over"),
         ("deed", "deden", "voorstellen voor"), ("stelde", "stelden", "vragen over"),
         ("wilde", "wilden", "meer weten over"), ("zag", "zagen", "kansen in")]
TOPICS = ["de herinrichting van het plein", "meer groen in de wijk", "veilige oversteekplaatsen",
          "de subsidieregeling voor wijkorganen", "de verdeling van het wijkbudget", "betere communicatie",
          "speelplekken voor kinderen", "parkeren rond de school", "de rol van de dorpsraad",
          "ondersteuning voor vrijwilligers", "de planning van het project", "de samenwerkingsafspraken",
          "de toegankelijkheid van het wijkcentrum", "eenzaamheid onder ouderen", "het onderhoud van de stoepen",
          "zwerfafval rond het winkelcentrum", "de verlichting in het park", "een ontmoetingsplek voor jongeren"]
TAILS = ["", "", " tijdens de bijeenkomst", " in het wijkcentrum", " na afloop van het overleg", " via de enquête",
         " op de informatieavond", " in een open gesprek", " bij de evaluatie", " in de nieuwsbrief"]
OPENERS = ["Daarnaast", "Ook", "Verder", "Tot slot", "Vooral", "Volgens het verslag", "In kleine groepen",
           "Tijdens de pauze", "Daarna"]
HEADINGS = ["Verslag", "Wat we hoorden", "Vervolg", "Afspraken", "Achtergrond"]
VERDICTS = ["overgenomen"] * 7 + ["deels-overgenomen"] * 2 + ["niet-overgenomen"]
DOCUMENTS = ["Raadsvoorstel", "Subsidieverordening Wijkorganen", "Uitvoeringsplan", "Samenwerkingsafspraken",
             "Begroting"]


def words(text):
    """Counts words as a reader sees them: tokens with a letter, link targets left out."""
    return sum(1 for token in re.sub(r"\]\([^)]*\)", "]", text).split() if re.search(r"[^\W\d_]", token))


def slug(text):
    return re.sub(r"[^a-z0-9]+", "-", text.lower().replace("ë", "e").replace("é", "e")).strip("-")


def topic(rng):
    """A topic, sometimes emphasised or as a link."""
    text = rng.choice(TOPICS)
    roll = rng.random()
    if roll < 0.12:
        return "*" + text + "*"
    if roll < 0.2:
        return "**" + text + "**"
    if roll < 0.32:
        return "[" + text + "](https://www.example.nl/" + slug(text) + ")"
    return text


def sentence(rng, opener=True):
    """A sentence such as "Daarnaast vroegen bewoners uit Oost aandacht voor meer groen in de wijk."."""
    subject, plural = rng.choice(SUBJECTS)
    subject = subject.format(wijk=rng.choice(DISTRICTS))
    singular_verb, plural_verb, rest = rng.choice(VERBS)
    verb = plural_verb if plural else singular_verb
    object_ = (rest + " " if rest else "") + topic(rng) + rng.choice(TAILS)
    if rng.random() < 0.35:
        object_ += " en " + topic(rng)
    if opener and rng.random() < 0.3:
        text = rng.choice(OPENERS) + " " + verb + " " + subject + " " + object_
    else:
        text = subject + " " + verb + " " + object_
    return text[0].upper() + text[1:] + "."


def body(rng, low=80, high=250):
    """A body of `low`-`high` words: paragraphs, sometimes a list or a heading."""
    target = rng.randint(low, high - 25)  # a sentence has at most 25 words
    blocks, count = [], 0
    if rng.random() < 0.2:
        blocks.append("### " + rng.choice(HEADINGS))
        count += words(blocks[-1])
    while count < target:
        if rng.random() < 0.25 and target - count > 25:
            items, size = [], rng.randint(2, 5)
            while len(items) < size and count < target:
                items.append("- " + sentence(rng, opener=False))
                count += words(items[-1])
            blocks.append("\n".join(items))
        else:
            paragraph, size = [], rng.randint(2, 4)
            while len(paragraph) < size and count < target:
                paragraph.append(sentence(rng))
                count += words(paragraph[-1])
            blocks.append(" ".join(paragraph))
    text = "\n\n".join(blocks) + "\n"
    assert low <= words(text) <= high, (words(text), text)
    return text


def main():
    if len(sys.argv) != 3 or not sys.argv[1].isdigit() or int(sys.argv[1]) < 1:
        sys.exit("gebruik: genereer.py AANTAL DOELMAP")
    count, target = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(20240101 + count)
    process = os.path.join(target, "process")
    for sub in ("", "uitkomsten", "reacties"):
        os.makedirs(os.path.join(process, sub), exist_ok=True)
    bodies = []

    introduction = body(rng)
    procedure = body(rng)
    bodies.append("## Inleiding\n\n" + introduction + "\n## Formele procedure\n\n" + procedure)
    with open(os.path.join(process, "proces.md"), "w", encoding="utf-8") as f:
        f.write("---\ntitel: Synthetisch proces met %d gebeurtenissen\ngemeente: Voorbeeldstad\n"
                "bestuursorgaan: college van burgemeester en wethouders\nparticipatieniveau: adviseren\n"
                "verordening: Participatieverordening Voorbeeldstad 2014\nparticipatieplan: 2014-12-15\n"
                "status: concept\nversie: \"1\"\n---\n%s" % (count, bodies[0]))

    # Evenly over the period, the last one in 2024.
    span = 480 + int(count * 0.32)
    end = datetime.date(2024, 11, 29)
    start = end - datetime.timedelta(days=span)
    ids, events = [], []
    for n in range(count):
        day = start + datetime.timedelta(days=n * span // count)
        kind = KINDS[rng.randrange(len(KINDS))]
        subject = rng.choice(TOPICS)
        title = KIND_TITLES[kind] + " over " + subject
        roll = rng.random()
        if roll < 0.02:
            dates, first = day.strftime("%Y-%m"), day.strftime("%Y-%m")
        elif roll < 0.04:
            days = [day + datetime.timedelta(days=offset) for offset in (0, 3, 7)]
            dates, first = "[" + ", ".join(d.isoformat() for d in days) + "]", day.isoformat()
        else:
            dates, first = day.isoformat(), day.isoformat()
        event_id = "%s-%s-%05d" % (first, slug(KIND_TITLES[kind]), n)
        ids.append(event_id)
        lines = ["---", "soort: " + kind, "titel: " + title, "datum: " + dates]
        if rng.random() < 0.6:
            lines.append("locatie: " + rng.choice(PLACES))
        if rng.random() < 0.5:
            lines.append("deelnemers: " + ("ca. " if rng.random() < 0.5 else "") + str(rng.randint(5, 200)))
        lines.append("doelgroepen: [" + ", ".join(sorted(rng.sample(AUDIENCES, rng.randint(1, 3)))) + "]")
        lines.append("---")
        text = body(rng)
        bodies.append(text)
        with open(os.path.join(process, event_id + ".md"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n" + text)
        events.append((event_id, title, day.isoformat(), kind, text))

    outcomes = max(3, count // 20)
    for n in range(outcomes):
        sources = sorted(set(rng.sample(ids, min(rng.randint(1, 4), len(ids)))))
        title = rng.choice(TOPICS)
        text = body(rng)
        bodies.append(text)
        with open(os.path.join(process, "uitkomsten", "uitkomst-%04d.md" % n), "w", encoding="utf-8") as f:
            f.write("---\ntitel: %s\nvolgorde: %d\nbronnen:\n%s---\n%s" % (
                title[0].upper() + title[1:], n + 1,
                "".join("  - %s\n" % s for s in sources), text))
    for n in range(outcomes):
        answered = ["uitkomst-%04d" % n] + (["uitkomst-%04d" % (n + 1)] if n + 1 < outcomes and rng.random() < 0.2 else [])
        verdict = rng.choice(VERDICTS)
        motivation = "" if verdict == "overgenomen" else \
            "motivering: %s\n" % sentence(rng, opener=False).replace("*", "").replace("[", "").split("](")[0].rstrip(".")
        text = body(rng)
        bodies.append(text)
        with open(os.path.join(process, "reacties", "reactie-%04d.md" % n), "w", encoding="utf-8") as f:
            f.write("---\ntitel: Reactie op uitkomst %d\nvolgorde: %d\nuitkomsten: [%s]\nbesluit: %s\n%s"
                    "verwerkt-in: [%s]\n---\n%s" % (n + 1, n + 1, ", ".join(answered), verdict, motivation,
                                                   rng.choice(DOCUMENTS), text))

    with open(os.path.join(target, "bodies.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(bodies))

    # Hugo: the same events as content files, listed with their bodies on the one page it builds.
    site = os.path.join(target, "hugo")
    for sub in ("content/gebeurtenissen", "layouts"):
        os.makedirs(os.path.join(site, sub), exist_ok=True)
    with open(os.path.join(site, "config.toml"), "w", encoding="utf-8") as f:
        f.write('baseURL = "https://example.nl/"\nlanguageCode = "nl"\ntitle = "Synthetisch proces"\n'
                "buildFuture = true\n"
                'disableKinds = ["taxonomy", "term", "section", "RSS", "sitemap", "robotsTXT", "404"]\n'
                '[outputs]\n  home = ["HTML"]\n  page = []\n')
    with open(os.path.join(site, "layouts", "index.html"), "w", encoding="utf-8") as f:
        f.write('<!DOCTYPE html>\n<html lang="nl"><head><meta charset="utf-8"><title>{{ .Site.Title }}</title></head>'
                '<body><h1>{{ .Site.Title }}</h1>\n<ol>\n'
                '{{ range (where .Site.RegularPages "Section" "gebeurtenissen").ByDate }}'
                '<li class="moment"><h2>{{ .Title }}</h2><p>{{ .Date.Format "2 January 2006" }}, {{ .Params.soort }}</p>\n'
                '{{ .Content }}</li>\n{{ end }}</ol>\n</body></html>\n')
    for event_id, title, date, kind, text in events:
        with open(os.path.join(site, "content", "gebeurtenissen", event_id + ".md"), "w", encoding="utf-8") as f:
            f.write('---\ntitle: "%s"\ndate: %s\nsoort: %s\n---\n%s' % (title, date, kind, text))


if __name__ == "__main__":
    main()
