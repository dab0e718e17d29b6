/// Parses the text of a template into the nodes and tags of a ``Template``.
///
/// Two passes. The first reads the text into tokens (text cut at line ends, and tags), following set
/// delimiters, checking names and the nesting of sections, and listing every tag with its position; the
/// first syntax error stops it. The second decides, with the whole line of every tag known, which tags
/// stand alone on their lines (and so take their line's whitespace with them), and builds the tree.
///
/// Every byte the grammar looks at is ASCII, so the text is read as bytes; ranges of text always start
/// and end at an ASCII byte or at the ends, so at a Unicode scalar boundary.
struct TemplateParser {
    /// Deepest nesting of sections, parents and blocks accepted: the parser and the renderer go one level
    /// deeper per level.
    static let depthLimit = 100

    /// A piece of the text: some text (at most one line, with its line end) or a tag.
    struct Token {
        enum Content {
            case text
            case variable(TemplateReference, escaped: Bool)
            case section(TemplateReference, inverted: Bool)
            case partial(Template.PartialName)
            case parent(Template.PartialName)
            /// `isArgument`: directly inside a parent, so it replaces the parent's block of that name.
            case block(String, isArgument: Bool)
            case end
            /// A comment, set-delimiters tag or pragma: nothing to render.
            case other
        }

        var content: Content
        /// Byte offset of the text, or of the tag's opening delimiter.
        let start: Int
        /// Byte offset after the text, or after the tag's closing delimiter.
        let end: Int
        let position: SourcePosition
        /// For a section, parent or block: the index of its end token; for an end token: its opener's.
        var partner = -1
    }

    /// A section, parent or block whose end has not been read yet.
    private struct OpenElement {
        enum Kind { case section, parent, block }
        let kind: Kind
        /// The name as written, which the end tag must repeat.
        let source: String
        let token: Int
        /// Byte offset of the opening delimiter.
        let offset: Int
        /// A parent holding something other than text, comments and blocks.
        var hasInvalidContent = false
    }

    /// The line and column of the last offset asked for, so that positions asked for in order cost one
    /// pass over the text in all.
    private struct Cursor {
        var offset = 0
        var line = 1
        var column = 1
    }

    let bytes: [UInt8]
    private var index = 0
    private var openDelimiter: [UInt8] = [UInt8(ascii: "{"), UInt8(ascii: "{")]
    private var closeDelimiter: [UInt8] = [UInt8(ascii: "}"), UInt8(ascii: "}")]
    var tokens: [Token] = []
    private var tags: [Template.Tag] = []
    private var open: [OpenElement] = []
    private var cursor = Cursor()
    /// For each token: whether it is whitespace that a standalone tag takes with it.
    var dropped: [Bool] = []

    init(text: String) {
        bytes = Array(text.utf8)
    }

    /// The template's nodes and tags.
    mutating func parse() throws(TemplateSyntaxError) -> ([Template.Node], [Template.Tag]) {
        try scan()
        markStandaloneWhitespace()
        return (build(0..<tokens.count, strip: []), tags)
    }

    // MARK: Tokens

    private mutating func scan() throws(TemplateSyntaxError) {
        var textStart = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") {
                index += 1
                addText(textStart..<index)
                textStart = index
            } else if byte == openDelimiter[0], hasPrefix(openDelimiter, at: index) {
                addText(textStart..<index)
                try scanTag()
                textStart = index
            } else {
                index += 1
            }
        }
        addText(textStart..<index)
        if let innermost = open.last {
            throw error(.unclosedSection(innermost.source), at: innermost.offset)
        }
    }

    private mutating func addText(_ range: Range<Int>) {
        guard !range.isEmpty else { return }
        tokens.append(Token(content: .text, start: range.lowerBound, end: range.upperBound, position: position(of: range.lowerBound)))
    }

    /// Reads the tag whose opening delimiter is at `index`.
    private mutating func scanTag() throws(TemplateSyntaxError) {
        let tagStart = index
        let tagPosition = position(of: tagStart)
        func add(_ content: Token.Content) {
            tokens.append(Token(content: content, start: tagStart, end: index, position: tagPosition))
        }
        func record(_ kind: Template.Tag.Kind, _ name: String) {
            tags.append(Template.Tag(kind: kind, name: name, line: tagPosition.line, column: tagPosition.column))
        }

        index += openDelimiter.count
        guard index < bytes.count else { throw error(.unfinishedTag, at: index) }
        let sigil = bytes[index]
        switch sigil {
        case UInt8(ascii: "#"), UInt8(ascii: "^"):
            index += 1
            let (source, reference) = try scanReference(closing: closeDelimiter)
            let inverted = sigil == UInt8(ascii: "^")
            record(inverted ? .invertedSection : .section, source)
            try push(.section, source: source, at: tagStart)
            add(.section(reference, inverted: inverted))

        case UInt8(ascii: "/"):
            index += 1
            let nameOffset = index
            let name = try scanName(allowingSlash: true, closing: closeDelimiter)
            record(.sectionEnd, name)
            guard let innermost = open.last, innermost.source == name else { throw error(.closeMismatch, at: nameOffset) }
            if innermost.hasInvalidContent { throw error(.invalidInheritance, at: innermost.offset) }
            open.removeLast()
            tokens[innermost.token].partner = tokens.count
            add(.end)
            tokens[tokens.count - 1].partner = innermost.token

        case UInt8(ascii: "{"), UInt8(ascii: "&"):
            index += 1
            let closing = sigil == UInt8(ascii: "{") ? [UInt8(ascii: "}")] + closeDelimiter : closeDelimiter
            let (source, reference) = try scanReference(closing: closing)
            record(.unescaped, source)
            noteContent(allowedInParent: false)
            add(.variable(reference, escaped: false))

        case UInt8(ascii: ">"), UInt8(ascii: "<"):
            index += 1
            let (source, name) = try scanPartialName()
            if sigil == UInt8(ascii: ">") {
                record(.partial, source)
                noteContent(allowedInParent: false)
                add(.partial(name))
            } else {
                record(.parent, source)
                try push(.parent, source: source, at: tagStart)
                add(.parent(name))
            }

        case UInt8(ascii: "$"):
            index += 1
            let (source, reference) = try scanReference(closing: closeDelimiter)
            record(.block, source)
            guard reference.transforms.isEmpty else { throw error(.invalidInheritance, at: tagStart) }
            let isArgument = open.last?.kind == .parent
            try push(.block, source: source, at: tagStart)
            add(.block(source, isArgument: isArgument))

        case UInt8(ascii: "!"), UInt8(ascii: "="), UInt8(ascii: "%"):
            guard let end = offset(of: closeDelimiter, from: index + 1) else { throw error(.unfinishedTag, at: tagStart) }
            var content = bytes[(index + 1)..<end]
            index = end + closeDelimiter.count
            switch sigil {
            case UInt8(ascii: "!"):
                record(.comment, TemplateParser.trimmed(content))
            case UInt8(ascii: "%"):
                record(.pragma, TemplateParser.trimmed(content))
            default:
                guard content.last == UInt8(ascii: "=") else { throw error(.invalidDelimiters, at: tagStart) }
                content.removeLast()
                let delimiters = TemplateParser.trimmed(content)
                record(.setDelimiters, delimiters)
                let parts = delimiters.split(whereSeparator: \.isWhitespace)
                guard parts.count == 2, !parts.contains(where: { $0.contains("=") }) else {
                    throw error(.invalidDelimiters, at: tagStart)
                }
                openDelimiter = Array(parts[0].utf8)
                closeDelimiter = Array(parts[1].utf8)
            }
            add(.other)

        default:
            let (source, reference) = try scanReference(closing: closeDelimiter)
            record(.variable, source)
            noteContent(allowedInParent: false)
            add(.variable(reference, escaped: true))
        }
    }

    /// Opens a section, parent or block whose tag starts at `offset`.
    private mutating func push(_ kind: OpenElement.Kind, source: String, at offset: Int) throws(TemplateSyntaxError) {
        noteContent(allowedInParent: kind == .block)
        guard open.count < TemplateParser.depthLimit else {
            throw error(.sectionsTooDeep(limit: TemplateParser.depthLimit), at: offset)
        }
        open.append(OpenElement(kind: kind, source: source, token: tokens.count, offset: offset))
    }

    /// Notes a tag that renders something; directly inside a parent only blocks may.
    private mutating func noteContent(allowedInParent: Bool) {
        guard !allowedInParent, let innermost = open.indices.last, open[innermost].kind == .parent else { return }
        open[innermost].hasInvalidContent = true
    }

    // MARK: Names

    /// A name and the `closing` sequence after it, with whitespace around the name allowed.
    private mutating func scanName(allowingSlash: Bool, closing: [UInt8]) throws(TemplateSyntaxError) -> String {
        skipWhitespace()
        let start = index
        while index < bytes.count, TemplateParser.isNameByte(bytes[index], allowingSlash: allowingSlash),
            !(bytes[index] == closing[0] && hasPrefix(closing, at: index))
        {
            index += 1
        }
        let name = String(decoding: bytes[start..<index], as: UTF8.self)
        skipWhitespace()
        try expect(closing)
        return name
    }

    /// A variable reference and the `closing` sequence after it.
    private mutating func scanReference(closing: [UInt8]) throws(TemplateSyntaxError) -> (String, TemplateReference) {
        let contentOffset = index
        let source = try scanName(allowingSlash: false, closing: closing)
        guard let reference = TemplateReference(source) else { throw error(.unfinishedTag, at: contentOffset) }
        return (source, reference)
    }

    /// The name of a partial or parent: a template name, or `*` and a reference for a dynamic name.
    private mutating func scanPartialName() throws(TemplateSyntaxError) -> (String, Template.PartialName) {
        skipWhitespace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "*") else {
            let name = try scanName(allowingSlash: true, closing: closeDelimiter)
            return (name, .fixed(name))
        }
        index += 1
        let (source, reference) = try scanReference(closing: closeDelimiter)
        return ("*" + source, .dynamic(reference))
    }

    /// Reads `sequence`, or fails: where it should start while the closing delimiter is not there,
    /// and at the missing byte after it (the last `}` of `{{{…}}}`).
    private mutating func expect(_ sequence: [UInt8]) throws(TemplateSyntaxError) {
        let delimiterLength = min(sequence.count, closeDelimiter.count)
        for offset in sequence.indices {
            guard index + offset < bytes.count, bytes[index + offset] == sequence[offset] else {
                throw error(.unfinishedTag, at: offset < delimiterLength ? index : index + offset)
            }
        }
        index += sequence.count
    }

    /// Skips Unicode whitespace, line ends included.
    private mutating func skipWhitespace() {
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                guard byte == UInt8(ascii: " ") || (UInt8(ascii: "\t")...UInt8(ascii: "\r")).contains(byte) else { return }
                index += 1
                continue
            }
            var decoder = UTF8()
            var iterator = bytes[index..<min(index + 4, bytes.count)].makeIterator()
            guard case .scalarValue(let scalar) = decoder.decode(&iterator), scalar.properties.isWhitespace else { return }
            index += UTF8.width(scalar)
        }
    }

    private static func isNameByte(_ byte: UInt8, allowingSlash: Bool) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
            UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "?"), UInt8(ascii: "*"), UInt8(ascii: "("),
            UInt8(ascii: ")"):
            true
        case UInt8(ascii: "/"): allowingSlash
        default: false
        }
    }

    /// The text of `bytes` without leading and trailing Unicode whitespace and zero-width spaces.
    private static func trimmed(_ bytes: ArraySlice<UInt8>) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        let scalars = text.unicodeScalars
        func isTrimmed(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isWhitespace || scalar == "\u{200B}" }
        guard let first = scalars.firstIndex(where: { !isTrimmed($0) }),
            let last = scalars.lastIndex(where: { !isTrimmed($0) })
        else { return "" }
        return String(scalars[first...last])
    }

    // MARK: Bytes

    private func hasPrefix(_ sequence: [UInt8], at offset: Int) -> Bool {
        guard offset + sequence.count <= bytes.count else { return false }
        for index in sequence.indices where bytes[offset + index] != sequence[index] { return false }
        return true
    }

    /// The offset of the next `sequence` from `start`.
    private func offset(of sequence: [UInt8], from start: Int) -> Int? {
        var offset = start
        while offset + sequence.count <= bytes.count {
            if bytes[offset] == sequence[0], hasPrefix(sequence, at: offset) { return offset }
            offset += 1
        }
        return nil
    }

    // MARK: Positions

    private mutating func error(_ kind: TemplateSyntaxError.Kind, at offset: Int) -> TemplateSyntaxError {
        let position = position(of: offset)
        return TemplateSyntaxError(kind: kind, line: position.line, column: position.column)
    }

    /// 1-based line and column (in Unicode scalars) of a byte offset; quick for offsets asked for in order.
    private mutating func position(of offset: Int) -> SourcePosition {
        if offset < cursor.offset { cursor = Cursor() }
        let end = min(offset, bytes.count)
        while cursor.offset < end {
            let byte = bytes[cursor.offset]
            if byte == UInt8(ascii: "\n") {
                cursor.line += 1
                cursor.column = 1
            } else if byte & 0xC0 != 0x80 {
                cursor.column += 1
            }
            cursor.offset += 1
        }
        return SourcePosition(line: cursor.line, column: cursor.column)
    }
}
