import ParticipatieReading
import ParticipatieSystem

/// The folders a command works on: the ones the user named, or else those of the project around the
/// current folder.
///
/// Without `--process` every command finds the project the way git finds its repository: the nearest
/// folder, from the current one upwards, that holds `process/` (not above a folder that holds `.git`).
/// So `participatie check` works from `process/` or any folder below it, and `participatie new` always
/// writes into the project's `process/`. Paths are shown relative to the current folder, as short as
/// they can be. Without a project the folders are those in the current folder, as before.
struct ProjectFolders: Equatable {
    static let processName = "process"
    static let templatesName = "templates"
    static let outputName = "output"
    /// A folder holding this is the top of a repository: the search does not go above it.
    static let repositoryMarker = ".git"

    /// The process folder.
    let process: String
    /// The templates folder; its files override the compiled-in defaults.
    let templates: String
    /// Whether the user named the templates folder: then it must exist.
    let templatesNamed: Bool
    /// The output folder.
    let output: String

    /// The folders for the given options (`nil`: not given).
    init(process: String?, templates: String? = nil, output: String? = nil) {
        let root: String?
        if process == nil,
            let found = FolderSearch.nearest(
                holdingFolder: Self.processName, boundary: Self.repositoryMarker, insideMarker: FolderScan.processFile)
        {
            root = found
        } else {
            root = nil
        }
        func inProject(_ name: String) -> String {
            guard let root else { return name }
            return FolderSearch.shortest(PathText.join(root, name))
        }
        self.process = process ?? inProject(Self.processName)
        self.templates = templates ?? inProject(Self.templatesName)
        templatesNamed = templates != nil
        self.output = output ?? inProject(Self.outputName)
    }
}
