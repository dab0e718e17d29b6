internal import CYaml
import ParticipatieModel

/// Reads front matter with one pass of libyaml's event parser: it checks what a process file never
/// needs and what makes YAML parsers slow or crash, and builds the ``YAMLNode`` tree in the same pass.
///
/// Refused, with a position: anchors and aliases (the "billion laughs" bomb), explicit tags such as
/// `!!python/object`, and nesting deeper than a limit. The checks see exactly the YAML structure
/// libyaml sees: text that only looks like YAML syntax (`Wonen & Zorg`, `*nadruk*` in a block
/// scalar or on a continuation line, quotes spanning lines) is never mistaken for an anchor or tag.
///
/// What this pass does not judge itself it hands to Yams (``Outcome/needsYams``), so that the
/// diagnostics stay those of `Yams.compose`: syntax errors, duplicate keys, keys that are not
/// scalars, more than one document, and a value starting with a byte-order mark. The tree is
/// built with an explicit stack, never by recursion.
///
/// Most front matter is a few `key: value` lines: ``YAMLLineReader`` reads those without libyaml.
enum YAMLComposer {
    enum Outcome {
        /// The root of the only document, `nil` when the block holds no document at all.
        case document(YAMLNode?)
        /// Something this pass refuses; line and column are within the YAML block.
        case problem(YAMLPrescan.Problem)
        /// Yams must compose this block: it reports the error, or builds the tree when there is none.
        case needsYams
    }

    /// A collection being read.
    private struct Frame {
        let position: YAMLPosition
        let isMapping: Bool
        /// The items of a sequence.
        var items: [YAMLNode] = []
        /// The pairs of a mapping, and the key waiting for its value.
        var pairs: [(key: YAMLNode, value: YAMLNode)] = []
        var key: YAMLNode?
        /// Whether a key of this mapping is a collection: Yams judges such a mapping.
        var hasCollectionKey = false

        init(position: YAMLPosition, isMapping: Bool) {
            self.position = position
            self.isMapping = isMapping
            if isMapping { pairs.reserveCapacity(8) } else { items.reserveCapacity(4) }
        }

        mutating func add(_ node: YAMLNode) {
            guard isMapping else {
                items.append(node)
                return
            }
            if let key {
                pairs.append((key, node))
                self.key = nil
            } else {
                if case .scalar = node {} else { hasCollectionKey = true }
                key = node
            }
        }
    }

    static func compose(_ yaml: String, depthLimit: Int) -> Outcome {
        if let root = YAMLLineReader.read(yaml) { return .document(root) }
        return composeWithEvents(yaml, depthLimit: depthLimit)
    }

    /// The pass over libyaml's events, for every block ``YAMLLineReader`` does not take.
    static func composeWithEvents(_ yaml: String, depthLimit: Int) -> Outcome {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return .needsYams }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        var yaml = yaml
        return yaml.withUTF8 { buffer -> Outcome in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var stack: [Frame] = []
            var root: YAMLNode?
            var documents = 0
            var needsYams = false
            var event = yaml_event_t()

            func add(_ node: YAMLNode) {
                if stack.isEmpty {
                    if documents == 1 { root = node }
                } else {
                    stack[stack.count - 1].add(node)
                }
            }

            while true {
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    // libyaml looks ahead in flow collections and may hit its own limit of 1,000
                    // levels before this pass sees the deep level: report that as too deep too.
                    if let problem = parser.problem, String(cString: problem).hasPrefix("Maximum nesting level") {
                        return .problem(YAMLPrescan.Problem(message: Message.frontMatterTooDeep(limit: depthLimit),
                                                            line: Int(parser.problem_mark.line) + 1,
                                                            column: Int(parser.problem_mark.column) + 1))
                    }
                    // Any other syntax error is reported by Yams, with the same position.
                    return .needsYams
                }
                defer { yaml_event_delete(&event) }
                let position = YAMLPosition(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
                func problem(_ message: String) -> Outcome {
                    .problem(YAMLPrescan.Problem(message: message, line: position.line, column: position.column))
                }
                var anchor: UnsafeMutablePointer<yaml_char_t>?
                var tag: UnsafeMutablePointer<yaml_char_t>?
                switch event.type {
                case YAML_STREAM_END_EVENT:
                    return needsYams ? .needsYams : .document(root)
                case YAML_DOCUMENT_START_EVENT:
                    documents += 1
                    // Yams refuses a second document; let it say so.
                    if documents > 1 { needsYams = true }
                case YAML_ALIAS_EVENT:
                    return problem(Message.aliasNotAllowed)
                case YAML_SCALAR_EVENT:
                    let scalar = event.data.scalar
                    anchor = scalar.anchor
                    tag = scalar.tag
                    let value = UnsafeBufferPointer(start: scalar.value, count: scalar.length)
                    // Yams decodes with Foundation, which drops a leading byte-order mark (from "\uFEFF"):
                    // leave such a value to Yams rather than imitate that.
                    if value.count >= 3, value[0] == 0xEF, value[1] == 0xBB, value[2] == 0xBF { needsYams = true }
                    let text = String(decoding: value, as: UTF8.self)
                    let style = YAMLNode.Style(rawValue: UInt8(truncatingIfNeeded: scalar.style.rawValue)) ?? .any
                    add(.scalar(YAMLNode.Scalar(text: text, style: style, position: position)))
                case YAML_SEQUENCE_START_EVENT:
                    anchor = event.data.sequence_start.anchor
                    tag = event.data.sequence_start.tag
                    stack.append(Frame(position: position, isMapping: false))
                case YAML_MAPPING_START_EVENT:
                    anchor = event.data.mapping_start.anchor
                    tag = event.data.mapping_start.tag
                    stack.append(Frame(position: position, isMapping: true))
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                    guard let frame = stack.popLast() else { return .needsYams }
                    if frame.isMapping {
                        if frame.hasCollectionKey || frame.key != nil || hasDuplicateKeys(frame.pairs) { needsYams = true }
                        add(.mapping(frame.pairs, frame.position))
                    } else {
                        add(.sequence(frame.items, frame.position))
                    }
                default:
                    break
                }
                if anchor != nil { return problem(Message.aliasNotAllowed) }
                if let tag { return problem(Message.tagNotAllowed(shorthand(String(cString: tag)))) }
                if stack.count > depthLimit { return problem(Message.frontMatterTooDeep(limit: depthLimit)) }
            }
        }
    }

    /// Whether two scalar keys have the same text: Yams refuses that mapping. (With no tags
    /// allowed every scalar is a string to Yams, so it compares keys by their text alone.)
    static func hasDuplicateKeys(_ pairs: [(key: YAMLNode, value: YAMLNode)]) -> Bool {
        func text(_ index: Int) -> String {
            if case .scalar(let scalar) = pairs[index].key { return scalar.text }
            return ""
        }
        guard pairs.count <= 16 else { return Set(pairs.indices.map(text)).count < pairs.count }
        for index in pairs.indices {
            let key = text(index)
            for earlier in 0..<index where text(earlier) == key { return true }
        }
        return false
    }

    /// libyaml expands `!!x` to `tag:yaml.org,2002:x`; show it as the user wrote it.
    private static func shorthand(_ tag: String) -> String {
        let standardPrefix = "tag:yaml.org,2002:"
        return tag.hasPrefix(standardPrefix) ? "!!" + tag.dropFirst(standardPrefix.count) : tag
    }
}
