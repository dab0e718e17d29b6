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
}
