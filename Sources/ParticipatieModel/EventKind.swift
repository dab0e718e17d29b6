/// A kind of event a process file can describe (`soort:`): one of the built-in kinds, or one that
/// `proces.md` declares under `soorten:`.
///
/// ``id`` is what project leaders write; ``label`` and ``pluralLabel`` are how the report names it.
/// Two kinds are equal when their id and names are equal; a declared id never equals a built-in one
/// (the reader refuses that).
public struct EventKind: Hashable, Sendable, CustomStringConvertible {
    /// The word in the files, e.g. `kerngroep` or a declared `klankbordgroep`.
    public let id: String
    /// Dutch name of one event of this kind, e.g. "kerngroep-vergadering".
    public let label: String
    /// Dutch plural, e.g. "kerngroep-vergaderingen".
    public let pluralLabel: String
    /// Whether this is one of ``builtIn`` rather than declared in `proces.md`.
    public let isBuiltIn: Bool

    /// A kind declared in `proces.md`.
    public init(id: String, label: String, pluralLabel: String) {
        self.init(id: id, label: label, pluralLabel: pluralLabel, isBuiltIn: false)
    }

    private init(id: String, label: String, pluralLabel: String, isBuiltIn: Bool) {
        self.id = id
        self.label = label
        self.pluralLabel = pluralLabel
        self.isBuiltIn = isBuiltIn
    }

    public var description: String { id }

    private static func builtIn(_ id: String) -> EventKind {
        let names = ModelWording.builtInKindNames[id]!
        return EventKind(id: id, label: names.singular, pluralLabel: names.plural, isBuiltIn: true)
    }

    /// `bijeenkomst`.
    public static let bijeenkomst = builtIn("bijeenkomst")
    /// `kerngroep`.
    public static let kerngroep = builtIn("kerngroep")
    /// `nieuwsbrief`.
    public static let nieuwsbrief = builtIn("nieuwsbrief")
    /// `interne-sessie`.
    public static let interneSessie = builtIn("interne-sessie")
    /// `enquete`.
    public static let enquete = builtIn("enquete")
    /// `besluit`.
    public static let besluit = builtIn("besluit")
    /// `brief`.
    public static let brief = builtIn("brief")
    /// `uitnodiging`.
    public static let uitnodiging = builtIn("uitnodiging")
    /// `overleg`.
    public static let overleg = builtIn("overleg")
    /// `gesprek`.
    public static let gesprek = builtIn("gesprek")
    /// `uitvraag`.
    public static let uitvraag = builtIn("uitvraag")
    /// `onderzoek`.
    public static let onderzoek = builtIn("onderzoek")

    /// The kinds every process knows, in the order reports and counts list them.
    public static let builtIn: [EventKind] = [
        .bijeenkomst, .kerngroep, .nieuwsbrief, .interneSessie, .enquete, .besluit, .brief, .uitnodiging, .overleg,
        .gesprek, .uitvraag, .onderzoek,
    ]

    /// The built-in kind with this id.
    public static func builtIn(id: String) -> EventKind? { builtIn.first { $0.id == id } }
}
