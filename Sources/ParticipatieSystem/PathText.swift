/// Paths as the user typed them, joined and trimmed the same way everywhere.
public enum PathText {
    /// Without trailing slashes; `.` for an empty path.
    public static func trimmed(_ path: String) -> String {
        var path = path.isEmpty ? "." : path
        while path.count > 1, path.hasSuffix("/") { path.removeLast() }
        return path
    }

    /// `folder/name`, or just `name` inside `.`.
    public static func join(_ folder: String, _ name: String) -> String {
        folder == "." ? name : folder + "/" + name
    }

    /// The last component of a path: `process` for `../x/process/`; the path itself when it has none.
    public static func lastComponent(_ path: String) -> String {
        let name = trimmed(path).split(separator: "/").last.map(String.init) ?? ""
        return name.isEmpty ? trimmed(path) : name
    }
}
