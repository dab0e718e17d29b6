import ParticipatieModel
import ParticipatieSystem

/// One file of the folder after reading and parsing it on its own.
struct ParsedFile: Sendable {
    /// Boxed (`indirect`), so a folder of thousands of files holds a pointer per file, not a whole event.
    indirect enum Content: Sendable {
        case process((ProcessDescription, ProcessPositions))
        case event(EventParser.Parsed)
        /// With the position of each id in `bronnen`.
        case outcome((Outcome, sourcePositions: [String: SourcePosition]))
        /// With the position of each id in `uitkomsten`.
        case response((Response, outcomePositions: [String: SourcePosition]))
    }

    let entry: FolderScan.Entry
    /// `nil` when the file could not be read.
    var bytes: [UInt8]?
    var content: Content?
    var diagnostics: [Diagnostic] = []
    /// `[VUL IN: …]` left in the file (see ``PlaceholderScan``).
    var placeholders: [Diagnostic] = []
    /// The ids in `uitkomsten` of a response file that has errors: those outcomes are not also
    /// reported as unanswered.
    var outcomesOfBrokenResponse: [String] = []
    /// Invisible characters that change how the text reads: warnings, errors in a `definitief` report.
    var invisibleCharacters: [Diagnostic] = []
    /// Personal data found in the file, before `openbaar` is applied.
    var privacy: PrivacyCheck.FileFindings?
    /// Every place in the file that names a file in `bijlagen/`.
    var attachmentReferences: [AttachmentReference] = []
    /// For `proces.md`: what the other files are read with; `nil` for other files, and when
    /// `proces.md` could not be read.
    var context: ProcessContext?

    /// Reads `entry` relative to the open process folder and parses it, checking it against what
    /// `proces.md` says (`context`). `judgeAsConcept` reads a `definitief` `proces.md` as a concept (see
    /// ``ProcessReader``).
    static func parse(
        _ entry: FolderScan.Entry, in folder: any ProcessFolder, sizeLimit: Int = ProcessReader.fileSizeLimit,
        context: ProcessContext = .standard, judgeAsConcept: Bool = false
    ) -> ParsedFile {
        parse(entry, read: folder.readFile(entry.relativePath, limit: sizeLimit), context: context, judgeAsConcept: judgeAsConcept)
    }

    static func parse(
        _ entry: FolderScan.Entry, read: Result<[UInt8], ReadFailure>, context: ProcessContext = .standard, judgeAsConcept: Bool = false
    ) -> ParsedFile {
        var file = ParsedFile(entry: entry)
        switch read {
        case .failure(let failure):
            file.diagnostics.append(Diagnostic(file: entry.path, message: Message.unreadable(failure)))
            return file
        case .success(let bytes):
            file.bytes = bytes
        }
        var source: SourceFile
        switch SourceFile.parse(bytes: file.bytes!, path: entry.path, id: entry.id) {
        case .failure(let diagnostic):
            file.diagnostics.append(diagnostic)
            return file
        case .success(let parsed):
            source = parsed
        }
        file.placeholders = PlaceholderScan.diagnostics(in: source)
        file.invisibleCharacters = source.invisibleCharacters
        file.privacy = source.privacy
        file.attachmentReferences = source.attachmentReferences
        switch entry.role {
        case .process:
            let parsed = ProcessDescriptionParser.parse(&source, judgeAsConcept: judgeAsConcept)
            file.content = parsed.description.map { Content.process(($0, parsed.positions)) }
            file.context = parsed.context
        case .event:
            var attachments: [AttachmentReference] = []
            file.content = EventParser.parse(&source, context: context, attachments: &attachments).map(Content.event)
            file.attachmentReferences += attachments
        case .outcome: file.content = OutcomeParser.parse(&source).map(Content.outcome)
        case .response:
            file.content = ResponseParser.parse(&source, context: context).map(Content.response)
            if file.content == nil { file.outcomesOfBrokenResponse = source.fields.texts(inList: "uitkomsten").map(ReferenceList.bareID) }
        }
        file.diagnostics += source.fields.diagnostics
        // Values the report renders as Markdown get the same warnings as a body.
        switch entry.role {
        case .process:
            let findings = BodyCheck.findings(
                inFields: ["toelichting-proces", "toelichting-uitkomsten", "toelichting-reacties", "oordeel-gemeente"],
                of: source.fields)
            file.diagnostics += findings.diagnostics
            file.attachmentReferences += findings.attachments
        case .response:
            let findings = BodyCheck.findings(inFields: ["motivering"], of: source.fields)
            file.diagnostics += findings.diagnostics
            file.attachmentReferences += findings.attachments
        case .event, .outcome:
            break
        }
        return file
    }
}
