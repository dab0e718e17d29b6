/// A parsed Mustache template: its text and tags as a tree, ready to render many times.
///
/// The language is Mustache as the official specification describes it (variables, sections, inverted
/// sections, comments, partials, set delimiters, inheritance with `{{<…}}` and `{{$…}}`, and dynamic
/// names `{{>*name}}`), without lambdas, plus the transforms described in ``Template/Tag/reference``.
/// Pragmas `{{%…}}` are listed in ``tags`` and otherwise ignored.
public struct Template: Sendable {
    /// How values are escaped when this template (or a block written in it) inserts them.
    public let contentType: ContentType
    /// Every tag in the order written, with its position.
    public let tags: [Tag]
    /// The tree the renderer walks.
    let nodes: [Node]

    /// Parses `text` as a template whose values are escaped for `contentType`.
    ///
    /// The first syntax error stops the parse and is thrown with its position. Line ends may be `\n` or
    /// `\r\n`.
    public init(parsing text: String, contentType: ContentType) throws(TemplateSyntaxError) {
        var parser = TemplateParser(text: text)
        let (nodes, tags) = try parser.parse()
        self.contentType = contentType
        self.nodes = nodes
        self.tags = tags
    }
}
