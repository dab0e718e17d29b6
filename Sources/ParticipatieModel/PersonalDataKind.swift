/// A kind of personal data that the privacy check looks for before a report is published.
public enum PersonalDataKind: String, CaseIterable, Sendable, Hashable {
    case email
    case phone
    case bsn
    case iban
    /// A postcode with a house number.
    case address
    /// A person named with a salutation or title ("de heer Jansen", "dr. Bakker").
    case person

    /// Dutch name of the kind, e.g. "e-mailadres".
    public var label: String { ModelWording.personalDataLabel(self) }
}
