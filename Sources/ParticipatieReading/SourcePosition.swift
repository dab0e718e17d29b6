import ParticipatieModel
/// A place in an input file: 1-based line in the file itself (not inside its YAML block) and
/// 1-based column counted in Unicode scalars.
struct SourcePosition: Hashable, Sendable {
    let line: Int
    let column: Int

    /// The first character of a file.
    static let start = SourcePosition(line: 1, column: 1)
}
