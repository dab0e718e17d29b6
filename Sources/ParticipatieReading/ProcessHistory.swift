import ParticipatieModel
import ParticipatieSystem

/// The process folder as it was at a git revision, read by the same reader as the work tree, so a
/// comparison compares models and not texts.
public enum ProcessHistory {
    /// A process as it was at one commit.
    public struct Revision: Sendable {
        /// The full commit name.
        public let commit: String
        /// What the reader found there. A `definitief` process is judged as a concept: an older version
        /// may miss what a published report needs today and can still be compared.
        public let result: ProcessReadResult

        /// The first seven characters of the commit, as git shows it.
        public var shortCommit: String { String(commit.prefix(7)) }
        /// `versie` of `proces.md` at that commit; empty when it has none.
        public var version: String { result.timeline?.process.version ?? "" }
    }

    /// Why an earlier version could not be read.
    public enum Problem: Error, Equatable, Sendable {
        case git(GitProblem)
        /// No commit has a `proces.md` with a `versie` other than this one.
        case noOtherVersion(String)
        /// The process folder did not exist at that commit.
        case folderMissing(folder: String, commit: String)

        /// What went wrong, in Dutch.
        public var message: String {
            switch self {
            case .git(let problem): problem.message
            case .noOtherVersion(let version): Message.noOtherVersion(version)
            case .folderMissing(let folder, let commit): Message.folderMissingAtRevision(folder, commit: String(commit.prefix(7)))
            }
        }
    }

    /// Reads `directory` (shown as `displayPath`) at `revision`; without one, at the last commit whose
    /// `proces.md` has a `versie` other than `currentVersion` (see ``previousVersion(of:in:currentVersion:)``).
    public static func read(
        directory: String, displayPath: String? = nil, revision: String?, currentVersion: String
    ) async -> Result<Revision, Problem> {
        let repository: Git.Repository
        switch Git.repository(containing: directory) {
        case .success(let found): repository = found
        case .failure(let problem): return .failure(.git(problem))
        }
        let resolved: Result<String, Problem>
        if let revision {
            resolved = Git.commit(revision, in: repository).mapError(Problem.git)
        } else {
            resolved = previousVersion(of: directory, in: repository, currentVersion: currentVersion)
        }
        let commit: String
        switch resolved {
        case .success(let found): commit = found
        case .failure(let problem): return .failure(problem)
        }
        let entries: [Git.TreeEntry]
        switch Git.files(at: commit, in: repository) {
        case .success(let listed): entries = listed
        case .failure(let problem): return .failure(.git(problem))
        }
        let shown = PathText.trimmed(displayPath ?? directory)
        guard !entries.isEmpty else { return .failure(.folderMissing(folder: shown, commit: commit)) }
        let objects = TreeFolder.objectsToRead(entries, prefix: repository.prefix, limit: ProcessReader.fileSizeLimit)
        var contents: [String: [UInt8]] = [:]
        switch Git.contents(of: objects, in: repository) {
        case .success(let blobs):
            for (object, bytes) in zip(objects, blobs) { contents[object] = bytes }
        case .failure(let problem):
            return .failure(.git(problem))
        }
        let folder = TreeFolder(entries: entries, prefix: repository.prefix, contents: contents)
        let folderName = PathText.lastComponent(FileSystem.realPath(directory) ?? shown)
        let result = await ProcessReader.read(folder: folder, displayPath: shown, folderName: folderName, judgeAsConcept: true)
        return .success(Revision(commit: commit, result: result))
    }

    /// The newest commit, along first parents, whose `proces.md` has a `versie` other than
    /// `currentVersion`: the parent of the oldest commit in the newest run of commits that changed
    /// `proces.md` and kept `currentVersion`, or `HEAD` itself when `proces.md` at `HEAD` already
    /// differs (the work tree has a new version that is not committed yet).
    static func previousVersion(of directory: String, in repository: Git.Repository, currentVersion: String) -> Result<String, Problem> {
        let path = repository.prefix + FolderScan.processFile
        let commits: [String]
        switch Git.commits(changing: path, in: repository) {
        case .success(let found): commits = found
        case .failure(let problem): return .failure(.git(problem))
        }
        let files: [[UInt8]?]
        switch Git.contents(of: commits.map { $0 + ":" + path }, in: repository) {
        case .success(let found): files = found
        case .failure(let problem): return .failure(.git(problem))
        }
        let versions = files.map { $0.flatMap(version(in:)) }
        guard let index = versions.firstIndex(where: { $0 != nil && $0 != currentVersion }) else {
            return .failure(.noOtherVersion(currentVersion))
        }
        let revision = index == 0 ? "HEAD" : commits[index - 1] + "^"
        return Git.commit(revision, in: repository).mapError(Problem.git)
    }

    /// `versie` of a `proces.md`; empty when it has none, `nil` when the file cannot be read.
    static func version(in bytes: [UInt8]) -> String? {
        guard case .success(var source) = SourceFile.parse(bytes: bytes, path: FolderScan.processFile, id: "proces", checkingText: false) else {
            return nil
        }
        return source.fields.text("versie")?.value ?? ""
    }
}
