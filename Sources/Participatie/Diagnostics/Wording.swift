// Dutch labels used by the model and the report: kinds, verdicts, months, ordinals.

/// Dutch words for values of the model.
enum Wording {
    static func kindLabel(_ kind: EventKind) -> String {
        switch kind {
        case .bijeenkomst: "bijeenkomst"
        case .kerngroep: "kerngroep-vergadering"
        case .nieuwsbrief: "nieuwsbrief"
        case .interneSessie: "interne sessie"
        case .enquete: "enquête"
        case .besluit: "besluit"
        case .brief: "brief"
        case .uitnodiging: "uitnodiging"
        case .overleg: "overleg"
        case .gesprek: "gesprek"
        case .uitvraag: "uitvraag"
        case .onderzoek: "onderzoek"
        }
    }

    static func kindPluralLabel(_ kind: EventKind) -> String {
        switch kind {
        case .bijeenkomst: "bijeenkomsten"
        case .kerngroep: "kerngroep-vergaderingen"
        case .nieuwsbrief: "nieuwsbrieven"
        case .interneSessie: "interne sessies"
        case .enquete: "enquêtes"
        case .besluit: "besluiten"
        case .brief: "brieven"
        case .uitnodiging: "uitnodigingen"
        case .overleg: "overleggen"
        case .gesprek: "gesprekken"
        case .uitvraag: "uitvragen"
        case .onderzoek: "onderzoeken"
        }
    }

    static func verdictLabel(_ verdict: Verdict) -> String {
        switch verdict {
        case .overgenomen: "overgenomen"
        case .deelsOvergenomen: "deels overgenomen"
        case .nietOvergenomen: "niet overgenomen"
        }
    }

    static let months = ["januari", "februari", "maart", "april", "mei", "juni",
                         "juli", "augustus", "september", "oktober", "november", "december"]

    /// "1e", "2e", … (Dutch ordinals are written with a plain "e").
    static func ordinal(_ number: Int) -> String { "\(number)e" }

    /// "4 juli 2022" or "juli 2023".
    static func date(_ date: EventDate) -> String {
        let month = months[date.month - 1]
        guard let day = date.day else { return "\(month) \(date.year)" }
        return "\(day) \(month) \(date.year)"
    }

    /// "13, 17, 18 en 24 april 2023"; dates in different months or years are written in full.
    static func dates(_ dates: [EventDate]) -> String {
        guard let first = dates.first else { return "" }
        if dates.count == 1 { return date(first) }
        let sameMonth = dates.allSatisfy { $0.year == first.year && $0.month == first.month && $0.day != nil }
        let parts = sameMonth ? dates.map { "\($0.day!)" } : dates.map(date)
        let list = parts.dropLast().joined(separator: ", ") + " en " + parts.last!
        return sameMonth ? "\(list) \(months[first.month - 1]) \(first.year)" : list
    }
}
