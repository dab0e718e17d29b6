import ParticipatieSystem

/// What the reader needs of a process folder: the names in it, what each is, its subfolders and
/// whole files. An open ``Directory`` on disk is one; a ``TreeFolder`` (the folder at a git revision)
/// is another, so both are read by the same code.
protocol ProcessFolder: Sendable {
    /// Every name in the folder, sorted by their UTF-8 bytes.
    func names() -> Result<[Directory.Name], SystemError>
    /// What `name` is, without following a symbolic link; `nil` when it is gone.
    func info(_ name: String) -> FileInfo?
    /// The folder `name` inside this one.
    func subfolder(_ name: String) -> Result<any ProcessFolder, SystemError>
    /// The whole regular file at `relative`, refused when larger than `limit` bytes.
    func readFile(_ relative: String, limit: Int) -> Result<[UInt8], ReadFailure>
}

extension Directory: ProcessFolder {
    func subfolder(_ name: String) -> Result<any ProcessFolder, SystemError> {
        subdirectory(name).map { $0 }
    }
}
