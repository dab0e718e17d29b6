/// Finds the `[VUL IN: …]` placeholders that `participatie new` writes and that are still there.
///
/// Each one is an error, so a file that was created but never filled in cannot reach a report.
/// Placeholders inside YAML comment lines (the commented hints) are not reported.
enum PlaceholderScan {
    /// Longest placeholder text quoted in a message, in characters.
    static let quoteLimit = 100

    static func diagnostics(in source: SourceFile) -> [Diagnostic] {
        let frontMatter = source.frontMatter
        return scan(frontMatter.yaml, firstLine: frontMatter.yamlFirstLine, skippingComments: true, file: source.path)
            + scan(frontMatter.body, firstLine: frontMatter.bodyFirstLine, skippingComments: false, file: source.path)
    }

    /// Adds `placeholders` to `diagnostics`, dropping the other diagnostics on a placeholder's line:
    /// `participatieniveau: "[VUL IN: …]"` is reported once, as not filled in, not also as an unknown value.
    static func merge(_ placeholders: [Diagnostic], into diagnostics: [Diagnostic]) -> [Diagnostic] {
        guard !placeholders.isEmpty else { return diagnostics }
        let lines = Set(placeholders.map { "\($0.line):\($0.file)" })
        return diagnostics.filter { !lines.contains("\($0.line):\($0.file)") } + placeholders
    }

    private static func scan(_ text: String, firstLine: Int, skippingComments: Bool, file: String) -> [Diagnostic] {
        let marker = EntryTemplate.placeholderMarker
        // The byte search first: Foundation's `contains` cost a tenth of a build of 10,000 events.
        guard ByteScan.contains(marker, in: text), text.contains(marker) else { return [] }
        var result: [Diagnostic] = []
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if skippingComments, line.drop(while: { $0 == " " || $0 == "\t" }).hasPrefix("#") { continue }
            var rest = line[...]
            while let range = rest.range(of: marker) {
                let end = rest[range.upperBound...].firstIndex(of: "]").map { rest.index(after: $0) } ?? rest.endIndex
                var quoted = String(rest[range.lowerBound..<end])
                if quoted.count > quoteLimit { quoted = String(quoted.prefix(quoteLimit - 1)) + "…" }
                // Columns count Unicode scalars; the marker starts on a scalar boundary.
                let column = line.unicodeScalars.distance(from: line.startIndex, to: range.lowerBound) + 1
                result.append(Diagnostic(file: file, line: firstLine + offset, column: column,
                                         message: Message.placeholderLeft(quoted)))
                rest = rest[end...]
            }
        }
        return result
    }
}
