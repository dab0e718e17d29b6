internal import CYaml

/// A pass over front matter with libyaml's event parser, before `Yams.compose` builds nodes.
///
/// It rejects what a process file never needs and what makes YAML parsers slow or crash:
/// anchors and aliases (the "billion laughs" bomb), explicit tags such as `!!python/object`,
/// and nesting deeper than a limit (Yams' composer recurses once per level and overflows a
/// thread's stack long before libyaml's own limit of 1,000 levels).
///
/// libyaml's event parser keeps its state on the heap, so this pass has no recursion of its own.
/// Because it is the same scanner that `Yams.compose` uses, it sees exactly the YAML structure the
/// composer will see: text that only looks like YAML syntax (`Wonen & Zorg`, `*nadruk*` in a block
/// scalar or on a continuation line, quotes spanning lines) is never mistaken for an anchor or tag.
/// A syntax error ends the pass without a problem: `Yams.compose` then reports it with its position.
enum YAMLPrescan {
    struct Problem: Equatable {
        let message: String
        /// 1-based line and column (in Unicode scalars) within the YAML block.
        let line: Int
        let column: Int
    }

    static func check(_ yaml: String, depthLimit: Int) -> Problem? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        var bytes = Array(yaml.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer -> Problem? in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var depth = 0
            var event = yaml_event_t()
            while true {
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    // libyaml looks ahead in flow collections and may hit its own limit of 1,000
                    // levels before this pass sees the deep level: report that as too deep too.
                    if let problem = parser.problem, String(cString: problem).hasPrefix("Maximum nesting level") {
                        return Problem(message: Message.frontMatterTooDeep(limit: depthLimit),
                                       line: Int(parser.problem_mark.line) + 1,
                                       column: Int(parser.problem_mark.column) + 1)
                    }
                    // Any other syntax error is reported by the composer, with the same position.
                    return nil
                }
                defer { yaml_event_delete(&event) }
                let mark = event.start_mark
                func problem(_ message: String) -> Problem {
                    Problem(message: message, line: Int(mark.line) + 1, column: Int(mark.column) + 1)
                }
                var anchor: UnsafeMutablePointer<yaml_char_t>?
                var tag: UnsafeMutablePointer<yaml_char_t>?
                switch event.type {
                case YAML_STREAM_END_EVENT:
                    return nil
                case YAML_ALIAS_EVENT:
                    return problem(Message.aliasNotAllowed)
                case YAML_SCALAR_EVENT:
                    anchor = event.data.scalar.anchor
                    tag = event.data.scalar.tag
                case YAML_SEQUENCE_START_EVENT:
                    anchor = event.data.sequence_start.anchor
                    tag = event.data.sequence_start.tag
                    depth += 1
                case YAML_MAPPING_START_EVENT:
                    anchor = event.data.mapping_start.anchor
                    tag = event.data.mapping_start.tag
                    depth += 1
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                    depth -= 1
                default:
                    break
                }
                if anchor != nil { return problem(Message.aliasNotAllowed) }
                if let tag { return problem(Message.tagNotAllowed(shorthand(String(cString: tag)))) }
                if depth > depthLimit { return problem(Message.frontMatterTooDeep(limit: depthLimit)) }
            }
        }
    }

    /// libyaml expands `!!x` to `tag:yaml.org,2002:x`; show it as the user wrote it.
    private static func shorthand(_ tag: String) -> String {
        let standardPrefix = "tag:yaml.org,2002:"
        return tag.hasPrefix(standardPrefix) ? "!!" + tag.dropFirst(standardPrefix.count) : tag
    }
}
