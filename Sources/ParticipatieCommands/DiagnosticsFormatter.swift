import ParticipatieModel
import ParticipatieReading
import ParticipatieReport

/// Writes the result of `participatie check` in one of the formats CI systems read.
///
/// The formats are documented in `docs/opdrachten.md`. Every format lists the diagnostics in the
/// order given (sorted by ``ProcessReader``) and gives the same bytes for the same input.
public enum DiagnosticsFormatter {
    /// The values of `participatie check --format`.
    public enum Format: String, CaseIterable, Sendable {
        /// `bestand:regel:kolom: fout: bericht` lines and a summary line.
        case tekst
        /// One JSON object with counts and every diagnostic.
        case json
        /// GitHub Actions workflow commands (`::error file=…,line=…,col=…::…`), shown as annotations.
        case github
        /// GitLab Code Quality report (a JSON array), for `artifacts: reports: codequality`.
        case gitlab
    }

    /// Version of the `json` format; raised when a key changes meaning or disappears.
    public static let schemaVersion = 1

    /// The whole output of `check` for `diagnostics` found in `files` files. `strict` makes
    /// warnings count as failures, as `--strict` does.
    public static func format(_ diagnostics: [Diagnostic], files: Int, strict: Bool, as format: Format) -> String {
        let summary = CommandWording.checkSummary(files: files, diagnostics: diagnostics)
        let strictFailure = strict && !diagnostics.containsErrors && !diagnostics.isEmpty
        switch format {
        case .tekst:
            return (diagnostics.map(\.description) + [summary] + (strictFailure ? [CommandWording.strictFailure] : []))
                .map { $0 + "\n" }.joined()
        case .github:
            return (diagnostics.map(githubCommand) + [summary] + (strictFailure ? [CommandWording.strictFailure] : []))
                .map { $0 + "\n" }.joined()
        case .json:
            return json(diagnostics, files: files, strict: strict).serialized() + "\n"
        case .gitlab:
            return JSONValue.array(diagnostics.map(codeQualityIssue)).serialized() + "\n"
        }
    }

    /// Whether `check` succeeds: no errors, and with `strict` no warnings either.
    public static func passes(_ diagnostics: [Diagnostic], strict: Bool) -> Bool {
        strict ? diagnostics.isEmpty : !diagnostics.containsErrors
    }

    static func json(_ diagnostics: [Diagnostic], files: Int, strict: Bool) -> JSONValue {
        .object([
            ("schema", .number(schemaVersion)),
            ("geslaagd", .bool(passes(diagnostics, strict: strict))),
            ("strikt", .bool(strict)),
            ("bestanden", .number(files)),
            ("fouten", .number(diagnostics.errorCount)),
            ("waarschuwingen", .number(diagnostics.warningCount)),
            (
                "meldingen",
                .array(
                    diagnostics.map { diagnostic in
                        .object([
                            ("bestand", .string(diagnostic.file)),
                            ("regel", .number(diagnostic.line)),
                            ("kolom", .number(diagnostic.column)),
                            ("ernst", .string(diagnostic.severity.rawValue)),
                            ("bericht", .string(diagnostic.message)),
                        ])
                    })
            ),
        ])
    }

    /// `::error file=process/x.md,line=3,col=9,title=participatie check::bericht`, escaped as
    /// GitHub's toolkit does: `%`, CR and LF everywhere, and also `:` and `,` in properties.
    static func githubCommand(_ diagnostic: Diagnostic) -> String {
        let command = diagnostic.isError ? "error" : "warning"
        let properties = [
            ("file", diagnostic.file), ("line", String(diagnostic.line)),
            ("col", String(diagnostic.column)), ("title", "participatie check"),
        ]
        .map { "\($0.0)=\(githubEscape($0.1, property: true))" }
        .joined(separator: ",")
        return "::\(command) \(properties)::\(githubEscape(diagnostic.message, property: false))"
    }

    private static func githubEscape(_ text: String, property: Bool) -> String {
        var result = ""
        for character in text.unicodeScalars {
            switch character {
            case "%": result += "%25"
            case "\r": result += "%0D"
            case "\n": result += "%0A"
            case ":" where property: result += "%3A"
            case "," where property: result += "%2C"
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }

    /// One issue of GitLab's Code Quality report. The fingerprint is a hash of the whole diagnostic,
    /// so it is stable between runs and unique within one.
    static func codeQualityIssue(_ diagnostic: Diagnostic) -> JSONValue {
        .object([
            ("description", .string(diagnostic.message)),
            ("check_name", .string("participatie-\(diagnostic.severity.rawValue)")),
            ("fingerprint", .string(fingerprint(diagnostic.description))),
            ("severity", .string(diagnostic.isError ? "major" : "minor")),
            (
                "location",
                .object([
                    ("path", .string(diagnostic.file)),
                    ("lines", .object([("begin", .number(diagnostic.line))])),
                ])
            ),
        ])
    }

    /// 64-bit FNV-1a of the UTF-8 bytes, as 16 hexadecimal digits.
    static func fingerprint(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
