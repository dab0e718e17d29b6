import CommonMark
import Foundation
import ParticipatieModel

/// Warns about what in a Markdown body will not reach the report as written: raw HTML (cmark
/// leaves it out), links with unsafe schemes (cmark empties them), paths that leave the
/// process folder, such as `![kaart](../../etc/passwd)`, and relative links that point nowhere once
/// the report is published; collects the links into `bijlagen/` for the check across files.
///
/// These are warnings, not errors: the report stays safe either way, but the writer should know
/// that part of the text silently disappears.
enum BodyCheck {
    /// What the checks of one text found: warnings, and the links into `bijlagen/`, which are checked
    /// against the folder once every file is read.
    struct Findings {
        var diagnostics: [Diagnostic] = []
        var attachments: [AttachmentReference] = []
    }

    /// The same checks for front matter values that the report renders as Markdown
    /// (`motivering`, `toelichting-…`, `oordeel-gemeente`), reported at the value's position.
    static func findings(inFields keys: [String], of fields: FrontMatterFields) -> Findings {
        var result = Findings()
        for key in keys {
            guard let entry = fields.entry(key), case .scalar(let scalar) = entry.value,
                scalar.text.contains("<") || scalar.text.contains("]")
            else { continue }
            let found = findings(body: scalar.text, bodyFirstLine: 1, file: fields.file)
            let position = fields.position(of: entry.value)
            for finding in found.diagnostics {
                result.diagnostics.append(
                    fields.diagnostic(
                        at: entry.value, severity: .waarschuwing,
                        Message.inField(key, finding.message)))
            }
            for reference in found.attachments {
                result.attachments.append(
                    AttachmentReference(
                        file: fields.file, name: reference.name, written: reference.written,
                        line: position.line, column: position.column))
            }
        }
        return result
    }

    /// The warnings for front matter values, without the links into `bijlagen/` (for the fuzzer).
    static func diagnostics(inFields keys: [String], of fields: FrontMatterFields) -> [Diagnostic] {
        findings(inFields: keys, of: fields).diagnostics
    }

    static func findings(body: String, bodyFirstLine: Int, file: String) -> Findings {
        guard mayHaveFindings(body.utf8.span) else { return Findings() }
        return parsedFindings(body: body, bodyFirstLine: bodyFirstLine, file: file)
    }

    /// Whether cmark could find raw HTML, an unsafe link, a path out of the folder, a relative link or
    /// a link into `bijlagen/` in `bytes`: `false` only when it certainly finds none, so most bodies are
    /// never parsed for this check.
    ///
    /// Raw HTML and autolinks need a `<`. Every other link or image destination starts after `](` or, in
    /// a reference definition, `]:`, and optional white space; without `\`, `&` and `<` cmark keeps it as
    /// written, ending at white space or at a `)`. So when the word after each such `](` or `]:` starts
    /// with `https://`, `http://`, `mailto:` or `#` (in any case) and holds no `..`, `%`, `\`, `&` or
    /// non-ASCII byte, no destination (a prefix of that word) is unsafe, relative or leaves the folder.
    static func mayHaveFindings(_ bytes: Span<UInt8>) -> Bool {
        if bytes.firstIndex(of: UInt8(ascii: "<")) != nil { return true }
        func isSpace(_ byte: UInt8) -> Bool { byte == 32 || byte == 9 || byte == 10 }
        /// Whether the bytes at `index` start with `prefix` (ASCII, compared without case).
        func starts(at index: Int, with prefix: StaticString) -> Bool {
            let count = prefix.utf8CodeUnitCount
            guard index + count <= bytes.count else { return false }
            return prefix.withUTF8Buffer { expected in
                for offset in 0..<count where bytes[index + offset] | 0x20 != expected[offset] | 0x20 { return false }
                return true
            }
        }
        var start = 0
        while let close = bytes.firstIndex(of: UInt8(ascii: "]"), from: start) {
            start = close + 1
            guard close + 1 < bytes.count, bytes[close + 1] == UInt8(ascii: "(") || bytes[close + 1] == UInt8(ascii: ":") else { continue }
            var index = close + 2
            while index < bytes.count, isSpace(bytes[index]) { index += 1 }
            guard index < bytes.count else { break }
            let isAbsolute =
                bytes[index] == UInt8(ascii: "#") || starts(at: index, with: "https://") || starts(at: index, with: "http://")
                || starts(at: index, with: "mailto:")
            if !isAbsolute { return true }
            while index < bytes.count, !isSpace(bytes[index]) {
                let byte = bytes[index]
                if byte >= 0x80 || byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "%") {
                    return true
                }
                if byte == UInt8(ascii: "."), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: ".") { return true }
                index += 1
            }
        }
        return false
    }

    /// The findings of cmark's parse of `body`, without the byte pre-check: one warning per kind of
    /// finding (unsafe link, path out of the folder, relative link, raw HTML), at its first occurrence,
    /// counting the others, and every distinct link into `bijlagen/` at its first occurrence. Linear in
    /// the body: columns are counted forward along each line, once.
    static func parsedFindings(body: String, bodyFirstLine: Int, file: String) -> Findings {
        let references = Markdown.references(in: body)
        guard !references.isEmpty else { return Findings() }
        var unsafe: (first: Markdown.Reference, count: Int)?
        var outside: (first: Markdown.Reference, count: Int)?
        var relative: (first: Markdown.Reference, count: Int)?
        var html: (first: Markdown.Reference, count: Int)?
        var attachments: [(reference: Markdown.Reference, name: String)] = []
        var seenAttachments = Set<String>()
        func count(_ reference: Markdown.Reference, into finding: inout (first: Markdown.Reference, count: Int)?) {
            finding = finding.map { ($0.first, $0.count + 1) } ?? (reference, 1)
        }
        for reference in references {
            switch reference.kind {
            case .html:
                count(reference, into: &html)
            case .link, .image:
                let destination = reference.destination
                if isUnsafeScheme(destination) {
                    count(reference, into: &unsafe)
                } else if leavesFolder(destination) {
                    count(reference, into: &outside)
                } else if let name = AttachmentReference.name(ofDestination: destination) {
                    if seenAttachments.insert(name).inserted { attachments.append((reference, name)) }
                } else if isRelative(destination) {
                    count(reference, into: &relative)
                }
            }
        }
        var columns = ColumnCounter(body)
        func diagnostic(_ reference: Markdown.Reference, _ message: String) -> Diagnostic {
            Diagnostic(
                file: file, line: bodyFirstLine + reference.line - 1, column: columns.column(reference),
                severity: .waarschuwing, message: message)
        }
        var result = Findings()
        for (reference, name) in attachments {
            result.attachments.append(
                AttachmentReference(
                    file: file, name: name, written: reference.destination, line: bodyFirstLine + reference.line - 1,
                    column: columns.column(reference)))
        }
        if let (first, count) = unsafe {
            result.diagnostics.append(
                diagnostic(first, Message.unsafeLink(scheme: scheme(of: first.destination)) + Message.moreOccurrences(count - 1)))
        }
        if let (first, count) = outside {
            result.diagnostics.append(diagnostic(first, Message.pathOutsideProcess(shorten(first.destination)) + Message.moreOccurrences(count - 1)))
        }
        if let (first, count) = relative {
            result.diagnostics.append(diagnostic(first, Message.relativeLink(shorten(first.destination)) + Message.moreOccurrences(count - 1)))
        }
        if let (first, count) = html {
            result.diagnostics.append(diagnostic(first, Message.rawHTML + Message.moreOccurrences(count - 1)))
        }
        return result
    }

    /// Columns (in Unicode scalars) of cmark's byte columns, counted forward from the last one asked
    /// on the same line, so asking in document order is linear in the text.
    private struct ColumnCounter {
        let bytes: [UInt8]
        /// Byte offset of the start of each line.
        let lineStarts: [Int]
        var line = 0, byte = 0, column = 1

        init(_ text: String) {
            bytes = Array(text.utf8)
            var starts = [0]
            for (offset, byte) in bytes.enumerated() where byte == 10 { starts.append(offset + 1) }
            lineStarts = starts
        }

        /// The column of `reference`; 1 when cmark gives none.
        mutating func column(_ reference: Markdown.Reference) -> Int {
            guard reference.byteColumn > 0, reference.line >= 1, reference.line <= lineStarts.count else { return 1 }
            let target = lineStarts[reference.line - 1] + reference.byteColumn - 1
            if reference.line != line || target < byte {
                line = reference.line
                byte = lineStarts[reference.line - 1]
                column = 1
            }
            while byte < min(target, bytes.count) {
                // Every byte but a UTF-8 continuation byte starts a scalar.
                if bytes[byte] & 0xC0 != 0x80 { column += 1 }
                byte += 1
            }
            return column
        }
    }

    /// A destination that is neither absolute (a scheme, `/`), nor an anchor in the report (`#…`):
    /// `verslag.pdf` or `www.example.nl` point nowhere once the report is published.
    static func isRelative(_ destination: String) -> Bool {
        let trimmed = destination.trimmingCharacters(in: .whitespaces)
        guard let first = trimmed.first, first != "#" else { return false }
        let path = trimmed.prefix { $0 != "?" && $0 != "#" }
        if let colon = path.firstIndex(of: ":"), !path[..<colon].contains("/") { return false }
        return true
    }

    /// The schemes cmark's safe mode removes (`data:` images in PNG, GIF, JPEG or WebP are kept).
    static func isUnsafeScheme(_ destination: String) -> Bool { Markdown.isUnsafeURL(destination) }

    /// `javascript` for ` JavaScript:alert(1)`.
    static func scheme(of destination: String) -> String {
        String(destination.trimmingCharacters(in: .whitespacesAndNewlines).prefix { $0 != ":" }.lowercased().prefix(20))
    }

    /// A local path that is absolute or climbs out with `..`; URLs with a scheme never do.
    static func leavesFolder(_ destination: String) -> Bool {
        let path = destination.prefix { $0 != "?" && $0 != "#" }
        if let colon = path.firstIndex(of: ":"), !path[..<colon].contains("/") { return false }
        if path.hasPrefix("/") || path.hasPrefix("\\") || path.hasPrefix("~") { return true }
        return path.split(whereSeparator: { $0 == "/" || $0 == "\\" }).contains { $0 == ".." || $0 == "%2e%2e" || $0 == "%2E%2E" }
    }

    private static func shorten(_ text: String) -> String {
        text.unicodeScalars.count <= 60 ? text : String(String.UnicodeScalarView(text.unicodeScalars.prefix(57))) + "…"
    }
}
