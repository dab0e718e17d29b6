/// Why a template's text cannot be parsed, with the place of the problem.
///
/// The engine has no wording of its own: the caller turns ``kind`` into a message.
public struct TemplateSyntaxError: Error, Equatable, Sendable {
    /// The kinds of syntax error.
    public enum Kind: Equatable, Sendable {
        /// A tag is not closed where expected: its content is not a name without spaces or punctuation
        /// (letters, digits and `. - _ ? * ( ) /` are allowed), or the closing delimiter is missing.
        case unfinishedTag
        /// A closing tag `{{/name}}` does not match the section, parent or block open at that place.
        case closeMismatch
        /// The section, parent or block with this name (as written) is never closed.
        case unclosedSection(String)
        /// A parent `{{<…}}` holds something other than text, comments and blocks, or a block `{{$…}}`
        /// has a transform in its name.
        case invalidInheritance
        /// Sections, parents and blocks are nested more than `limit` deep.
        case sectionsTooDeep(limit: Int)
        /// A set-delimiters tag `{{=… …=}}` does not give two delimiters without spaces or `=`.
        case invalidDelimiters
    }

    /// What is wrong.
    public let kind: Kind
    /// 1-based line of the problem.
    public let line: Int
    /// 1-based column of the problem, counted in Unicode scalars.
    public let column: Int

    /// An error of `kind` at `line` and `column`.
    public init(kind: Kind, line: Int, column: Int) {
        self.kind = kind
        self.line = line
        self.column = column
    }
}
