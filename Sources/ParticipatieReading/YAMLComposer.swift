internal import Cyaml

/// Reads front matter with one pass over libyaml's event parser: it builds the ``YAMLNode`` tree and
/// judges everything a process file must not contain, with the file position of each problem.
///
/// This is the only file that talks to libyaml; the C memory it allocates (the parser, each event)
/// is freed by a `defer` right after the allocation. The tree is built with an explicit stack,
/// never by recursion.
///
/// What is refused, and which problem is reported when there are several:
/// - Anchors and aliases (the "billion laughs" bomb), explicit tags (`!!python/object`, `!lokaal`)
///   and nesting deeper than `depthLimit` stop the reading at once and are reported, also when a
///   problem of the next kind was found earlier: such front matter is refused outright.
/// - Otherwise the first of these, in reading order: a key that appears twice in one mapping (at
///   the second occurrence), a key that is a collection, a second document, and a text libyaml
///   cannot read (its reader, scanner or parser error, at the position libyaml names).
/// - libyaml's reader checks the characters ahead of the rest, 16 KiB at a time: a character it
///   refuses (a control character, U+FFFE, U+FFFF) is reported before anything in the same stretch.
///
/// The checks see exactly the structure libyaml sees: text that only looks like YAML syntax
/// (`Wonen & Zorg`, `*nadruk*` in a block scalar or on a continuation line, quotes spanning lines)
/// is never mistaken for an anchor or tag.
enum YAMLComposer {
    /// The tree of the only document of `yaml`, `nil` when it holds no document at all (empty, or
    /// only comments), or the problem that makes it unusable.
    ///
    /// - Parameters:
    ///   - yaml: The text between the `---` lines, with `\n` line ends.
    ///   - firstLine: The 1-based file line of the first line of `yaml` (2 when the file starts with
    ///     `---`). Every position in the result is a file position.
    ///   - depthLimit: The deepest nesting of collections accepted; the top-level mapping is 1.
    static func compose(_ yaml: String, firstLine: Int, depthLimit: Int) -> Result<YAMLNode?, YAMLProblem> {
        // libyaml reads no document from an empty text, and wants a pointer to read from.
        if yaml.isEmpty { return .success(nil) }
        var builder = Builder(lines: YAMLLineTable(yaml, firstLine: firstLine), depthLimit: depthLimit)
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            return .failure(
                YAMLProblem(
                    .syntax(problem: .unknown, startedOnLine: nil, hint: nil),
                    at: SourcePosition(line: firstLine, column: 1)))
        }
        defer { yaml_parser_delete(&parser) }
        // No guessing from a byte-order mark: the text is UTF-8, and a mark at its start stays a character.
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        var yaml = yaml
        return yaml.withUTF8 { bytes -> Result<YAMLNode?, YAMLProblem> in
            yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
            var event = yaml_event_t()
            while true {
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    return .failure(builder.failure(libyamlError(of: parser, lines: builder.lines, depthLimit: depthLimit)))
                }
                defer { yaml_event_delete(&event) }
                let position = builder.lines.position(of: event.start_mark)
                var anchor: UnsafeMutablePointer<yaml_char_t>?
                var tag: UnsafeMutablePointer<yaml_char_t>?
                var tooDeep: YAMLProblem?
                switch event.type {
                case YAML_STREAM_END_EVENT:
                    return builder.result()
                case YAML_DOCUMENT_START_EVENT:
                    builder.startDocument(at: position)
                case YAML_ALIAS_EVENT:
                    return .failure(YAMLProblem(.anchorOrAlias, at: position))
                case YAML_SCALAR_EVENT:
                    let scalar = event.data.scalar
                    anchor = scalar.anchor
                    tag = scalar.tag
                    let text = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
                    let style = YAMLNode.Style(rawValue: UInt8(truncatingIfNeeded: scalar.style.rawValue)) ?? .any
                    builder.add(.scalar(YAMLNode.Scalar(text: text, style: style, position: position)))
                case YAML_SEQUENCE_START_EVENT:
                    anchor = event.data.sequence_start.anchor
                    tag = event.data.sequence_start.tag
                    tooDeep = builder.startCollection(isMapping: false, at: position)
                case YAML_MAPPING_START_EVENT:
                    anchor = event.data.mapping_start.anchor
                    tag = event.data.mapping_start.tag
                    tooDeep = builder.startCollection(isMapping: true, at: position)
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                    builder.endCollection()
                default:
                    break
                }
                // In this order, as before: an anchor, then a tag, then the depth.
                if anchor != nil { return .failure(YAMLProblem(.anchorOrAlias, at: position)) }
                if let tag { return .failure(YAMLProblem(.tag(shorthand(String(cString: tag))), at: position)) }
                if let tooDeep { return .failure(tooDeep) }
            }
        }
    }

    /// libyaml's error as a problem at its file position.
    private static func libyamlError(of parser: yaml_parser_t, lines: YAMLLineTable, depthLimit: Int) -> YAMLProblem {
        let problem = parser.problem.map { LibyamlProblem(libyamlText: String(cString: $0)) } ?? .unknown
        if parser.error == YAML_READER_ERROR {
            // The reader names a byte offset, not a mark; the code point is -1 when it has none.
            let character = parser.problem_value >= 0 ? UInt32(parser.problem_value) : nil
            return YAMLProblem(
                .character(problem: problem, character: character),
                at: lines.position(ofByte: Int(parser.problem_offset)))
        }
        let position = lines.position(of: parser.problem_mark)
        if problem == .maximumNestingLevel {
            // A libyaml with its own nesting limit may hit it while looking ahead, before this pass sees
            // the deep level.
            return YAMLProblem(.tooDeep(limit: depthLimit), at: position)
        }
        var startedOnLine: Int?
        var hintLines: [Substring] = []
        if parser.context != nil {
            let context = lines.position(of: parser.context_mark)
            if context.line < position.line { startedOnLine = context.line }
            if let text = lines.text(ofLine: context.line) { hintLines.append(text) }
        }
        if let text = lines.text(ofLine: position.line) { hintLines.append(text) }
        return YAMLProblem(
            .syntax(problem: problem, startedOnLine: startedOnLine, hint: YAMLHint.hint(forLines: hintLines)),
            at: position)
    }

    /// libyaml expands `!!x` to `tag:yaml.org,2002:x`; show it as the user wrote it.
    private static func shorthand(_ tag: String) -> String {
        let standardPrefix = "tag:yaml.org,2002:"
        return tag.hasPrefix(standardPrefix) ? "!!" + tag.dropFirst(standardPrefix.count) : tag
    }
}

extension YAMLComposer {
    /// The tree being built and the problems found so far, in Swift values only.
    private struct Builder {
        let lines: YAMLLineTable
        let depthLimit: Int
        private var stack: [Frame] = []
        private var root: YAMLNode?
        private var documents = 0
        private var firstDocumentLine: Int?
        /// The first problem that does not stop the reading (duplicate key, collection key, second document).
        private var pending: YAMLProblem?

        init(lines: YAMLLineTable, depthLimit: Int) {
            self.lines = lines
            self.depthLimit = depthLimit
        }

        /// The tree, or the first problem found on the way.
        func result() -> Result<YAMLNode?, YAMLProblem> {
            if let pending { return .failure(pending) }
            return .success(root)
        }

        /// What to report when libyaml stops with `error`: a problem found before it comes first,
        /// unless libyaml stopped at its own nesting limit.
        func failure(_ error: YAMLProblem) -> YAMLProblem {
            if case .tooDeep = error.kind { return error }
            return pending ?? error
        }

        mutating func startDocument(at position: SourcePosition) {
            documents += 1
            if documents == 1 {
                firstDocumentLine = position.line
            } else if documents == 2 {
                let firstLine = firstDocumentLine.flatMap { $0 < position.line ? $0 : nil }
                remember(YAMLProblem(.severalDocuments(firstStartedOnLine: firstLine), at: position))
            }
        }

        /// Opens a collection; the problem when it is nested too deep.
        mutating func startCollection(isMapping: Bool, at position: SourcePosition) -> YAMLProblem? {
            if let top = stack.last, top.isMapping, top.key == nil {
                remember(YAMLProblem(.collectionKey, at: position))
            }
            stack.append(Frame(position: position, isMapping: isMapping))
            return stack.count > depthLimit ? YAMLProblem(.tooDeep(limit: depthLimit), at: position) : nil
        }

        mutating func endCollection() {
            guard let frame = stack.popLast() else { return }
            add(frame.isMapping ? .mapping(frame.pairs, frame.position) : .sequence(frame.items, frame.position))
        }

        /// Adds a scalar or a finished collection to the collection it is in, or makes it the root.
        mutating func add(_ node: YAMLNode) {
            guard !stack.isEmpty else {
                if documents == 1 { root = node }
                return
            }
            if let duplicate = stack[stack.count - 1].add(node) {
                remember(YAMLProblem(.duplicateKey(duplicate.text), at: duplicate.position))
            }
        }

        private mutating func remember(_ problem: YAMLProblem) {
            if pending == nil { pending = problem }
        }
    }

    /// A collection being read.
    private struct Frame {
        let position: SourcePosition
        let isMapping: Bool
        /// The items of a sequence.
        var items: [YAMLNode] = []
        /// The pairs of a mapping, and the key waiting for its value.
        var pairs: [(key: YAMLNode, value: YAMLNode)] = []
        var key: YAMLNode?
        /// The texts of the scalar keys so far.
        var keyTexts: Set<String> = []

        init(position: SourcePosition, isMapping: Bool) {
            self.position = position
            self.isMapping = isMapping
            if isMapping { pairs.reserveCapacity(8) } else { items.reserveCapacity(4) }
        }

        /// Adds an item, a key or a value; a key whose text an earlier key of this mapping has.
        ///
        /// Keys compare by their text as Swift compares strings (canonical equivalence), as the
        /// reader of the fields looks them up; the style does not count (`a`, `'a'` and `"a"` are one key).
        mutating func add(_ node: YAMLNode) -> YAMLNode.Scalar? {
            guard isMapping else {
                items.append(node)
                return nil
            }
            if let key {
                pairs.append((key, node))
                self.key = nil
                return nil
            }
            key = node
            guard case .scalar(let scalar) = node else { return nil }
            return isDuplicate(scalar.text) ? scalar : nil
        }

        /// Whether an earlier scalar key has `text`; remembers `text` for the keys after it.
        private mutating func isDuplicate(_ text: String) -> Bool {
            !keyTexts.insert(text).inserted
        }
    }
}

extension YAMLLineTable {
    /// The file position of a libyaml mark.
    fileprivate func position(of mark: yaml_mark_t) -> SourcePosition {
        position(ofScalar: Int(mark.index), libyamlColumn: Int(mark.column))
    }
}
