import ParticipatieModel
import ParticipatieReading
/// Parses the text of a report template into a ``Template``.
///
/// Whitespace follows the Mustache specification as swift-mustache implements it, so templates
/// written for it render the same: a section, comment or partial tag alone on its line takes the
/// whole line with it, and a partial alone on its line is indented like that line.
///
/// The first syntax error stops the parse and is returned with its position. Tags the report refuses
/// (`{{=… …=}}`, `{{%…}}`) are skipped here; ``TemplateLibrary`` reports them.
struct TemplateParser {
    /// Why a template cannot be parsed, in Dutch, with its 1-based line and column (in Unicode scalars).
    struct Failure: Error, Equatable {
        let message: String
        let line: Int
        let column: Int
    }

    /// Parses `text` (with `\n` line ends, as ``SourceText`` gives) as a template of `format`.
    static func parse(_ text: String, format: TemplateFormat) -> Result<Template, Failure> {
        var parser = TemplateParser(bytes: Array(text.utf8))
        do {
            let nodes = try parser.parseNodes(in: nil, startOfLine: true)
            return .success(Template(format: format, nodes: nodes, tags: parser.positionedTags()))
        } catch {
            return .failure(error)
        }
    }

    /// Deepest nesting of sections accepted: the parser and the renderer go one level deeper per section.
    static let depthLimit = 100

    /// A tag that opens content closed by `{{/name}}`.
    private struct OpenTag {
        enum Kind { case section, parent, block }
        let kind: Kind
        /// The name as written, which the closing tag must repeat.
        let source: String
        /// Byte offset of the tag's `{{`.
        let offset: Int
        /// How many tags around this one are open, this one included.
        var depth = 1
    }

    /// The template's UTF-8; every byte the grammar looks at is ASCII.
    private let bytes: [UInt8]
    private var index = 0
    /// The tags read so far, with the byte offset of their `{{`.
    private var tags: [(kind: Template.Tag.Kind, name: String, offset: Int)] = []

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The nodes up to the tag that closes `open`, or up to the end of the text when `open` is `nil`.
    /// `startOfLine` tells whether nothing but whitespace precedes the current position on its line.
    private mutating func parseNodes(in open: OpenTag?, startOfLine: Bool) throws(Failure) -> [Template.Node] {
        if let open, open.depth > TemplateParser.depthLimit {
            throw failure(Message.sectionsTooDeep(limit: TemplateParser.depthLimit), at: open.offset)
        }
        let depth = (open?.depth ?? 0) + 1
        var nodes: [Template.Node] = []
        var newLine = startOfLine
        // Whitespace at the start of the line, held back until it is known whether the line holds only
        // a standalone tag (then it goes) or more (then it stays).
        var whitespace = ""
        while index < bytes.count {
            if newLine { whitespace = readSpacesAndTabs() }
            let (text, foundTag) = readText()
            if !foundTag, index < bytes.count {
                // At a line end.
                nodes.append(.text(whitespace + text + "\n"))
                index += 1
                newLine = true
                continue
            }
            if !text.isEmpty {
                nodes.append(.text(whitespace + text))
                whitespace = ""
                newLine = false
            }
            guard foundTag else { break }
            let tagOffset = index - 2
            guard index < bytes.count else { throw failure(Message.templateUnfinishedTag, at: index) }
            let sigil = bytes[index]
            switch sigil {
            case UInt8(ascii: "#"), UInt8(ascii: "^"):
                index += 1
                let reference = try parseReference()
                tags.append((sigil == UInt8(ascii: "#") ? .section : .invertedSection, reference.source, tagOffset))
                let standalone = newLine && finishLineIfBlank()
                if !standalone { flush(&whitespace, into: &nodes) }
                let content = try parseNodes(in: OpenTag(kind: .section, source: reference.source, offset: tagOffset, depth: depth),
                                             startOfLine: standalone)
                nodes.append(.section(reference, content, inverted: sigil == UInt8(ascii: "^")))
                newLine = standalone

            case UInt8(ascii: "/"):
                index += 1
                let nameOffset = index
                let name = try parseName(allowingSlash: true)
                tags.append((.sectionEnd, name, tagOffset))
                guard let open, name == open.source else {
                    throw failure(Message.templateSectionCloseMismatch, at: nameOffset)
                }
                if !(newLine && finishLineIfBlank()) { flush(&whitespace, into: &nodes) }
                return nodes

            case UInt8(ascii: "!"):
                index += 1
                guard let end = offset(ofClosingAfter: index) else { throw failure(Message.templateUnfinishedTag, at: tagOffset) }
                tags.append((.comment, string(index..<end).trimmedWhitespaceAndNewlines, tagOffset))
                index = end + 2
                // The whitespace before a comment stays with the text after it, unless the line holds only the comment.
                newLine = newLine && finishLineIfBlank()

            case UInt8(ascii: "{"), UInt8(ascii: "&"):
                flush(&whitespace, into: &nodes)
                index += 1
                let reference = try parseReference()
                if sigil == UInt8(ascii: "{") {
                    guard index < bytes.count, bytes[index] == UInt8(ascii: "}") else {
                        throw failure(Message.templateUnfinishedTag, at: index)
                    }
                    index += 1
                }
                tags.append((.unescaped, reference.source, tagOffset))
                nodes.append(.variable(reference, escaped: false))
                newLine = false

            case UInt8(ascii: ">"), UInt8(ascii: "<"):
                index += 1
                let name = try parseName(allowingSlash: true)
                tags.append((sigil == UInt8(ascii: ">") ? .partial : .parent, name, tagOffset))
                let indentation = whitespace.isEmpty ? nil : whitespace
                flush(&whitespace, into: &nodes)
                let standalone = newLine && finishLineIfBlank()
                if sigil == UInt8(ascii: ">") {
                    nodes.append(.partial(name: name, indentation: standalone ? indentation : nil))
                } else {
                    let content = try parseNodes(in: OpenTag(kind: .parent, source: name, offset: tagOffset, depth: depth), startOfLine: true)
                    var blocks: [String: [Template.Node]] = [:]
                    for node in content {
                        switch node {
                        case .block(let blockName, let blockContent, _):
                            blocks[blockName] = blockContent
                        case .text:
                            continue
                        default:
                            throw failure(Message.templateInheritance, at: tagOffset)
                        }
                    }
                    nodes.append(.parent(name: name, indentation: standalone ? indentation : nil, blocks: blocks))
                }
                newLine = standalone

            case UInt8(ascii: "$"):
                index += 1
                let reference = try parseReference()
                guard reference.transforms.isEmpty else { throw failure(Message.templateInheritance, at: tagOffset) }
                tags.append((.block, reference.source, tagOffset))
                // Directly inside `{{<…}}` a block replaces the parent's; anywhere else it is the parent's own.
                let isOverride = open?.kind == .parent
                let indentation = whitespace.isEmpty || isOverride ? nil : whitespace
                if !isOverride { flush(&whitespace, into: &nodes) }
                let standalone = newLine && finishLineIfBlank()
                let content = try parseNodes(in: OpenTag(kind: .block, source: reference.source, offset: tagOffset, depth: depth),
                                             startOfLine: standalone)
                nodes.append(.block(name: reference.source, content: content, indentation: indentation))
                newLine = standalone

            case UInt8(ascii: "="), UInt8(ascii: "%"):
                // Refused by the library's checks; skipped so that those checks see the whole template.
                guard let end = offset(ofClosingAfter: index) else { throw failure(Message.templateUnfinishedTag, at: tagOffset) }
                var content = string(index + 1..<end)
                if sigil == UInt8(ascii: "="), content.hasSuffix("=") { content.removeLast() }
                tags.append((sigil == UInt8(ascii: "=") ? .setDelimiters : .pragma, content.trimmedWhitespaceAndNewlines, tagOffset))
                index = end + 2
                newLine = newLine && finishLineIfBlank()

            default:
                flush(&whitespace, into: &nodes)
                let reference = try parseReference()
                tags.append((.variable, reference.source, tagOffset))
                nodes.append(.variable(reference, escaped: true))
                newLine = false
            }
        }
        if let open {
            let (line, column) = position(of: open.offset)
            throw Failure(message: Message.templateUnclosedSection(open.source), line: line, column: column)
        }
        return nodes
    }

    // MARK: Reading

    /// Text up to a line end (not read) or up to and including `{{`; whether a tag was found.
    private mutating func readText() -> (text: String, foundTag: Bool) {
        let start = index
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") { return (string(start..<index), false) }
            if byte == UInt8(ascii: "{"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "{") {
                let text = string(start..<index)
                index += 2
                return (text, true)
            }
            index += 1
        }
        return (string(start..<index), false)
    }

    private mutating func readSpacesAndTabs() -> String {
        let start = index
        while index < bytes.count, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t") { index += 1 }
        return string(start..<index)
    }

    /// Skips Unicode whitespace, line ends included.
    private mutating func skipWhitespace() {
        while index < bytes.count {
            var decoder = UTF8()
            var iterator = bytes[index...].prefix(4).makeIterator()
            guard case .scalarValue(let scalar) = decoder.decode(&iterator), scalar.properties.isWhitespace else { return }
            index += UTF8.width(scalar)
        }
    }

    /// After a tag: if only spaces and tabs follow on this line, reads them and the line end and
    /// returns `true` (the tag may stand alone); otherwise reads nothing.
    private mutating func finishLineIfBlank() -> Bool {
        var end = index
        while end < bytes.count, bytes[end] == UInt8(ascii: " ") || bytes[end] == UInt8(ascii: "\t") { end += 1 }
        if end == bytes.count {
            index = end
            return true
        }
        guard bytes[end] == UInt8(ascii: "\n") else { return false }
        index = end + 1
        return true
    }

    /// A name and the `}}` after it, with whitespace around the name allowed.
    private mutating func parseName(allowingSlash: Bool) throws(Failure) -> String {
        skipWhitespace()
        let start = index
        while index < bytes.count, TemplateParser.isNameByte(bytes[index], allowingSlash: allowingSlash) { index += 1 }
        let name = string(start..<index)
        skipWhitespace()
        guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "}"), bytes[index + 1] == UInt8(ascii: "}") else {
            throw failure(Message.templateUnfinishedTag, at: index)
        }
        index += 2
        return name
    }

    /// A variable reference and the `}}` after it.
    private mutating func parseReference() throws(Failure) -> TemplateReference {
        let contentOffset = index
        let source = try parseName(allowingSlash: false)
        guard let (name, transforms) = TemplateParser.splitTransforms(source) else {
            throw failure(Message.templateUnfinishedTag, at: contentOffset)
        }
        return TemplateReference(names: name.split(separator: ".").map(String.init), transforms: transforms,
                                 isAnchored: name.hasPrefix(".") && name != ".", source: source)
    }

    /// `count(reversed(events))` → (`events`, [`reversed`, `count`]); `index()` → (``, [`index`]);
    /// `nil` when the brackets do not match.
    static func splitTransforms(_ source: String) -> (name: String, transforms: [String])? {
        guard source.contains("(") || source.contains(")") else { return (source, []) }
        var rest = Substring(source)
        var transforms: [String] = []
        while let open = rest.firstIndex(of: "(") {
            let transform = rest[..<open]
            guard !transform.isEmpty, !transform.contains(")") else { return nil }
            transforms.append(String(transform))
            rest = rest[rest.index(after: open)...]
        }
        let closing = rest.drop { $0 != ")" }
        let name = rest[..<closing.startIndex]
        guard closing.count == transforms.count, closing.allSatisfy({ $0 == ")" }) else { return nil }
        return (String(name), transforms.reversed())
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

    /// The offset of the next `}}` from `start`.
    private func offset(ofClosingAfter start: Int) -> Int? {
        var end = start
        while end + 1 < bytes.count {
            if bytes[end] == UInt8(ascii: "}"), bytes[end + 1] == UInt8(ascii: "}") { return end }
            end += 1
        }
        return nil
    }

    private func flush(_ whitespace: inout String, into nodes: inout [Template.Node]) {
        guard !whitespace.isEmpty else { return }
        nodes.append(.text(whitespace))
        whitespace = ""
    }

    /// The text of a byte range; ranges start and end at ASCII bytes, so always at a scalar boundary.
    private func string(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    // MARK: Positions

    private func failure(_ message: String, at offset: Int) -> Failure {
        let (line, column) = position(of: offset)
        return Failure(message: message, line: line, column: column)
    }

    /// The tags read, with line and column, counted in one pass over the text.
    private func positionedTags() -> [Template.Tag] {
        var result: [Template.Tag] = []
        result.reserveCapacity(tags.count)
        var line = 1, column = 1, position = 0
        for tag in tags {
            while position < tag.offset {
                if bytes[position] == UInt8(ascii: "\n") {
                    line += 1
                    column = 1
                } else if bytes[position] & 0xC0 != 0x80 {
                    column += 1
                }
                position += 1
            }
            result.append(Template.Tag(kind: tag.kind, name: tag.name, line: line, column: column))
        }
        return result
    }

    /// 1-based line and column (in Unicode scalars) of a byte offset.
    private func position(of offset: Int) -> (line: Int, column: Int) {
        var line = 1, column = 1
        for byte in bytes[..<min(offset, bytes.count)] {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column)
    }
}
