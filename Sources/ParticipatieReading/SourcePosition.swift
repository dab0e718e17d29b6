import ParticipatieModel

/// A place in an input file: 1-based line in the file itself (not inside its YAML block) and
/// 1-based column counted in Unicode scalars.
struct SourcePosition: Hashable, Sendable, CustomStringConvertible {
    let line: Int
    let column: Int

    /// The first character of a file.
    static let start = SourcePosition(line: 1, column: 1)

    init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// `line:column`, as in a diagnostic.
    var description: String { "\(line):\(column)" }
}
