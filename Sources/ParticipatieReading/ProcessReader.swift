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

    /// Size limits of one read; tests use small ones to reach them cheaply.
    struct Limits: Sendable {
        var fileSize = ProcessReader.fileSizeLimit
        var totalSize = ProcessReader.totalSizeLimit
        var fileCount = ProcessReader.fileCountLimit
        static let standard = Limits()
    }

    /// Reads `directory`. Diagnostics name files as `displayPath/…`; by default `displayPath` is
    /// `directory` as the user typed it.
    ///
    /// Files are read and parsed in parallel tasks; the result does not depend on their order.
    public static func read(directory: String, displayPath: String? = nil) async -> ProcessReadResult {
        await read(directory: directory, displayPath: displayPath, limits: .standard)
    }

    static func read(directory: String, displayPath: String?, limits: Limits) async -> ProcessReadResult {
        var scan = FolderScan(root: directory, displayRoot: displayPath ?? directory, limits: limits)
        scan.scan()
        let parsed: [ParsedFile]
        if let folder = scan.folder {
            parsed = await parseAll(scan.entries, in: folder, sizeLimit: limits.fileSize)
        } else {
            parsed = []
        }

        var diagnostics = scan.diagnostics
        var process: (ProcessDescription, statusPosition: SourcePosition?)?
        var events: [Event] = []
        var outcomes: [(Outcome, sourcePositions: [String: SourcePosition])] = []
        var responses: [(Response, outcomePositions: [String: SourcePosition])] = []
        var inputs: [InputFile] = []
        inputs.reserveCapacity(parsed.count)
        events.reserveCapacity(parsed.count)
        var placeholders: [Diagnostic] = []
        var invisible: [Diagnostic] = []
        for file in parsed {
            diagnostics += file.diagnostics
            placeholders += file.placeholders
            invisible += file.invisibleCharacters
            if let bytes = file.bytes { inputs.append(InputFile(path: file.entry.path, bytes: bytes)) }
            switch file.content {
            case .process(let value): process = value
            case .event(let value): events.append(value)
            case .outcome(let value): outcomes.append(value)
            case .response(let value): responses.append(value)
            case .none: break
            }
        }
        // A published report must not read differently from its source: in a `definitief` report
        // invisible characters that change the text are errors.
        let isFinal = process?.0.status == .definitief
        diagnostics += invisible.map { isFinal ? $0.asError : $0 }
        var builder = TimelineBuilder(
            entries: scan.entries, folder: scan.folderName,
            outcomesOfBrokenResponses: Set(parsed.flatMap(\.outcomesOfBrokenResponse)))
        let timeline = builder.build(process: process, events: events, outcomes: outcomes, responses: responses)
        diagnostics += builder.diagnostics
        diagnostics = PlaceholderScan.merge(placeholders, into: diagnostics, isFinal: isFinal)
        diagnostics.sort()
        return ProcessReadResult(
            timeline: diagnostics.containsErrors ? nil : timeline,
            diagnostics: diagnostics, inputs: inputs)
    }

    /// Every entry read and parsed, in the order of `entries`.
    private static func parseAll(_ entries: [FolderScan.Entry], in folder: Directory, sizeLimit: Int) async -> [ParsedFile] {
        await Parallel.map(entries) { ParsedFile.parse($0, in: folder, sizeLimit: sizeLimit) }
    }
}
