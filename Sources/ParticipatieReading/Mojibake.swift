import ParticipatieModel

/// Finds text that is valid UTF-8 but was garbled by a wrong conversion on the way, as happens
/// when text is copied from Word or a PDF through a program that guessed the encoding wrong.
///
/// Two patterns are recognised; both give a warning, never an error, because the text may be
/// meant that way:
/// - UTF-8 read as Windows-1252 and saved again: `financiÃ«le` for `financiële`, `â€™` for `’`.
///   The intended character is recovered by reversing the conversion.
/// - A euro sign between two letters, as in `financi€le` (the seed text has exactly this): no word
///   contains it, but the intended letter cannot be recovered.
enum Mojibake {
    struct Finding: Equatable {
        let message: String
        /// 1-based line and column (in Unicode scalars) of the first occurrence.
        let line: Int
        let column: Int
    }

    /// At most one finding per pattern, at its first occurrence, counting the others.
    static func findings(in text: String) -> [Finding] {
        guard mayContainPattern(text) else { return [] }
        let scalars = Array(text.unicodeScalars)
        var doubleEncoded: (found: String, intended: String, line: Int, column: Int)?
        var doubleEncodedCount = 0
        var euro: (word: String, line: Int, column: Int)?
        var euroCount = 0
        var line = 1, lineStart = 0
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\n" {
                line += 1
                lineStart = index + 1
            } else if let (length, intended) = doubleEncodedSequence(scalars, at: index) {
                doubleEncodedCount += 1
                if doubleEncoded == nil {
                    let found = String(String.UnicodeScalarView(scalars[index..<index + length]))
                    doubleEncoded = (found, intended, line, index - lineStart + 1)
                }
                index += length
                continue
            } else if scalar == "€", index > 0, index + 1 < scalars.count,
                isLetter(scalars[index - 1]), isLetter(scalars[index + 1])
            {
                euroCount += 1
                if euro == nil { euro = (word(around: index, in: scalars), line, index - lineStart + 1) }
            }
            index += 1
        }
        var findings: [Finding] = []
        if let doubleEncoded {
            findings.append(
                Finding(
                    message: Message.doubleEncoded(doubleEncoded.found, intended: doubleEncoded.intended)
                        + Message.moreOccurrences(doubleEncodedCount - 1),
                    line: doubleEncoded.line, column: doubleEncoded.column))
        }
        if let euro {
            findings.append(
                Finding(
                    message: Message.euroInWord(euro.word) + Message.moreOccurrences(euroCount - 1),
                    line: euro.line, column: euro.column))
        }
        return findings
    }

    /// Cheap exit for the common case: every pattern starts with Â, Ã, â (C3 82, C3 83, C3 A2)
    /// or € (E2 82 AC). Accented letters also start with C3, so each C3 is looked at.
    private static func mayContainPattern(_ text: String) -> Bool {
        let bytes = text.utf8.span
        for lead in [UInt8(0xC3), 0xE2] {
            var start = 0
            while let index = bytes.firstIndex(of: lead, from: start) {
                let next = index + 1 < bytes.count ? bytes[index + 1] : 0
                if lead == 0xC3, next == 0x82 || next == 0x83 || next == 0xA2 { return true }
                if lead == 0xE2, next == 0x82, index + 2 < bytes.count, bytes[index + 2] == 0xAC { return true }
                start = index + 1
            }
        }
        return false
    }

    /// A run of 2 or 3 scalars that are the Windows-1252 reading of one UTF-8 encoded character.
    private static func doubleEncodedSequence(_ scalars: [Unicode.Scalar], at index: Int) -> (Int, String)? {
        let lead = scalars[index].value
        let length: Int
        switch lead {
        case 0xC2, 0xC3: length = 2  // Â, Ã: U+0080…U+00FF (é, ë, °, nbsp)
        case 0xE2: length = 3  // â: U+2000…U+2FFF (’ “ ” – — … €)
        default: return nil
        }
        guard index + length <= scalars.count else { return nil }
        var bytes: [UInt8] = [UInt8(lead)]
        for offset in 1..<length {
            guard let byte = windows1252Byte(scalars[index + offset]), (0x80...0xBF).contains(byte) else { return nil }
            bytes.append(byte)
        }
        guard SourceText.firstInvalidUTF8Offset(bytes[...]) == nil else { return nil }
        return (length, String(decoding: bytes, as: UTF8.self))
    }

    /// The Windows-1252 byte that shows as `scalar`, if any.
    private static func windows1252Byte(_ scalar: Unicode.Scalar) -> UInt8? {
        if (0xA0...0xFF).contains(scalar.value) { return UInt8(scalar.value) }
        return windows1252HighBytes[scalar]
    }

    private static let windows1252HighBytes: [Unicode.Scalar: UInt8] = [
        "€": 0x80, "‚": 0x82, "ƒ": 0x83, "„": 0x84, "…": 0x85, "†": 0x86, "‡": 0x87, "ˆ": 0x88, "‰": 0x89,
        "Š": 0x8A, "‹": 0x8B, "Œ": 0x8C, "Ž": 0x8E, "‘": 0x91, "’": 0x92, "“": 0x93, "”": 0x94, "•": 0x95,
        "–": 0x96, "—": 0x97, "˜": 0x98, "™": 0x99, "š": 0x9A, "›": 0x9B, "œ": 0x9C, "ž": 0x9E, "Ÿ": 0x9F,
    ]

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isAlphabetic }

    /// The word containing `index`, at most 40 scalars on each side.
    private static func word(around index: Int, in scalars: [Unicode.Scalar]) -> String {
        var start = index, end = index + 1
        while start > 0, index - start < 40, isLetter(scalars[start - 1]) || scalars[start - 1] == "€" { start -= 1 }
        while end < scalars.count, end - index < 40, isLetter(scalars[end]) || scalars[end] == "€" { end += 1 }
        return String(String.UnicodeScalarView(scalars[start..<end]))
    }
}
