import ParticipatieReading
import ParticipatieReport
import ParticipatieSystem

/// Writes the compiled-in templates into a folder for `participatie sjablonen`, so they can be
/// restyled there. A file that exists is never overwritten, nor is a symbolic link followed.
enum DefaultTemplatesWriter {
    /// Writes every default template that is missing from `folder` (created when missing).
    static func write(into folder: String) -> Result<NewFiles, NewEntryError> {
        let root = PathText.trimmed(folder)
        var result = NewFiles()
        for file in EmbeddedTemplates.files {
            let parent = file.path.split(separator: "/").dropLast().reduce(root) { PathText.join($0, String($1)) }
            if let problem = NewFiles.makeFolder(parent) { return .failure(.failed(problem)) }
            if let problem = result.writeOrKeep(PathText.join(root, file.path), file.text) { return .failure(.failed(problem)) }
        }
        return .success(result)
    }
}
