import ParticipatieModel

/// A file split into its YAML front matter and its Markdown body.
struct FrontMatter {
    /// The YAML between the two `---` lines.
    let yaml: String
    /// 1-based file line of the first YAML line (2 when the file starts with `---`).
    let yamlFirstLine: Int
    /// The Markdown after the closing `---` line.
    let body: String
    /// 1-based file line where the body starts.
    let bodyFirstLine: Int

    /// Splits `text` (with `\n` line ends) on its first two `---` lines.
    ///
    /// Works on the UTF-8 bytes: only the front matter lines are looked at, never the whole body.
    static func split(_ text: String) -> Result<FrontMatter, SourceText.Problem> {
        let bytes = text.utf8.span
        var offset = 0
        while offset < bytes.count, bytes[offset] == 32 || bytes[offset] == 10 || bytes[offset] == 9 || bytes[offset] == 13 {
            offset += 1
        }
        guard offset < bytes.count else {
            return .failure(.init(message: Message.emptyFile, line: 1, column: 1))
        }
        var lineStart = 0
        var lineNumber = 1
        var yamlStart: Int?
        while lineStart < bytes.count {
            let lineEnd = bytes.firstIndex(of: 10, from: lineStart) ?? bytes.count
            let next = min(lineEnd + 1, bytes.count)
            if let start = yamlStart {
                if isDelimiter(bytes, lineStart..<lineEnd, allowDots: true) {
                    let yamlEnd = max(lineStart - 1, start)
                    return .success(
                        FrontMatter(
                            yaml: String(text[index(start, in: text)..<index(yamlEnd, in: text)]), yamlFirstLine: 2,
                            body: String(text[index(next, in: text)...]), bodyFirstLine: lineNumber + 1))
                }
            } else {
                guard isDelimiter(bytes, lineStart..<lineEnd, allowDots: false) else {
                    return .failure(.init(message: Message.missingFrontMatter, line: 1, column: 1))
                }
                yamlStart = next
            }
            lineStart = next
            lineNumber += 1
        }
        return .failure(.init(message: Message.unterminatedFrontMatter, line: 1, column: 1))
    }

    /// The index of the byte at `offset` of `text`; each offset given is at the start of a line, so at
    /// a character boundary.
    private static func index(_ offset: Int, in text: String) -> String.Index {
        text.utf8.index(text.utf8.startIndex, offsetBy: offset)
    }

    /// Whether the bytes in `line` are `---` (or `...` when `allowDots`), with trailing spaces or tabs.
    private static func isDelimiter(_ bytes: Span<UInt8>, _ line: Range<Int>, allowDots: Bool) -> Bool {
        var end = line.upperBound
        while end > line.lowerBound, bytes[end - 1] == 32 || bytes[end - 1] == 9 { end -= 1 }
        guard end - line.lowerBound == 3 else { return false }
        let first = bytes[line.lowerBound]
        guard first == UInt8(ascii: "-") || allowDots && first == UInt8(ascii: ".") else { return false }
        return bytes[line.lowerBound + 1] == first && bytes[line.lowerBound + 2] == first
    }
}
