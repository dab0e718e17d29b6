import ParticipatieModel
import ParticipatieReading

/// The text of a file that `participatie new` writes: front matter with the required keys filled
/// in, the optional keys as commented hints, and a body placeholder.
///
/// Placeholders start with ``placeholderMarker`` (`[VUL IN: …]`). `participatie check` reports every
/// placeholder outside a YAML comment as an error, so an unedited file can never reach a report.
/// Commented hints have an empty value: uncommenting one without filling it in changes nothing.
public enum EntryTemplate {
    /// The start of every placeholder (the reading layer looks for it).
    public static let placeholderMarker = PlaceholderScan.markerText

    /// An event file: `soort`, `titel`, `datum` (and `status: gepland` for a date after today).
    public static func event(kind: EventKind, title: String, date: EventDate, planned: Bool) -> String {
        var lines: [String] = ["---", "soort: " + kind.id, "titel: " + yamlScalar(title), "datum: " + date.iso]
        if planned {
            lines += ["# De datum ligt na vandaag. Na afloop: verander 'gepland' in 'afgerond'.", "status: gepland"]
        }
        let hints = eventHints(kind)
        if !hints.isEmpty {
            lines.append("# Niet verplicht: haal het hekje (#) weg en vul in wat van toepassing is.")
            for hint in hints { lines += ["# " + hint.question, "# " + hint.key + ":" + hint.emptyValue] }
        }
        lines += ["---", placeholder(eventQuestion(kind))]
        return lines.joined(separator: "\n") + "\n"
    }

    /// An outcome file (section b). `sources` fill `bronnen`; without them `examples` (event ids
    /// from the folder) show how to fill it in.
    public static func outcome(title: String, order: Int, sources: [String], examples: [String]) -> String {
        var lines = ["---", "titel: \(yamlScalar(title))", "volgorde: \(order)"]
        lines.append("# Uit welke gebeurtenissen komt deze inbreng? Bestandsnamen zonder .md.")
        lines += exampleLine("bronnen", examples, given: sources)
        lines += list("bronnen", sources)
        lines += ["---", placeholder("Wat is de uitkomst? Beschrijf wat deelnemers hebben ingebracht.")]
        return lines.joined(separator: "\n") + "\n"
    }

    /// A response file (section c) with `besluit: overgenomen` and `volgorde: order` (its place in
    /// section c, so responses keep the order in which they were made). `outcomes` fill `uitkomsten`;
    /// without them `examples` (outcome ids from the folder) show how to fill it in.
    public static func response(title: String, order: Int, outcomes: [String], examples: [String]) -> String {
        var lines = ["---", "titel: \(yamlScalar(title))"]
        lines.append("# Op welke uitkomsten antwoordt deze reactie? Bestandsnamen uit uitkomsten/ zonder .md.")
        lines += exampleLine("uitkomsten", examples, given: outcomes)
        lines += list("uitkomsten", outcomes)
        lines += [
            "# overgenomen, deels-overgenomen of niet-overgenomen",
            "besluit: overgenomen",
            "# Verplicht bij deels-overgenomen en niet-overgenomen: waarom is de inbreng niet (volledig) overgenomen?",
            "# motivering:",
            "# In welke stukken is de inbreng verwerkt? Bijvoorbeeld: verwerkt-in: [Raadsvoorstel]",
            "# verwerkt-in: []",
            "# Plaats in onderdeel (c): een geheel getal.",
            "volgorde: \(order)",
            "---",
            placeholder("Wat doet de gemeente met deze inbreng, en hoe is die benut in het beleidsvoorstel?"),
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    /// `proces.md`: the title filled in, the other required texts as placeholders, and the level
    /// ``defaultLevel`` with a placeholder in a comment after it, so the file can be read (and the
    /// report made) before the level is chosen, while `check` still points at it.
    public static func process(title: String) -> String {
        let levels = ParticipationLevel.allCases.map(\.rawValue)
        let lines = [
            "---",
            "titel: \(yamlScalar(title))",
            "gemeente: \"\(placeholder("naam van de gemeente"))\"",
            "# Wie maakt het eindverslag op? Meestal: college van burgemeester en wethouders.",
            "bestuursorgaan: \"\(placeholder("bestuursorgaan"))\"",
            "# Kies één van: " + levels.dropLast().joined(separator: ", ") + " of " + levels.last! + ".",
            "participatieniveau: \(defaultLevel.rawValue)  # " + placeholder("kies het niveau en haal dit commentaar weg"),
            "# Bijvoorbeeld: Participatieverordening gemeente Voorbeeldstad 2023.",
            "verordening: \"\(placeholder("naam van de verordening"))\"",
            "# Niet verplicht: haal het hekje (#) weg en vul in wat van toepassing is.",
            "# Datum waarop het participatieplan is vastgesteld (JJJJ-MM-DD); nodig vanaf coproduceren.",
            "# participatieplan:",
            "# Versie van het verslag, tussen aanhalingstekens, bijvoorbeeld \"1.0\".",
            "# versie:",
            "# Datum van het verslag (JJJJ-MM-DD); verplicht zodra de status 'definitief' is.",
            "# datum:",
            "# Meer dan één gemeente? Schrijf een lijst, bijvoorbeeld: gemeente: [Voorbeeldstad, Proefdorp]",
            "# Leidt een initiatiefnemer het proces (bijvoorbeeld een ontwikkelaar onder de Omgevingswet)? Dan is",
            "# onderdeel (c) de reactie van de initiatiefnemer, en geeft de gemeente haar oordeel (Markdown):",
            "# initiatiefnemer:",
            "# oordeel-gemeente:",
            "# Eigen soorten gebeurtenissen naast de ingebouwde, met naam en meervoud zoals het verslag ze noemt.",
            "# Bijvoorbeeld: soorten: {klankbordgroep: {naam: klankbordgroep-bijeenkomst, meervoud: klankbordgroep-bijeenkomsten}}",
            "# soorten:",
            "# Fasen, elk met een eigen participatieniveau; datums als JJJJ-MM-DD, JJJJ-MM of JJJJ.",
            "# Bijvoorbeeld: fasen: [{naam: Verkenning, van: 2024-01, tot: 2024-06, participatieniveau: raadplegen}]",
            "# fasen:",
            "# Persoonsgegevens die toch in het verslag mogen (anders meldt check ze), elk met een reden:",
            "# openbaar:",
            "#   - tekst: de heer Jansen",
            "#     reden: wethouder, genoemd in zijn bestuurlijke rol",
            "# 'concept' tot het bestuursorgaan het verslag vaststelt; daarna 'definitief'.",
            "status: concept",
            "---",
            "## Inleiding",
            "",
            placeholder("Waar gaat het proces over, en waarom is er geparticipeerd?"),
            "",
            "## Formele procedure",
            "",
            placeholder("Wat schrijft de participatieverordening voor, en wie heeft wanneer wat besloten?"),
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    /// The level a new `proces.md` starts with: the most common one.
    static let defaultLevel = ParticipationLevel.raadplegen

    /// `[VUL IN: question]`.
    static func placeholder(_ question: String) -> String { "\(placeholderMarker): \(question)]" }

    /// The title as a YAML scalar that our reader gives back unchanged: plain when that is safe,
    /// double-quoted otherwise.
    public static func yamlScalar(_ text: String) -> String {
        if isPlainSafe(text) { return text }
        var quoted = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": quoted += "\\\""
            case "\\": quoted += "\\\\"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
                    || scalar.value == 0x2028 || scalar.value == 0x2029 || scalar.value == 0xFEFF
                {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    quoted += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    quoted.unicodeScalars.append(scalar)
                }
            }
        }
        return quoted + "\""
    }

    /// Plain scalars are safe when they start with a letter or digit, contain no `: ` or ` #`,
    /// do not end in `:`, and are not one of YAML's spellings of null (which our reader reads as empty).
    private static func isPlainSafe(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last,
            first.properties.isAlphabetic || ("0"..."9").contains(first),
            last != ":", last != " ",
            !text.contains(": "), !text.contains(" #"),
            !["null", "Null", "NULL"].contains(text)
        else { return false }
        return text.unicodeScalars.allSatisfy { scalar in
            scalar.value >= 0x20 && scalar.value != 0x7F && !(0x80...0x9F).contains(scalar.value)
                && scalar.value != 0x2028 && scalar.value != 0x2029 && scalar.value != 0xFEFF
        }
    }

    private static func list(_ key: String, _ values: [String]) -> [String] {
        values.isEmpty ? ["\(key): []"] : ["\(key):"] + values.map { "  - " + yamlScalar($0) }
    }

    private static func exampleLine(_ key: String, _ examples: [String], given: [String]) -> [String] {
        guard given.isEmpty, !examples.isEmpty else { return [] }
        return ["# Bijvoorbeeld: \(key): [\(examples.joined(separator: ", "))]"]
    }

    struct Hint {
        let key: String
        let question: String
        /// What follows `key:` so that uncommenting the line without filling it in changes nothing.
        var emptyValue = ""
    }

    static func eventHints(_ kind: EventKind) -> [Hint] {
        let location = Hint(key: "locatie", question: "Waar was het? Online: schrijf 'online' en zet het adres in 'link'.")
        let time = Hint(key: "tijd", question: "Hoe laat begon het (UU:MM, bijvoorbeeld 19:30)? Zet momenten op één dag op volgorde.")
        let link = Hint(key: "link", question: "Adres van een online bijeenkomst of de opname, beginnend met https://.")
        let participants = Hint(
            key: "deelnemers",
            question: "Hoeveel mensen waren er? Een aantal (40), een schatting (ca. 40), een ondergrens (ruim 40) of een bereik (30 à 40).")
        let series = [
            Hint(key: "reeks", question: "Hoort het bij een reeks, zoals 'Klankbordgroep Stationsgebied'? Dan telt het nummer binnen de reeks."),
            Hint(key: "nummer", question: "Het nummer dat de gemeente zelf gebruikt ('bijeenkomst 24'), als dat afwijkt van de volgorde."),
        ]
        func audiences(_ question: String, _ example: String) -> Hint {
            Hint(key: "doelgroepen", question: "\(question) Bijvoorbeeld: doelgroepen: [\(example)]", emptyValue: " []")
        }
        func reactions(_ question: String) -> Hint {
            Hint(key: "reacties", question: question + " Een aantal (212), een schatting (ca. 200) of een ondergrens (meer dan 200).")
        }
        switch kind.id {
        case EventKind.bijeenkomst.id, EventKind.gesprek.id, EventKind.overleg.id:
            return [location, time, link, participants, audiences("Welke groepen waren erbij?", "bewoners, ondernemers")] + series
        case EventKind.kerngroep.id:
            return [location, time, link, participants, audiences("Welke groepen waren erbij?", "kerngroep")] + series
        case EventKind.interneSessie.id:
            return [location, time, participants, audiences("Welke afdelingen of teams waren erbij?", "wijkregisseurs")]
        case EventKind.enquete.id:
            return [
                reactions("Hoeveel mensen hebben de enquête ingevuld?"),
                audiences("Wie zijn gevraagd mee te doen?", "inwoners"),
            ]
        case EventKind.uitvraag.id:
            return [reactions("Hoeveel reacties kwamen er binnen?"), audiences("Aan wie is het gevraagd?", "wijkorganen")]
        case EventKind.nieuwsbrief.id:
            return [audiences("Naar wie is de nieuwsbrief gestuurd?", "wijkorganen, inwoners")]
        case EventKind.brief.id:
            return [audiences("Aan wie is de brief gestuurd?", "gemeenteraad")]
        case EventKind.uitnodiging.id:
            return [audiences("Wie zijn uitgenodigd?", "wijkorganen")]
        case EventKind.besluit.id:
            return [Hint(key: "besluitvormer", question: "Wie heeft besloten? Bijvoorbeeld: college, gemeenteraad.")]
        case EventKind.onderzoek.id:
            return [audiences("Over welke groepen ging het onderzoek?", "inwoners")]
        default:
            return [location, time, link, participants, audiences("Welke groepen waren erbij?", "bewoners")] + series
        }
    }

    static func eventQuestion(_ kind: EventKind) -> String {
        switch kind.id {
        case EventKind.bijeenkomst.id: "Wat gebeurde er op de bijeenkomst? Wie waren er, wat is besproken en wat is opgehaald?"
        case EventKind.kerngroep.id: "Wat heeft de kerngroep besproken en afgesproken?"
        case EventKind.nieuwsbrief.id: "Waarover ging de nieuwsbrief?"
        case EventKind.interneSessie.id: "Met wie binnen de gemeente is gesproken, en wat kwam eruit?"
        case EventKind.enquete.id: "Waar ging de enquête over, hoe is hij verspreid en wat zijn de belangrijkste uitkomsten?"
        case EventKind.besluit.id: "Wat is er besloten, en wie zijn erover geïnformeerd?"
        case EventKind.brief.id: "Wat stond er in de brief?"
        case EventKind.uitnodiging.id: "Waarvoor is uitgenodigd?"
        case EventKind.overleg.id: "Met wie is overlegd, en wat is er afgesproken?"
        case EventKind.gesprek.id: "Met wie is gesproken, en wat is er opgehaald?"
        case EventKind.uitvraag.id: "Wat is er gevraagd, en wat kwam eruit?"
        case EventKind.onderzoek.id: "Wat is onderzocht, door wie, en wat zijn de conclusies?"
        default: "Wat gebeurde er? Wie waren er, wat is besproken en wat is opgehaald?"
        }
    }
}
