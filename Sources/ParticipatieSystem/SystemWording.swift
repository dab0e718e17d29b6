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

    /// Why git could not answer.
    static func git(_ problem: GitProblem) -> String {
        switch problem {
        case .gitMissing: "git is niet gevonden; installeer git (bijvoorbeeld met 'apt-get install git') en probeer het opnieuw"
        case .cannotRun(let error): "kan git niet starten (\(error.reason))"
        case .notARepository(let folder):
            "'\(folder)' ligt niet in een git-repository; maak er een met 'git init' of werk in een kopie van de repository"
        case .unsafeRepository(let folder):
            "git weigert de repository van '\(folder)' omdat die van een andere gebruiker is; "
                + "sta hem toe met 'git config --global --add safe.directory <map>'"
        case .noCommits: "de repository heeft nog geen commits"
        case .unknownRevision(let revision):
            "revisie '\(revision)' bestaat niet in deze repository (zie 'git log' voor commits en 'git tag' voor versies)"
        case .tooLarge: "git gaf meer uitvoer dan participatie leest"
        case .unreadableOutput: "de uitvoer van git is niet te lezen"
        case .failed(let status): "git stopte met een fout (exitcode \(status))"
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
