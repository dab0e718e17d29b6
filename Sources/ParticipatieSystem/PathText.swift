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

    /// The relative path from the absolute folder `base` to the absolute path `target`, both without
    /// `.`, `..` or trailing slashes: `../output` for `/p/output` from `/p/process`; `.` when equal.
    public static func relative(_ target: String, from base: String) -> String {
        let targetParts = target.split(separator: "/"), baseParts = base.split(separator: "/")
        var common = 0
        while common < targetParts.count, common < baseParts.count, targetParts[common] == baseParts[common] { common += 1 }
        let parts = Array(repeating: "..", count: baseParts.count - common) + targetParts[common...].map(String.init)
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }
}
