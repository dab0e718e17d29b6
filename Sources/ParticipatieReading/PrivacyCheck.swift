import ParticipatieModel

/// Turns the personal data that ``PrivacyScan`` found in each file into diagnostics, leaving out
/// what `openbaar` in `proces.md` allows, and says which allowed texts were used.
///
/// Messages name the kind of data and its position, never the data itself: warnings are printed in
/// CI logs and listed in a concept report, which must not spread what they warn about.
struct PrivacyCheck {
    /// Fewest characters of a text under `openbaar`: a shorter one would allow far more than meant.
    static let shortestPublicText = 4
    /// Most findings reported per file; the last one says how many more there are.
    static let reportedPerFile = 20

    /// The findings of one file.
    struct FileFindings: Sendable {
        let file: String
        let findings: [PrivacyScan.Finding]
        /// All findings, also those beyond ``PrivacyScan/findingLimit``.
        let total: Int
    }

    let publicTexts: [(PublicText, SourcePosition)]
    /// `proces.md`, where the `openbaar` block itself is not a finding.
    let processFile: String?
    let publicTextLines: Range<Int>?

    /// The findings (warnings; the reader makes them errors in a `definitief` report), warnings about
    /// allowed texts that allow nothing, and the result for the report.
    func check(_ files: [FileFindings]) -> (findings: [Diagnostic], unused: [Diagnostic], result: CheckResults.PrivacyResult) {
        let allowed = publicTexts.map { PrivacyCheck.words($0.0.text) }
        var uses = [Int](repeating: 0, count: publicTexts.count)
        var diagnostics: [Diagnostic] = []
        var findingCount = 0
        for file in files {
            var reported: [Diagnostic] = []
            var unreported = file.total - file.findings.count
            for finding in file.findings {
                if file.file == processFile, let lines = publicTextLines, lines.contains(finding.line) { continue }
                let words = PrivacyCheck.words(finding.text)
                if let index = allowed.firstIndex(where: { PrivacyCheck.covers($0, words) }) {
                    uses[index] += 1
                    continue
                }
                findingCount += 1
                if reported.count < PrivacyCheck.reportedPerFile {
                    let message = Message.personalData(finding.kind, salutation: finding.salutation)
                    reported.append(
                        Diagnostic(file: file.file, line: finding.line, column: finding.column, severity: .waarschuwing, message: message))
                } else {
                    unreported += 1
                }
            }
            findingCount += file.total - file.findings.count
            if unreported > 0, var last = reported.popLast() {
                last.message += Message.morePersonalData(unreported)
                reported.append(last)
            }
            diagnostics += reported
        }
        var unused: [Diagnostic] = []
        if let processFile {
            for ((text, position), count) in zip(publicTexts, uses) where count == 0 {
                unused.append(
                    Diagnostic(
                        file: processFile, line: position.line, column: position.column, severity: .waarschuwing,
                        message: Message.unusedPublicText(text.text)))
            }
        }
        let result = CheckResults.PrivacyResult(
            findingCount: findingCount,
            allowed: zip(publicTexts, uses).map { CheckResults.AllowedText(text: $0.0.0, occurrences: $0.1) })
        return (diagnostics, unused, result)
    }

    /// The words of `text` in lower case, joined by single spaces and with a space at both ends:
    /// punctuation and line breaks do not count, so "Hengelosestraat 89, 7514 AE" matches
    /// "Hengelosestraat 89 7514 AE".
    static func words(_ text: String) -> String {
        var result = " "
        var pendingSpace = false
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                if pendingSpace, result.count > 1 { result += " " }
                pendingSpace = false
                result.append(character)
            } else {
                pendingSpace = true
            }
        }
        return result + " "
    }

    /// Whether an allowed text covers a finding: one holds the other, word for word.
    static func covers(_ allowed: String, _ finding: String) -> Bool {
        finding.contains(allowed) || allowed.contains(finding)
    }
}
