/// A file in `process/bijlagen/` that `participatie build` copies into `output/bijlagen/`.
public struct Attachment: Hashable, Sendable {
    /// As the user would type it, e.g. `process/bijlagen/verslag.pdf`.
    public let path: String
    /// Inside the process folder, e.g. `bijlagen/verslag.pdf`.
    public let relativePath: String
    /// The file name, e.g. `verslag.pdf`.
    public let name: String
    /// Size in bytes when the folder was listed.
    public let size: Int

    /// An attachment as the folder listing found it.
    public init(path: String, relativePath: String, name: String, size: Int) {
        self.path = path
        self.relativePath = relativePath
        self.name = name
        self.size = size
    }
}
