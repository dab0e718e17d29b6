/// Every front matter whose outcome was recorded from the implementation before the one-pass
/// composer (libyaml events, a hand-written line reader and Yams), with a name to look the recording up.
///
/// The same file was compiled into a throwaway package with the old code and Yams 6.2.2 to record
/// ``RecordedOutcomes``; it must stay free of anything that package does not have.
enum CaseCatalog {
    /// The cases the old composer read itself (`ownCases` of the old tests).
    static let own: [String] = [
        "soort: inspraakavond\ntitel: Avond in het wijkcentrum\ndatum: 2024-03-12\n",
        "titel: Wonen & Zorg *samen*\ndoelgroepen: [bewoners, \"jongeren & ouderen\"]\nmotivering: 'het kan niet: d''r is geen geld'\n",
        "toelichting: |\n  *Let op:* dit is **Markdown**\n  - [ ] nog te doen\n\n  slot\n\n\nnaam: x\n",
        "a: |-\n  zonder regeleinde\nb: |+\n  met alle regeleinden\n\n\nc: >\n  gevouwen\n  tekst\n\n  nieuwe alinea\nd: >-\n  kort\n",
        "a: |2\n    twee extra spaties\n  b\n",
        "titel: \"een\n  twee\n\n  drie\"\nander: 'een\n  twee'\n",
        "escapes: \"tab\\there \\u00e9 \\x41 \\N \\_ \\L \\P \\\"\\\\ einde\\\n  verder\"\n",
        "vlak: lange tekst\n  over meer\n  regels\n\n  met een lege ertussen\n",
        "lijst: [a, b, [c, d], {e: f}, \"g, h\", 'i']\nleeg: []\nniets: {}\n",
        "kaart: {a: 1, b: [x, y], c: {d: e}}\n",
        "# commentaar\na: b # achter\nc: \"d\" # na aanhalingstekens\n  # ingesprongen\ne: f\n",
        "titel: é ü ï\nü: tweede\nlocatie: 日本 ✓ 😀 plek\n😀: emoji-sleutel\n",
        "a:\nb: ~\nc: null\nd: Null\ne: NULL\nf: \"\"\ng: ''\n",
        "? a\n: b\n? c\n",
        "a   : b\n\"c\" : d\n",
        "doelgroepen:\n- bewoners\n- ondernemers\n- - diep\n  - dieper\nx:\n  - y\n",
        "<<: {a: 1}\nb: 2\n",
        "a: \"x\"\nA: \"x\"\n",
        "",
        "# alleen commentaar\n",
        "--- tekst",
        "--- \na: b\n...\n",
        "gewoon een tekst\n",
        "- een\n- twee\n",
        "%YAML 1.1\n---\na: b\n",
        "a: 19:30\nb: no\nc: 010\nd: 1e3\ne: 2024-03-12T10:00:00Z\n",
        "a: \"\\0nul\"\n",
        "a: \"\\u200Bzwsp\" \nb: \"x\\uFEFF\"\n",
        "datum:\n  - 2024-03-12\n  - 2024-03-14\n",
    ]

    /// The cases the old composer handed to Yams (`yamsCases` of the old tests).
    static let handedToYams: [String] = [
        "a: 1\na: 2\n",
        "\"a\": 1\na: 2\n",
        "a: 1\n'a': 2\n",
        "x:\n  a: 1\n  b: 2\n  a: 3\n",
        "{a: 1, a: 2}\n",
        "<<: x\n<<: y\n",
        "[a]: b\n",
        "? [a, b]\n: c\n",
        "{a: b}: c\n",
        "lijst: [a, b\nc: d\n",
        "a: b: c\n",
        "a:\n\tb: c\n",
        "titel: \"niet gesloten\n",
        "titel: 'niet gesloten\n",
        "  a: b\nc: d\n",
        "a: b\n---\nc: d\n",
        "a: b\n--- [\n",
        "titel: *nadruk*\n",
        "titel: 's-Hertogenbosch\n",
        "titel: Deel 1: start\n",
        "titel: \"Het \"plan\"\"\n",
        "- a\nb: c\n",
        "a: @b\n",
        "a: `b`\n",
        "a: \"\\ud800\"\n",
        "a: \"\\q\"\n",
        "k1: v\nk2: v\nk3: v\nk4: v\nk5: v\nk6: v\nk7: v\nk8: v\nk9: v\nk10: v\nk11: v\nk12: v\nk13: v\nk14: v\nk15: v\nk16: v\nk17: v\nk5: w\n",
    ]

    /// The other inputs of the old tests: byte-order mark, diagnostics, positions, order of problems.
    static let otherOldTests: [(name: String, yaml: String)] = [
        ("bom value", "a: \"\\uFEFFbom\"\nb: \"\\u200Bzwsp\"\n"),
        ("duplicate title", "titel: a\ndatum: 2024-01-01\ntitel: b\n"),
        ("unclosed flow list", "doelgroepen: [a, b\ntitel: c\n"),
        ("second document", "a: 1\n---\nb: 2\n"),
        ("collection keys", "[a]: b\n\"c\": d\n? [e]\n: f\n"),
        ("empty", ""),
        ("list at the top", "- een\n- twee\n"),
        ("unicode positions", "ü: é\n  ✓\n\"😀\": [a, 'b']\n"),
        ("duplicate before alias", "a: 1\na: 2\nb: *x\n"),
        ("second document before tag", "a: 1\n---\nb: !!str x\n"),
    ]

    /// The front matter of the hostile fixtures of the project, as its front matter splitter gives it
    /// (without the line end before the closing `---`).
    static let fixtures: [(name: String, yaml: String)] = [
        ("fixture anchors/2024-04-01-anker", "soort: bijeenkomst\ntitel: Anker\ndatum: 2024-04-01\nlocatie: &zaal Stadhuis\ndoelgroepen: [*zaal]"),
        ("fixture anchors/2024-04-02-verwijzing", "soort: bijeenkomst\ntitel: Verwijzing\ndatum: 2024-04-02\ndoelgroepen: [*onbekend]"),
        ("fixture anchors/2024-04-03-lege-anker", "soort: bijeenkomst\ntitel: Anker zonder waarde\ndatum: 2024-04-03\nlocatie: &Co"),
        ("fixture bom/2024-04-01-bom", "soort: bijeenkomst\ntitel: Met BOM\ndatum: 2024-04-01"),
        ("fixture complex-keys/2024-04-01-sleutels", "soort: bijeenkomst\ntitel: Sleutels\ndatum: 2024-04-01\n[a]: b\n? {x: 1}\n: b\n{c: 1}: d"),
        (
            "fixture control-characters/2024-04-01-stuurtekens",
            "soort: bijeenkomst\ntitel: Stuurtekens\ndatum: 2024-04-01\nstatus: \"\\e[31mrood\\e[0m\\nprocess/nep.md:1:1: fout: vals\""
        ),
        ("fixture duplicate-keys/2024-04-01-blok", "soort: bijeenkomst\ntitel: Eerste\ndatum: 2024-04-01\nlocatie: Stadhuis\ntitel: Tweede"),
        ("fixture duplicate-keys/2024-04-02-spatie", "soort: bijeenkomst\ntitel: Eerste\ndatum: 2024-04-02\ntitel : Tweede"),
        ("fixture duplicate-keys/2024-04-03-flow", "soort: bijeenkomst\ntitel: Flow\ndatum: 2024-04-03\nlocatie: {zaal: 1, zaal: 2}"),
        ("fixture yaml-syntax/2024-04-01-haakje", "soort: bijeenkomst\ntitel: Haakje\ndatum: 2024-04-01\ndoelgroepen: [bewoners, ondernemers"),
        ("fixture yaml-syntax/2024-04-02-tab", "soort: bijeenkomst\ntitel: Tab\ndatum: 2024-04-02\ndoelgroepen:\n\t- bewoners"),
        ("fixture yaml-syntax/2024-04-03-apostrof", "soort: bijeenkomst\ntitel: Apostrof\ndatum: 2024-04-03\nlocatie: 's-Hertogenbosch"),
        ("fixture yaml-syntax/2024-04-04-dubbele-punt", "soort: bijeenkomst\ntitel: Deel 1: de start\ndatum: 2024-04-04"),
        ("fixture yaml-syntax/2024-04-05-sterretje", "soort: bijeenkomst\ntitel: *Nieuw* plan\ndatum: 2024-04-05"),
        ("fixture yaml-syntax/2024-04-06-aanhalingstekens", "soort: bijeenkomst\ntitel: \"Het \"plan\" van de wijk\"\ndatum: 2024-04-06"),
        ("fixture tags/2024-04-01-python", "soort: bijeenkomst\ntitel: Tag\ndatum: 2024-04-01\nlocatie: !!python/object/apply:os.system [\"ls\"]"),
        ("fixture tags/2024-04-02-verbatim", "soort: bijeenkomst\ntitel: Tag\ndatum: 2024-04-02\nlocatie: !<tag:yaml.org,2002:str> Stadhuis"),
        ("fixture tags/2024-04-03-lokaal", "soort: bijeenkomst\ntitel: Tag\ndatum: 2024-04-03\nlocatie: !belangrijk Stadhuis"),
        (
            "fixture legitimate/2024-04-01-ampersand",
            "soort: bijeenkomst\ntitel: Wonen & Zorg\ndatum: 2024-04-01\nlocatie: Zaal 1 [boven] - *achter* de trap"
        ),
        ("fixture legitimate/2024-04-02-blokscalar", "soort: bijeenkomst\ntitel: |\n  *nadruk* & !belangrijk\n  [a *b] {c} 'd\ndatum: 2024-04-02"),
        (
            "fixture legitimate/2024-04-03-meerdere-regels",
            "soort: bijeenkomst\ntitel: \"Een titel over\n  twee regels # geen commentaar\n  *met* &tekens\"\ndatum: 2024-04-03\nlocatie: 'Jan''s\n  &zaal'"
        ),
        (
            "fixture legitimate/2024-04-04-vervolgregel",
            "soort: bijeenkomst\ntitel: Een lange titel\n  *met nadruk* &co !ja\n  - geen lijst\ndatum: 2024-04-04"
        ),
        (
            "fixture legitimate/2024-04-05-tekens",
            "soort: bijeenkomst\ntitel: 'Wat nu?! 100% zeker: \"ja\" # geen commentaar'\ndatum: 2024-04-05\nlocatie: \"*Stadhuis*\"\ndoelgroepen:\n  - '!jongeren'\n  - \"&ouderen\"\n  - '*iedereen*'\n  - a:b\n  - 50% #commentaar"
        ),
    ]

    /// The generated hostile front matter of the project's tests.
    static let generated: [(name: String, yaml: String)] = {
        var bomb = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        for level in 1..<30 {
            let name = "l\(level)", previous = level == 1 ? "a" : "l\(level - 1)"
            bomb += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]\n"
        }
        let header = "soort: bijeenkomst\ntitel: Diep\ndatum: 2024-04-01\n"
        return [
            ("billion laughs", bomb),
            (
                "10,000 flow sequences",
                header + "locatie: " + String(repeating: "[", count: 10_000)
                    + String(repeating: "]", count: 10_000)
            ),
            (
                "10,000 flow mappings",
                header + "locatie: " + String(repeating: "{a: ", count: 10_000) + "x"
                    + String(repeating: "}", count: 10_000)
            ),
            ("10,000 compact sequences", header + "doelgroepen:\n  " + String(repeating: "- ", count: 10_000) + "x"),
            (
                "300 indented mappings",
                header + (0..<300).map { String(repeating: " ", count: $0) + "k\($0):\n" }.joined()
                    + String(repeating: " ", count: 300) + "x"
            ),
            (
                "10,000 sequences after a:'b",
                header + "doelgroepen: [a:'b, " + String(repeating: "[", count: 10_000)
                    + String(repeating: "]", count: 10_000) + "]"
            ),
        ]
    }()

    /// The front matter of every Markdown file of the project's shipped process and test fixtures that its
    /// reader gets to the YAML of (byte-order mark dropped, line ends made `\n`).
    static let projectFiles: [(name: String, yaml: String)] = [
        (
            "file fixtures/concept-met-waarschuwingen/2024-09-02-startavond.md",
            "soort: bijeenkomst\ntitel: Startavond \"<script>alert('titel')</script>\"\ndatum: 2024-09-02\nlocatie: Wijkcentrum De Boog & Co\ndeelnemers: ca. 45\ndoelgroepen: [bewoners, ondernemers]"
        ),
        (
            "file fixtures/concept-met-waarschuwingen/2024-09-enquete.md",
            "soort: enquete\ntitel: Enquête verkeersveiligheid\ndatum: 2024-09\ndeelnemers: 1234\ndoelgroepen: [bewoners]"
        ),
        (
            "file fixtures/concept-met-waarschuwingen/2024-10-07-inloopspreekuren.md",
            "soort: bijeenkomst\ntitel: Inloopspreekuren\ndatum: [2024-10-07, 2024-10-09, 2024-10-14]\nlocatie: Bibliotheek\ndeelnemers: +/- 30\ndoelgroepen: [bewoners]"
        ),
        ("file fixtures/concept-met-waarschuwingen/2024-11-05-tweede-avond.md", "soort: bijeenkomst\ntitel: Tweede avond\ndatum: 2024-11-05"),
        (
            "file fixtures/concept-met-waarschuwingen/2024-11-20-klankbordgroep.md",
            "soort: kerngroep\ntitel: Klankbordgroep over het voorlopig ontwerp\ndatum: 2024-11-20\nstatus: gepland"
        ),
        (
            "file fixtures/concept-met-waarschuwingen/proces.md",
            "titel: Herinrichting Stationsstraat & omgeving\ngemeente: Voorbeeldstad\nbestuursorgaan: college van burgemeester en wethouders\nparticipatieniveau: raadplegen\nverordening: Participatieverordening gemeente Voorbeeldstad 2023\nparticipatieplan: 2024-08-20\nstatus: concept\nversie: \"0.3\"\ntoelichting-proces: |\n  Het proces volgde het [participatieplan](https://www.voorbeeldstad.nl/participatieplan?project=stationsstraat&versie=2).\ntoelichting-uitkomsten: De uitkomsten zijn samengevat door het projectteam."
        ),
        (
            "file fixtures/concept-met-waarschuwingen/reacties/communicatie.md",
            "titel: Bewoners blijven op de hoogte\nuitkomsten: []\nbesluit: overgenomen"
        ),
        (
            "file fixtures/concept-met-waarschuwingen/reacties/oversteekplaats.md",
            "titel: Zebrapad met verhoogd plateau\nvolgorde: 1\nuitkomsten: [veilige-oversteek]\nbesluit: overgenomen\nverwerkt-in:\n  - Voorlopig ontwerp Stationsstraat\n  - Uitvoeringsbesluit 2025"
        ),
        (
            "file fixtures/concept-met-waarschuwingen/reacties/snelheid.md",
            "titel: Dertig kilometer per uur\nvolgorde: 2\nuitkomsten: [veilige-oversteek]\nbesluit: deels-overgenomen\nmotivering: De straat wordt **30 km/u**, maar een volledige afsluiting voor auto's past niet binnen de kaders.\nverwerkt-in: [Voorlopig ontwerp Stationsstraat]"
        ),
        (
            "file fixtures/concept-met-waarschuwingen/reacties/speelplekken.md",
            "titel: Geen extra speelplekken in de straat\nvolgorde: 3\nuitkomsten: [meer-speelplekken]\nbesluit: niet-overgenomen\nmotivering: In de straat is geen ruimte; het speelveld aan de Parklaan ligt op 200 meter."
        ),
        (
            "file fixtures/concept-met-waarschuwingen/uitkomsten/meer-speelplekken.md",
            "titel: Meer speelplekken\nvolgorde: 2\nbronnen: [2024-09-enquete]"
        ),
        (
            "file fixtures/concept-met-waarschuwingen/uitkomsten/parkeren.md",
            "titel: Parkeren voor bewoners\nvolgorde: 3\nbronnen: [2024-09-enquete, 2024-11-05-tweede-avond]"
        ),
        (
            "file fixtures/concept-met-waarschuwingen/uitkomsten/veilige-oversteek.md",
            "titel: Een veilige oversteek bij de school\nvolgorde: 1\nbronnen: [2024-09-02-startavond, 2024-10-07-inloopspreekuren]"
        ),
        (
            "file fixtures/hostile/anchors/2024-04-01-anker.md",
            "soort: bijeenkomst\ntitel: Anker\ndatum: 2024-04-01\nlocatie: &zaal Stadhuis\ndoelgroepen: [*zaal]"
        ),
        (
            "file fixtures/hostile/anchors/2024-04-02-verwijzing.md",
            "soort: bijeenkomst\ntitel: Verwijzing\ndatum: 2024-04-02\ndoelgroepen: [*onbekend]"
        ),
        ("file fixtures/hostile/anchors/2024-04-03-lege-anker.md", "soort: bijeenkomst\ntitel: Anker zonder waarde\ndatum: 2024-04-03\nlocatie: &Co"),
        ("file fixtures/hostile/bom/2024-04-01-bom.md", "soort: bijeenkomst\ntitel: Met BOM\ndatum: 2024-04-01"),
        (
            "file fixtures/hostile/complex-keys/2024-04-01-sleutels.md",
            "soort: bijeenkomst\ntitel: Sleutels\ndatum: 2024-04-01\n[a]: b\n? {x: 1}\n: b\n{c: 1}: d"
        ),
        (
            "file fixtures/hostile/control-characters/2024-04-01-stuurtekens.md",
            "soort: bijeenkomst\ntitel: Stuurtekens\ndatum: 2024-04-01\nstatus: \"\\e[31mrood\\e[0m\\nprocess/nep.md:1:1: fout: vals\""
        ),
        ("file fixtures/hostile/cr-only/2024-04-01-cr.md", "soort: bijeenkomst\ntitel: Regels met CR\ndatum: 2024-04-01\nzaal: 3"),
        ("file fixtures/hostile/crlf/2024-04-01-crlf.md", "soort: bijeenkomst\ntitel: Regels met CRLF\ndatum: 2024-04-01\nzaal: 3"),
        (
            "file fixtures/hostile/duplicate-keys/2024-04-01-blok.md",
            "soort: bijeenkomst\ntitel: Eerste\ndatum: 2024-04-01\nlocatie: Stadhuis\ntitel: Tweede"
        ),
        ("file fixtures/hostile/duplicate-keys/2024-04-02-spatie.md", "soort: bijeenkomst\ntitel: Eerste\ndatum: 2024-04-02\ntitel : Tweede"),
        (
            "file fixtures/hostile/duplicate-keys/2024-04-03-flow.md",
            "soort: bijeenkomst\ntitel: Flow\ndatum: 2024-04-03\nlocatie: {zaal: 1, zaal: 2}"
        ),
        ("file fixtures/hostile/empty-front-matter/2024-04-01-leeg.md", ""),
        (
            "file fixtures/hostile/legitimate/2024-04-01-ampersand.md",
            "soort: bijeenkomst\ntitel: Wonen & Zorg\ndatum: 2024-04-01\nlocatie: Zaal 1 [boven] - *achter* de trap"
        ),
        (
            "file fixtures/hostile/legitimate/2024-04-02-blokscalar.md",
            "soort: bijeenkomst\ntitel: |\n  *nadruk* & !belangrijk\n  [a *b] {c} 'd\ndatum: 2024-04-02"
        ),
        (
            "file fixtures/hostile/legitimate/2024-04-03-meerdere-regels.md",
            "soort: bijeenkomst\ntitel: \"Een titel over\n  twee regels # geen commentaar\n  *met* &tekens\"\ndatum: 2024-04-03\nlocatie: 'Jan''s\n  &zaal'"
        ),
        (
            "file fixtures/hostile/legitimate/2024-04-04-vervolgregel.md",
            "soort: bijeenkomst\ntitel: Een lange titel\n  *met nadruk* &co !ja\n  - geen lijst\ndatum: 2024-04-04"
        ),
        (
            "file fixtures/hostile/legitimate/2024-04-05-tekens.md",
            "soort: bijeenkomst\ntitel: 'Wat nu?! 100% zeker: \"ja\" # geen commentaar'\ndatum: 2024-04-05\nlocatie: \"*Stadhuis*\"\ndoelgroepen:\n  - '!jongeren'\n  - \"&ouderen\"\n  - '*iedereen*'\n  - a:b\n  - 50% #commentaar"
        ),
        ("file fixtures/hostile/mojibake/2024-04-01-mojibake.md", "soort: bijeenkomst\ntitel: Kaders\ndatum: 2024-04-01"),
        (
            "file fixtures/hostile/script-injection/2024-04-01-script.md",
            "soort: bijeenkomst\ntitel: <script>alert('titel')</script>\ndatum: 2024-04-01\nlocatie: '<img src=x onerror=alert(1)>'\ndoelgroepen:\n  - \"javascript:alert(1)\"\n  - '\"><svg onload=alert(1)>'"
        ),
        (
            "file fixtures/hostile/script-injection/reacties/script.md",
            "titel: \"<script>alert(8)</script>\"\nuitkomsten: [script]\nbesluit: deels-overgenomen\nmotivering: \"<b onmouseover=alert(9)>motivering</b>\"\nverwerkt-in:\n  - \"javascript:alert(10)\""
        ),
        (
            "file fixtures/hostile/script-injection/uitkomsten/script.md",
            "titel: \"<a href='javascript:alert(6)'>uitkomst</a>\"\nvolgorde: 9\nbronnen: [2024-04-01-script]"
        ),
        (
            "file fixtures/hostile/tags/2024-04-01-python.md",
            "soort: bijeenkomst\ntitel: Tag\ndatum: 2024-04-01\nlocatie: !!python/object/apply:os.system [\"ls\"]"
        ),
        (
            "file fixtures/hostile/tags/2024-04-02-verbatim.md",
            "soort: bijeenkomst\ntitel: Tag\ndatum: 2024-04-02\nlocatie: !<tag:yaml.org,2002:str> Stadhuis"
        ),
        ("file fixtures/hostile/tags/2024-04-03-lokaal.md", "soort: bijeenkomst\ntitel: Tag\ndatum: 2024-04-03\nlocatie: !belangrijk Stadhuis"),
        (
            "file fixtures/hostile/yaml-syntax/2024-04-01-haakje.md",
            "soort: bijeenkomst\ntitel: Haakje\ndatum: 2024-04-01\ndoelgroepen: [bewoners, ondernemers"
        ),
        ("file fixtures/hostile/yaml-syntax/2024-04-02-tab.md", "soort: bijeenkomst\ntitel: Tab\ndatum: 2024-04-02\ndoelgroepen:\n\t- bewoners"),
        (
            "file fixtures/hostile/yaml-syntax/2024-04-03-apostrof.md",
            "soort: bijeenkomst\ntitel: Apostrof\ndatum: 2024-04-03\nlocatie: 's-Hertogenbosch"
        ),
        ("file fixtures/hostile/yaml-syntax/2024-04-04-dubbele-punt.md", "soort: bijeenkomst\ntitel: Deel 1: de start\ndatum: 2024-04-04"),
        ("file fixtures/hostile/yaml-syntax/2024-04-05-sterretje.md", "soort: bijeenkomst\ntitel: *Nieuw* plan\ndatum: 2024-04-05"),
        (
            "file fixtures/hostile/yaml-syntax/2024-04-06-aanhalingstekens.md",
            "soort: bijeenkomst\ntitel: \"Het \"plan\" van de wijk\"\ndatum: 2024-04-06"
        ),
        ("file fixtures/invalid/date-mismatch/2024-04-01-avond.md", "soort: bijeenkomst\ntitel: Avond\ndatum: 2024-04-02"),
        (
            "file fixtures/invalid/duplicate-id/2024-02-01-Startbijeenkomst.md",
            "soort: bijeenkomst\ntitel: Startbijeenkomst (kopie)\ndatum: 2024-02-01"
        ),
        (
            "file fixtures/invalid/final-incomplete/2024-06-01-terugkoppeling.md",
            "soort: bijeenkomst\ntitel: Terugkoppelingsavond\ndatum: 2024-06-01\nstatus: gepland"
        ),
        ("file fixtures/invalid/final-incomplete/uitkomsten/markt-blijft.md", "titel: De markt blijft\nvolgorde: 2"),
        ("file fixtures/invalid/invalid-date/2024-02-30-schrikkel.md", "soort: overleg\ntitel: Overleg\ndatum: [2024-02-30, 2024-03-01]"),
        ("file fixtures/invalid/invalid-date/2024-04-01-datum.md", "soort: overleg\ntitel: Overleg\ndatum: 1 april 2024"),
        (
            "file fixtures/invalid/invalid-values/2024-04-01-waarden.md",
            "soort: bijeenkomst\ntitel: Waarden\ndatum: 2024-04-01\ndeelnemers: veel\nstatus: gehouden\ndoelgroepen:\n  naam: bewoners"
        ),
        ("file fixtures/invalid/missing-key/2024-04-01-zonder-titel.md", "soort: bijeenkomst\ndatum: 2024-04-01"),
        ("file fixtures/invalid/missing-motivation/reacties/fontein.md", "titel: Geen fontein\nuitkomsten: [meer-groen]\nbesluit: niet-overgenomen"),
        ("file fixtures/invalid/unknown-kind/2024-04-01-kerngroep.md", "soort: kerngoep\ntitel: Vergadering kerngroep\ndatum: 2024-04-01"),
        (
            "file fixtures/invalid/unknown-reference/reacties/parkeren.md",
            "titel: Parkeren\nuitkomsten: [minder-autos, minder-auto]\nbesluit: overgenomen"
        ),
        (
            "file fixtures/invalid/unknown-reference/uitkomsten/minder-auto.md",
            "titel: Minder auto's\nvolgorde: 2\nbronnen:\n  - 2024-02-01-startbijeenkomts\n  - 2024-05-01-bestaat-niet"
        ),
        ("file fixtures/invalid/warnings/2024-04-01-inloop.md", "soort: bijeenkomst\ntitel: Inloopavond\ndatum: 2024-04-01\nlokatie: Bibliotheek"),
        ("file fixtures/invalid/warnings/reacties/algemeen.md", "titel: Algemene reactie\nbesluit: overgenomen"),
        (
            "file fixtures/invalid/yaml-syntax/2024-04-01-kapot.md",
            "soort: bijeenkomst\ntitel: Bewonersavond\ndoelgroepen: [bewoners, ondernemers\ndatum: 2024-04-01"
        ),
        (
            "file fixtures/minimal/2024-02-01-startbijeenkomst.md",
            "soort: bijeenkomst\ntitel: Startbijeenkomst\ndatum: 2024-02-01\nlocatie: Stadhuis\ndeelnemers: ca. 40\ndoelgroepen:\n  - bewoners\n  - ondernemers"
        ),
        (
            "file fixtures/minimal/2024-03-enquete.md",
            "soort: enquete\ntitel: Enquête Marktplein\ndatum: 2024-03\ndeelnemers: 212\ndoelgroepen: [bewoners]"
        ),
        (
            "file fixtures/minimal/proces.md",
            "titel: Herinrichting Marktplein\ngemeente: Voorbeeldstad\nbestuursorgaan: college van burgemeester en wethouders\nparticipatieniveau: adviseren\nverordening: Participatieverordening gemeente Voorbeeldstad 2023\nparticipatieplan: 2024-01-15\nstatus: definitief\nversie: \"2\""
        ),
        (
            "file fixtures/minimal/reacties/bomen.md",
            "titel: Twaalf nieuwe bomen\nuitkomsten: [meer-groen]\nbesluit: deels-overgenomen\nmotivering: Onder een deel van het plein liggen leidingen; daar kunnen geen bomen staan.\nverwerkt-in:\n  - Schetsontwerp Marktplein"
        ),
        (
            "file fixtures/minimal/uitkomsten/meer-groen.md",
            "titel: Meer groen\nvolgorde: 1\nbronnen:\n  - 2024-02-01-startbijeenkomst\n  - 2024-03-enquete"
        ),
        (
            "file process/2022-04-05-bijeenkomst-stadsdeelmanagement.md",
            "soort: bijeenkomst\ntitel: Bijeenkomst stadsdeelmanagement\ndatum: 2022-04-05\nlocatie: Vliegveld Twente\ndoelgroepen:\n  - stadsdeelmanagement\n  - wijkregisseurs\nstatus: afgerond"
        ),
        (
            "file process/2022-06-07-besluit-participatieplan.md",
            "soort: besluit\ntitel: Besluit participatieplan\ndatum: 2022-06-07\ndoelgroepen:\n  - college\n  # volgens de Formele procedure is de raad daarna per brief geïnformeerd\n  - gemeenteraad\nstatus: afgerond"
        ),
        (
            "file process/2022-06-14-uitnodiging-startbijeenkomst.md",
            "soort: uitnodiging\ntitel: Uitnodiging startbijeenkomst\ndatum: 2022-06-14\ndoelgroepen:\n  - wijkorganen\n  - gemeenteraad\n  - ambtelijke organisatie\nstatus: afgerond"
        ),
        (
            "file process/2022-07-04-startbijeenkomst.md",
            "soort: bijeenkomst\ntitel: Startbijeenkomst\ndatum: 2022-07-04\nlocatie: Mystiek Theater\ndeelnemers: ca. 60\ndoelgroepen:\n  - wijkorganen\nstatus: afgerond"
        ),
        (
            "file process/2022-07-15-nieuwsbrief.md",
            "soort: nieuwsbrief\ntitel: Nieuwsbrief\ndatum: 2022-07-15\ndoelgroepen:\n  - wijkorganen\n  - gemeenteraad\n  - ambtelijke organisatie\nstatus: afgerond"
        ),
        (
            "file process/2022-07-27-vergadering-kerngroep.md",
            "soort: kerngroep\ntitel: Vergadering kerngroep\ndatum: 2022-07-27\ndoelgroepen:\n  - kerngroep\nstatus: afgerond"
        ),
        (
            "file process/2022-08-09-uitnodiging-interne-sessies.md",
            "soort: uitnodiging\ntitel: Uitnodiging interne sessies\ndatum: 2022-08-09\ndoelgroepen:\n  - ambtelijke organisatie\nstatus: afgerond"
        ),
        (
            "file process/2022-08-10-vergadering-kerngroep.md",
            "soort: kerngroep\ntitel: Vergadering kerngroep\ndatum: 2022-08-10\nlocatie: Service Centrum Oost\ndoelgroepen:\n  - kerngroep\nstatus: afgerond"
        ),
        (
            "file process/2022-08-31-relevant-gesprek.md",
            "soort: gesprek\ntitel: Relevant Gesprek\ndatum: 2022-08-31\ndoelgroepen:\n  - participatieteam\n  - kerngroep\nstatus: afgerond"
        ),
        (
            "file process/2022-08-31-vergadering-kerngroep.md",
            "soort: kerngroep\ntitel: Vergadering kerngroep\ndatum: 2022-08-31\nlocatie: Service Centrum Oost\ndoelgroepen:\n  - kerngroep\nstatus: afgerond"
        ),
        (
            "file process/2022-09-09-vergadering-kerngroep.md",
            "soort: kerngroep\ntitel: Vergadering kerngroep\n# De bron dateert deze (4e) vergadering op 9 september 2022, maar vermeldt haar pas na de\n# 2e interne sessie van 20 september 2022. De datum uit de bron is aangehouden.\ndatum: 2022-09-09\nlocatie: Service Centrum Oost\ndoelgroepen:\n  - kerngroep\nstatus: afgerond"
        ),
        (
            "file process/2022-09-13-adviescafe.md",
            "soort: interne-sessie\ntitel: Adviescafé\ndatum: 2022-09-13\n# ca. 20 beleidsambtenaren; daarnaast mensen van het fysieke domein en stadsdeelmanagement (aantal niet genoemd)\ndeelnemers: ca. 20\ndoelgroepen:\n  - ambtelijke organisatie\n  - beleidsambtenaren\n  - fysiek domein\n  - stadsdeelmanagement\nstatus: afgerond"
        ),
        (
            "file process/2022-09-20-sociaal-in-enschede-sie.md",
            "soort: interne-sessie\ntitel: Sociaal in Enschede (SIE)\ndatum: 2022-09-20\ndeelnemers: ca. 10\ndoelgroepen:\n  - ambtelijke organisatie\n  - wijkregisseurs\n  - directie\nstatus: afgerond"
        ),
        (
            "file process/2022-10-05-start-enquete-onder-inwoners.md",
            "soort: enquete\ntitel: Start enquête onder inwoners\ndatum: 2022-10-05\ndeelnemers: 1060\ndoelgroepen:\n  - inwoners\nstatus: afgerond"
        ),
        (
            "file process/2022-10-11-nieuwsbrief.md",
            "soort: nieuwsbrief\ntitel: Nieuwsbrief\ndatum: 2022-10-11\ndoelgroepen:\n  - wijkorganen\n  - gemeenteraad\n  - ambtelijke organisatie\nstatus: afgerond"
        ),
        (
            "file process/2022-11-04-vergadering-kerngroep.md",
            "soort: kerngroep\ntitel: Vergadering kerngroep\ndatum: 2022-11-04\nlocatie: Hotel Van der Valk Enschede\ndoelgroepen:\n  - kerngroep\nstatus: afgerond"
        ),
        (
            "file process/2022-11-09-stedelijke-bijeenkomst.md",
            "soort: bijeenkomst\ntitel: Stedelijke bijeenkomst\ndatum: 2022-11-09\nlocatie: Mystiek Theater\ndoelgroepen:\n  - wijkorganen\n  - gemeenteraad\n  - ambtelijke organisatie\nstatus: afgerond"
        ),
        (
            "file process/2022-12-07-intrekken-regeling-wijkorganen-2008.md",
            "soort: besluit\ntitel: Intrekken Regeling Wijkorganen 2008\ndatum: 2022-12-07\ndoelgroepen:\n  # volgens 'Uitwerking van de inbreng' is de Regeling 2008 door het college ingetrokken\n  - college\n  - gemeenteraad\nstatus: afgerond"
        ),
        (
            "file process/2022-12-12-brief-aan-de-wijkorganen.md",
            "soort: brief\ntitel: Brief aan de wijkorganen over intrekken Regeling Wijkorganen 2008\ndatum: 2022-12-12\ndoelgroepen:\n  - wijkorganen\nstatus: afgerond"
        ),
        (
            "file process/2022-12-14-vergadering-kerngroep.md",
            "soort: kerngroep\ntitel: Vergadering kerngroep\ndatum: 2022-12-14\nlocatie: Service Centrum Oost\ndoelgroepen:\n  - kerngroep\nstatus: afgerond"
        ),
        (
            "file process/2023-01-18-sdm-overleg.md",
            "soort: overleg\ntitel: Stadsdeelmanagement overleg\ndatum: 2023-01-18\ndoelgroepen:\n  - stadsdeelmanagement\nstatus: afgerond"
        ),
        (
            "file process/2023-01-19-nieuwsbrief.md",
            "soort: nieuwsbrief\ntitel: Nieuwsbrief\ndatum: 2023-01-19\ndoelgroepen:\n  - wijkorganen\n  - gemeenteraad\n  - ambtelijke organisatie\nstatus: afgerond"
        ),
        (
            "file process/2023-01-31-bijeenkomst-wijkregisseurs.md",
            "soort: bijeenkomst\ntitel: Bijeenkomst wijkregisseurs\ndatum: 2023-01-31\n# de bron schrijft hier \"Servicecentrum Oost\", elders \"Service Centrum Oost\"\nlocatie: Service Centrum Oost\ndoelgroepen:\n  - wijkregisseurs\nstatus: afgerond"
        ),
        (
            "file process/2023-02-09-gesprek-dorpsraad-boekelo.md",
            "soort: gesprek\ntitel: Gesprek met Dorpsraad Boekelo\n# de bron noemt deze datum in de paragraaf 'In het stadsdeel in gesprek' (gesprekken op 9 februari en 20 april)\ndatum: 2023-02-09\ndoelgroepen:\n  - dorpsraad Boekelo\nstatus: afgerond"
        ),
        (
            "file process/2023-02-13-uitvraag-kerngroep.md",
            "soort: uitvraag\ntitel: Uitvraag kerngroep\ndatum: 2023-02-13\ndoelgroepen:\n  - kerngroep\nstatus: afgerond"
        ),
        (
            "file process/2023-03-15-sdm-overleg.md",
            "soort: overleg\ntitel: Stadsdeelmanagement overleg\ndatum: 2023-03-15\ndoelgroepen:\n  - stadsdeelmanagement\nstatus: afgerond"
        ),
        (
            "file process/2023-03-20-vergadering-kerngroep.md",
            "soort: kerngroep\ntitel: Vergadering kerngroep\ndatum: 2023-03-20\n# de bron schrijft hier \"Servicecentrum Oost\", elders \"Service Centrum Oost\"\nlocatie: Service Centrum Oost\ndoelgroepen:\n  - kerngroep\nstatus: afgerond"
        ),
        (
            "file process/2023-03-30-concepten-gedeeld-onder-alle-wijkorganen.md",
            "soort: brief\ntitel: Concepten gedeeld onder alle wijkorganen\ndatum: 2023-03-30\ndoelgroepen:\n  - wijkorganen\nstatus: afgerond"
        ),
        (
            "file process/2023-04-13-in-het-stadsdeel-in-gesprek.md",
            "soort: bijeenkomst\ntitel: In het stadsdeel in gesprek\n# de bron noemt \"13, 17, 18 en 24 april\" zonder jaartal; uit de context volgt 2023\ndatum: [2023-04-13, 2023-04-17, 2023-04-18, 2023-04-24]\nlocatie: de vijf stadsdelen\ndoelgroepen:\n  - wijkorganen\n  - kerngroep\nstatus: afgerond"
        ),
        (
            "file process/2023-04-20-gesprek-dorpsraad-boekelo.md",
            "soort: gesprek\ntitel: Gesprek met Dorpsraad Boekelo\n# de bron noemt deze datum in de paragraaf 'In het stadsdeel in gesprek' (gesprekken op 9 februari en 20 april)\ndatum: 2023-04-20\ndoelgroepen:\n  - dorpsraad Boekelo\nstatus: afgerond"
        ),
        (
            "file process/2023-07-onderzoek-wijken-zonder-wijkraad.md",
            "soort: onderzoek\ntitel: Onderzoek inwonerbetrokkenheid in wijken zonder wijkorgaan\n# ontleend aan de uitkomst 'Wijken zonder wijkraad'; de bron noemt alleen de afronding (juli 2023), geen startdatum\ndatum: 2023-07\nstatus: afgerond"
        ),
        (
            "file process/proces.md",
            "titel: Vernieuwing samenwerkingsafspraken met wijkorganen\ngemeente: Enschede\nbestuursorgaan: college van burgemeester en wethouders\nparticipatieniveau: coproduceren\nverordening: Participatieverordening gemeente Enschede 2022\nparticipatieplan: 2022-06-07\n# concept: de uitkomst 'Wijken zonder wijkraad' wordt door geen van de reacties beantwoord,\n# en 'Wens voor ondersteuning' niet aantoonbaar (training, cursussen en bekendheid komen in de reacties niet voor).\nstatus: concept\nversie: \"1.0\"\ntoelichting-proces: |\n  Deze lijst van bijeenkomsten, vergaderingen, in- en externe uitingen en overige belangrijke momenten zijn benoemd ter onderbouwing en verantwoording van het participatietraject. Daarnaast geeft dit overzicht ook een inkijkje in wat er de afgelopen maanden gedaan is door het projectteam, de kerngroep en andere betrokkenen.\ntoelichting-uitkomsten: |\n  Het participatieproces heeft niet alleen geleid tot een goed resultaat, maar heeft zeker ook wat losgemaakt bij de wijkorganen in de stad.\ntoelichting-reacties: |\n  De wijze waarop de inbreng is benut bij de uitwerking van het beleidsvoorstel of uitvoeringsplan."
        ),
        (
            "file process/reacties/handreiking-wijkorganen.md",
            "titel: Handreiking Wijkorganen\nvolgorde: 4\nuitkomsten:\n  # de handreiking helpt wijkorganen tijdig te informeren en te betrekken bij vraagstukken in de wijk\n  # (uitkomst: liever vroeg in het proces betrokken worden; ertoe doen voor de vraagstukken in de wijk)\n  - er-toe-doen\nbesluit: overgenomen\nverwerkt-in:\n  - Handreiking Wijkorganen"
        ),
        (
            "file process/reacties/intrekking-regeling-wijkorganen-2008.md",
            "titel: Intrekking Regeling Wijkorganen 2008\nvolgorde: 1\nuitkomsten:\n  # met de Regeling 2008 is het element 'erkenning' (erkend / niet-erkend) vervallen\n  - geen-tweedeling\nbesluit: overgenomen\nverwerkt-in:\n  - intrekking Regeling Wijkorganen 2008"
        ),
        (
            "file process/reacties/subsidieverordening-wijkorganen-2023.md",
            "titel: Subsidieverordening Wijkorganen 2023\nvolgorde: 2\nuitkomsten:\n  # per wijkorgaan wordt vastgelegd welke activiteiten het doet en op welk samenwerkingsniveau: geen uniform model\n  - belang-van-diversiteit\n  # samenwerkingsniveau per jaar, aanvraag na een gesprek met stadsdeelmanagement (trap op - trap af, jaargesprek)\n  - doorontwikkeling\nbesluit: overgenomen\nverwerkt-in:\n  - Subsidieverordening Wijkorganen 2023"
        ),
        (
            "file process/reacties/uitvoeringsplan.md",
            "titel: Uitvoeringsplan\nvolgorde: 5\n# de tekst koppelt het uitvoeringsplan niet aan een specifieke uitkomst\nuitkomsten: []\nbesluit: overgenomen\nverwerkt-in:\n  - Uitvoeringsplan"
        ),
        (
            "file process/reacties/wijziging-participatieverordening-artikel-10.md",
            "titel: Wijziging Participatieverordening (artikel 10)\nvolgorde: 3\nuitkomsten:\n  # de verplichtingen van de gemeente naar de wijkorganen worden in de Participatieverordening vastgelegd\n  - er-toe-doen\nbesluit: overgenomen\nverwerkt-in:\n  - wijzigingsvoorstel Participatieverordening (artikel 10)"
        ),
        (
            "file process/uitkomsten/belang-van-diversiteit.md",
            "titel: Belang van diversiteit\nvolgorde: 3\nbronnen:\n  # akkoord op een samenwerkingsmodel op drie niveaus, dus geen uniform organisatiemodel\n  - 2022-12-14-vergadering-kerngroep"
        ),
        (
            "file process/uitkomsten/doorontwikkeling.md",
            "titel: Doorontwikkeling\nvolgorde: 5\nbronnen:\n  # akkoord op een samenwerkingsmodel op drie niveaus (basis voor het trap op - trap af model)\n  - 2022-12-14-vergadering-kerngroep\n  # de wijkregisseurs krijgen een actievere en coachende rol (ondersteuning/coaching van wijkorganen)\n  - 2023-01-31-bijeenkomst-wijkregisseurs"
        ),
        (
            "file process/uitkomsten/er-toe-doen.md",
            "titel: Er toe doen\nvolgorde: 1\nbronnen:\n  # op de startbijeenkomst is opgehaald hoe wijkorganen aankijken tegen de samenwerking met de gemeente\n  # en hun visie op de toekomst; drukbezocht, negen vrijwilligers voor de kerngroep\n  - 2022-07-04-startbijeenkomst"
        ),
        (
            "file process/uitkomsten/geen-tweedeling.md",
            "titel: Geen tweedeling\nvolgorde: 2\nbronnen:\n  # het element van 'erkenning' uit de Regeling Wijkorganen (2008) is in de 1e vergadering besproken\n  - 2022-07-27-vergadering-kerngroep\n  # de Regeling Wijkorganen incl. bijlagen is met het stoplicht-model doorgenomen (behouden / wijzigen / weg)\n  - 2022-08-10-vergadering-kerngroep\n  # akkoord opgehaald voor het intrekken van de Regeling Wijkorganen uit 2008 (waarin de erkenning geregeld was)\n  - 2022-11-09-stedelijke-bijeenkomst"
        ),
        (
            "file process/uitkomsten/wens-voor-ondersteuning.md",
            "titel: Wens voor ondersteuning\nvolgorde: 4\nbronnen:\n  # de enquête liet zien dat veel inwoners onbekend zijn met de mensen en taken van een wijkorgaan\n  # (raakt alleen het deel 'bekendheid van het wijkorgaan in de eigen wijk')\n  - 2022-10-05-start-enquete-onder-inwoners"
        ),
        (
            "file process/uitkomsten/wijken-zonder-wijkraad.md",
            "titel: Wijken zonder wijkraad\nvolgorde: 6\nbronnen:\n  # het onderzoek naar inwonerbetrokkenheid in wijken zonder wijkorgaan, afgerond in juli 2023\n  - 2023-07-onderzoek-wijken-zonder-wijkraad"
        ),
    ]

    /// Inputs added for the new composer, recorded from the old implementation too.
    static let added: [(name: String, yaml: String)] = [
        // Refused constructs.
        ("anchor on a block mapping", "a: &x\n  b: c\n"),
        ("anchor on a flow sequence", "a: &x [b]\n"),
        ("alias as a key", "a: b\n*x : c\n"),
        ("tag on a sequence", "a: !!seq [b]\n"),
        ("tag on a mapping", "a: !!map {b: c}\n"),
        ("tag from a %TAG directive", "%TAG !e! tag:example.com,2000:\n---\na: !e!x b\n"),
        ("non-specific tag", "a: ! b\n"),
        ("tag on a key", "!!str a: b\n"),
        (
            "32 levels of block mappings",
            (0..<31).map { String(repeating: " ", count: $0) + "k\($0):\n" }.joined()
                + String(repeating: " ", count: 31) + "x: y"
        ),
        (
            "33 levels of block mappings",
            (0..<32).map { String(repeating: " ", count: $0) + "k\($0):\n" }.joined()
                + String(repeating: " ", count: 32) + "x: y"
        ),
        ("32 levels of flow sequences", "a: " + String(repeating: "[", count: 31) + String(repeating: "]", count: 31)),
        ("33 levels of flow sequences", "a: " + String(repeating: "[", count: 32) + String(repeating: "]", count: 32)),
        ("10,000 flow sequences at the top", String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)),
        // Duplicate keys.
        ("duplicate key in a sequence item", "l:\n- a: 1\n  a: 2\n"),
        ("duplicate key in a nested flow mapping", "l: [{a: 1}, {b: 1, b: 2}]\n"),
        ("duplicate key quoted twice", "'a': 1\n\"a\": 2\n"),
        ("two different duplicate keys", "b: 1\na: 1\nb: 2\na: 2\n"),
        ("outer duplicate before inner duplicate", "a: 1\na: 2\nb:\n  c: 1\n  c: 2\n"),
        ("duplicate key three times", "a: 1\nb: 2\na: 3\na: 4\n"),
        ("canonically equivalent keys", "é: 1\ne\u{301}: 2\n"),
        ("duplicate explicit keys", "? a\n: 1\n? a\n: 2\n"),
        ("duplicate key over two flow lines", "a: {b: 1,\n  b: 2}\n"),
        ("duplicate empty keys", ": a\n: b\n"),
        ("duplicate key then syntax error", "a: 1\na: 2\nb: [\n"),
        ("nested duplicate then syntax error", "x:\n  a: 1\n  a: 2\nb: [\n"),
        // Keys that are collections.
        ("collection key in a nested mapping", "x:\n  [a]: b\n"),
        ("collection key in a flow mapping", "x: {[a]: b}\n"),
        ("collection key after a duplicate", "a: 1\na: 2\n[b]: c\n"),
        ("equal collection keys", "[a]: 1\n[a]: 2\n"),
        // Several documents.
        ("second document on the separator line", "a: b\n--- c\n"),
        ("two explicit documents", "--- a\n--- b\n"),
        ("document after an end marker", "a: 1\n... # einde\nb: 2\n"),
        ("second document with an alias", "a: 1\n--- \nb: *x\n"),
        ("duplicate key in the first of two documents", "a: 1\na: 2\n--- b\n"),
        // Syntax errors, one for each problem libyaml can report here.
        ("unknown escape", "a: \"\\q\"\n"),
        ("bad hexadecimal escape", "a: \"\\xZZ\"\n"),
        ("invalid unicode escape", "a: \"\\ud800\"\n"),
        ("indentation indicator 0", "a: |0\n  x\n"),
        ("text after a block scalar indicator", "a: | x\n"),
        ("tab as block scalar indentation", "a: |\n  b\n\tc\n"),
        ("tab before a plain continuation line", "a: b\n\tc\n"),
        ("unknown directive", "%FOO bar\n---\na: b\n"),
        ("duplicate %YAML directive", "%YAML 1.1\n%YAML 1.1\n---\na: b\n"),
        ("incompatible YAML version", "%YAML 2.0\n---\na: b\n"),
        ("duplicate %TAG directive", "%TAG ! a\n%TAG ! b\n---\nx: y\n"),
        ("%YAML without a number", "%YAML x\n---\na: b\n"),
        ("%YAML with a trailing word", "%YAML 1.1 x\n---\na: b\n"),
        ("directive without a name", "% x\n---\na: b\n"),
        ("directive name with a bad character", "%Y!x\n---\na: b\n"),
        ("extremely long version number", "%YAML 1.1234567890\n---\na: b\n"),
        ("version without a dot", "%YAML 1\n---\na: b\n"),
        ("%TAG without whitespace", "%TAG !x\n---\na: b\n"),
        ("%TAG with a trailing word", "%TAG ! a b\n---\na: b\n"),
        ("%TAG handle without !", "%TAG x y\n---\na: b\n"),
        ("unclosed verbatim tag", "a: !<x\n"),
        ("undefined tag handle", "a: !x!y b\n"),
        ("empty verbatim tag", "a: !<> b\n"),
        ("bad escaped octet in a tag", "a: !x%zz b\n"),
        ("bad leading octet in a tag", "a: !x%FF b\n"),
        ("bad trailing octet in a tag", "a: !x%C3%41 b\n"),
        ("tag followed by a comma", "a: !x,b c\n"),
        ("empty anchor", "a: &\n"),
        ("empty alias", "a: *\n"),
        ("mapping value after a plain value", "a: b\n  c: d\n"),
        ("wrong closing bracket", "a: [b, c}\n"),
        ("wrong closing brace", "a: {b: c]\n"),
        ("block sequence after a value", "a: - b\n"),
        ("explicit key after a value", "a: ? b\n"),
        ("document indicator in a quoted scalar", "a: 'b\n--- c'\n"),
        ("tab before a key", "a: b\n\tc: d\n"),
        ("colon in a flow plain scalar", "a: [b:'c]\n"),
        ("implicit key over two lines", "a: {b\nc: d}\n"),
        ("closing bracket after a document", "[a]]\n"),
        ("closing bracket in a block mapping", "a: b\n]\n"),
        ("empty flow entry", "a: [,]\n"),
        ("sequence then less indented mapping", "a:\n  - b\n c: d\n"),
        ("node content missing after a tag", "- !x\n- ]\n"),
        ("simple key longer than 1024 characters", "a" + String(repeating: "b", count: 1100) + ": c\n"),
        // Reader errors: characters libyaml does not accept, at their own position.
        ("C1 control in a quoted title", "soort: bijeenkomst\ntitel: \"Over \u{86}de wijk\"\n"),
        ("DEL in a value", "a: b\nc: d\u{7F}e\n"),
        ("U+FFFE in a value", "a: b\u{FFFE}\n"),
        ("C0 control in a value", "a: b\n\nc: é\u{1}\n"),
        ("control after 20,000 characters", "a: " + String(repeating: "é", count: 20_000) + "\u{1}\n"),
        // Line breaks other than \n, and byte-order marks.
        ("NEL in a quoted title", "titel: \"een\u{85}twee\"\nlocatie: *x\n"),
        ("line separator in a plain value", "a: b\u{2028}c\nd: *x\n"),
        ("paragraph separator in a plain value", "a: b\u{2029}c\nd: [\n"),
        ("CRLF line ends", "a: 1\r\nb: *x\r\n"),
        ("escaped byte-order mark after the first character", "a: \"x\\uFEFF\"\n"),
        ("literal byte-order mark at the start of a value", "a: \u{FEFF}b\nc: d\n"),
        ("literal byte-order mark at the start of the block", "\u{FEFF}a: b\nc: *x\n"),
        ("literal byte-order mark at the start of a line", "a: b\n\u{FEFF}c: *x\n"),
        // Hints.
        ("tab in a flow list", "a: [b,\n\tc]\n"),
        ("quote hint in a list item", "l:\n  - x: *y*\n"),
        ("inner quote hint in a list item", "l:\n  - x: \"a \"b\"\"\n"),
        ("syntax error on a continued line", "titel: \"Het \"plan\"\n  van de wijk\"\n"),
    ]

    /// Every case with its name.
    static let all: [(name: String, yaml: String)] = {
        own.enumerated().map { ("own \($0.offset)", $0.element) }
            + handedToYams.enumerated().map { ("handed to Yams \($0.offset)", $0.element) }
            + otherOldTests + fixtures + generated + added + projectFiles
    }()
}
