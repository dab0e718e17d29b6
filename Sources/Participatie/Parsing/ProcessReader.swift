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
    public static let totalSizeLimit = 32 * 1024 * 1024
    /// Most `.md` files read from one folder.
    public static let fileCountLimit = 10_000

    /// Reads `directory`. Diagnostics name files as `displayPath/…`; by default `displayPath` is
    /// `directory` as the user typed it.
    public static func read(directory: String, displayPath: String? = nil) -> ProcessReadResult {
        read(directory: directory, displayPath: displayPath, limits: .standard)
    }

    /// Size limits of one read; tests use small ones to reach them cheaply.
    struct Limits {
        var fileSize = ProcessReader.fileSizeLimit
        var totalSize = ProcessReader.totalSizeLimit
        var fileCount = ProcessReader.fileCountLimit
        static let standard = Limits()
    }

    static func read(directory: String, displayPath: String?, limits: Limits) -> ProcessReadResult {
        var reader = FolderScan(root: directory, displayRoot: displayPath ?? directory, limits: limits)
        reader.scan()
        var diagnostics = reader.diagnostics
        var processSource: SourceFile?
        var eventSources: [SourceFile] = []
        var outcomeSources: [SourceFile] = []
        var responseSources: [SourceFile] = []
        for file in reader.files {
            switch SourceFile.parse(bytes: file.bytes, path: file.path, id: file.id) {
            case .failure(let diagnostic):
                diagnostics.append(diagnostic)
            case .success(let source):
                switch file.role {
                case .process: processSource = source
                case .event: eventSources.append(source)
                case .outcome: outcomeSources.append(source)
                case .response: responseSources.append(source)
                }
            }
        }
        var builder = TimelineBuilder(root: reader.displayRoot, files: reader.files)
        let timeline = builder.build(process: &processSource, events: &eventSources,
                                     outcomes: &outcomeSources, responses: &responseSources)
        for source in [processSource].compactMap({ $0 }) + eventSources + outcomeSources + responseSources {
            diagnostics += source.fields.diagnostics
        }
        diagnostics += builder.diagnostics
        diagnostics.sort()
        let inputs = reader.files.map { InputFile(path: $0.path, bytes: $0.bytes) }
        return ProcessReadResult(timeline: diagnostics.containsErrors ? nil : timeline,
                                 diagnostics: diagnostics, inputs: inputs)
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
    enum Role { case process, event, outcome, response }

    struct File {
        let path: String
        let id: String
        let role: Role
        let bytes: [UInt8]
    }

    static let outcomesFolder = "uitkomsten"
    static let responsesFolder = "reacties"
    static let processFile = "proces.md"

    let root: String
    let displayRoot: String
    private(set) var files: [File] = []
    private(set) var diagnostics: [Diagnostic] = []
    let limits: ProcessReader.Limits
    /// Bytes read so far, for ``ProcessReader/totalSizeLimit``.
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

    mutating func scan() {
        var info = stat()
        guard stat(root, &info) == 0 else {
            let message = errno == ENOENT ? Message.missingFolder(displayRoot)
                : Message.unreadableFolder(displayRoot, FolderScan.reason(errno))
            diagnostics.append(Diagnostic(file: displayRoot, message: message))
            return
        }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            diagnostics.append(Diagnostic(file: displayRoot, message: Message.notAFolder(displayRoot)))
            return
        }
        guard let entries = list(relative: "") else { return }
        var sawProcess = false
        for (name, type) in entries {
            switch type {
            case .directory where name == FolderScan.outcomesFolder || name == FolderScan.responsesFolder:
                let role: Role = name == FolderScan.outcomesFolder ? .outcome : .response
                for (child, childType) in list(relative: name) ?? [] {
                    classify(relative: name + "/" + child, name: child, type: childType, role: role)
                }
            case .directory:
                diagnostics.append(Diagnostic(file: displayPath(name), severity: .waarschuwing, message: Message.unusedFolder))
            case .symbolicLink where name == FolderScan.outcomesFolder || name == FolderScan.responsesFolder:
                diagnostics.append(Diagnostic(file: displayPath(name), message: Message.symbolicLinkFolder))
            default:
                if name == FolderScan.processFile { sawProcess = true }
                classify(relative: name, name: name, type: type, role: name == FolderScan.processFile ? .process : .event)
            }
        }
        if !sawProcess {
            diagnostics.append(Diagnostic(file: displayPath(FolderScan.processFile), message: Message.missingProcessFile))
        }
    }

    enum EntryType { case file, directory, symbolicLink, other }

    /// The entries of a folder, sorted by name, without hidden files.
    private mutating func list(relative: String) -> [(String, EntryType)]? {
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
            // Point into the record instead of copying `d_name`: records are only as long as
            // their name, so copying the declared 256-byte array reads past the last record
            // (AddressSanitizer caught this in a folder of 2,000 files).
            let cName = (UnsafeRawPointer(entry) + MemoryLayout<dirent>.offset(of: \dirent.d_name)!)
                .assumingMemoryBound(to: CChar.self)
            let (name, valid) = (String(cString: cName), String(validatingCString: cName) != nil)
            if name.hasPrefix(".") { continue }
            guard valid else {
                // The name cannot be shown or opened faithfully: report it with U+FFFD for the bad bytes.
                let shown = relative.isEmpty ? name : relative + "/" + name
                diagnostics.append(Diagnostic(file: displayPath(shown), message: Message.invalidFileName))
                continue
            }
            names.append(name)
        }
        names.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        return names.map { name in
            var info = stat()
            guard lstat(path + "/" + name, &info) == 0 else { return (name, .other) }
            switch info.st_mode & S_IFMT {
            case S_IFREG: return (name, .file)
            case S_IFDIR: return (name, .directory)
            case S_IFLNK: return (name, .symbolicLink)
            default: return (name, .other)
            }
        }
    }

    private mutating func classify(relative: String, name: String, type: EntryType, role: Role) {
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
        if limitReached { return }
        if files.count >= limits.fileCount {
            limitReached = true
            diagnostics.append(Diagnostic(file: shown, message: Message.tooManyFiles(limit: limits.fileCount)))
            return
        }
        switch readFile(root + "/" + relative, budget: limits.totalSize - totalBytes) {
        case .success(let bytes):
            totalBytes += bytes.count
            files.append(File(path: shown, id: String(name.dropLast(3)), role: role, bytes: bytes))
        case .failure(let failure) where failure.overBudget:
            limitReached = true
            diagnostics.append(Diagnostic(file: shown, message: failure.message))
        case .failure(let failure):
            diagnostics.append(Diagnostic(file: shown, message: failure.message))
        }
    }

    /// Reads a whole regular file, refusing files above the size limit or above `budget`, the
    /// bytes left under the folder limit. The size is checked before anything is read.
    private func readFile(_ path: String, budget: Int) -> Result<[UInt8], ReadFailure> {
        // O_NONBLOCK: a FIFO swapped in after lstat must not block the open; it is refused below.
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
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
        guard size <= limits.fileSize else {
            return .failure(ReadFailure(Message.fileTooLarge(size, limit: limits.fileSize)))
        }
        guard size <= budget else {
            return .failure(ReadFailure(Message.folderTooLarge(limit: limits.totalSize), overBudget: true))
        }
        var bytes = [UInt8](repeating: 0, count: size)
        var total = 0
        while total < size {
            let count = bytes.withUnsafeMutableBytes { buffer in
                Glibc.read(descriptor, buffer.baseAddress! + total, size - total)
            }
            if count < 0, errno == EINTR || errno == EAGAIN { continue }
            if count < 0 { return .failure(ReadFailure(Message.unreadableFile(FolderScan.reason(errno)))) }
            if count == 0 { break }
            total += count
        }
        if total < size { bytes.removeLast(size - total) }
        return .success(bytes)
    }

    struct ReadFailure: Error {
        let message: String
        /// The folder limit, not this file, is the problem.
        var overBudget = false
        init(_ message: String, overBudget: Bool = false) {
            self.message = message
            self.overBudget = overBudget
        }
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

