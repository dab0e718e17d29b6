/// A kind of event a process file can describe (`soort:`): one of the built-in kinds, or one that
/// `proces.md` declares under `soorten:`.
///
/// ``id`` is what project leaders write; ``label`` and ``pluralLabel`` are how the report names it.
/// Two kinds are equal when their id and names are equal; a declared id never equals a built-in one
/// (the reader refuses that).
public struct EventKind: Hashable, Sendable, CustomStringConvertible {
    /// The names, shared by every event of the kind: an event holds one reference, not three texts
    /// (a report of 10,000 events keeps several copies of every event).
    private final class Names: Sendable {
        let id: String
        let label: String
        let pluralLabel: String
        let isBuiltIn: Bool

        init(id: String, label: String, pluralLabel: String, isBuiltIn: Bool) {
            self.id = id
            self.label = label
            self.pluralLabel = pluralLabel
            self.isBuiltIn = isBuiltIn
        }
    }

    private let names: Names

    /// The word in the files, e.g. `kerngroep` or a declared `klankbordgroep`.
    public var id: String { names.id }
    /// Dutch name of one event of this kind, e.g. "kerngroep-vergadering".
    public var label: String { names.label }
    /// Dutch plural, e.g. "kerngroep-vergaderingen".
    public var pluralLabel: String { names.pluralLabel }
    /// Whether this is one of ``builtIn`` rather than declared in `proces.md`.
    public var isBuiltIn: Bool { names.isBuiltIn }

    /// A kind declared in `proces.md`.
    public init(id: String, label: String, pluralLabel: String) {
        self.init(id: id, label: label, pluralLabel: pluralLabel, isBuiltIn: false)
    }

    private init(id: String, label: String, pluralLabel: String, isBuiltIn: Bool) {
        names = Names(id: id, label: label, pluralLabel: pluralLabel, isBuiltIn: isBuiltIn)
    }

    public static func == (lhs: EventKind, rhs: EventKind) -> Bool {
        lhs.names === rhs.names
            || (lhs.id == rhs.id && lhs.label == rhs.label && lhs.pluralLabel == rhs.pluralLabel && lhs.isBuiltIn == rhs.isBuiltIn)
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(id) }

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
