/// Turns libyaml's offsets into file positions.
///
/// libyaml counts lines itself, but it also breaks lines at CR, U+0085, U+2028 and U+2029 (YAML
/// 1.1); the file's lines are separated by `\n` only. So positions are computed from the offset
/// libyaml gives with every mark (`index`, in Unicode scalars) or with a reader error (a byte
/// offset), against the `\n`s of the text: the line is a file line from `firstLine` on, the column
/// counts Unicode scalars from the start of that line.
///
/// One thing the offset does not tell: at the end of a text whose last line has no `\n`, libyaml
/// moves its mark to the start of a next line (the line of the closing `---` in the file). A mark
/// there says so with its column 0, and gets that position here too.
struct YAMLLineTable {
    /// File line of the first line of the text.
    let firstLine: Int
    private let text: String
    /// For each line of the text: the offset of its first Unicode scalar, and of its first byte.
    private var scalarStarts: [Int] = [0]
    private var byteStarts: [Int] = [0]
    /// The number of Unicode scalars in the text.
    private var scalarCount = 0

    init(_ text: String, firstLine: Int) {
        self.text = text
        self.firstLine = firstLine
        let bytes = text.utf8.span
        var scalars = 0
        for offset in bytes.indices {
            let byte = bytes[offset]
            // Every byte except a UTF-8 continuation byte starts a Unicode scalar.
            if byte & 0xC0 != 0x80 { scalars += 1 }
            if byte == 10 {
                scalarStarts.append(scalars)
                byteStarts.append(offset + 1)
            }
        }
        scalarCount = scalars
    }

    /// The position of libyaml's mark: the Unicode scalar at `index`, or the start of the line after
    /// the text when the mark is at its end with `libyamlColumn` 0 (see above).
    func position(ofScalar index: Int, libyamlColumn: Int) -> SourcePosition {
        let line = Self.lastLine(startingAtOrBefore: index, in: scalarStarts)
        let column = index - scalarStarts[line] + 1
        if index >= scalarCount, libyamlColumn == 0, column > 1 {
            return SourcePosition(line: firstLine + line + 1, column: 1)
        }
        return SourcePosition(line: firstLine + line, column: column)
    }

    /// The position of the character whose first byte is at `offset` (libyaml's `problem_offset`).
    func position(ofByte offset: Int) -> SourcePosition {
        let bytes = text.utf8.span
        let offset = min(max(offset, 0), bytes.count)
        let line = Self.lastLine(startingAtOrBefore: offset, in: byteStarts)
        var column = 1
        for index in byteStarts[line]..<offset where bytes[index] & 0xC0 != 0x80 { column += 1 }
        return SourcePosition(line: firstLine + line, column: column)
    }

    /// The text of file line `line` without its `\n`, or `nil` outside the text.
    func text(ofLine line: Int) -> Substring? {
        let index = line - firstLine
        guard byteStarts.indices.contains(index) else { return nil }
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: byteStarts[index])
        let end = index + 1 < byteStarts.count ? utf8.index(utf8.startIndex, offsetBy: byteStarts[index + 1] - 1) : utf8.endIndex
        return text[start..<end]
    }

    /// The index of the last element of the ascending `starts` that is at most `offset`.
    private static func lastLine(startingAtOrBefore offset: Int, in starts: [Int]) -> Int {
        var low = 0, high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }
}
