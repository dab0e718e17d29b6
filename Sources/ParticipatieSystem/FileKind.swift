import SystemPackage

/// What a directory entry is, from the type bits of its mode.
public enum FileKind: Sendable, Hashable {
    case regular
    case directory
    case symbolicLink
    case fifo
    case socket
    case characterDevice
    case blockDevice
    case unknown

    init(_ type: FileType) {
        switch type {
        case .regular: self = .regular
        case .directory: self = .directory
        case .symbolicLink: self = .symbolicLink
        case .fifo: self = .fifo
        case .socket: self = .socket
        case .characterSpecial: self = .characterDevice
        case .blockSpecial: self = .blockDevice
        default: self = .unknown
        }
    }

    /// The Dutch name of this kind of file, e.g. "een FIFO (named pipe)".
    public var label: String { SystemWording.label(self) }
}
