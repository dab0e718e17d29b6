import ParticipatieReading
import ParticipatieSystem

/// The files `init`, `sjablonen` and `new` make: a file that exists is never overwritten, and a
/// symbolic link in place of a folder is refused, so nothing is written elsewhere.
struct NewFiles: Equatable {
    /// Files written, as paths the user would type.
    var written: [String] = []
    /// Files that existed already and were left as they were.
    var kept: [String] = []

    /// Writes `contents` to `path`, or keeps the file that has that name; the message when neither works.
    mutating func writeOrKeep(_ path: String, _ contents: String) -> String? {
        switch FileSystem.createNewFile(path, bytes: Array(contents.utf8)) {
        case .success: written.append(path)
        case .failure(let error) where error.errno == .fileExists: kept.append(path)
        case .failure(let error): return CommandWording.cannotWriteFile(path, error.writingReason)
        }
        return nil
    }

    /// The written paths on standard output, the kept ones as a note each on standard error.
    func print() {
        for path in written { Output.line(path) }
        for path in kept { Output.error(CommandWording.fileKept(path)) }
    }

    /// Creates `path` and its missing parents (`shown` in messages); a file in its place is refused, and
    /// so is a symbolic link unless `allowingLink` (the process folder the user named may be one).
    static func makeFolder(_ path: String, shown: String? = nil, allowingLink: Bool = false) -> String? {
        let shown = shown ?? path
        if !allowingLink, case .success(let info) = FileSystem.info(path, followingLinks: false), info.kind == .symbolicLink {
            return CommandWording.folderIsSymbolicLink(shown)
        }
        switch FileSystem.createDirectories(path) {
        case .success: return nil
        case .failure(let error) where error.errno == .fileExists: return Message.notAFolder(shown)
        case .failure(let error): return CommandWording.cannotCreateFolder(shown, error.writingReason)
        }
    }
}
