#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The names, sizes and modification times of everything under some folders, for
/// `participatie build --watch`: two snapshots differ when a file was added, removed, renamed or saved.
///
/// Polling works the same on every file system and platform (network drives and editors that save
/// by renaming included). Hidden files (an editor's `.x.md.swp`) and names ending in `~` are skipped,
/// as the reader skips them. Symbolic links are recorded, not followed.
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
            var info = stat()
            if stat(path, &info) == 0 { skipped.insert([UInt64(info.st_dev), UInt64(info.st_ino)]) }
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
        guard stamps.count < Self.entryLimit else { return }
        var info = stat()
        guard lstat(path, &info) == 0, !skipped.contains([UInt64(info.st_dev), UInt64(info.st_ino)]) else { return }
        #if canImport(Darwin)
        let modified = info.st_mtimespec
        #else
        let modified = info.st_mtim
        #endif
        let isDirectory = info.st_mode & S_IFMT == S_IFDIR
        // A folder's own time changes when an editor creates a hidden swap file in it; its visible
        // entries are recorded one by one, so the folder itself only needs to exist.
        stamps[path] = isDirectory
            ? Stamp(size: 0, seconds: 0, nanoseconds: 0, mode: UInt32(info.st_mode), inode: UInt64(info.st_ino))
            : Stamp(size: Int64(info.st_size), seconds: Int(modified.tv_sec), nanoseconds: Int(modified.tv_nsec),
                    mode: UInt32(info.st_mode), inode: UInt64(info.st_ino))
        guard isDirectory, depth < Self.depthLimit, let directory = opendir(path) else { return }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = DirectoryEntry.name(of: entry).name
            if name.hasPrefix(".") || name.hasSuffix("~") { continue }
            names.append(name)
        }
        for name in names { add(path + "/" + name, depth: depth + 1) }
    }
}
