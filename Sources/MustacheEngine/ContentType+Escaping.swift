extension ContentType {
    // MARK: HTML

    /// `<`, `>`, `&`, `"` and `'` become character references, so a value can neither open a tag nor leave
    /// an attribute value. Compared as bytes, not as characters: a quote followed by a combining mark is
    /// still a quote to a browser.
    static func escapeHTML(_ text: String, into output: inout [UInt8]) {
        let bytes = text.utf8.span
        var runStart = 0
        for index in bytes.indices {
            let byte = bytes[index]
            // A quick test first: the five bytes are `"` (0x22) + 0, 4, 5, 26 and 28.
            let distance = byte &- UInt8(ascii: "\"")
            guard distance <= 28, (ContentType.htmlSpecials >> distance) & 1 == 1 else { continue }
            appendBytes(of: bytes, in: runStart..<index, to: &output)
            appendCharacterReference(for: byte, to: &output)
            runStart = index + 1
        }
        appendBytes(of: bytes, in: runStart..<bytes.count, to: &output)
    }

    /// Appends `&lt;`, `&gt;`, `&amp;`, `&quot;` or `&#39;`, a byte at a time: quicker than copying a
    /// string for a few bytes.
    private static func appendCharacterReference(for byte: UInt8, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "&"))
        switch byte {
        case UInt8(ascii: "<"):
            output.append(UInt8(ascii: "l"))
            output.append(UInt8(ascii: "t"))
        case UInt8(ascii: ">"):
            output.append(UInt8(ascii: "g"))
            output.append(UInt8(ascii: "t"))
        case UInt8(ascii: "&"):
            output.append(UInt8(ascii: "a"))
            output.append(UInt8(ascii: "m"))
            output.append(UInt8(ascii: "p"))
        case UInt8(ascii: "\""):
            output.append(UInt8(ascii: "q"))
            output.append(UInt8(ascii: "u"))
            output.append(UInt8(ascii: "o"))
            output.append(UInt8(ascii: "t"))
        default:
            output.append(UInt8(ascii: "#"))
            output.append(UInt8(ascii: "3"))
            output.append(UInt8(ascii: "9"))
        }
        output.append(UInt8(ascii: ";"))
    }

    /// Bit `n` is set when `"` + `n` is escaped for HTML.
    private static let htmlSpecials: UInt32 = 1 << 0 | 1 << 4 | 1 << 5 | 1 << 26 | 1 << 28

    // MARK: Markdown

    /// Every ASCII punctuation character that CommonMark gives a meaning to is backslash-escaped, so a
    /// value can never start a link, emphasis, raw HTML or a new block; line ends become spaces (CRLF
    /// one space), so a value stays on the line the template puts it on. `-`, `+`, `=` and `#` are
    /// escaped only at the start of the value, where they could begin a list or underline a heading.
    /// Every byte looked at is ASCII, and no byte of a multi-byte UTF-8 sequence is.
    static func escapeMarkdown(_ text: String, into output: inout [UInt8]) {
        let bytes = text.utf8.span
        var runStart = 0
        var previousWasCarriageReturn = false
        for index in bytes.indices {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                appendBytes(of: bytes, in: runStart..<index, to: &output)
                runStart = index + 1
                if !(byte == UInt8(ascii: "\n") && previousWasCarriageReturn) { output.append(UInt8(ascii: " ")) }
                previousWasCarriageReturn = byte == UInt8(ascii: "\r")
                continue
            case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["),
                UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), UInt8(ascii: "|"),
                UInt8(ascii: "~"):
                break
            case UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "="), UInt8(ascii: "#"):
                guard index == 0 else {
                    previousWasCarriageReturn = false
                    continue
                }
            default:
                previousWasCarriageReturn = false
                continue
            }
            previousWasCarriageReturn = false
            appendBytes(of: bytes, in: runStart..<index, to: &output)
            output.append(UInt8(ascii: "\\"))
            runStart = index
        }
        appendBytes(of: bytes, in: runStart..<bytes.count, to: &output)
    }

    /// Appends the bytes at `offsets` of `bytes` to `output` in one piece.
    private static func appendBytes(of bytes: Span<UInt8>, in offsets: Range<Int>, to output: inout [UInt8]) {
        guard !offsets.isEmpty else { return }
        output.append(addingCapacity: offsets.count) { added in
            for offset in offsets { added.append(bytes[offset]) }
        }
    }
}
