import Glibc
import SystemPackage

/// An open folder: its entries are listed, inspected, read and written relative to it, so the
/// kernel does not walk the whole path for each one and a folder renamed meanwhile stays the same.
///
/// The descriptor is closed when the value is released. Safe to share between tasks: every call
/// works on the descriptor without changing it.
public final class Directory: Sendable {
    /// The folder as it was opened.
    public let path: String
    let descriptor: FileDescriptor

    private init(path: String, descriptor: FileDescriptor) {
        self.path = path
        self.descriptor = descriptor
    }

    deinit { try? descriptor.close() }

    /// Opens the folder at `path` (a symbolic link to a folder is followed).
    public static func open(_ path: String) -> Result<Directory, SystemError> {
        SystemError.catching {
            let descriptor = try FileDescriptor.open(
                FilePath(path.isEmpty ? "." : path), .readOnly,
                options: [.directory, .closeOnExec])
            return Directory(path: path, descriptor: descriptor)
        }
    }

    /// Opens the folder `name` inside this one; a symbolic link is not followed.
    public func subdirectory(_ name: String) -> Result<Directory, SystemError> {
        let raw = openat(descriptor.rawValue, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard raw >= 0 else { return .failure(SystemError(Errno(rawValue: Glibc.errno))) }
        return .success(Directory(path: path + "/" + name, descriptor: FileDescriptor(rawValue: raw)))
    }

    /// Opens the folder `name` inside this one, making it first when it is missing. A symbolic link or
    /// anything else that is not a folder is refused (`ENOTDIR`, `ELOOP`), never followed.
    public func subdirectory(creating name: String) -> Result<Directory, SystemError> {
        if mkdirat(descriptor.rawValue, name, FileSystem.folderPermissions.rawValue) != 0, Glibc.errno != EEXIST {
            return .failure(SystemError(Errno(rawValue: Glibc.errno)))
        }
        return subdirectory(name)
    }

    // MARK: Listing

    /// One name in a folder listing.
    public struct Name: Sendable, Hashable {
        /// The name; bytes that are not valid UTF-8 show as U+FFFD.
        public let name: String
        /// Whether the name is valid UTF-8 and so can be shown and opened faithfully.
        public let isValidUTF8: Bool

        /// A name as another listing gives it (a git tree).
        public init(name: String, isValidUTF8: Bool) {
            self.name = name
            self.isValidUTF8 = isValidUTF8
        }
    }

    /// Every name in the folder except `.` and `..`, sorted by their UTF-8 bytes.
    public func names() -> Result<[Name], SystemError> {
        // fdopendir takes over the descriptor it gets, so it gets its own.
        let copy = openat(descriptor.rawValue, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard copy >= 0 else { return .failure(SystemError(Errno(rawValue: Glibc.errno))) }
        guard let stream = fdopendir(copy) else {
            let code = Glibc.errno
            Glibc.close(copy)
            return .failure(SystemError(Errno(rawValue: code)))
        }
        defer { closedir(stream) }
        var names: [Name] = []
        while let entry = readdir(stream) {
            let name = Directory.name(of: entry)
            if name.name == "." || name.name == ".." { continue }
            names.append(name)
        }
        names.sort { Directory.bytesPrecede($0.name, $1.name) }
        return .success(names)
    }

    /// Whether the UTF-8 bytes of `left` sort before those of `right`. The same order as
    /// `left.utf8.lexicographicallyPrecedes(right.utf8)`, which costs a tenth of a 10,000-file build
    /// through the generic collection path; a test compares the two.
    static func bytesPrecede(_ left: String, _ right: String) -> Bool {
        let lhs = left.utf8.span, rhs = right.utf8.span
        var index = 0
        while index < lhs.count, index < rhs.count {
            if lhs[index] != rhs[index] { return lhs[index] < rhs[index] }
            index += 1
        }
        return lhs.count < rhs.count
    }

    /// Reads the name of a `readdir` record through a pointer into the record instead of copying
    /// `d_name`: records are only as long as their name, so copying the declared 256-byte array
    /// reads past the last record of the buffer (AddressSanitizer caught this).
    private static func name(of entry: UnsafeMutablePointer<dirent>) -> Name {
        let cName = (UnsafeRawPointer(entry) + MemoryLayout<dirent>.offset(of: \dirent.d_name)!)
            .assumingMemoryBound(to: CChar.self)
        return Name(name: String(cString: cName), isValidUTF8: String(validatingCString: cName) != nil)
    }

    /// What `name` in this folder is; a symbolic link is described, not followed. `nil` when it is gone.
    public func info(_ name: String) -> FileInfo? {
        try? FileInfo(FilePath(name).stat(relativeTo: descriptor, flags: .symlinkNoFollow))
    }

    /// What this folder itself is.
    public func info() -> FileInfo? {
        try? FileInfo(descriptor.stat())
    }

    // MARK: Reading

    /// Reads the whole regular file at `relative` (below this folder), refusing anything larger than
    /// `limit` bytes before reading it. A symbolic link at the last component is refused, and a FIFO
    /// does not block: it is opened without waiting and refused as not a regular file.
    public func readFile(_ relative: String, limit: Int) -> Result<[UInt8], ReadFailure> {
        let raw = openat(descriptor.rawValue, relative, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard raw >= 0 else { return .failure(.system(SystemError(Errno(rawValue: Glibc.errno)))) }
        return FileReading.readAll(FileDescriptor(rawValue: raw), limit: limit)
    }

    // MARK: Writing

    /// Creates a new file `name` in this folder for writing; fails when anything has that name,
    /// even a dangling symbolic link or a hard link planted there (`O_EXCL`).
    func createFile(_ name: String, permissions: FilePermissions = [.ownerReadWrite, .groupRead, .otherRead]) -> Result<FileDescriptor, SystemError> {
        let raw = openat(
            descriptor.rawValue, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
            permissions.rawValue)
        guard raw >= 0 else { return .failure(SystemError(Errno(rawValue: Glibc.errno))) }
        return .success(FileDescriptor(rawValue: raw))
    }

    /// Renames `name` over `target`, both in this folder. A symbolic link at `target` is replaced, not followed.
    func rename(_ name: String, to target: String) -> Result<Void, SystemError> {
        renameat(descriptor.rawValue, name, descriptor.rawValue, target) == 0
            ? .success(()) : .failure(SystemError(Errno(rawValue: Glibc.errno)))
    }

    /// Removes the file `name` from this folder (a link to a file elsewhere is removed, not the file).
    func remove(_ name: String) {
        unlinkat(descriptor.rawValue, name, 0)
    }

    /// Removes the file `name` from this folder if it is a regular file (never a folder, and a symbolic
    /// link only as a link). Returns whether something was removed.
    @discardableResult
    public func removeFile(_ name: String) -> Bool {
        guard let info = info(name), info.kind == .regular || info.kind == .symbolicLink else { return false }
        return unlinkat(descriptor.rawValue, name, 0) == 0
    }

    /// Removes the folder `name` from this folder when it is empty; otherwise leaves it.
    public func removeFolderIfEmpty(_ name: String) {
        unlinkat(descriptor.rawValue, name, AT_REMOVEDIR)
    }

    /// Runs `body` while holding an exclusive lock on this folder, waiting for another holder
    /// (another build writing into the same folder) to finish first. The lock ends with `body`,
    /// and with the process if it is killed.
    public func withExclusiveLock<Value>(_ body: () throws -> Value) rethrows -> Value {
        while flock(descriptor.rawValue, LOCK_EX) != 0, Glibc.errno == EINTR {}
        defer { flock(descriptor.rawValue, LOCK_UN) }
        return try body()
    }
}
