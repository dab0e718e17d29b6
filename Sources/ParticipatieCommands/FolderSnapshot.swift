import ParticipatieSystem

/// The names, sizes and modification times of everything under some folders, for
/// `participatie build --watch`: two snapshots differ when a file was added, removed, renamed or saved.
///
/// Polling works the same on every file system (network drives and editors that save by renaming
/// included). Hidden files (an editor's `.x.md.swp`) and names ending in `~` are skipped, as the
/// reader skips them. Symbolic links are recorded, not followed.
public struct FolderSnapshot: Equatable, Sendable {
    /// Deepest folder level looked at, below each root.
    public static let depthLimit = 8
    /// Most entries recorded; a folder that large is not a process folder.
    public static let entryLimit = 20_000

    struct Stamp: Equatable, Sendable {
        let size: Int64
        let seconds: Int
        let nanoseconds: Int
        let mode: UInt32
        let inode: UInt64
    }

    private(set) var stamps: [String: Stamp] = [:]

    /// Folders not to look into, by device and inode, so any spelling of the path matches.
    private var skipped: Set<[UInt64]> = []

    /// Takes a snapshot of `roots` (folders or files); a root that does not exist counts as empty.
    /// Folders in `skipping` (the output folder, if it lies inside a root) are left out.
    public init(roots: [String], skipping: [String] = []) {
        for path in skipping {
            if case .success(let info) = FileSystem.info(path) { skipped.insert([info.device, info.inode]) }
        }
        for root in roots { add(root, depth: 0) }
    }

    public static func == (lhs: FolderSnapshot, rhs: FolderSnapshot) -> Bool { lhs.stamps == rhs.stamps }

    /// The paths that differ between `self` and `other`, sorted: added, removed or changed.
    public func changes(since other: FolderSnapshot) -> [String] {
        let paths = Set(stamps.keys).union(other.stamps.keys)
        return paths.filter { stamps[$0] != other.stamps[$0] }.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    private mutating func add(_ path: String, depth: Int) {
        guard stamps.count < Self.entryLimit, case .success(let info) = FileSystem.info(path, followingLinks: false),
            !skipped.contains([info.device, info.inode])
        else { return }
        let isDirectory = info.kind == .directory
        // A folder's own time changes when an editor creates a hidden swap file in it; its visible
        // entries are recorded one by one, so the folder itself only needs to exist.
        stamps[path] =
            isDirectory
            ? Stamp(size: 0, seconds: 0, nanoseconds: 0, mode: info.mode, inode: info.inode)
            : Stamp(
                size: info.size, seconds: info.modifiedSeconds, nanoseconds: info.modifiedNanoseconds,
                mode: info.mode, inode: info.inode)
        guard isDirectory, depth < Self.depthLimit, case .success(let folder) = Directory.open(path),
            case .success(let names) = folder.names()
        else { return }
        for entry in names where !entry.name.hasPrefix(".") && !entry.name.hasSuffix("~") {
            add(path + "/" + entry.name, depth: depth + 1)
        }
    }
}
