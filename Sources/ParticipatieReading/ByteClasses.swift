/// Which kinds of bytes a text holds, found in one pass over it, so that the checks for bytes it
/// does not hold are skipped: most files have no control characters, no raw HTML and no garbled or
/// invisible characters, and one table lookup per byte costs less than a scan per check.
///
/// A class says only that such a byte occurs somewhere; each check still looks for itself.
package struct ByteClasses: OptionSet, Sendable {
    package let rawValue: UInt16

    package init(rawValue: UInt16) { self.rawValue = rawValue }

    /// 0x00.
    static let nul = ByteClasses(rawValue: 1 << 0)
    /// 0x0D, of a CRLF or CR line end.
    static let carriageReturn = ByteClasses(rawValue: 1 << 1)
    /// A C0 control character other than NUL, tab, line feed and carriage return, or DEL (0x7F).
    static let control = ByteClasses(rawValue: 1 << 2)
    /// 0xC2, the lead byte of U+0080–U+00BF, among them the C1 control characters.
    static let leadC2 = ByteClasses(rawValue: 1 << 3)
    /// `<`: raw HTML and autolinks start with it.
    static let lessThan = ByteClasses(rawValue: 1 << 4)
    /// `]`: every other link and image ends its text with it.
    static let closingBracket = ByteClasses(rawValue: 1 << 5)
    /// 0xC3 or 0xE2, the lead bytes with which garbled text (``Mojibake``) starts.
    static let mojibakeLead = ByteClasses(rawValue: 1 << 6)
    /// 0xE1, 0xE2 or 0xEF, the lead bytes of the characters ``InvisibleCharacters`` looks for.
    static let invisibleLead = ByteClasses(rawValue: 1 << 7)

    /// The classes of the bytes in `bytes`.
    static func of(_ bytes: Span<UInt8>) -> ByteClasses {
        let table = ByteClasses.table
        var seen: UInt16 = 0
        for index in bytes.indices { seen |= table[Int(bytes[index])] }
        return ByteClasses(rawValue: seen)
    }

    /// The classes of each byte value.
    private static let table: [UInt16] = (0...255).map { (value: Int) -> UInt16 in
        var classes: ByteClasses = []
        switch value {
        case 0x00: classes.insert(.nul)
        case 0x0D: classes.insert(.carriageReturn)
        case 0x01...0x08, 0x0B, 0x0C, 0x0E...0x1F, 0x7F: classes.insert(.control)
        case 0x3C: classes.insert(.lessThan)
        case 0x5D: classes.insert(.closingBracket)
        case 0xC2: classes.insert(.leadC2)
        case 0xC3: classes.insert(.mojibakeLead)
        case 0xE2: classes.formUnion([.mojibakeLead, .invisibleLead])
        case 0xE1, 0xEF: classes.insert(.invisibleLead)
        default: break
        }
        return classes.rawValue
    }
}
