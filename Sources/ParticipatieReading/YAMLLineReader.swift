import ParticipatieModel
/// Reads the commonest front matter without libyaml: one `key: value` or `key: [a, b]` per line,
/// every key at the start of its line, values that can only be plain text.
///
/// Anything else, however harmless (a comment, an empty or indented line, quotes, a block
/// scalar, a tab, a `#`, a `: ` inside a value, a duplicate key), gives `nil`, and
/// ``YAMLComposer`` reads the block with libyaml. On what it accepts, this gives exactly the tree
/// libyaml's events give (the tests compare both on generated input); it only skips libyaml's
/// set-up and its buffers, which cost more than reading a few short lines.
enum YAMLLineReader {
    static func read(_ yaml: String) -> YAMLNode? {
        var yaml = yaml
        return yaml.withUTF8 { bytes -> YAMLNode? in read(bytes: bytes) }
    }

    private static func read(bytes: UnsafeBufferPointer<UInt8>) -> YAMLNode? {
        guard !bytes.isEmpty else { return nil }
        var pairs: [(key: YAMLNode, value: YAMLNode)] = []
        pairs.reserveCapacity(8)
        var lineStart = 0, line = 1
        while lineStart < bytes.count {
            let lineEnd = bytes[lineStart...].firstIndex(of: 10) ?? bytes.count
            guard readLine(UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd]), line: line, into: &pairs) else { return nil }
            lineStart = lineEnd + 1
            line += 1
        }
        if YAMLComposer.hasDuplicateKeys(pairs) { return nil }
        return .mapping(pairs, YAMLPosition(line: 1, column: 1))
    }

    /// Adds the pair of a `key: value` or `key: [item, item]` line; `false` for any other line.
    private static func readLine(_ bytes: UnsafeBufferPointer<UInt8>, line: Int,
                                 into pairs: inout [(key: YAMLNode, value: YAMLNode)]) -> Bool {
        var index = 0
        guard index < bytes.count, isLowerCaseLetterOrDigit(bytes[index]) else { return false }
        while index < bytes.count, isLowerCaseLetterOrDigit(bytes[index]) || bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "_") {
            index += 1
        }
        let keyEnd = index
        guard keyEnd <= 200, index + 1 < bytes.count, bytes[index] == UInt8(ascii: ":"), bytes[index + 1] == 32 else { return false }
        index += 1
        while index < bytes.count, bytes[index] == 32 { index += 1 }
        guard index < bytes.count, bytes[bytes.count - 1] != 32 else { return false }
        let key = YAMLNode.scalar(YAMLNode.Scalar(text: text(bytes, 0..<keyEnd), style: .plain, position: YAMLPosition(line: line, column: 1)))
        // Everything before the value is ASCII: its byte offset is its column.
        let valuePosition = YAMLPosition(line: line, column: index + 1)
        if bytes[index] == UInt8(ascii: "[") {
            guard let items = flowSequence(bytes, from: index, line: line) else { return false }
            pairs.append((key, .sequence(items, valuePosition)))
            return true
        }
        guard isPlainStart(bytes, index) else { return false }
        for position in index..<bytes.count {
            let byte = bytes[position]
            if byte < 32 || byte == 127 || byte == UInt8(ascii: "#") { return false }
            if byte == UInt8(ascii: ":"), position + 1 == bytes.count || bytes[position + 1] == 32 { return false }
            if byte >= 0x80, !isPrintableNonASCII(bytes, position) { return false }
        }
        pairs.append((key, .scalar(YAMLNode.Scalar(text: text(bytes, index..<bytes.count), style: .plain, position: valuePosition))))
        return true
    }

    /// `[a, b c, d]` up to the end of the line, items separated by `, `; or `nil`.
    private static func flowSequence(_ bytes: UnsafeBufferPointer<UInt8>, from open: Int, line: Int) -> [YAMLNode]? {
        var items: [YAMLNode] = []
        var index = open + 1
        if index + 1 == bytes.count, bytes[index] == UInt8(ascii: "]") { return items }
        // Columns count characters: continuation bytes of UTF-8 are not counted.
        var column = open + 2, counted = open + 1
        while true {
            guard index < bytes.count, isPlainStart(bytes, index) else { return nil }
            let start = index
            while index < bytes.count, bytes[index] != UInt8(ascii: ","), bytes[index] != UInt8(ascii: "]") {
                let byte = bytes[index]
                if byte < 32 || byte == 127 || isFlowIndicatorOrQuote(byte) { return nil }
                if byte >= 0x80, !isPrintableNonASCII(bytes, index) { return nil }
                index += 1
            }
            guard index < bytes.count, bytes[index - 1] != 32 else { return nil }
            while counted < start {
                if bytes[counted] & 0xC0 != 0x80 { column += 1 }
                counted += 1
            }
            items.append(.scalar(YAMLNode.Scalar(text: text(bytes, start..<index), style: .plain, position: YAMLPosition(line: line, column: column))))
            if bytes[index] == UInt8(ascii: "]") {
                return index + 1 == bytes.count ? items : nil
            }
            guard index + 1 < bytes.count, bytes[index + 1] == 32 else { return nil }
            index += 2
        }
    }

    /// Characters that could end or change an item of a flow sequence; items with them go to libyaml.
    private static func isFlowIndicatorOrQuote(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "#"), UInt8(ascii: ":"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"),
             UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "?"), UInt8(ascii: "!"), UInt8(ascii: "&"), UInt8(ascii: "*"),
             UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"):
            return true
        default:
            return false
        }
    }

    private static func isLowerCaseLetterOrDigit(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }

    /// A plain scalar may start here: an ASCII letter or digit, or a printable non-ASCII character.
    private static func isPlainStart(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        let byte = bytes[index]
        if byte >= 0x80 { return isPrintableNonASCII(bytes, index) }
        return isLowerCaseLetterOrDigit(byte) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
    }

    /// Whether the non-ASCII byte at `index` belongs to a character libyaml reads as ordinary text:
    /// not a C1 control, not NEL, LINE or PARAGRAPH SEPARATOR (line breaks to YAML 1.1), not a
    /// byte-order mark, U+FFFE or U+FFFF. The text is valid UTF-8, so only lead bytes need a look.
    private static func isPrintableNonASCII(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        func next(_ offset: Int) -> UInt8 { index + offset < bytes.count ? bytes[index + offset] : 0 }
        switch bytes[index] {
        case 0xC2: return next(1) >= 0xA0
        case 0xE2: return !(next(1) == 0x80 && (next(2) == 0xA8 || next(2) == 0xA9))
        case 0xEF: return !(next(1) == 0xBB && next(2) == 0xBF) && !(next(1) == 0xBF && (next(2) == 0xBE || next(2) == 0xBF))
        default: return true
        }
    }

    private static func text(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
}
