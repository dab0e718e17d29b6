// All Dutch wording of the model: how the report names the built-in kinds of event and verdicts.

/// Dutch words for values of the model.
enum ModelWording {
    /// Singular and plural of each built-in kind, by id.
    static let builtInKindNames: [String: (singular: String, plural: String)] = [
        "bijeenkomst": ("bijeenkomst", "bijeenkomsten"),
        "kerngroep": ("kerngroep-vergadering", "kerngroep-vergaderingen"),
        "nieuwsbrief": ("nieuwsbrief", "nieuwsbrieven"),
        "interne-sessie": ("interne sessie", "interne sessies"),
        "enquete": ("enquête", "enquêtes"),
        "besluit": ("besluit", "besluiten"),
        "brief": ("brief", "brieven"),
        "uitnodiging": ("uitnodiging", "uitnodigingen"),
        "overleg": ("overleg", "overleggen"),
        "gesprek": ("gesprek", "gesprekken"),
        "uitvraag": ("uitvraag", "uitvragen"),
        "onderzoek": ("onderzoek", "onderzoeken"),
    ]

    static func verdictLabel(_ verdict: Verdict) -> String {
        switch verdict {
        case .overgenomen: "overgenomen"
        case .deelsOvergenomen: "deels overgenomen"
        case .nietOvergenomen: "niet overgenomen"
        case .nietVermeld: "niet vermeld in de bron"
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
