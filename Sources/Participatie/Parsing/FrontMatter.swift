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
    static func split(_ text: String) -> Result<FrontMatter, SourceText.Problem> {
        if text.allSatisfy({ $0.isWhitespace }) {
            return .failure(.init(message: Message.emptyFile, line: 1, column: 1))
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard isDelimiter(lines[0], allowDots: false) else {
            return .failure(.init(message: Message.missingFrontMatter, line: 1, column: 1))
        }
        for index in lines.indices.dropFirst() where isDelimiter(lines[index], allowDots: true) {
            let yaml = index > 1 ? String(text[lines[1].startIndex..<lines[index - 1].endIndex]) : ""
            var body = text[lines[index].endIndex...]
            if body.first == "\n" { body = body.dropFirst() }
            return .success(FrontMatter(yaml: yaml, yamlFirstLine: 2, body: String(body), bodyFirstLine: index + 2))
        }
        return .failure(.init(message: Message.unterminatedFrontMatter, line: 1, column: 1))
    }

    private static func isDelimiter(_ line: Substring, allowDots: Bool) -> Bool {
        var trimmed = line
        while let last = trimmed.last, last == " " || last == "\t" { trimmed = trimmed.dropLast() }
        return trimmed == "---" || (allowDots && trimmed == "...")
    }
}
