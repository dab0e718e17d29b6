import ParticipatieModel
import ParticipatieSystem

/// Lists a process folder and classifies each entry: the process description, an event, an
/// outcome, a response, or something that is reported because it is not read.
package struct FolderScan {
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

    package static let outcomesFolder = "uitkomsten"
    package static let responsesFolder = "reacties"
    package static let processFile = "proces.md"
    package static let attachmentsFolder = "bijlagen"
    /// Extensions (lower case) of the files in `bijlagen/` that go with the report: PDF, images and
    /// office documents. SVG is left out: it can hold scripts that a browser runs.
    package static let attachmentExtensions: Set<String> = [
        "pdf", "png", "jpg", "jpeg", "gif", "webp", "docx", "xlsx", "pptx", "odt", "ods", "odp", "doc", "xls", "ppt",
    ]

    let root: String
    let displayRoot: String
    /// The name of the process folder itself (`process` for `../x/process/`), for messages that say
    /// where a file belongs: the same in the terminal and in the report, wherever the folder is.
    let folderName: String
    let limits: ProcessReader.Limits
    /// The open process folder; `nil` when it could not be opened (then ``diagnostics`` says why).
    private(set) var folder: (any ProcessFolder)?
    private(set) var entries: [Entry] = []
    private(set) var diagnostics: [Diagnostic] = []
    /// The files in `bijlagen/` that go with the report, by name.
    private(set) var attachments: [Attachment] = []
    /// Names of files in `bijlagen/` that do not go with the report (a kind of file that is not
    /// published, or over a limit): links to them are reported as such.
    private(set) var refusedAttachments: Set<String> = []
    /// Bytes of the entries so far (their size when listed), for ``ProcessReader/totalSizeLimit``.
    private var totalBytes = 0
    /// Set once a folder limit is reached: later files are not read.
    private var limitReached = false

    init(root: String, displayRoot: String, limits: ProcessReader.Limits = .standard) {
        self.root = root
        self.limits = limits
        self.displayRoot = PathText.trimmed(displayRoot)
        folderName = PathText.lastComponent(FileSystem.realPath(root) ?? self.displayRoot)
    }

    /// A scan of a folder that is already at hand (a ``TreeFolder`` from git), named `folderName`.
    init(folder: any ProcessFolder, displayRoot: String, folderName: String, limits: ProcessReader.Limits = .standard) {
        root = displayRoot
        self.limits = limits
        self.displayRoot = PathText.trimmed(displayRoot)
        self.folderName = folderName
        self.folder = folder
    }

    func displayPath(_ relative: String) -> String {
        PathText.join(displayRoot, relative)
    }

    mutating func scan() async {
        if folder == nil {
            if let problem = FolderProblem.diagnostic(for: root, shown: displayRoot) {
                diagnostics.append(problem)
                return
            }
            switch Directory.open(root) {
            case .failure(let error):
                diagnostics.append(Diagnostic(file: displayRoot, message: Message.unreadableFolder(displayRoot, error.reason)))
                return
            case .success(let opened):
                folder = opened
            }
        }
        guard let folder, let listed = await list(folder, relative: "") else { return }
        var sawProcess = false
        for (name, info) in listed {
            switch info?.kind {
            case .directory where name == FolderScan.outcomesFolder || name == FolderScan.responsesFolder:
                let role: Role = name == FolderScan.outcomesFolder ? .outcome : .response
                switch folder.subfolder(name) {
                case .success(let subfolder):
                    for (child, childInfo) in await list(subfolder, relative: name) ?? [] {
                        classify(relative: name + "/" + child, name: child, info: childInfo, role: role)
                    }
                case .failure(let error):
                    let shown = displayPath(name)
                    diagnostics.append(Diagnostic(file: shown, message: Message.unreadableFolder(shown, error.reason)))
                }
            case .directory where name == FolderScan.attachmentsFolder:
                switch folder.subfolder(name) {
                case .success(let subfolder):
                    await scanAttachments(subfolder)
                case .failure(let error):
                    let shown = displayPath(name)
                    diagnostics.append(Diagnostic(file: shown, message: Message.unreadableFolder(shown, error.reason)))
                }
            case .directory:
                diagnostics.append(
                    Diagnostic(
                        file: displayPath(name), severity: .waarschuwing,
                        message: Message.unusedFolder(folder: folderName)))
            case .symbolicLink
            where name == FolderScan.outcomesFolder || name == FolderScan.responsesFolder || name == FolderScan.attachmentsFolder:
                diagnostics.append(Diagnostic(file: displayPath(name), message: Message.symbolicLinkFolder))
            default:
                if name == FolderScan.processFile { sawProcess = true }
                classify(relative: name, name: name, info: info, role: name == FolderScan.processFile ? .process : .event)
            }
        }
        if !sawProcess {
            diagnostics.append(Diagnostic(file: displayPath(FolderScan.processFile), message: Message.missingProcessFile))
        }
    }

    /// The files of `bijlagen/`: each one goes with the report or is reported. Nothing is read here.
    private mutating func scanAttachments(_ subfolder: any ProcessFolder) async {
        let relativeFolder = FolderScan.attachmentsFolder
        var total = 0
        var limitReached = false
        for (name, info) in await list(subfolder, relative: relativeFolder) ?? [] {
            let relative = relativeFolder + "/" + name
            let shown = displayPath(relative)
            func refuse(_ message: String, severity: Diagnostic.Severity = .fout) {
                diagnostics.append(Diagnostic(file: shown, severity: severity, message: message))
                refusedAttachments.insert(name)
            }
            switch info?.kind {
            case .regular:
                break
            case .directory:
                diagnostics.append(Diagnostic(file: shown, severity: .waarschuwing, message: Message.folderInAttachments(folder: folderName)))
                continue
            case .symbolicLink:
                refuse(Message.symbolicLink)
                continue
            case .some:
                refuse(Message.unreadableFile(Message.notARegularFile))
                continue
            case nil:
                refuse(Message.unreadableFile(SystemError(.noSuchFileOrDirectory).reason))
                continue
            }
            let fileExtension = name.split(separator: ".").count > 1 ? name.split(separator: ".").last!.lowercased() : ""
            guard FolderScan.attachmentExtensions.contains(fileExtension) else {
                refuse(Message.attachmentType, severity: .waarschuwing)
                continue
            }
            let size = Int(info?.size ?? 0)
            // After a limit for all attachments, the message names the first file left out; the later ones
            // are left out too, without a message of their own.
            if limitReached {
                refusedAttachments.insert(name)
                continue
            }
            guard size <= limits.attachmentSize else {
                refuse(Message.attachmentTooLarge(size, limit: limits.attachmentSize))
                continue
            }
            guard attachments.count < limits.attachmentCount else {
                refuse(Message.tooManyAttachments(limit: limits.attachmentCount))
                limitReached = true
                continue
            }
            guard total + size <= limits.attachmentsTotal else {
                refuse(Message.attachmentsTooLarge(limit: limits.attachmentsTotal))
                limitReached = true
                continue
            }
            total += size
            if !name.unicodeScalars.allSatisfy(FolderScan.isSafeAttachmentCharacter) {
                diagnostics.append(Diagnostic(file: shown, severity: .waarschuwing, message: Message.attachmentName))
            }
            attachments.append(Attachment(path: shown, relativePath: relative, name: name, size: size))
        }
    }

    /// ASCII letters, digits, `-`, `_` and `.`: names that need no encoding in a link.
    static func isSafeAttachmentCharacter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_" || scalar == ".")
    }

    /// The visible entries of a folder, sorted by name, with what they are (`nil` when gone meanwhile).
    /// The entries are looked at on all cores: one system call each, at 10,000 files a tenth of a build.
    private mutating func list(_ directory: any ProcessFolder, relative: String) async -> [(String, FileInfo?)]? {
        let names: [Directory.Name]
        switch directory.names() {
        case .failure(let error):
            let shown = relative.isEmpty ? displayRoot : displayPath(relative)
            diagnostics.append(Diagnostic(file: shown, message: Message.unreadableFolder(shown, error.reason)))
            return nil
        case .success(let listed):
            names = listed
        }
        var visible: [String] = []
        visible.reserveCapacity(names.count)
        for entry in names where !entry.name.hasPrefix(".") {
            guard entry.isValidUTF8 else {
                // The name cannot be shown or opened faithfully: report it with U+FFFD for the bad bytes.
                let shown = relative.isEmpty ? entry.name : relative + "/" + entry.name
                diagnostics.append(Diagnostic(file: displayPath(shown), message: Message.invalidFileName))
                continue
            }
            visible.append(entry.name)
        }
        let infos = await Parallel.map(visible, chunkSize: 256) { directory.info($0) }
        return Array(zip(visible, infos))
    }

    private mutating func classify(relative: String, name: String, info: FileInfo?, role: Role) {
        let shown = displayPath(relative)
        guard name.hasSuffix(".md"), name.count > 3 else {
            diagnostics.append(Diagnostic(file: shown, severity: .waarschuwing, message: Message.unusedFile(folder: folderName)))
            return
        }
        switch info?.kind {
        case .symbolicLink:
            diagnostics.append(Diagnostic(file: shown, message: Message.symbolicLink))
            return
        case .regular:
            break
        case .directory:
            diagnostics.append(Diagnostic(file: shown, severity: .waarschuwing, message: Message.folderNamedMarkdown(folder: folderName)))
            return
        case .some(let kind):
            // A FIFO would block whoever reads it; every command refuses it the same way.
            diagnostics.append(Diagnostic(file: shown, message: Message.notARegularMarkdownFile(kind)))
            return
        case nil:
            // Gone since it was listed.
            diagnostics.append(Diagnostic(file: shown, message: Message.unreadableFile(SystemError(.noSuchFileOrDirectory).reason)))
            return
        }
        let size = Int(info?.size ?? 0)
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
}
