import CommonMark
import Foundation
import ParticipatieModel

/// Warns about what in a Markdown body will not reach the report as written: raw HTML (cmark
/// leaves it out), links with unsafe schemes (cmark empties them) and paths that leave the
/// process folder, such as `![kaart](../../etc/passwd)`.
///
/// These are warnings, not errors: the report stays safe either way, but the writer should know
/// that part of the text silently disappears.
enum BodyCheck {
    /// The same checks for front matter values that the report renders as Markdown
    /// (`motivering`, `toelichting-…`), reported at the value's position.
    static func diagnostics(inFields keys: [String], of fields: FrontMatterFields) -> [Diagnostic] {
        var result: [Diagnostic] = []
        for key in keys {
            guard let entry = fields.entry(key), case .scalar(let scalar) = entry.value,
                scalar.text.contains("<") || scalar.text.contains("]")
            else { continue }
            for finding in diagnostics(body: scalar.text, bodyFirstLine: 1, file: fields.file) {
                result.append(
                    fields.diagnostic(
                        at: entry.value, severity: .waarschuwing,
                        Message.inField(key, finding.message)))
            }
        }
        return result
    }

    static func diagnostics(body: String, bodyFirstLine: Int, file: String) -> [Diagnostic] {
        guard mayHaveFindings(body.utf8.span) else { return [] }
        return parsedDiagnostics(body: body, bodyFirstLine: bodyFirstLine, file: file)
    }

    /// Whether cmark could find raw HTML, an unsafe link or a path out of the folder in `bytes`:
    /// `false` only when it certainly finds none, so most bodies are never parsed for this check.
    ///
    /// Raw HTML and autolinks need a `<`. Every other link or image destination starts after `](`
    /// or, in a reference definition, `]:`, and optional white space; without `\`, `&` and `<`
    /// cmark keeps it as written, ending at white space or at a `)`. So when the word after each
    /// such `](` or `]:` starts with an ASCII letter or digit that begins no unsafe scheme, and holds
    /// no `..`, `%`, `\`, `&` or non-ASCII byte, no destination (a prefix of that word) is
    /// unsafe or leaves the folder.
    static func mayHaveFindings(_ bytes: Span<UInt8>) -> Bool {
        if bytes.firstIndex(of: UInt8(ascii: "<")) != nil { return true }
        func isSpace(_ byte: UInt8) -> Bool { byte == 32 || byte == 9 || byte == 10 }
        var start = 0
        while let close = bytes.firstIndex(of: UInt8(ascii: "]"), from: start) {
            start = close + 1
            guard close + 1 < bytes.count, bytes[close + 1] == UInt8(ascii: "(") || bytes[close + 1] == UInt8(ascii: ":") else { continue }
            var index = close + 2
            while index < bytes.count, isSpace(bytes[index]) { index += 1 }
            guard index < bytes.count else { break }
            let first = bytes[index]
            let isAlphanumeric = (first >= 48 && first <= 57) || ((first | 0x20) >= 97 && (first | 0x20) <= 122)
            // j, v, f, d: javascript:, vbscript:, file:, data: in either case.
            let lower = first | 0x20
            if !isAlphanumeric || lower == 106 || lower == 118 || lower == 102 || lower == 100 { return true }
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
    /// finding (unsafe link, path out of the folder, raw HTML), at its first occurrence, counting the
    /// others. Linear in the body: only those first occurrences get a column, counted once.
    static func parsedDiagnostics(body: String, bodyFirstLine: Int, file: String) -> [Diagnostic] {
        let references = Markdown.references(in: body)
        guard !references.isEmpty else { return [] }
        var unsafe: (first: Markdown.Reference, count: Int)?
        var outside: (first: Markdown.Reference, count: Int)?
        var html: (first: Markdown.Reference, count: Int)?
        func count(_ reference: Markdown.Reference, into finding: inout (first: Markdown.Reference, count: Int)?) {
            finding = finding.map { ($0.first, $0.count + 1) } ?? (reference, 1)
        }
        for reference in references {
            switch reference.kind {
            case .html:
                count(reference, into: &html)
            case .link, .image:
                if isUnsafeScheme(reference.destination) {
                    count(reference, into: &unsafe)
                } else if leavesFolder(reference.destination) {
                    count(reference, into: &outside)
                }
            }
        }
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        func diagnostic(_ reference: Markdown.Reference, _ message: String) -> Diagnostic {
            var column = 1
            if reference.byteColumn > 0, reference.line <= lines.count {
                let prefix = lines[reference.line - 1].utf8.prefix(reference.byteColumn - 1)
                column = String(decoding: prefix, as: UTF8.self).unicodeScalars.count + 1
            }
            return Diagnostic(
                file: file, line: bodyFirstLine + reference.line - 1, column: column,
                severity: .waarschuwing, message: message)
        }
        var result: [Diagnostic] = []
        if let (first, count) = unsafe {
            result.append(diagnostic(first, Message.unsafeLink(scheme: scheme(of: first.destination)) + Message.moreOccurrences(count - 1)))
        }
        if let (first, count) = outside {
            result.append(diagnostic(first, Message.pathOutsideProcess(shorten(first.destination)) + Message.moreOccurrences(count - 1)))
        }
        if let (first, count) = html {
            result.append(diagnostic(first, Message.rawHTML + Message.moreOccurrences(count - 1)))
        }
        return result
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
