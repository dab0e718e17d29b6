/// A place in a template's text: 1-based line and 1-based column, counted in Unicode scalars.
struct SourcePosition: Equatable, Sendable {
    var line: Int
    var column: Int
}
