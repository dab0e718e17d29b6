import MustacheEngine

/// The report format a template belongs to, from the end of its name (`eindverslag.html`,
/// `partials/gebeurtenis.html`): decides how `{{value}}` is escaped, and which values are already
/// safe to insert as they are.
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

    /// How the template engine escapes values in this format.
    var contentType: ContentType { self == .html ? .html : .markdown }
}
