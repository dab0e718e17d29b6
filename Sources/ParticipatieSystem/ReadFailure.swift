/// Why a whole file could not be read.
public enum ReadFailure: Error, Equatable, Sendable {
    /// A system call failed.
    case system(SystemError)
    /// The path names something other than a regular file (a FIFO, a folder, a device …).
    case notRegularFile(FileKind)
    /// The file is larger than the limit; nothing was read.
    case tooLarge(size: Int, limit: Int)
}
