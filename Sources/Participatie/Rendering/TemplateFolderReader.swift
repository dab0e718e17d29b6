#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lists and reads the template files of a `templates/` folder, sorted by path.
///
/// Files ending in `.html.mustache` or `.md.mustache` are templates; other `.mustache` files are
/// reported as unused, everything else (a README, a logo's source) is left alone. Nothing is written.
struct TemplateFolderReader {
    let root: String
    /// The folder as the user typed it, without trailing slashes.
    let displayRoot: String
    private(set) var files: [TemplateLibrary.File] = []
    private(set) var diagnostics: [Diagnostic] = []

    /// Deeper folders are not read, so a folder loop cannot keep the reader busy.
    static let depthLimit = 8

    init(root: String, displayRoot: String) {
        self.root = root
        var display = displayRoot
        while display.count > 1, display.hasSuffix("/") { display.removeLast() }
        self.displayRoot = display
    }

    func displayPath(_ relative: String) -> String {
        displayRoot == "." ? relative : displayRoot + "/" + relative
    }

    mutating func read() {
        if let problem = FolderScan.folderProblem(root, shown: displayRoot) {
            diagnostics.append(problem)
            return
        }
        read(relative: "", depth: 0)
    }

    private mutating func read(relative: String, depth: Int) {
        let path = relative.isEmpty ? root : root + "/" + relative
        guard let directory = opendir(path) else {
            let shown = relative.isEmpty ? displayRoot : displayPath(relative)
            diagnostics.append(Diagnostic(file: shown, message: Message.unreadableFolder(shown, FolderScan.reason(errno))))
            return
        }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = DirectoryEntry.name(of: entry).name
            if !name.hasPrefix(".") { names.append(name) }
        }
        closedir(directory)
        names.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        for name in names {
            let child = relative.isEmpty ? name : relative + "/" + name
            var info = stat()
            guard lstat(root + "/" + child, &info) == 0 else { continue }
            let isTemplate = name.hasSuffix(".html" + TemplateLibrary.fileExtension) || name.hasSuffix(".md" + TemplateLibrary.fileExtension)
            switch info.st_mode & S_IFMT {
            case S_IFDIR where depth < TemplateFolderReader.depthLimit:
                read(relative: child, depth: depth + 1)
            case S_IFLNK where name.hasSuffix(TemplateLibrary.fileExtension):
                diagnostics.append(Diagnostic(file: displayPath(child), message: Message.symbolicLink))
            case S_IFREG where isTemplate:
                switch readFile(root + "/" + child) {
                case .success(let bytes): files.append(TemplateLibrary.File(relativePath: child, bytes: bytes))
                case .failure(let message): diagnostics.append(Diagnostic(file: displayPath(child), message: message.text))
                }
            case S_IFREG where name.hasSuffix(TemplateLibrary.fileExtension):
                diagnostics.append(Diagnostic(file: displayPath(child), severity: .waarschuwing, message: Message.unusedTemplate))
            default:
                continue
            }
        }
    }

    struct Failure: Error { let text: String }

    /// Reads a whole regular file, refusing files above ``ProcessReader/fileSizeLimit``.
    private func readFile(_ path: String) -> Result<[UInt8], Failure> {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW)
        guard descriptor >= 0 else { return .failure(Failure(text: Message.unreadableFile(FolderScan.reason(errno)))) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failure(Failure(text: Message.unreadableFile(FolderScan.reason(errno)))) }
        let size = Int(info.st_size)
        guard size <= ProcessReader.fileSizeLimit else {
            return .failure(Failure(text: Message.fileTooLarge(size, limit: ProcessReader.fileSizeLimit)))
        }
        var bytes = [UInt8](repeating: 0, count: size)
        var total = 0
        while total < size {
            let count = bytes.withUnsafeMutableBytes { buffer in
                Glibc.read(descriptor, buffer.baseAddress! + total, size - total)
            }
            if count < 0 { return .failure(Failure(text: Message.unreadableFile(FolderScan.reason(errno)))) }
            if count == 0 { break }
            total += count
        }
        if total < size { bytes.removeLast(size - total) }
        return .success(bytes)
    }
}
