import ParticipatieModel

/// Finds the `[VUL IN: …]` placeholders that `participatie new` writes and that are still there.
///
/// In a `concept` process each one is a warning: the report can be made and shows what is still to
/// be written (in its concept block too). In a `definitief` process each one is an error, so a file
/// that was never filled in cannot reach a published report; so is one that stands in place of a
/// value that must be one of a list or a date (`participatieniveau: "[VUL IN: …]"`), where the file
/// cannot be read without it. Placeholders inside YAML comment lines (the commented hints) are not
/// reported; in a comment after a value they are.
package enum PlaceholderScan {
    /// Longest placeholder text quoted in a message, in characters.
    static let quoteLimit = 100

    static func diagnostics(in source: SourceFile) -> [Diagnostic] {
        let frontMatter = source.frontMatter
        return scan(frontMatter.yaml, firstLine: frontMatter.yamlFirstLine, skippingComments: true, file: source.path)
            + scan(frontMatter.body, firstLine: frontMatter.bodyFirstLine, skippingComments: false, file: source.path)
    }

    /// Adds `placeholders` to `diagnostics`, dropping the other diagnostics on a placeholder's line:
    /// `participatieniveau: "[VUL IN: …]"` is reported once, as not filled in, not also as an unknown value.
    /// A placeholder is an error in a final process and where it takes the place of an error; a
    /// warning otherwise (the scan reports them as errors).
    static func merge(_ placeholders: [Diagnostic], into diagnostics: [Diagnostic], isFinal: Bool) -> [Diagnostic] {
        guard !placeholders.isEmpty else { return diagnostics }
        let lines = Set(placeholders.map { "\($0.line):\($0.file)" })
        var errorLines = Set<String>()
        var kept: [Diagnostic] = []
        kept.reserveCapacity(diagnostics.count)
        for diagnostic in diagnostics {
            let line = "\(diagnostic.line):\(diagnostic.file)"
            guard lines.contains(line) else {
                kept.append(diagnostic)
                continue
            }
            if diagnostic.severity == .fout { errorLines.insert(line) }
        }
        return kept
            + placeholders.map { placeholder in
                var copy = placeholder
                if !isFinal, !errorLines.contains("\(placeholder.line):\(placeholder.file)") { copy.severity = .waarschuwing }
                return copy
            }
    }

    /// Linear in the text: a byte search per occurrence, and columns counted forward from the last
    /// one (a 1 MiB line of placeholders once took minutes, counting each column from the line start).
    private static func scan(_ text: String, firstLine: Int, skippingComments: Bool, file: String) -> [Diagnostic] {
        let bytes = text.utf8.span
        guard bytes.firstIndex(of: marker) != nil else { return [] }
        var result: [Diagnostic] = []
        var lineStart = 0, lineNumber = firstLine
        while lineStart <= bytes.count {
            let lineEnd = bytes.firstIndex(of: 10, from: lineStart) ?? bytes.count
            defer {
                lineStart = lineEnd + 1
                lineNumber += 1
            }
            if skippingComments {
                var first = lineStart
                while first < lineEnd, bytes[first] == 32 || bytes[first] == 9 { first += 1 }
                if first < lineEnd, bytes[first] == UInt8(ascii: "#") { continue }
            }
            var position = lineStart, column = 1, searchFrom = lineStart
            while let match = bytes.firstIndex(of: marker, from: searchFrom, to: lineEnd) {
                // Columns count Unicode scalars: every byte that is not a continuation byte.
                while position < match {
                    if bytes[position] & 0xC0 != 0x80 { column += 1 }
                    position += 1
                }
                let close = bytes.firstIndex(of: UInt8(ascii: "]"), from: match, to: lineEnd)
                let end = close.map { $0 + 1 } ?? lineEnd
                var quoted = String(decoding: bytes.extracting(match..<end).withUnsafeBufferPointer { Array($0) }, as: UTF8.self)
                if quoted.count > quoteLimit { quoted = String(quoted.prefix(quoteLimit - 1)) + "…" }
                result.append(
                    Diagnostic(
                        file: file, line: lineNumber, column: column,
                        message: Message.placeholderLeft(quoted)))
                searchFrom = end
            }
        }
        return result
    }

    /// The start of every placeholder that `participatie new` writes: `[VUL IN: …]`.
    package static let markerText = "[VUL IN"
    private static let marker = Array(markerText.utf8)
}
