import ParticipatieModel

/// One Markdown file of a process folder, read and split into front matter and body.
package struct SourceFile {
    /// The path as the user would type it, e.g. `process/uitkomsten/er-toe-doen.md`.
    let path: String
    /// The file name without `.md`.
    let id: String
    let frontMatter: FrontMatter
    var fields: FrontMatterFields
    /// Invisible characters that change how the text reads (see ``InvisibleCharacters``), as warnings:
    /// the reader makes them errors in a `definitief` report.
    let invisibleCharacters: [Diagnostic]
    /// Personal data in the text (see ``PrivacyScan``): what `openbaar` allows is known only once
    /// `proces.md` is read, so the reader turns these into diagnostics.
    let privacy: PrivacyCheck.FileFindings
    /// The links into `bijlagen/` in the body.
    let attachmentReferences: [AttachmentReference]

    /// Decodes and splits `bytes`; on failure returns the diagnostic that explains why. Without
    /// `checkingText`, only the front matter is read: for callers that want one value (`versie` at each
    /// earlier commit, `volgorde`, `soorten`) and not the warnings about the text.
    package static func parse(bytes: [UInt8], path: String, id: String, checkingText: Bool = true) -> Result<SourceFile, Diagnostic> {
        let text: String
        let classes: ByteClasses
        switch SourceText.decode(bytes) {
        case .success(let source): (text, classes) = (source.text, source.classes)
        case .failure(let problem):
            return .failure(Diagnostic(file: path, line: problem.line, column: problem.column, message: problem.message))
        }
        let frontMatter: FrontMatter
        switch FrontMatter.split(text) {
        case .success(let split): frontMatter = split
        case .failure(let problem):
            return .failure(Diagnostic(file: path, line: problem.line, column: problem.column, message: problem.message))
        }
        switch FrontMatterFields.parse(frontMatter, file: path) {
        case .success(var fields):
            guard checkingText else {
                return .success(
                    SourceFile(
                        path: path, id: id, frontMatter: frontMatter, fields: fields, invisibleCharacters: [],
                        privacy: PrivacyCheck.FileFindings(file: path, findings: [], total: 0), attachmentReferences: []))
            }
            // Each check runs only when the text holds a byte it starts with.
            let garbled = classes.contains(.mojibakeLead) ? Mojibake.findings(in: text) : []
            for finding in garbled {
                fields.diagnostics.append(
                    Diagnostic(
                        file: path, line: finding.line, column: finding.column,
                        severity: .waarschuwing, message: finding.message))
            }
            let bodyFindings =
                classes.isDisjoint(with: [.lessThan, .closingBracket])
                ? BodyCheck.Findings()
                : BodyCheck.findings(body: frontMatter.body, bodyFirstLine: frontMatter.bodyFirstLine, file: path)
            fields.diagnostics += bodyFindings.diagnostics
            let invisibleFindings = classes.contains(.invisibleLead) ? InvisibleCharacters.findings(in: text) : []
            let invisible = invisibleFindings.map { finding in
                let message =
                    finding.kind == .bidirectional
                    ? Message.bidirectionalCharacter(finding.scalar.value)
                    : Message.zeroWidthCharacter(finding.scalar.value)
                return Diagnostic(
                    file: path, line: finding.line, column: finding.column, severity: .waarschuwing,
                    message: message + Message.moreOccurrences(finding.count - 1))
            }
            let (findings, total) = PrivacyScan.scan(text, commentLinesEnd: frontMatter.bodyFirstLine - 1)
            return .success(
                SourceFile(
                    path: path, id: id, frontMatter: frontMatter, fields: fields, invisibleCharacters: invisible,
                    privacy: PrivacyCheck.FileFindings(file: path, findings: findings, total: total),
                    attachmentReferences: bodyFindings.attachments))
        case .failure(let diagnostic):
            return .failure(diagnostic)
        }
    }

    package var body: String { frontMatter.body }
}
