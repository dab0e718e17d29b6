import Mustache

/// Escapes values for HTML exactly as swift-mustache's built-in HTML content type does (`<`, `>`, `&`,
/// `"` and `'`, compared as whole characters), but returns a value with none of them unchanged
/// after one pass over its bytes instead of looking every character up in a dictionary.
///
/// ``TemplateFormat/html`` selects it with a pragma in front of every HTML template and partial.
struct HTMLContentType: MustacheContentType {
    /// The name used in the `{{% CONTENT_TYPE: … }}` pragma that ``TemplateFormat/html`` adds.
    static let name = "PARTICIPATIE_HTML"

    private static let registration: Void = MustacheContentTypes.register(HTMLContentType(), named: name)

    /// Makes the content type known to swift-mustache; safe to call more than once.
    static func registerOnce() { _ = registration }

    func escapeText(_ text: String) -> String {
        let needsEscaping = text.utf8.contains { byte in
            byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&")
                || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
        }
        guard needsEscaping else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for character in text {
            switch character {
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "&": result += "&amp;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}
