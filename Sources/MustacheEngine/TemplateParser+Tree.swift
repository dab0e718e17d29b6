/// The second pass: which whitespace goes with standalone tags, and the tree.
///
/// The rules are the specification's (see its `whitespace.md`):
/// - A section, inverted section, end, comment, partial, set-delimiters or pragma tag alone on its line
///   (but for spaces and tabs) is standalone: the whitespace before it, after it and the line end go.
/// - A parent is standalone when its opening tag starts a line and its end tag ends one; then the
///   whitespace before the opening tag and after the end tag, and that line end, go.
/// - A block directly inside a parent (an argument) takes the line end after its opening tag when nothing
///   else follows on that line, and the whitespace before its end tag when nothing precedes it. Its
///   intrinsic indentation, the whitespace that starts the line after its opening tag, is taken off the
///   start of every line of its content.
/// - Any other block (a parameter) follows the rule for tags for its whitespace. It is standalone when its
///   opening tag starts a line and its end tag ends one; the content that replaces it is then indented
///   by its intrinsic indentation (opening tag at the end of its line; counted from the intrinsic
///   indentation of the argument around it, if any) or by the whitespace before it (which stays in the
///   text). Its own content renders as written.
/// - A standalone partial or parent is indented by the whitespace before it: every line it renders gets it.
extension TemplateParser {
    mutating func markStandaloneWhitespace() {
        dropped = Array(repeating: false, count: tokens.count)
        for index in tokens.indices {
            switch tokens[index].content {
            case .text, .variable:
                continue
            case .section, .partial, .other, .block(_, isArgument: false):
                dropIfStandalone(index)
            case .block(_, isArgument: true):
                if endsLine(index) { dropWhitespace(after: index) }
            case .parent:
                let end = tokens[index].partner
                if startsLine(index), endsLine(end) {
                    dropWhitespace(before: index)
                    dropWhitespace(after: end)
                }
            case .end:
                switch tokens[tokens[index].partner].content {
                case .block(_, isArgument: true):
                    if startsLine(index) { dropWhitespace(before: index) }
                case .parent:
                    continue
                default:
                    dropIfStandalone(index)
                }
            }
        }
    }

    private mutating func dropIfStandalone(_ index: Int) {
        guard startsLine(index), endsLine(index) else { return }
        dropWhitespace(before: index)
        dropWhitespace(after: index)
    }

    /// Drops the spaces and tabs before the tag at `index`, which `startsLine(index)` found.
    private mutating func dropWhitespace(before index: Int) {
        if index > 0, case .text = tokens[index - 1].content, !endsWithLineEnd(index - 1) { dropped[index - 1] = true }
    }

    /// Drops the spaces, tabs and line end after the tag at `index`, which `endsLine(index)` found.
    private mutating func dropWhitespace(after index: Int) {
        if index + 1 < tokens.count, case .text = tokens[index + 1].content { dropped[index + 1] = true }
    }

    // MARK: Lines

    /// Whether only spaces and tabs precede the tag at `index` on its line.
    func startsLine(_ index: Int) -> Bool {
        guard index > 0 else { return true }
        guard case .text = tokens[index - 1].content else { return false }
        if endsWithLineEnd(index - 1) { return true }
        return isBlank(index - 1) && startsAtLineStart(index - 1)
    }

    /// Whether only spaces and tabs follow the tag at `index` on its line.
    func endsLine(_ index: Int) -> Bool {
        guard index + 1 < tokens.count else { return true }
        let next = tokens[index + 1]
        guard case .text = next.content else { return false }
        var offset = next.start
        while offset < next.end, bytes[offset] == UInt8(ascii: " ") || bytes[offset] == UInt8(ascii: "\t") { offset += 1 }
        switch next.end - offset {
        case 0: return index + 2 == tokens.count
        case 1: return bytes[offset] == UInt8(ascii: "\n")
        case 2: return bytes[offset] == UInt8(ascii: "\r") && bytes[offset + 1] == UInt8(ascii: "\n")
        default: return false
        }
    }

    /// Whether the token at `index` starts a line of the text.
    func startsAtLineStart(_ index: Int) -> Bool {
        guard index > 0 else { return true }
        guard case .text = tokens[index - 1].content else { return false }
        return endsWithLineEnd(index - 1)
    }

    private func endsWithLineEnd(_ index: Int) -> Bool {
        bytes[tokens[index].end - 1] == UInt8(ascii: "\n")
    }

    private func isBlank(_ index: Int) -> Bool {
        bytes[tokens[index].start..<tokens[index].end].allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
    }

    /// The spaces and tabs that start the text token at `index`.
    private func leadingWhitespace(of index: Int) -> ArraySlice<UInt8> {
        let token = tokens[index]
        var end = token.start
        while end < token.end, bytes[end] == UInt8(ascii: " ") || bytes[end] == UInt8(ascii: "\t") { end += 1 }
        return bytes[token.start..<end]
    }

    /// The whitespace before the tag at `index` on its line, less `strip`.
    private func indentation(before index: Int, strip: [UInt8]) -> [UInt8] {
        guard index > 0, case .text = tokens[index - 1].content, !endsWithLineEnd(index - 1) else { return [] }
        return Array(TemplateParser.removing(strip, from: leadingWhitespace(of: index - 1)))
    }

    /// The whitespace that starts the line after the tag at `index`, which ends its line.
    private func intrinsicIndentation(after index: Int) -> [UInt8] {
        guard index + 2 < tokens.count, case .text = tokens[index + 1].content, endsWithLineEnd(index + 1),
            case .text = tokens[index + 2].content
        else { return [] }
        return Array(leadingWhitespace(of: index + 2))
    }

    private static func removing(_ prefix: [UInt8], from text: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        prefix.isEmpty || !text.starts(with: prefix) ? text : text.dropFirst(prefix.count)
    }

    // MARK: Tree

    /// The nodes of the tokens in `range`, with `strip` taken off the start of every line.
    func build(_ range: Range<Int>, strip: [UInt8]) -> [Template.Node] {
        var nodes: [Template.Node] = []
        var text: [UInt8] = []
        var textPosition = SourcePosition(line: 1, column: 1)
        func flush() {
            guard !text.isEmpty else { return }
            nodes.append(.text(text, textPosition))
            text = []
        }

        var index = range.lowerBound
        while index < range.upperBound {
            let token = tokens[index]
            switch token.content {
            case .text:
                if !dropped[index] {
                    var line = bytes[token.start..<token.end]
                    if startsAtLineStart(index) { line = TemplateParser.removing(strip, from: line) }
                    if text.isEmpty { textPosition = token.position }
                    text.append(contentsOf: line)
                }
                index += 1

            case .other, .end:
                index += 1

            case .variable(let reference, let escaped):
                flush()
                nodes.append(.variable(reference, escaped: escaped, token.position))
                index += 1

            case .section(let reference, let inverted):
                flush()
                let content = build((index + 1)..<token.partner, strip: strip)
                nodes.append(.section(reference, content, inverted: inverted, token.position))
                index = token.partner + 1

            case .partial(let name):
                flush()
                let standalone = startsLine(index) && endsLine(index)
                nodes.append(.partial(name, indentation: standalone ? indentation(before: index, strip: strip) : [], token.position))
                index += 1

            case .parent(let name):
                flush()
                var blocks: [String: [Template.Node]] = [:]
                var child = index + 1
                while child < token.partner {
                    guard case .block(let blockName, _) = tokens[child].content else {
                        child += 1
                        continue
                    }
                    // An argument's lines lose its own intrinsic indentation.
                    let argumentStrip = endsLine(child) ? intrinsicIndentation(after: child) : strip
                    blocks[blockName] = build((child + 1)..<tokens[child].partner, strip: argumentStrip)
                    child = tokens[child].partner + 1
                }
                let standalone = startsLine(index) && endsLine(token.partner)
                nodes.append(
                    .parent(
                        name, indentation: standalone ? indentation(before: index, strip: strip) : [],
                        blocks: blocks, token.position))
                index = token.partner + 1

            case .block(let name, _):
                flush()
                let content = build((index + 1)..<token.partner, strip: strip)
                nodes.append(.block(name, content, blockIndentation(index, strip: strip), token.position))
                index = token.partner + 1
            }
        }
        flush()
        return nodes
    }

    /// How content that replaces the parameter block opened at `index` is indented.
    private func blockIndentation(_ index: Int, strip: [UInt8]) -> Template.BlockIndentation {
        guard startsLine(index), endsLine(tokens[index].partner) else { return .none }
        if endsLine(index) {
            let intrinsic = Array(TemplateParser.removing(strip, from: intrinsicIndentation(after: index)[...]))
            return intrinsic.isEmpty ? .none : .lines(intrinsic)
        }
        let before = indentation(before: index, strip: strip)
        return before.isEmpty ? .none : .afterText(before)
    }
}
