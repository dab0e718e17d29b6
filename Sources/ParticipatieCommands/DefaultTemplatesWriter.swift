import ParticipatieReading
import ParticipatieReport
import ParticipatieSystem

/// Writes the compiled-in templates into a folder for `participatie sjablonen`, so they can be
/// restyled there. A file that exists is never overwritten, nor is a symbolic link followed.
enum DefaultTemplatesWriter {
    /// What was written, as paths the user would type.
    struct Written: Equatable {
        var written: [String] = []
        /// Files that existed already and were left as they were.
        var kept: [String] = []
    }

    /// Writes every default template that is missing from `folder` (created when missing).
    static func write(into folder: String) -> Result<Written, NewEntryError> {
        let root = PathText.trimmed(folder)
        var result = Written()
        for file in EmbeddedTemplates.files {
            let path = PathText.join(root, file.path)
            let parent = file.path.split(separator: "/").dropLast().reduce(root) { PathText.join($0, String($1)) }
            if let problem = makeFolder(parent) { return .failure(.failed(problem)) }
            switch FileSystem.createNewFile(path, bytes: Array(file.text.utf8)) {
            case .success: result.written.append(path)
            case .failure(let error) where error.errno == .fileExists: result.kept.append(path)
            case .failure(let error): return .failure(.failed(CommandWording.cannotWriteFile(path, error.writingReason)))
            }
        }
        return .success(result)
    }

    /// Creates `path` and its missing parents; a symbolic link in place of the folder is refused, so
    /// nothing is written elsewhere.
    private static func makeFolder(_ path: String) -> String? {
        if case .success(let info) = FileSystem.info(path, followingLinks: false), info.kind == .symbolicLink {
            return CommandWording.folderIsSymbolicLink(path)
        }
        switch FileSystem.createDirectories(path) {
        case .success: return nil
        case .failure(let error) where error.errno == .fileExists: return Message.notAFolder(path)
        case .failure(let error): return CommandWording.cannotCreateFolder(path, error.writingReason)
        }
    }
}
