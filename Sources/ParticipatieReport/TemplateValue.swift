import ParticipatieModel
import ParticipatieReading
/// What a tag in a report template finds when it names a variable.
///
/// The views answer with one of these instead of being inspected at run time, so rendering needs no
/// reflection and no dynamic casts.
enum TemplateValue: Sendable {
    /// A text, escaped for the template's format unless the tag is `{{{…}}}` or `{{&…}}`.
    case text(String)
    /// A count; shown in decimal.
    case number(Int)
    /// Yes or no, for `{{#…}}` and `{{^…}}`.
    case flag(Bool)
    /// A sequence: `{{#…}}` repeats its content for every item.
    case list([TemplateValue])
    /// A view with fields of its own.
    case object(any TemplateObject)
}

extension TemplateValue {
    /// A list of views.
    static func objects(_ items: [some TemplateObject]) -> TemplateValue {
        .list(items.map { .object($0) })
    }

    /// A list of texts.
    static func texts(_ items: [String]) -> TemplateValue {
        .list(items.map { .text($0) })
    }

    /// Whether a `{{#…}}` section shows its content (and `{{^…}}` does not).
    var isTruthy: Bool {
        switch self {
        case .flag(let value): value
        case .list(let items): !items.isEmpty
        case .text, .number, .object: true
        }
    }
}
