/// What a tag finds when it names a variable.
public enum TemplateValue: Sendable {
    /// A text, escaped for the template's content type unless the tag is `{{{…}}}` or `{{&…}}`.
    case text(String)
    /// A whole number; shown in decimal.
    case number(Int)
    /// Yes or no, for `{{#…}}` and `{{^…}}`; shown as `true` or `false`.
    case flag(Bool)
    /// A sequence: `{{#…}}` repeats its content for every item. Not shown by `{{…}}`.
    case list([TemplateValue])
    /// A value with fields of its own. Not shown by `{{…}}`.
    case object(any TemplateObject)
}

extension TemplateValue {
    /// A list of objects.
    public static func objects(_ items: [some TemplateObject]) -> TemplateValue {
        .list(items.map { .object($0) })
    }

    /// A list of texts.
    public static func texts(_ items: [String]) -> TemplateValue {
        .list(items.map { .text($0) })
    }

    /// Whether a `{{#…}}` section shows its content (and `{{^…}}` does not): everything but `false` and
    /// empty lists.
    public var isTruthy: Bool {
        switch self {
        case .flag(let value): value
        case .list(let items): !items.isEmpty
        case .text, .number, .object: true
        }
    }
}
