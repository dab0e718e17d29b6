import ParticipatieModel
import ParticipatieReading
import ParticipatieSystem

/// Lists and reads the template files of a `templates/` folder, sorted by path.
///
/// Files ending in `.html.mustache` or `.md.mustache` are templates; other `.mustache` files are
/// reported as unused, everything else (a README, a logo's source) is left alone. Nothing is written.
/// Files get the same guards as the process files (see `ParticipatieSystem`).
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
        self.displayRoot = PathText.trimmed(displayRoot)
    }

    func displayPath(_ relative: String) -> String {
        PathText.join(displayRoot, relative)
    }

    mutating func read() {
        if let problem = FolderProblem.diagnostic(for: root, shown: displayRoot) {
            diagnostics.append(problem)
            return
        }
        switch Directory.open(root) {
        case .success(let folder): read(folder, relative: "", depth: 0)
        case .failure(let error): diagnostics.append(Diagnostic(file: displayRoot, message: Message.unreadableFolder(displayRoot, error.reason)))
        }
    }

    private mutating func read(_ folder: Directory, relative: String, depth: Int) {
        let names: [Directory.Name]
        switch folder.names() {
        case .success(let listed): names = listed
        case .failure(let error):
            let shown = relative.isEmpty ? displayRoot : displayPath(relative)
            diagnostics.append(Diagnostic(file: shown, message: Message.unreadableFolder(shown, error.reason)))
            return
        }
        for entry in names where !entry.name.hasPrefix(".") {
            let name = entry.name
            let child = relative.isEmpty ? name : relative + "/" + name
            guard let info = folder.info(name) else { continue }
            let isTemplate = name.hasSuffix(".html" + TemplateLibrary.fileExtension) || name.hasSuffix(".md" + TemplateLibrary.fileExtension)
            switch info.kind {
            case .directory where depth < TemplateFolderReader.depthLimit:
                switch folder.subdirectory(name) {
                case .success(let subfolder): read(subfolder, relative: child, depth: depth + 1)
                case .failure(let error):
                    diagnostics.append(Diagnostic(file: displayPath(child), message: Message.unreadableFolder(displayPath(child), error.reason)))
                }
            case .symbolicLink where name.hasSuffix(TemplateLibrary.fileExtension):
                diagnostics.append(Diagnostic(file: displayPath(child), message: Message.symbolicLink))
            case .regular where isTemplate:
                switch folder.readFile(name, limit: ProcessReader.fileSizeLimit) {
                case .success(let bytes): files.append(TemplateLibrary.File(relativePath: child, bytes: bytes))
                case .failure(let failure): diagnostics.append(Diagnostic(file: displayPath(child), message: Message.unreadable(failure)))
                }
            case .regular where name.hasSuffix(TemplateLibrary.fileExtension):
                diagnostics.append(Diagnostic(file: displayPath(child), severity: .waarschuwing, message: ReportWording.unusedTemplate))
            default:
                continue
            }
        }
    }
}
