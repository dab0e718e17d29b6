/// The closed list of kinds of event a process file can describe (`soort:`).
///
/// The raw value is what project leaders write; ``label`` is how the report names it.
public enum EventKind: String, CaseIterable, Sendable, Codable {
    case bijeenkomst
    case kerngroep
    case nieuwsbrief
    case interneSessie = "interne-sessie"
    case enquete
    case besluit
    case brief
    case uitnodiging
    case overleg
    case gesprek
    case uitvraag
    case onderzoek

    /// Dutch name of one event of this kind, e.g. "kerngroep-vergadering".
    public var label: String { ModelWording.kindLabel(self) }
    /// Dutch plural, e.g. "kerngroep-vergaderingen".
    public var pluralLabel: String { ModelWording.kindPluralLabel(self) }
}
