// All Dutch wording of the system layer: why a call failed, and what kind of file something is.

import SystemPackage

/// Dutch texts for system errors and kinds of file.
enum SystemWording {
    /// Why reading (or listing, or opening) failed.
    static func reason(_ errno: Errno) -> String {
        switch errno {
        case .permissionDenied, .notPermitted: "geen leesrechten"
        case .noSuchFileOrDirectory: "bestaat niet"
        case .tooManySymbolicLinkLevels: "symbolische koppeling die naar zichzelf verwijst"
        case .isDirectory: "is een map"
        case .notDirectory: "is geen map"
        case .tooManyOpenFiles, .tooManyOpenFilesInSystem: "te veel open bestanden"
        case .ioError: "leesfout van de schijf"
        default: "systeemfout \(errno.rawValue)"
        }
    }

    /// Why writing (or creating) failed.
    static func writingReason(_ errno: Errno) -> String {
        switch errno {
        case .permissionDenied, .notPermitted: "geen schrijfrechten"
        case .noSpace: "de schijf is vol"
        case .diskQuotaExceeded: "het schijfquotum is bereikt"
        case .readOnlyFileSystem: "het bestandssysteem is alleen-lezen"
        case .isDirectory: "er staat een map met die naam"
        default: reason(errno)
        }
    }

    /// "een FIFO (named pipe)".
    static func label(_ kind: FileKind) -> String {
        switch kind {
        case .regular: "een gewoon bestand"
        case .directory: "een map"
        case .symbolicLink: "een symbolische koppeling"
        case .fifo: "een FIFO (named pipe)"
        case .socket: "een socket"
        case .characterDevice, .blockDevice: "een apparaatbestand"
        case .unknown: "een onbekend soort bestand"
        }
    }
}

extension SystemError {
    /// Why writing failed, in Dutch ("geen schrijfrechten", "de schijf is vol").
    public var writingReason: String { SystemWording.writingReason(errno) }
}
