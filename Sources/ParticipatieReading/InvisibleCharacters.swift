import ParticipatieModel

/// Finds characters that make a published text read differently from its source: bidirectional
/// overrides and isolates (U+202A–U+202E, U+2066–U+2069), which reorder what follows them, and
/// characters without width (U+200B, U+200C, U+2060–U+2064, U+FEFF, U+180E, and U+200D outside an
/// emoji sequence), which hide inside words and links.
///
/// One finding per kind per file, at the first occurrence, counting the others. The reader makes them
/// warnings in a concept report and errors in a `definitief` one.
enum InvisibleCharacters {
    /// What was found.
    enum Kind: Sendable {
        case bidirectional
        case zeroWidth
    }

    struct Finding: Equatable {
        let kind: Kind
        let scalar: Unicode.Scalar
        let count: Int
        /// 1-based line and column (in Unicode scalars) of the first occurrence.
        let line: Int
        let column: Int
    }

    /// One pass over the UTF-8 bytes: every character looked for is three bytes long with a lead byte
    /// E1, E2 or EF, so only those are decoded; a position is worked out only for a first occurrence.
    static func findings(in text: String) -> [Finding] {
        let bytes = text.utf8.span
        var first: [(kind: Kind, scalar: Unicode.Scalar, offset: Int)] = []
        var bidirectional = 0, zeroWidth = 0
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            guard lead == 0xE1 || lead == 0xE2 || lead == 0xEF, index + 2 < bytes.count else {
                index += 1
                continue
            }
            // The text is valid UTF-8, so these leads always start a sequence of three bytes.
            let value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
            if let kind = kind(of: value, at: index, in: bytes) {
                switch kind {
                case .bidirectional: bidirectional += 1
                case .zeroWidth: zeroWidth += 1
                }
                if !first.contains(where: { $0.kind == kind }), let scalar = Unicode.Scalar(value) {
                    first.append((kind, scalar, index))
                }
            }
            index += 3
        }
        return [Kind.bidirectional, .zeroWidth].compactMap { kind in
            guard let found = first.first(where: { $0.kind == kind }) else { return nil }
            let (line, column) = position(of: found.offset, in: bytes)
            return Finding(
                kind: kind, scalar: found.scalar, count: kind == .bidirectional ? bidirectional : zeroWidth,
                line: line, column: column)
        }
    }

    private static func kind(of value: UInt32, at offset: Int, in bytes: Span<UInt8>) -> Kind? {
        switch value {
        case 0x202A...0x202E, 0x2066...0x2069:
            return .bidirectional
        case 0x200B, 0x200C, 0x2060...0x2064, 0xFEFF, 0x180E:
            return .zeroWidth
        case 0x200D:
            // Joins the people of a family emoji (👩‍👩‍👧) or a heart and a fire (❤️‍🔥): that is what it is for.
            let start = bytes.scalarStart(before: offset)
            let previous = start >= 0 ? bytes.scalar(at: start)?.scalar : nil
            let next = bytes.scalar(at: offset + 3)?.scalar
            return isEmojiSide(previous) && isEmojiSide(next) ? nil : .zeroWidth
        default:
            return nil
        }
    }

    /// 1-based line and column (in scalars) of the byte at `offset`.
    private static func position(of offset: Int, in bytes: Span<UInt8>) -> (line: Int, column: Int) {
        var line = 1, lineStart = 0
        for index in 0..<offset where bytes[index] == 10 {
            line += 1
            lineStart = index + 1
        }
        var column = 1
        for index in lineStart..<offset where bytes[index] & 0xC0 != 0x80 { column += 1 }
        return (line, column)
    }

    private static func isEmojiSide(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        if scalar.value == 0xFE0F || scalar.properties.isEmojiModifier { return true }
        return scalar.value >= 0x80 && scalar.properties.isEmoji
    }
}
