import ParticipatieModel
import Yams

/// A 1-based line and column (in Unicode scalars) inside a YAML block.
struct YAMLPosition: Equatable {
    let line: Int
    let column: Int

    static let start = YAMLPosition(line: 1, column: 1)

    init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    init(_ mark: Mark) {
        self.init(line: mark.line, column: mark.column)
    }

    /// The position of a node, or the start of the block when there is none.
    init(of node: YAMLNode?) {
        self = node?.position ?? .start
    }
}
