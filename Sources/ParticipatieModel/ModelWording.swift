// All Dutch wording of the model: how the report names kinds of event and verdicts.

/// Dutch words for values of the model.
enum ModelWording {
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

    static func personalDataLabel(_ kind: PersonalDataKind) -> String {
        switch kind {
        case .email: "e-mailadres"
        case .phone: "telefoonnummer"
        case .bsn: "burgerservicenummer (BSN)"
        case .iban: "rekeningnummer (IBAN)"
        case .address: "adres (postcode met huisnummer)"
        case .person: "naam met aanhef of titel"
        }
    }

    /// "1e", "2e", … (Dutch ordinals are written with a plain "e").
    static func ordinal(_ number: Int) -> String { "\(number)e" }
}
