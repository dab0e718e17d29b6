/// One node of a front matter block, as the user wrote it: a scalar keeps its text exactly as
/// libyaml gives it, nothing is converted to a number, date or boolean.
///
/// Positions are file positions (see ``SourcePosition``).
enum YAMLNode: Sendable {
    /// How a scalar was written; the raw values are libyaml's `yaml_scalar_style_t`.
    enum Style: UInt8, Sendable {
        case any, plain, singleQuoted, doubleQuoted, literal, folded
    }

    struct Scalar: Sendable {
        /// The value after YAML's folding and escapes, without any type guessing.
        let text: String
        let style: Style
        let position: SourcePosition

        init(text: String, style: Style, position: SourcePosition) {
            self.text = text
            self.style = style
            self.position = position
        }
    }

    case scalar(Scalar)
    case sequence([YAMLNode], SourcePosition)
    /// The pairs in the order written.
    case mapping([(key: YAMLNode, value: YAMLNode)], SourcePosition)

    /// Where the node starts: libyaml's start mark (for a scalar with quotes, the opening quote).
    var position: SourcePosition {
        switch self {
        case .scalar(let scalar): scalar.position
        case .sequence(_, let position), .mapping(_, let position): position
        }
    }
}
