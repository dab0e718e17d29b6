import MustacheEngine

/// A JSON value as the specification files hold it, and the ``TemplateValue`` it stands for.
enum JSONValue: Decodable, Sendable {
    case null
    case bool(Bool)
    case integer(Int)
    case decimal(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let bool = try? container.decode(Bool.self) {
            self = .bool(bool)
        } else if let integer = try? container.decode(Int.self) {
            self = .integer(integer)
        } else if let decimal = try? container.decode(Double.self) {
            self = .decimal(decimal)
        } else if let string = try? container.decode(String.self) {
            self = .string(string)
        } else if let array = try? container.decode([JSONValue].self) {
            self = .array(array)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    /// Objects become a ``TemplateObject`` backed by the dictionary, arrays lists, strings texts, integers
    /// numbers, other numbers texts as the specification writes them (`1.210` → `1.21`), booleans flags;
    /// `null` is no value.
    var templateValue: TemplateValue? {
        switch self {
        case .null: nil
        case .bool(let bool): .flag(bool)
        case .integer(let integer): .number(integer)
        case .decimal(let decimal): .text(String(decimal))
        case .string(let string): .text(string)
        // A list has no place for "no value"; `null` in a list (no specification test has one) is falsey.
        case .array(let items): .list(items.map { $0.templateValue ?? .flag(false) })
        case .object(let fields): .object(JSONObject(fields: fields))
        }
    }
}
