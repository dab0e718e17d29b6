import ParticipatieModel
import ParticipatieSystem

/// Reads a whole process folder into a ``Timeline``, collecting every problem on the way.
///
/// Nothing is dropped silently: each entry of the folder is either read or reported.
/// The reader never writes anything.
public enum ProcessReader {
    /// Largest input file accepted, in bytes.
    public static let fileSizeLimit = 1024 * 1024
    /// Largest total size of all `.md` files of a folder, in bytes: keeps memory use bounded.
    public static let totalSizeLimit = 128 * 1024 * 1024
    /// Most `.md` files read from one folder.
    public static let fileCountLimit = 50_000
    /// Largest attachment (a file in `bijlagen/`) published with the report, in bytes.
    public static let attachmentSizeLimit = 20 * 1024 * 1024
    /// Largest total size of all attachments, in bytes.
    public static let attachmentsTotalLimit = 100 * 1024 * 1024
    /// Most attachments.
    public static let attachmentCountLimit = 1_000

    /// Size limits of one read; tests use small ones to reach them cheaply.
    struct Limits: Sendable {
        var fileSize = ProcessReader.fileSizeLimit
        var totalSize = ProcessReader.totalSizeLimit
        var fileCount = ProcessReader.fileCountLimit
        var attachmentSize = ProcessReader.attachmentSizeLimit
        var attachmentsTotal = ProcessReader.attachmentsTotalLimit
        var attachmentCount = ProcessReader.attachmentCountLimit
        static let standard = Limits()
    }

    /// Reads `directory`. Diagnostics name files as `displayPath/…`; by default `displayPath` is
    /// `directory` as the user typed it.
    ///
    /// `proces.md` is read first; the other files are then read and parsed in parallel tasks, each
    /// checked against what `proces.md` declares. The result does not depend on their order.
    ///
    /// With `judgeAsConcept`, a `definitief` process is checked as a concept: what only a published
    /// report must meet gives warnings. For comparing versions, not for building a report.
    public static func read(directory: String, displayPath: String? = nil, judgeAsConcept: Bool = false) async -> ProcessReadResult {
        await read(directory: directory, displayPath: displayPath, limits: .standard, judgeAsConcept: judgeAsConcept)
    }

    static func read(directory: String, displayPath: String?, limits: Limits, judgeAsConcept: Bool = false) async -> ProcessReadResult {
        await read(FolderScan(root: directory, displayRoot: displayPath ?? directory, limits: limits), judgeAsConcept: judgeAsConcept)
    }

    /// Reads a folder that is already at hand (the process folder at a git revision).
    static func read(folder: any ProcessFolder, displayPath: String, folderName: String, judgeAsConcept: Bool) async -> ProcessReadResult {
        await read(FolderScan(folder: folder, displayRoot: displayPath, folderName: folderName), judgeAsConcept: judgeAsConcept)
    }

    private static func read(_ scan: FolderScan, judgeAsConcept: Bool) async -> ProcessReadResult {
        var scan = scan
        let limits = scan.limits
        await scan.scan()
        var parsed: [ParsedFile] = []
        var context = ProcessContext.standard
        if let folder = scan.folder {
            let processIndex = scan.entries.firstIndex { $0.role == .process }
            let processFile = processIndex.map {
                ParsedFile.parse(scan.entries[$0], in: folder, sizeLimit: limits.fileSize, judgeAsConcept: judgeAsConcept)
            }
            if let processFile { context = processFile.context ?? .unknown }
            var others = scan.entries
            if let processIndex { others.remove(at: processIndex) }
            parsed = await parseAll(others, in: folder, sizeLimit: limits.fileSize, context: context)
            if let processIndex, let processFile { parsed.insert(processFile, at: processIndex) }
        }

        var diagnostics = scan.diagnostics
        var process: (ProcessDescription, ProcessPositions)?
        var events: [Event] = []
        // Only events with `nummer` or `reeks` have a place to report a number used twice.
        var numberPositions: [String: SourcePosition] = [:]
        var adoptedPositions: [String: [String: SourcePosition]] = [:]
        var outcomesOfBrokenResponses = Set<String>()
        var outcomes: [(Outcome, sourcePositions: [String: SourcePosition])] = []
        var responses: [(Response, outcomePositions: [String: SourcePosition])] = []
        var inputs: [InputFile] = []
        inputs.reserveCapacity(parsed.count)
        events.reserveCapacity(parsed.count)
        var placeholders: [Diagnostic] = []
        var invisible: [Diagnostic] = []
        var attachmentReferences: [AttachmentReference] = []
        var privacyFindings: [PrivacyCheck.FileFindings] = []
        // Each parsed file is moved out and let go once taken apart (at 10,000 events, memory counts):
        // a copy would retain and release every text and list it holds.
        parsed.reverse()
        while let file = parsed.popLast() {
            diagnostics += file.diagnostics
            attachmentReferences += file.attachmentReferences
            placeholders += file.placeholders
            invisible += file.invisibleCharacters
            if let privacy = file.privacy, privacy.total > 0 { privacyFindings.append(privacy) }
            if let bytes = file.bytes { inputs.append(InputFile(path: file.entry.path, bytes: bytes)) }
            switch file.content {
            case .process(let value): process = value
            case .event(let value):
                events.append(value.event)
                if let position = value.numberPosition { numberPositions[value.event.id] = position }
                if !value.adoptedPositions.isEmpty { adoptedPositions[value.event.id] = value.adoptedPositions }
            case .outcome(let value): outcomes.append(value)
            case .response(let value): responses.append(value)
            case .none: break
            }
            outcomesOfBrokenResponses.formUnion(file.outcomesOfBrokenResponse)
        }
        // A published report must not read differently from its source: in a `definitief` report
        // invisible characters that change the text are errors.
        let isFinal = context.isFinal
        diagnostics += invisible.map { isFinal ? $0.asError : $0 }
        // Personal data: what `openbaar` allows is known once proces.md is read; without it the
        // check waits, rather than warn about texts it may allow.
        var privacyResult: CheckResults.PrivacyResult?
        if let (description, positions) = process {
            let check = PrivacyCheck(
                publicTexts: Array(zip(description.publicTexts, positions.publicTexts)), processFile: description.file,
                publicTextLines: positions.publicTextLines)
            let (findings, unused, result) = check.check(privacyFindings)
            diagnostics += findings.map { isFinal ? $0.asError : $0 } + unused
            privacyResult = result
        }
        var builder = TimelineBuilder(
            entries: scan.entries, folder: scan.folderName, isFinal: isFinal,
            outcomesOfBrokenResponses: outcomesOfBrokenResponses,
            attachments: scan.attachments, refusedAttachments: scan.refusedAttachments)
        let timeline = builder.build(
            process: process, events: events, numberPositions: numberPositions, adoptedPositions: adoptedPositions,
            outcomes: outcomes, responses: responses)
        builder.check(attachmentReferences)
        diagnostics += builder.diagnostics
        diagnostics = PlaceholderScan.merge(placeholders, into: diagnostics, isFinal: isFinal)
        diagnostics.sort()
        let checks = privacyResult.map { CheckResults(privacy: $0, levelRules: builder.levelResults) }
        return ProcessReadResult(
            timeline: diagnostics.containsErrors ? nil : timeline,
            diagnostics: diagnostics, inputs: inputs, attachments: scan.attachments, checks: checks)
    }

    /// Every entry read and parsed, in the order of `entries`.
    private static func parseAll(
        _ entries: [FolderScan.Entry], in folder: any ProcessFolder, sizeLimit: Int, context: ProcessContext
    ) async -> [ParsedFile] {
        await Parallel.map(entries) { ParsedFile.parse($0, in: folder, sizeLimit: sizeLimit, context: context) }
    }
}
