/// Why a rendering stopped before its end, with the template and tag being rendered at that moment.
///
/// The engine has no wording of its own: the caller turns ``kind`` into a message. Parts of the output
/// that were handed on before the error stay handed on; the caller decides what to do with them.
public struct TemplateRenderError: Error, Equatable, Sendable {
    /// The kinds of render error, each a limit of ``RenderLimits``.
    public enum Kind: Equatable, Sendable {
        /// The output would be longer than `limit` bytes.
        case outputTooLarge(limit: Int)
        /// Partials and parents are nested more than `limit` deep, as a partial that includes itself
        /// without end does.
        case partialsTooDeep(limit: Int)
        /// The rendering visited more than `limit` nodes.
        case tooManySteps(limit: Int)
    }

    /// Which limit was reached.
    public let kind: Kind
    /// The name of the template being rendered: the name given for the root, or a partial's name.
    public let template: String
    /// 1-based line, in that template, of the tag (or text) being rendered.
    public let line: Int
    /// 1-based column, in that template, of the tag (or text) being rendered, counted in Unicode scalars.
    public let column: Int

    /// An error of `kind` in `template` at `line` and `column`.
    public init(kind: Kind, template: String, line: Int, column: Int) {
        self.kind = kind
        self.template = template
        self.line = line
        self.column = column
    }
}
