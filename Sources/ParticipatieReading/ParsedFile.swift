import ParticipatieModel
import ParticipatieSystem

/// One file of the folder after reading and parsing it on its own.
struct ParsedFile: Sendable {
    enum Content: Sendable {
        case process((ProcessDescription, ProcessPositions))
        /// With the position of each id in `neemt-over`.
        case event((Event, adoptedPositions: [String: SourcePosition]))
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

    /// Reads `entry` relative to the open process folder and parses it.
    static func parse(_ entry: FolderScan.Entry, in folder: any ProcessFolder, sizeLimit: Int = ProcessReader.fileSizeLimit) -> ParsedFile {
        parse(entry, read: folder.readFile(entry.relativePath, limit: sizeLimit))
    }

    static func parse(_ entry: FolderScan.Entry, read: Result<[UInt8], ReadFailure>) -> ParsedFile {
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
        switch entry.role {
        case .process: file.content = ProcessDescriptionParser.parse(&source).map(Content.process)
        case .event: file.content = EventParser.parse(&source).map(Content.event)
        case .outcome: file.content = OutcomeParser.parse(&source).map(Content.outcome)
        case .response:
            file.content = ResponseParser.parse(&source).map(Content.response)
            if file.content == nil { file.outcomesOfBrokenResponse = source.fields.texts(inList: "uitkomsten").map(ReferenceList.bareID) }
        }
        file.diagnostics += source.fields.diagnostics
        // Values the report renders as Markdown get the same warnings as a body.
        switch entry.role {
        case .process:
            file.diagnostics += BodyCheck.diagnostics(
                inFields: [
                    "toelichting-proces", "toelichting-uitkomsten",
                    "toelichting-reacties",
                ], of: source.fields)
        case .response:
            file.diagnostics += BodyCheck.diagnostics(inFields: ["motivering"], of: source.fields)
        case .event, .outcome:
            break
        }
        return file
    }
}
