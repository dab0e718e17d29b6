import ParticipatieModel
import ParticipatieReading
import ParticipatieReport

/// How many terminal columns a text takes, for aligning columns.
///
/// Counts characters (grapheme clusters), so `ê` is one column whether it is stored as one
/// scalar or as `e` plus a combining accent; East Asian wide characters and emoji take two.
public enum DisplayWidth {
    public static func of(_ text: String) -> Int {
        text.reduce(0) { $0 + width($1) }
    }

    /// `text` followed by spaces up to `width` columns.
    public static func padRight(_ text: String, to width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - of(text)))
    }

    /// Spaces up to `width` columns, then `text`.
    public static func padLeft(_ text: String, to width: Int) -> String {
        String(repeating: " ", count: max(0, width - of(text))) + text
    }

    static func width(_ character: Character) -> Int {
        guard let first = character.unicodeScalars.first else { return 0 }
        if first.value < 0x20 || (0x7F...0x9F).contains(first.value) { return 0 }
        if first.value == 0x200B || first.value == 0x200D || first.value == 0xFEFF { return 0 }
        if first.properties.isEmojiPresentation { return 2 }
        if character.unicodeScalars.contains("\u{FE0F}"), first.properties.isEmoji { return 2 }
        return isWide(first.value) ? 2 : 1
    }

    /// East Asian Wide and Fullwidth blocks (Unicode TR 11), simplified to whole ranges.
    private static func isWide(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            true
        default:
            false
        }
    }
}
