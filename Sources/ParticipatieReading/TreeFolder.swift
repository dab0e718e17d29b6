import ParticipatieSystem

/// A process folder as it is stored in a git commit, held in memory: the files of `git ls-tree` with
/// the contents of the ones the reader reads.
struct TreeFolder: ProcessFolder {
    /// One name in a folder of the tree.
    enum Node: Sendable {
        case file(kind: FileKind, size: Int, contents: [UInt8]?)
        case folder(TreeFolder)
    }

    private(set) var nodes: [String: Node] = [:]
    private(set) var validNames: Set<String> = []

    /// Builds the tree of `entries`, paths taken relative to `prefix`; `contents` gives the bytes of
    /// the files that were fetched (by object name).
    init(entries: [Git.TreeEntry], prefix: String, contents: [String: [UInt8]]) {
        for entry in entries where entry.path.hasPrefix(prefix) {
            let components = entry.path.dropFirst(prefix.count).split(separator: "/").map(String.init)
            guard !components.isEmpty else { continue }
            let kind: FileKind
            switch entry.mode {
            case "120000": kind = .symbolicLink
            case "160000": kind = .directory
            case "100644", "100755": kind = .regular
            default: kind = .unknown
            }
            insert(components[...], node: .file(kind: kind, size: entry.size ?? 0, contents: contents[entry.object]), valid: entry.isValidUTF8)
        }
    }

    private init() {}

    private mutating func insert(_ components: ArraySlice<String>, node: Node, valid: Bool) {
        let name = components.first!
        if valid { validNames.insert(name) }
        if components.count == 1 {
            // A submodule is a folder without contents.
            if case .file(.directory, _, _) = node { nodes[name] = .folder(TreeFolder()) } else { nodes[name] = node }
            return
        }
        var folder: TreeFolder
        if case .folder(let existing) = nodes[name] { folder = existing } else { folder = TreeFolder() }
        folder.insert(components.dropFirst(), node: node, valid: valid)
        nodes[name] = .folder(folder)
    }

    func names() -> Result<[Directory.Name], SystemError> {
        .success(
            nodes.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
                .map { Directory.Name(name: $0, isValidUTF8: validNames.contains($0)) })
    }

    func info(_ name: String) -> FileInfo? {
        switch nodes[name] {
        case .file(let kind, let size, _): FileInfo(kind: kind, size: Int64(size))
        case .folder: FileInfo(kind: .directory, size: 0)
        case nil: nil
        }
    }

    func subfolder(_ name: String) -> Result<any ProcessFolder, SystemError> {
        guard case .folder(let folder) = nodes[name] else { return .failure(SystemError(.notDirectory)) }
        return .success(folder)
    }

    func readFile(_ relative: String, limit: Int) -> Result<[UInt8], ReadFailure> {
        let components = relative.split(separator: "/").map(String.init)
        var folder = self
        for component in components.dropLast() {
            guard case .folder(let next) = folder.nodes[component] else { return .failure(.system(SystemError(.noSuchFileOrDirectory))) }
            folder = next
        }
        guard let last = components.last, case .file(let kind, let size, let contents) = folder.nodes[last] else {
            return .failure(.system(SystemError(.noSuchFileOrDirectory)))
        }
        guard kind == .regular else { return .failure(.notRegularFile(kind)) }
        guard size <= limit else { return .failure(.tooLarge(size: size, limit: limit)) }
        guard let contents else { return .failure(.system(SystemError(.ioError))) }
        return .success(contents)
    }

    /// The objects the reader will read: `.md` files in the folder and in `uitkomsten/` and
    /// `reacties/`, no larger than `limit`.
    static func objectsToRead(_ entries: [Git.TreeEntry], prefix: String, limit: Int) -> [String] {
        entries.filter { entry in
            guard entry.path.hasPrefix(prefix), entry.path.hasSuffix(".md"), entry.mode.hasPrefix("100"), (entry.size ?? 0) <= limit else {
                return false
            }
            let components = entry.path.dropFirst(prefix.count).split(separator: "/")
            return components.count == 1
                || components.count == 2 && (components[0] == FolderScan.outcomesFolder || components[0] == FolderScan.responsesFolder)
        }.map(\.object)
    }
}
