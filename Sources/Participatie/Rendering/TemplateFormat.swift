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

    /// Appends `text` to `output`, escaped so that it shows as text in this format.
    func escape(_ text: String, into output: inout String) {
        switch self {
        case .html: TemplateFormat.escapeHTML(text, into: &output)
        case .markdown: TemplateFormat.escapeMarkdown(text, into: &output)
        }
    }

    /// `text` escaped for this format.
    func escaped(_ text: String) -> String {
        var output = ""
        escape(text, into: &output)
        return output
    }

    // MARK: HTML

    /// `<`, `>`, `&`, `"` and `'` become character references, so a value can neither open a tag nor leave
    /// an attribute value. Compared as bytes, not as characters: a quote followed by a combining mark
    /// is still a quote to a browser.
    private static func escapeHTML(_ text: String, into output: inout String) {
        let utf8 = text.utf8
        guard utf8.contains(where: isHTMLSpecial) else {
            output += text
            return
        }
        var runStart = utf8.startIndex
        var index = runStart
        while index != utf8.endIndex {
            let byte = utf8[index]
            if isHTMLSpecial(byte) {
                output += text[runStart..<index]
                switch byte {
                case UInt8(ascii: "<"): output += "&lt;"
                case UInt8(ascii: ">"): output += "&gt;"
                case UInt8(ascii: "&"): output += "&amp;"
                case UInt8(ascii: "\""): output += "&quot;"
                default: output += "&#39;"
                }
                runStart = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        output += text[runStart...]
    }

    private static func isHTMLSpecial(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }

    // MARK: Markdown

    /// Every ASCII punctuation character that CommonMark gives a meaning to is backslash-escaped, so
    /// `{{title}}` in a `.md.mustache` template can never start a link, emphasis, raw HTML or a new block;
    /// line ends become spaces, so a value stays on the line the template puts it on.
    private static func escapeMarkdown(_ text: String, into output: inout String) {
        var atStart = true
        var previousWasCarriageReturn = false
        for scalar in text.unicodeScalars {
            defer { atStart = false }
            if scalar == "\n" || scalar == "\r" {
                // CRLF is one line end, so one space.
                if !(scalar == "\n" && previousWasCarriageReturn) { output.unicodeScalars.append(" ") }
                previousWasCarriageReturn = scalar == "\r"
                continue
            }
            previousWasCarriageReturn = false
            switch scalar {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "&", "|", "~":
                output.unicodeScalars.append("\\")
            case "-", "+", "=", "#":
                // At the start of a line these could begin a list or underline a heading.
                if atStart { output.unicodeScalars.append("\\") }
            default:
                break
            }
            output.unicodeScalars.append(scalar)
        }
    }
}
