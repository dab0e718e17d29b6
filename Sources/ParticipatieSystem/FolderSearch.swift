/// Finds a project folder from wherever the user is inside it, the way git finds its repository:
/// in the current folder first, then in each folder above it.
public enum FolderSearch {
    /// Most folders looked at above the current one.
    public static let levelLimit = 64

    /// The nearest folder, from the current one upwards, that holds a folder called `name`, as a
    /// relative path (`.`, `..`, `../..` …); `nil` when there is none. A folder that holds `boundary`
    /// (the `.git` of a repository) is the last one looked at, and so is the root. A folder that holds
    /// `insideMarker` is itself such a folder, not the one above it: its own folder called `name` (a
    /// `process/process/` left by an older version of the program) does not count.
    public static func nearest(holdingFolder name: String, boundary: String, insideMarker: String) -> String? {
        var candidate = "."
        for _ in 0...levelLimit {
            if case .success(let info) = FileSystem.info(PathText.join(candidate, name)), info.kind == .directory,
                !FileSystem.exists(PathText.join(candidate, insideMarker))
            {
                return candidate
            }
            if FileSystem.exists(PathText.join(candidate, boundary)) { return nil }
            guard let real = FileSystem.realPath(candidate), real != "/" else { return nil }
            candidate = candidate == "." ? ".." : candidate + "/.."
        }
        return nil
    }

    /// `path` as the shortest relative path from the current folder (`..` rather than
    /// `../process` when the current folder is `process/uitkomsten`); `path` itself when either
    /// cannot be resolved. Symbolic links are resolved first.
    public static func shortest(_ path: String) -> String {
        guard let here = FileSystem.realPath("."), let target = FileSystem.resolvedPath(path) else { return path }
        return PathText.relative(target, from: here)
    }
}
