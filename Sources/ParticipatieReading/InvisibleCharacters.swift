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

    static func findings(in text: String) -> [Finding] {
        // Every character looked for is encoded with a lead byte E1, E2 or EF.
        guard text.utf8.contains(where: { $0 == 0xE1 || $0 == 0xE2 || $0 == 0xEF }) else { return [] }
        var first: [Kind: (scalar: Unicode.Scalar, line: Int, column: Int)] = [:]
        var counts: [Kind: Int] = [:]
        var line = 1, column = 0
        var previous: Unicode.Scalar?
        var iterator = text.unicodeScalars.makeIterator()
        var current = iterator.next()
        while let scalar = current {
            let next = iterator.next()
            column += 1
            if scalar == "\n" {
                line += 1
                column = 0
            } else if let kind = kind(of: scalar, after: previous, before: next) {
                counts[kind, default: 0] += 1
                if first[kind] == nil { first[kind] = (scalar, line, column) }
            }
            previous = scalar
            current = next
        }
        return [Kind.bidirectional, .zeroWidth].compactMap { kind in
            first[kind].map { Finding(kind: kind, scalar: $0.scalar, count: counts[kind] ?? 1, line: $0.line, column: $0.column) }
        }
    }

    private static func kind(of scalar: Unicode.Scalar, after previous: Unicode.Scalar?, before next: Unicode.Scalar?) -> Kind? {
        switch scalar.value {
        case 0x202A...0x202E, 0x2066...0x2069:
            return .bidirectional
        case 0x200B, 0x200C, 0x2060...0x2064, 0xFEFF, 0x180E:
            return .zeroWidth
        case 0x200D:
            // Joins the people of a family emoji (👩‍👩‍👧) or a heart and a fire (❤️‍🔥): that is what it is for.
            return isEmojiSide(previous) && isEmojiSide(next) ? nil : .zeroWidth
        default:
            return nil
        }
    }

    private static func isEmojiSide(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        if scalar.value == 0xFE0F || scalar.properties.isEmojiModifier { return true }
        return scalar.value >= 0x80 && scalar.properties.isEmoji
    }
}
