/// One of the main outcomes of the process (section b): a file in `process/uitkomsten/`.
public struct Outcome: Hashable, Sendable, Identifiable {
    /// The file name without `.md`.
    public let id: String
    public let file: String
    public let title: String
    /// Position in section (b), from `volgorde`.
    public let order: Int
    /// Ids of the events the input came from (`bronnen`).
    public let sources: [String]
    /// `bronnen: niet-vermeld`: the source the process was entered from does not say where the input came from.
    public let sourcesNotStated: Bool
    public let body: String

    public init(
        id: String, file: String, title: String, order: Int, sources: [String] = [], sourcesNotStated: Bool = false,
        body: String = ""
    ) {
        self.id = id
        self.file = file
        self.title = title
        self.order = order
        self.sources = sources
        self.sourcesNotStated = sourcesNotStated
        self.body = body
    }
}
