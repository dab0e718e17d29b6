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

    /// Splits `text` (with `\n` line ends) on its first two `---` lines; the closing line may
    /// also be `...`. Works on UTF-8 bytes, so a 1 MiB body costs one `memchr` per line.
    static func split(_ text: String) -> Result<FrontMatter, SourceText.Problem> {
        if text.allSatisfy({ $0.isWhitespace }) {
            return .failure(.init(message: Message.emptyFile, line: 1, column: 1))
        }
        var text = text
        return text.withUTF8 { bytes in
            func lineEnd(from start: Int) -> Int { ByteScan.index(of: 10, in: bytes, from: start) ?? bytes.count }
            let firstEnd = lineEnd(from: 0)
            guard isDelimiter(bytes, 0..<firstEnd, allowDots: false) else {
                return .failure(.init(message: Message.missingFrontMatter, line: 1, column: 1))
            }
            var start = firstEnd + 1
            var line = 2
            while start <= bytes.count {
                let end = lineEnd(from: start)
                if isDelimiter(bytes, start..<end, allowDots: true) {
                    let yamlStart = firstEnd + 1
                    let yaml = start - 1 > yamlStart ? String(decoding: bytes[yamlStart..<start - 1], as: UTF8.self) : ""
                    let body = String(decoding: bytes[min(end + 1, bytes.count)...], as: UTF8.self)
                    return .success(FrontMatter(yaml: yaml, yamlFirstLine: 2, body: body, bodyFirstLine: line + 1))
                }
                start = end + 1
                line += 1
            }
            return .failure(.init(message: Message.unterminatedFrontMatter, line: 1, column: 1))
        }
    }

    /// `---` (or `...` when `allowDots`), optionally followed by spaces or tabs.
    private static func isDelimiter(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, allowDots: Bool) -> Bool {
        var end = range.upperBound
        while end > range.lowerBound, bytes[end - 1] == UInt8(ascii: " ") || bytes[end - 1] == UInt8(ascii: "\t") { end -= 1 }
        guard end - range.lowerBound == 3 else { return false }
        let first = bytes[range.lowerBound]
        guard first == UInt8(ascii: "-") || (allowDots && first == UInt8(ascii: ".")) else { return false }
        return bytes[range.lowerBound + 1] == first && bytes[range.lowerBound + 2] == first
    }
}
