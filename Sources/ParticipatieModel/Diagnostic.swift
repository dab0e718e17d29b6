/// A problem found in a process folder or a template, with the position where it was found.
///
/// Diagnostics are values: the reader collects all of them for a whole folder and the
/// command-line tool prints them together, compiler style, so editors and CI logs can link to them.
public struct Diagnostic: Error, Equatable, Hashable, Sendable, CustomStringConvertible {
    /// How serious a problem is. The raw values are the Dutch words printed to the user.
    public enum Severity: String, Sendable, Comparable {
        case fout
        case waarschuwing

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .fout && rhs == .waarschuwing
        }
    }

    /// The file as the user would type it, e.g. `process/2022-07-04-startbijeenkomst.md`.
    public var file: String
    /// 1-based line in the file itself (not inside the YAML block).
    public var line: Int
    /// 1-based column, counted in Unicode scalars.
    public var column: Int
    public var severity: Severity
    /// The Dutch message, without position or severity.
    public var message: String

    public init(file: String, line: Int = 1, column: Int = 1, severity: Severity = .fout, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.severity = severity
        self.message = message
    }

    /// `file:line:column: severity: message`, always one line: control characters and bidirectional
    /// overrides from file names or values are shown as `\u{…}`, so a hostile file cannot forge
    /// extra diagnostics or terminal escape sequences.
    public var description: String {
        Diagnostic.printable("\(file):\(line):\(column): \(severity.rawValue): \(message)")
    }

    static func printable(_ text: String) -> String {
        func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar.value {
            case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: true
            default: false
            }
        }
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isUnsafe(scalar) {
                result.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Whether this diagnostic stops a build.
    public var isError: Bool { severity == .fout }

    /// The same diagnostic as an error: for problems that a `definitief` report may not have.
    public var asError: Diagnostic {
        var copy = self
        copy.severity = .fout
        return copy
    }
}

extension Diagnostic: Comparable {
    /// Orders by file, then line, then column, then errors before warnings, then message.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        if lhs.file != rhs.file { return lhs.file.utf8.lexicographicallyPrecedes(rhs.file.utf8) }
        if lhs.line != rhs.line { return lhs.line < rhs.line }
        if lhs.column != rhs.column { return lhs.column < rhs.column }
        if lhs.severity != rhs.severity { return lhs.severity < rhs.severity }
        return lhs.message.utf8.lexicographicallyPrecedes(rhs.message.utf8)
    }
}

extension Array where Element == Diagnostic {
    /// Whether any diagnostic is an error.
    public var containsErrors: Bool { contains { $0.isError } }
    /// Number of errors.
    public var errorCount: Int { filter(\.isError).count }
    /// Number of warnings.
    public var warningCount: Int { filter { !$0.isError }.count }
}
