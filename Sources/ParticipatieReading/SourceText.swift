import Foundation
import ParticipatieModel

/// The text of one input file, decoded and with line ends normalised to `\n`.
///
/// Decoding never guesses silently: a byte-order mark is dropped and CRLF or CR line ends are
/// accepted, but invalid UTF-8, Windows-1252 text and NUL bytes are reported with their position.
package struct SourceText {
    /// The text with `\n` line ends and without a byte-order mark.
    package let text: String
    /// The kinds of bytes the text holds, so checks for what it does not hold can be skipped.
    package let classes: ByteClasses

    /// A decoding problem: the Dutch message and the 1-based line and column where it was found.
    package struct Problem: Error, Equatable {
        package let message: String
        package let line: Int
        package let column: Int
    }

    /// Decodes `bytes` as UTF-8.
    package static func decode(_ bytes: [UInt8]) -> Result<SourceText, Problem> {
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        // What Notepad saves as "Unicode": UTF-16 with a byte-order mark, or without one but with a NUL
        // byte beside every ASCII character.
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) || looksLikeUTF16(bytes) {
            return .failure(Problem(message: Message.utf16, line: 1, column: 1))
        }
        let body = bytes[start...]
        let classes = ByteClasses.of(bytes.span.extracting(start...))
        if classes.contains(.nul), let nul = bytes.span.firstIndex(of: 0, from: start) {
            let (line, column) = position(of: nul, in: bytes, from: start)
            return .failure(Problem(message: Message.nulByte(byteOffset: nul), line: line, column: column))
        }
        // The standard library's validation is fast; our own scan runs only to explain a failure.
        if let valid = String(validating: body, as: UTF8.self) {
            let text = classes.contains(.carriageReturn) ? normalisingLineEnds(valid) : valid
            if !classes.isDisjoint(with: [.control, .leadC2]), let problem = controlCharacter(in: text) {
                return .failure(problem)
            }
            return .success(SourceText(text: text, classes: classes))
        }
        if let invalid = firstInvalidUTF8Offset(body) {
            let (line, column) = position(of: invalid, in: bytes, from: start)
            let byte = bytes[invalid]
            let message: String
            // A lone C2 or C3 is far more often a broken UTF-8 sequence (the lead byte of é, ë,
            // ï, …) than Windows-1252 'Â' or 'Ã', which Dutch text hardly uses.
            if byte != 0xC2, byte != 0xC3, let character = windows1252Character(byte), looksLikeWindows1252(body) {
                message = Message.windows1252(byteOffset: invalid, character: character)
            } else {
                message = Message.invalidUTF8(byteOffset: invalid)
            }
            return .failure(Problem(message: message, line: line, column: column))
        }
        let text = String(decoding: body, as: UTF8.self)
        return .success(SourceText(text: body.contains(13) ? normalisingLineEnds(text) : text, classes: classes))
    }

    /// The first control character of `text` other than tab and line feed (C0, DEL, C1), with how many
    /// there are: an error like a NUL byte, since such a character is invisible in the report or worse
    /// (an escape sequence steers a terminal). One pass over the bytes.
    private static func controlCharacter(in text: String) -> Problem? {
        let bytes = text.utf8.span
        var line = 1, lineStart = 0
        var first: (value: UInt32, line: Int, offset: Int, lineStart: Int)?
        var count = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            var value: UInt32?
            if byte == 10 {
                line += 1
                lineStart = index + 1
            } else if byte < 0x20 && byte != 9 || byte == 0x7F {
                value = UInt32(byte)
            } else if byte == 0xC2, index + 1 < bytes.count, (0x80...0x9F).contains(bytes[index + 1]) {
                value = UInt32(bytes[index + 1])
            }
            if let value {
                count += 1
                if first == nil { first = (value, line, index, lineStart) }
            }
            index += 1
        }
        guard let first else { return nil }
        var column = 1
        for offset in first.lineStart..<first.offset where bytes[offset] & 0xC0 != 0x80 { column += 1 }
        return Problem(
            message: Message.controlCharacterInText(first.value) + Message.moreOccurrences(count - 1),
            line: first.line, column: column)
    }

    /// Whether `bytes` look like UTF-16 without a byte-order mark: among the first 200 bytes, NUL bytes
    /// in at least a third of the even or of the odd places (ASCII text in UTF-16 has one beside every character).
    private static func looksLikeUTF16(_ bytes: [UInt8]) -> Bool {
        let sample = bytes.prefix(200)
        guard sample.count >= 8 else { return false }
        var even = 0, odd = 0
        for (offset, byte) in sample.enumerated() where byte == 0 {
            if offset % 2 == 0 { even += 1 } else { odd += 1 }
        }
        return max(even, odd) * 3 >= sample.count / 2 && min(even, odd) * 10 <= max(even, odd)
    }

    /// CRLF and CR-only line ends become LF.
    private static func normalisingLineEnds(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    /// The byte offset of the first byte that is not part of a valid UTF-8 sequence.
    static func firstInvalidUTF8Offset(_ bytes: ArraySlice<UInt8>) -> Int? {
        var index = bytes.startIndex
        let end = bytes.endIndex
        while index < end {
            let byte = bytes[index]
            if byte < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var lower: UInt8 = 0x80, upper: UInt8 = 0xBF
            switch byte {
            case 0xC2...0xDF: length = 2
            case 0xE0:
                length = 3
                lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED:
                length = 3
                upper = 0x9F
            case 0xF0:
                length = 4
                lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4:
                length = 4
                upper = 0x8F
            default: return index
            }
            guard index + length <= end else { return index }
            for offset in 1..<length {
                let continuation = bytes[index + offset]
                let (low, high) = offset == 1 ? (lower, upper) : (UInt8(0x80), UInt8(0xBF))
                guard continuation >= low, continuation <= high else { return index }
            }
            index += length
        }
        return nil
    }

    /// Windows-1252 text has high bytes that are mostly not followed by continuation bytes.
    private static func looksLikeWindows1252(_ bytes: ArraySlice<UInt8>) -> Bool {
        var index = bytes.startIndex
        var lone = 0, sequences = 0
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte >= 0x80 {
                let next = index + 1 < bytes.endIndex ? bytes[index + 1] : 0
                if (0xC2...0xF4).contains(byte), (0x80...0xBF).contains(next) { sequences += 1 } else { lone += 1 }
            }
            index += 1
        }
        return lone > 0 && lone >= sequences
    }

    private static let windows1252High: [UInt8: String] = [
        0x80: "€", 0x82: "‚", 0x83: "ƒ", 0x84: "„", 0x85: "…", 0x86: "†", 0x87: "‡", 0x88: "ˆ", 0x89: "‰",
        0x8A: "Š", 0x8B: "‹", 0x8C: "Œ", 0x8E: "Ž", 0x91: "‘", 0x92: "’", 0x93: "“", 0x94: "”", 0x95: "•",
        0x96: "–", 0x97: "—", 0x98: "˜", 0x99: "™", 0x9A: "š", 0x9B: "›", 0x9C: "œ", 0x9E: "ž", 0x9F: "Ÿ",
    ]

    private static func windows1252Character(_ byte: UInt8) -> String? {
        if byte >= 0xA0 { return String(Character(Unicode.Scalar(byte))) }
        return windows1252High[byte]
    }

    /// 1-based line and column (in scalars of the valid prefix) of a byte offset.
    private static func position(of offset: Int, in bytes: [UInt8], from start: Int) -> (Int, Int) {
        var line = 1
        var lineStart = start
        var index = start
        while index < offset {
            let byte = bytes[index]
            if byte == 10 || (byte == 13 && (index + 1 >= bytes.count || bytes[index + 1] != 10)) {
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
        let prefix = bytes[lineStart..<offset]
        let column = String(decoding: prefix, as: UTF8.self).unicodeScalars.count + 1
        return (line, column)
    }
}
