/// The kind of text a template makes; decides how `{{value}}` is escaped.
public enum ContentType: Equatable, Sendable {
    /// HTML: `<`, `>`, `&`, `"` and `'` become character references.
    case html
    /// Markdown (CommonMark): punctuation with a meaning is backslash-escaped and line ends become spaces.
    case markdown
    /// Plain text: values are inserted as they are.
    case text

    /// Appends the UTF-8 of `text` to `output`, escaped so that it shows as text in this content type.
    public func escape(_ text: String, into output: inout [UInt8]) {
        switch self {
        case .html: ContentType.escapeHTML(text, into: &output)
        case .markdown: ContentType.escapeMarkdown(text, into: &output)
        case .text: output.append(contentsOf: text.utf8)
        }
    }

    /// `text` escaped for this content type.
    public func escaped(_ text: String) -> String {
        var output: [UInt8] = []
        escape(text, into: &output)
        return String(decoding: output, as: UTF8.self)
    }
}
