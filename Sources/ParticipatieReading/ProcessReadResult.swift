import ParticipatieModel

/// What ``ProcessReader`` found.
public struct ProcessReadResult: Sendable {
    /// The model; `nil` when any diagnostic is an error.
    public let timeline: Timeline?
    /// Every problem, sorted by file, line and column.
    public let diagnostics: [Diagnostic]
    /// Every file that was read, sorted by path: the inputs a report is built from.
    public let inputs: [InputFile]
    /// The files in `bijlagen/` that go with the report, sorted by name; `participatie build` reads and
    /// copies them (they are not read to check the folder).
    public let attachments: [Attachment]
    /// What the privacy check and the level's promises found; `nil` when `proces.md` could not be read.
    public let checks: CheckResults?
}

/// One input file as read from disk.
public struct InputFile: Sendable, Hashable {
    /// As the user would type it, e.g. `process/proces.md`.
    public let path: String
    public let bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }
}
