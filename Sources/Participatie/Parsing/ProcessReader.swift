import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
    /// Files are read and parsed on all cores; the result does not depend on their order.
    public static func read(directory: String, displayPath: String? = nil) -> ProcessReadResult {
        read(directory: directory, displayPath: displayPath, limits: .standard)
    }

    static func read(directory: String, displayPath: String?, limits: Limits) -> ProcessReadResult {
        var scan = FolderScan(root: directory, displayRoot: displayPath ?? directory, limits: limits)
        scan.scan()
        let entries = scan.entries
        // Files are opened relative to the folder, so the kernel does not walk the whole path for each one.
        let folder = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        defer { if folder >= 0 { close(folder) } }
        let parsed = concurrentMap(entries) { entry in
            folder >= 0 ? ParsedFile.parse(entry, root: folder, sizeLimit: limits.fileSize)
                : ParsedFile.parse(entry, root: directory, sizeLimit: limits.fileSize)
        }

        var diagnostics = scan.diagnostics
        var process: (ProcessDescription, statusNode: YAMLNode?)?
        var events: [Event] = []
        var outcomes: [(Outcome, sourceNodes: [String: YAMLNode])] = []
        var responses: [(Response, outcomeNodes: [String: YAMLNode])] = []
        var inputs: [InputFile] = []
        inputs.reserveCapacity(parsed.count)
        events.reserveCapacity(parsed.count)
        var placeholders: [Diagnostic] = []
        for file in parsed {
            diagnostics += file.diagnostics
            placeholders += file.placeholders
            if let bytes = file.bytes { inputs.append(InputFile(path: file.entry.path, bytes: bytes)) }
            switch file.content {
            case .process(let value): process = value
            case .event(let value): events.append(value)
            case .outcome(let value): outcomes.append(value)
            case .response(let value): responses.append(value)
            case .none: break
            }
        }
        var builder = TimelineBuilder(entries: entries)
        let timeline = builder.build(process: process, events: events, outcomes: outcomes, responses: responses)
        diagnostics += builder.diagnostics
        diagnostics = PlaceholderScan.merge(placeholders, into: diagnostics)
        diagnostics.sort()
        return ProcessReadResult(timeline: diagnostics.containsErrors ? nil : timeline,
                                 diagnostics: diagnostics, inputs: inputs)
    }

    /// `transform` applied to every element on all cores, results in the original order.
    static func concurrentMap<Element, Result>(_ elements: [Element], _ transform: @Sendable (Element) -> Result) -> [Result] {
        guard elements.count > 1 else { return elements.map(transform) }
        return [Result](unsafeUninitializedCapacity: elements.count) { buffer, count in
            nonisolated(unsafe) let output = buffer
            elements.withUnsafeBufferPointer { input in
                nonisolated(unsafe) let input = input
                DispatchQueue.concurrentPerform(iterations: elements.count) { index in
                    (output.baseAddress! + index).initialize(to: transform(input[index]))
                }
            }
            count = elements.count
        }
    }
}

/// One file of the folder after reading and parsing it on its own.
struct ParsedFile {
    enum Content {
        case process((ProcessDescription, statusNode: YAMLNode?))
        case event(Event)
        case outcome((Outcome, sourceNodes: [String: YAMLNode]))
        case response((Response, outcomeNodes: [String: YAMLNode]))
    }

    let entry: FolderScan.Entry
    /// `nil` when the file could not be read.
    var bytes: [UInt8]?
    var content: Content?
    var diagnostics: [Diagnostic] = []
    /// `[VUL IN: …]` left in the file (see ``PlaceholderScan``).
    var placeholders: [Diagnostic] = []

    static func parse(_ entry: FolderScan.Entry, root: String, sizeLimit: Int = ProcessReader.fileSizeLimit) -> ParsedFile {
        parse(entry, read: FolderScan.readFile(root + "/" + entry.relativePath, sizeLimit: sizeLimit))
    }

    /// Reads `entry` relative to the open folder `root`.
    static func parse(_ entry: FolderScan.Entry, root: Int32, sizeLimit: Int = ProcessReader.fileSizeLimit) -> ParsedFile {
        parse(entry, read: FolderScan.readFile(entry.relativePath, in: root, sizeLimit: sizeLimit))
    }

    private static func parse(_ entry: FolderScan.Entry, read: Result<[UInt8], FolderScan.ReadFailure>) -> ParsedFile {
        var file = ParsedFile(entry: entry)
        switch read {
        case .failure(let failure):
            file.diagnostics.append(Diagnostic(file: entry.path, message: failure.message))
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
        switch entry.role {
        case .process: file.content = ProcessDescriptionParser.parse(&source).map(Content.process)
        case .event: file.content = EventParser.parse(&source).map(Content.event)
        case .outcome: file.content = OutcomeParser.parse(&source).map(Content.outcome)
        case .response: file.content = ResponseParser.parse(&source).map(Content.response)
        }
        file.diagnostics += source.fields.diagnostics
        // Values the report renders as Markdown get the same warnings as a body.
        switch entry.role {
        case .process:
            file.diagnostics += BodyCheck.diagnostics(inFields: ["toelichting-proces", "toelichting-uitkomsten",
                                                                 "toelichting-reacties"], of: source.fields)
        case .response:
            file.diagnostics += BodyCheck.diagnostics(inFields: ["motivering"], of: source.fields)
        case .event, .outcome:
            break
        }
        return file
    }
}

/// What ``ProcessReader`` found.
public struct ProcessReadResult: Sendable {
    /// The model; `nil` when any diagnostic is an error.
    public let timeline: Timeline?
    /// Every problem, sorted by file, line and column.
    public let diagnostics: [Diagnostic]
    /// Every file that was read, sorted by path: the inputs a report is built from.
    public let inputs: [InputFile]
}

/// One input file as read from disk.
public struct InputFile: Sendable, Hashable {
    /// As the user would type it, e.g. `process/proces.md`.
    public let path: String
    public let bytes: [UInt8]
}

/// Lists a process folder and reads its files, classifying each one.
struct FolderScan {
    enum Role: Sendable { case process, event, outcome, response }

    /// A file to read: where it is and what it is for.
    struct Entry: Sendable {
        /// As the user would type it, e.g. `process/uitkomsten/x.md`.
        let path: String
        /// Relative to the process folder.
        let relativePath: String
        /// The file name without `.md`.
        let id: String
        let role: Role
    }

    static let outcomesFolder = "uitkomsten"
    static let responsesFolder = "reacties"
    static let processFile = "proces.md"

    let root: String
    let displayRoot: String
    let limits: ProcessReader.Limits
    private(set) var entries: [Entry] = []
    private(set) var diagnostics: [Diagnostic] = []
    /// Bytes of the entries so far (their size when listed), for ``ProcessReader/totalSizeLimit``.
    private var totalBytes = 0
    /// Set once a folder limit is reached: later files are not read.
    private var limitReached = false

    init(root: String, displayRoot: String, limits: ProcessReader.Limits = .standard) {
        self.root = root
        self.limits = limits
        var display = displayRoot
        while display.count > 1, display.hasSuffix("/") { display.removeLast() }
        self.displayRoot = display
    }

    func displayPath(_ relative: String) -> String {
        displayRoot == "." ? relative : displayRoot + "/" + relative
    }

    /// Why `path` cannot be read as a folder (missing, unreadable, not a folder), or `nil`.
    static func folderProblem(_ path: String, shown: String) -> Diagnostic? {
        var info = stat()
        guard stat(path, &info) == 0 else {
            let message = errno == ENOENT ? Message.missingFolder(shown) : Message.unreadableFolder(shown, reason(errno))
            return Diagnostic(file: shown, message: message)
        }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            return Diagnostic(file: shown, message: Message.notAFolder(shown))
        }
        return nil
    }

    mutating func scan() {
        if let problem = FolderScan.folderProblem(root, shown: displayRoot) {
            diagnostics.append(problem)
            return
        }
        guard let entries = list(relative: "") else { return }
        var sawProcess = false
        for (name, type, size) in entries {
            switch type {
            case .directory where name == FolderScan.outcomesFolder || name == FolderScan.responsesFolder:
                let role: Role = name == FolderScan.outcomesFolder ? .outcome : .response
                for (child, childType, childSize) in list(relative: name) ?? [] {
                    classify(relative: name + "/" + child, name: child, type: childType, size: childSize, role: role)
                }
            case .directory:
                diagnostics.append(Diagnostic(file: displayPath(name), severity: .waarschuwing, message: Message.unusedFolder))
            case .symbolicLink where name == FolderScan.outcomesFolder || name == FolderScan.responsesFolder:
                diagnostics.append(Diagnostic(file: displayPath(name), message: Message.symbolicLinkFolder))
            default:
                if name == FolderScan.processFile { sawProcess = true }
                classify(relative: name, name: name, type: type, size: size,
                         role: name == FolderScan.processFile ? .process : .event)
            }
        }
        if !sawProcess {
            diagnostics.append(Diagnostic(file: displayPath(FolderScan.processFile), message: Message.missingProcessFile))
        }
    }

    enum EntryType { case file, directory, symbolicLink, other }

    /// The entries of a folder, sorted by name, without hidden files, with their size in bytes.
    private mutating func list(relative: String) -> [(String, EntryType, Int)]? {
        let path = relative.isEmpty ? root : root + "/" + relative
        guard let directory = opendir(path) else {
            diagnostics.append(Diagnostic(file: relative.isEmpty ? displayRoot : displayPath(relative),
                                          message: Message.unreadableFolder(relative.isEmpty ? displayRoot : displayPath(relative),
                                                                            FolderScan.reason(errno))))
            return nil
        }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let (name, valid) = DirectoryEntry.name(of: entry)
            if name.hasPrefix(".") { continue }
            guard valid else {
                // The name cannot be shown or opened faithfully: report it with U+FFFD for the bad bytes.
                let shown = relative.isEmpty ? name : relative + "/" + name
                diagnostics.append(Diagnostic(file: displayPath(shown), message: Message.invalidFileName))
                continue
            }
            names.append(name)
        }
        names.sort(by: ByteScan.precedes)
        let descriptor = dirfd(directory)
        // One system call per entry: spread over all cores, as the reading is.
        return ProcessReader.concurrentMap(names) { name in
            var info = stat()
            // Relative to the open folder: the same as lstat on the full path, without walking it each time.
            guard fstatat(descriptor, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return (name, .other, 0) }
            let size = Int(info.st_size)
            switch info.st_mode & S_IFMT {
            case S_IFREG: return (name, .file, size)
            case S_IFDIR: return (name, .directory, size)
            case S_IFLNK: return (name, .symbolicLink, size)
            default: return (name, .other, size)
            }
        }
    }

    private mutating func classify(relative: String, name: String, type: EntryType, size: Int, role: Role) {
        let shown = displayPath(relative)
        guard name.hasSuffix(".md"), name.count > 3 else {
            diagnostics.append(Diagnostic(file: shown, severity: .waarschuwing, message: Message.unusedFile))
            return
        }
        switch type {
        case .symbolicLink:
            diagnostics.append(Diagnostic(file: shown, message: Message.symbolicLink))
            return
        case .directory, .other:
            diagnostics.append(Diagnostic(file: shown, severity: .waarschuwing, message: Message.unusedFile))
            return
        case .file:
            break
        }
        // Folder limits, judged on the listed sizes before anything is read. A file over the
        // per-file limit is refused when it is read and does not count here.
        if limitReached { return }
        if entries.count >= limits.fileCount {
            limitReached = true
            diagnostics.append(Diagnostic(file: shown, message: Message.tooManyFiles(limit: limits.fileCount)))
            return
        }
        if size <= limits.fileSize {
            guard totalBytes + size <= limits.totalSize else {
                limitReached = true
                diagnostics.append(Diagnostic(file: shown, message: Message.folderTooLarge(limit: limits.totalSize)))
                return
            }
            totalBytes += size
        }
        entries.append(Entry(path: shown, relativePath: relative, id: String(name.dropLast(3)), role: role))
    }

    /// Reads a whole regular file, refusing files above `sizeLimit`; the size is checked before
    /// anything is read.
    /// `path` is relative to the open folder `directory`, or to the working directory by default.
    static func readFile(_ path: String, in directory: Int32 = AT_FDCWD,
                         sizeLimit: Int = ProcessReader.fileSizeLimit) -> Result<[UInt8], ReadFailure> {
        // O_NONBLOCK: a FIFO swapped in after lstat must not block the open; it is refused below.
        let descriptor = openat(directory, path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(ReadFailure(Message.unreadableFile(FolderScan.reason(errno)))) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            return .failure(ReadFailure(Message.unreadableFile(FolderScan.reason(errno))))
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            return .failure(ReadFailure(Message.unreadableFile(Message.notARegularFile)))
        }
        let size = Int(info.st_size)
        guard size <= sizeLimit else {
            return .failure(ReadFailure(Message.fileTooLarge(size, limit: sizeLimit)))
        }
        var readError: Int32 = 0
        // Read straight into the array's storage, without zeroing it first; a file that shrank
        // since fstat gives what is there.
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
            var total = 0
            while total < size, let base = buffer.baseAddress {
                let count = Glibc.read(descriptor, base + total, size - total)
                if count < 0, errno == EINTR { continue }
                if count < 0 {
                    readError = errno
                    break
                }
                if count == 0 { break }
                total += count
            }
            initialized = total
        }
        if readError != 0 { return .failure(ReadFailure(Message.unreadableFile(FolderScan.reason(readError)))) }
        return .success(bytes)
    }

    struct ReadFailure: Error {
        let message: String
        init(_ message: String) { self.message = message }
    }

    /// A Dutch reason for an `errno` value.
    static func reason(_ code: Int32) -> String {
        switch code {
        case EACCES, EPERM: "geen leesrechten"
        case ENOENT: "bestaat niet"
        case ELOOP: "symbolische koppeling die naar zichzelf verwijst"
        case EISDIR: "is een map"
        case ENOTDIR: "is geen map"
        case EMFILE, ENFILE: "te veel open bestanden"
        case EIO: "leesfout van de schijf"
        default: "systeemfout \(code)"
        }
    }
}

