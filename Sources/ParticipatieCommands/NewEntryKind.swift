import ParticipatieModel
import ParticipatieReading
import ParticipatieReport

/// What `participatie new` can create: an event of one kind, an outcome, a response, or the
/// process description.
public enum NewEntryKind: Hashable, Sendable {
    case event(EventKind)
    /// `process/uitkomsten/<naam>.md`, section (b).
    case outcome
    /// `process/reacties/<naam>.md`, section (c).
    case response
    /// `process/proces.md`.
    case process

    /// The word a user types after `participatie new`.
    public var word: String {
        switch self {
        case .event(let kind): kind.id
        case .outcome: "uitkomst"
        case .response: "reactie"
        case .process: "proces"
        }
    }

    /// Every kind, events first in the order of ``EventKind/builtIn``.
    public static let allCases: [NewEntryKind] = EventKind.builtIn.map(NewEntryKind.event) + [.outcome, .response, .process]

    /// Every word `participatie new` accepts, in the order of ``allCases``.
    public static var words: [String] { allCases.map(\.word) }

    /// The kind for `word` (a built-in kind, a kind `declared` in `proces.md`, or `uitkomst`, `reactie`,
    /// `proces`), or a wrong-use error that suggests the nearest word ("bedoelde u 'kerngroep'?").
    public static func parse(_ word: String, declared: [EventKind] = []) -> Result<NewEntryKind, NewEntryError> {
        let all = EventKind.builtIn.map(NewEntryKind.event) + declared.map(NewEntryKind.event) + [.outcome, .response, .process]
        if let kind = all.first(where: { $0.word == word }) { return .success(kind) }
        let words = all.map(\.word)
        let suggestion = Suggestion.nearest(to: word, in: words)
        return .failure(.wrongUse(CommandWording.unknownEntryKind(word, suggestion: suggestion, allowed: words)))
    }

    /// Whether this kind is an event, which is the only kind with a date.
    public var isEvent: Bool {
        if case .event = self { return true }
        return false
    }
}
