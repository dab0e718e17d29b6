import Foundation
import Mustache

/// Escapes values for CommonMark, the way swift-mustache escapes them for HTML: `{{title}}` in a
/// `.md.mustache` template can never start a link, emphasis, raw HTML or a new block.
///
/// Every ASCII punctuation character that CommonMark gives a meaning to is backslash-escaped, and
/// line ends become spaces, so a value stays on the line the template puts it on.
struct MarkdownContentType: MustacheContentType {
    /// The name used in the `{{% CONTENT_TYPE: … }}` pragma that ``TemplateFormat/markdown`` adds.
    static let name = "PARTICIPATIE_MARKDOWN"

    private static let escaped: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "&", "|", "~"]
    private static let registration: Void = MustacheContentTypes.register(MarkdownContentType(), named: name)

    /// Makes the content type known to swift-mustache; safe to call more than once.
    static func registerOnce() { _ = registration }

    func escapeText(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.count)
        var atStart = true
        for character in text {
            if character == "\n" || character == "\r" || character == "\r\n" {
                result.append(" ")
            } else if MarkdownContentType.escaped.contains(character) {
                result.append("\\")
                result.append(character)
            } else if atStart, character == "-" || character == "+" || character == "=" || character == "#" {
                // At the start of a line these could begin a list or underline a heading.
                result.append("\\")
                result.append(character)
            } else {
                result.append(character)
            }
            atStart = false
        }
        return result
    }
}
