import ParticipatieModel
import Yams

/// One node of a front matter block, as the user wrote it: a scalar keeps its text, nothing is
/// converted to a number, date or boolean.
///
/// ``YAMLComposer`` builds these in the same libyaml pass that checks for anchors, tags and deep
/// nesting; Yams' `Node` is only built for the rare block that pass cannot judge on its own.
enum YAMLNode {
    /// How a scalar was written; the raw values are libyaml's and Yams' `Node.Scalar.Style`.
    enum Style: UInt8 {
        case any, plain, singleQuoted, doubleQuoted, literal, folded
    }

    struct Scalar {
        /// The value after YAML's folding and escapes, without any type guessing.
        let text: String
        let style: Style
        let position: YAMLPosition
    }

    case scalar(Scalar)
    case sequence([YAMLNode], YAMLPosition)
    /// The pairs in the order written.
    case mapping([(key: YAMLNode, value: YAMLNode)], YAMLPosition)

    /// Where the node starts: libyaml's start mark, as Yams' `Node.mark` gives it.
    var position: YAMLPosition {
        switch self {
        case .scalar(let scalar): scalar.position
        case .sequence(_, let position), .mapping(_, let position): position
        }
    }

    /// The same tree as a node composed by Yams (anchors and aliases are refused before it gets here).
    init(_ node: Node) {
        let position = node.mark.map(YAMLPosition.init) ?? .start
        switch node {
        case .scalar(let scalar):
            self = .scalar(Scalar(text: scalar.string, style: Style(rawValue: UInt8(scalar.style.rawValue)) ?? .any,
                                  position: position))
        case .sequence(let sequence):
            self = .sequence(sequence.map(YAMLNode.init), position)
        case .mapping(let mapping):
            self = .mapping(mapping.map { (YAMLNode($0.key), YAMLNode($0.value)) }, position)
        case .alias:
            self = .scalar(Scalar(text: "", style: .plain, position: position))
        }
    }
}
