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
    /// Works on the UTF-8 view: only the front matter lines are looked at, never the whole body.
    static func split(_ text: String) -> Result<FrontMatter, SourceText.Problem> {
        let utf8 = text.utf8
        guard utf8.contains(where: { $0 != 32 && $0 != 10 && $0 != 9 && $0 != 13 }) else {
            return .failure(.init(message: Message.emptyFile, line: 1, column: 1))
        }
        var lineStart = utf8.startIndex
        var lineNumber = 1
        var yamlStart: String.Index?
        while lineStart < utf8.endIndex {
            let lineEnd = utf8[lineStart...].firstIndex(of: 10) ?? utf8.endIndex
            let line = text[lineStart..<lineEnd]
            let next = lineEnd < utf8.endIndex ? utf8.index(after: lineEnd) : lineEnd
            if let start = yamlStart {
                if isDelimiter(line, allowDots: true) {
                    let yamlEnd = lineStart > start ? utf8.index(before: lineStart) : start
                    return .success(
                        FrontMatter(
                            yaml: String(text[start..<yamlEnd]), yamlFirstLine: 2,
                            body: String(text[next...]), bodyFirstLine: lineNumber + 1))
                }
            } else {
                guard isDelimiter(line, allowDots: false) else {
                    return .failure(.init(message: Message.missingFrontMatter, line: 1, column: 1))
                }
                yamlStart = next
            }
            lineStart = next
            lineNumber += 1
        }
        return .failure(.init(message: Message.unterminatedFrontMatter, line: 1, column: 1))
    }

    private static func isDelimiter(_ line: Substring, allowDots: Bool) -> Bool {
        var bytes = line.utf8[...]
        while let last = bytes.last, last == 32 || last == 9 { bytes = bytes.dropLast() }
        return bytes.elementsEqual("---".utf8) || (allowDots && bytes.elementsEqual("...".utf8))
    }
}
