import ParticipatieModel
import ParticipatieReading
/// The output format a template belongs to, from the end of its name; decides how `{{value}}` is escaped.
enum TemplateFormat: Equatable, Sendable {
    case html
    case markdown

    init?(templateName: String) {
        if templateName.hasSuffix(".html") {
            self = .html
        } else if templateName.hasSuffix(".md") {
            self = .markdown
        } else {
            return nil
        }
    }

    /// `.html` or `.md`.
    var suffix: String { self == .html ? ".html" : ".md" }

    /// The end of the names of values that are already safe in this format.
    var trustedSuffix: String { self == .html ? "HTML" : "Markdown" }

    /// Appends the UTF-8 of `text` to `output`, escaped so that it shows as text in this format.
    func escape(_ text: String, into output: inout [UInt8]) {
        switch self {
        case .html: TemplateFormat.escapeHTML(text, into: &output)
        case .markdown: TemplateFormat.escapeMarkdown(text, into: &output)
        }
    }

    /// `text` escaped for this format.
    func escaped(_ text: String) -> String {
        var output: [UInt8] = []
        escape(text, into: &output)
        return String(decoding: output, as: UTF8.self)
    }

    // MARK: HTML

    /// `<`, `>`, `&`, `"` and `'` become character references, so a value can neither open a tag nor leave
    /// an attribute value. Compared as bytes, not as characters: a quote followed by a combining mark
    /// is still a quote to a browser.
    private static func escapeHTML(_ text: String, into output: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            var runStart = 0
            for index in bytes.indices {
                let replacement: StaticString
                switch bytes[index] {
                case UInt8(ascii: "<"): replacement = "&lt;"
                case UInt8(ascii: ">"): replacement = "&gt;"
                case UInt8(ascii: "&"): replacement = "&amp;"
                case UInt8(ascii: "\""): replacement = "&quot;"
                case UInt8(ascii: "'"): replacement = "&#39;"
                default: continue
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                output.append(contentsOf: UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
                runStart = index + 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
    }

    // MARK: Markdown

    /// Every ASCII punctuation character that CommonMark gives a meaning to is backslash-escaped, so
    /// `{{title}}` in a `.md.mustache` template can never start a link, emphasis, raw HTML or a new block;
    /// line ends become spaces, so a value stays on the line the template puts it on.
    private static func escapeMarkdown(_ text: String, into output: inout [UInt8]) {
        var atStart = true
        var previousWasCarriageReturn = false
        for scalar in text.unicodeScalars {
            defer { atStart = false }
            if scalar == "\n" || scalar == "\r" {
                // CRLF is one line end, so one space.
                if !(scalar == "\n" && previousWasCarriageReturn) { output.append(UInt8(ascii: " ")) }
                previousWasCarriageReturn = scalar == "\r"
                continue
            }
            previousWasCarriageReturn = false
            switch scalar {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "&", "|", "~":
                output.append(UInt8(ascii: "\\"))
            case "-", "+", "=", "#":
                // At the start of a line these could begin a list or underline a heading.
                if atStart { output.append(UInt8(ascii: "\\")) }
            default:
                break
            }
            UTF8.encode(scalar) { output.append($0) }
        }
    }
}
