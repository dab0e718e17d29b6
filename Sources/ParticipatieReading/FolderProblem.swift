import ParticipatieModel
import ParticipatieSystem

/// Why a folder the user named cannot be read: it is missing, unreadable or not a folder.
package enum FolderProblem {
    /// The error for `path` (shown as `shown`), or `nil` when it is a readable folder.
    package static func diagnostic(for path: String, shown: String) -> Diagnostic? {
        switch FileSystem.info(path) {
        case .failure(let error):
            let message =
                error.errno == .noSuchFileOrDirectory
                ? Message.missingFolder(shown)
                : Message.unreadableFolder(shown, error.reason)
            return Diagnostic(file: shown, message: message)
        case .success(let info):
            return info.kind == .directory ? nil : Diagnostic(file: shown, message: Message.notAFolder(shown))
        }
    }
}
