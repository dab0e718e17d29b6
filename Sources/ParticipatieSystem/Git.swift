/// The git commands the tool needs, run as a subprocess (`git` on `PATH`): where the repository is,
/// which commit a revision names, the files of a folder at a commit and their contents, and the
/// commits that changed a file. git's own (English) messages never reach the user: every failure is
/// a ``GitProblem`` with a Dutch text.
public enum Git {
    /// A work tree and where a folder lies inside it.
    public struct Repository: Sendable, Equatable {
        /// The top folder of the work tree (absolute).
        public let root: String
        /// The folder inside the repository, `process/` or empty for the top itself.
        public let prefix: String
    }

    /// One file of a tree, as `git ls-tree -r -l` lists it.
    public struct TreeEntry: Sendable, Equatable {
        /// Path from the top of the repository.
        public let path: String
        /// Whether the path is valid UTF-8 (git stores bytes).
        public let isValidUTF8: Bool
        /// `100644`, `100755` (a file), `120000` (a symbolic link) or `160000` (a submodule).
        public let mode: String
        /// The object name of the blob.
        public let object: String
        /// Size in bytes; `nil` for a submodule.
        public let size: Int?
    }

    /// Runs git in the repository with a fixed, English-free environment: no pager, no prompt for
    /// credentials, no system-wide or user configuration that could change the output.
    static func run(_ arguments: [String], in directory: String, input: [UInt8] = []) -> Result<Subprocess.Output, GitProblem> {
        let environment = [
            "LC_ALL": "C", "LANGUAGE": "C", "GIT_TERMINAL_PROMPT": "0", "GIT_PAGER": "cat", "GIT_OPTIONAL_LOCKS": "0",
        ]
        switch Subprocess.run("git", ["-C", directory, "-c", "core.quotePath=false"] + arguments, input: input, environment: environment) {
        case .success(let output): return .success(output)
        case .failure(let error) where error.errno == .noSuchFileOrDirectory: return .failure(.gitMissing)
        case .failure(let error) where error.errno == .fileTooLarge: return .failure(.tooLarge)
        case .failure(let error): return .failure(.cannotRun(error))
        }
    }

    /// The repository that holds `folder`.
    public static func repository(containing folder: String) -> Result<Repository, GitProblem> {
        run(["rev-parse", "--show-toplevel", "--show-prefix"], in: folder).flatMap { output in
            guard output.status == 0 else { return .failure(problem(output, folder: folder)) }
            let lines = String(decoding: output.standardOutput, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            guard let root = lines.first, !root.isEmpty else { return .failure(.notARepository(folder)) }
            return .success(Repository(root: String(root), prefix: lines.count > 1 ? String(lines[1]) : ""))
        }
    }

    /// The full name of the commit `revision` names (a branch, a tag, `HEAD~2`, a commit name).
    public static func commit(_ revision: String, in repository: Repository) -> Result<String, GitProblem> {
        // A revision that looks like an option, or holds a line break, names no commit.
        guard !revision.isEmpty, !revision.hasPrefix("-"), !revision.contains(where: { $0.isNewline || $0 == "\0" }) else {
            return .failure(.unknownRevision(revision))
        }
        return run(["rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}"], in: repository.root).flatMap { output in
            let name = String(decoding: output.standardOutput, as: UTF8.self).trimmingLineEnd
            guard output.status == 0, name.utf8.count == 40 || name.utf8.count == 64 else {
                return output.status == 1 || output.status == 128
                    ? .failure(.unknownRevision(revision)) : .failure(problem(output, folder: repository.root))
            }
            return .success(name)
        }
    }

    /// Every file below `repository.prefix` at `commit`, with paths from the top of the repository.
    public static func files(at commit: String, in repository: Repository) -> Result<[TreeEntry], GitProblem> {
        let pathspec = repository.prefix.isEmpty ? [] : ["--", repository.prefix]
        return run(["ls-tree", "-r", "-l", "-z", "--full-tree", commit] + pathspec, in: repository.root).flatMap { output in
            guard output.status == 0 else { return .failure(problem(output, folder: repository.root)) }
            var entries: [TreeEntry] = []
            for record in output.standardOutput.split(separator: 0) {
                // <mode> SP <type> SP <object> SP+ <size> TAB <path>
                guard let tab = record.firstIndex(of: 9) else { continue }
                let fields = record[..<tab].split(separator: 32)
                guard fields.count == 4 else { continue }
                let pathBytes = record[(tab + 1)...]
                let path = String(decoding: pathBytes, as: UTF8.self)
                entries.append(
                    TreeEntry(
                        path: path, isValidUTF8: String(validating: pathBytes, as: UTF8.self) != nil,
                        mode: String(decoding: fields[0], as: UTF8.self), object: String(decoding: fields[2], as: UTF8.self),
                        size: Int(String(decoding: fields[3], as: UTF8.self))))
            }
            return .success(entries)
        }
    }

    /// The contents of each object (a blob name, or `commit:path`), in order; `nil` for one that does
    /// not exist. One `git cat-file --batch` for all of them.
    public static func contents(of objects: [String], in repository: Repository) -> Result<[[UInt8]?], GitProblem> {
        guard !objects.isEmpty else { return .success([]) }
        let input = Array(objects.map { $0 + "\n" }.joined().utf8)
        return run(["cat-file", "--batch"], in: repository.root, input: input).flatMap { output in
            guard output.status == 0 else { return .failure(problem(output, folder: repository.root)) }
            var result: [[UInt8]?] = []
            let bytes = output.standardOutput
            var index = 0
            for _ in objects {
                guard let lineEnd = bytes[index...].firstIndex(of: 10) else { return .failure(.unreadableOutput) }
                let header = bytes[index..<lineEnd].split(separator: 32)
                index = lineEnd + 1
                guard header.count == 3, let size = Int(String(decoding: header[2], as: UTF8.self)) else {
                    result.append(nil)  // "<name> missing" or "<name> ambiguous"
                    continue
                }
                guard index + size <= bytes.count else { return .failure(.unreadableOutput) }
                result.append(Array(bytes[index..<index + size]))
                index += size + 1
            }
            return .success(result)
        }
    }

    /// The commits that changed `path` (from the top of the repository), newest first.
    public static func commits(changing path: String, in repository: Repository) -> Result<[String], GitProblem> {
        run(["log", "--format=%H", "--end-of-options", "HEAD", "--", path], in: repository.root).flatMap { output in
            // A repository without commits has no HEAD: then nothing changed the file yet.
            if output.status != 0 {
                let problem = problem(output, folder: repository.root)
                return problem == .noCommits ? .success([]) : .failure(problem)
            }
            return .success(String(decoding: output.standardOutput, as: UTF8.self).split(separator: "\n").map(String.init))
        }
    }

    /// The problem git's standard error describes, in our terms; its words are never shown.
    static func problem(_ output: Subprocess.Output, folder: String) -> GitProblem {
        let message = String(decoding: output.standardError, as: UTF8.self)
        if message.contains("not a git repository") { return .notARepository(folder) }
        if message.contains("dubious ownership") { return .unsafeRepository(folder) }
        if message.contains("does not have any commits") { return .noCommits }
        return .failed(status: output.status)
    }
}

extension String {
    /// Without one trailing line break.
    fileprivate var trimmingLineEnd: String { hasSuffix("\n") ? String(dropLast()) : self }
}
