import SystemPackage

/// What `stat` says about a file, as plain values.
public struct FileInfo: Sendable, Hashable {
    public let kind: FileKind
    /// Size in bytes.
    public let size: Int64
    /// Modification time: seconds and nanoseconds since 1970.
    public let modifiedSeconds: Int
    public let modifiedNanoseconds: Int
    /// The mode bits, type included.
    public let mode: UInt32
    public let device: UInt64
    public let inode: UInt64

    /// A file that exists only as a value, as in a git tree: no times, no device.
    public init(kind: FileKind, size: Int64) {
        self.kind = kind
        self.size = size
        modifiedSeconds = 0
        modifiedNanoseconds = 0
        mode = 0
        device = 0
        inode = 0
    }

    init(_ status: Stat) {
        kind = FileKind(status.type)
        size = status.size
        modifiedSeconds = Int(status.st_mtim.tv_sec)
        modifiedNanoseconds = Int(status.st_mtim.tv_nsec)
        mode = UInt32(status.mode.rawValue)
        device = UInt64(status.deviceID.rawValue)
        inode = UInt64(status.inode.rawValue)
    }
}
