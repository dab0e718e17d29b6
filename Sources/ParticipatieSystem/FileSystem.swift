import Glibc
import SystemPackage

/// File-system calls by path, for the places that have no open folder at hand.
public enum FileSystem {
    /// What is at `path`: with `followingLinks` the target of a symbolic link, otherwise the link itself.
    public static func info(_ path: String, followingLinks: Bool = true) -> Result<FileInfo, SystemError> {
        SystemError.catching { try FileInfo(FilePath(path).stat(followTargetSymlink: followingLinks)) }
    }

    /// Whether anything, even a dangling symbolic link, has this name.
    public static func exists(_ path: String) -> Bool {
        (try? FilePath(path).stat(followTargetSymlink: false)) != nil
    }

    /// Reads the whole regular file at `path`, with the guards of ``Directory/readFile(_:limit:)``.
    public static func readFile(_ path: String, limit: Int) -> Result<[UInt8], ReadFailure> {
        do {
            let file = try FileDescriptor.open(FilePath(path), .readOnly, options: [.noFollow, .nonBlocking, .closeOnExec])
            return FileReading.readAll(file, limit: limit)
        } catch let errno as Errno {
            return .failure(.system(SystemError(errno)))
        } catch {
            return .failure(.system(SystemError(.ioError)))
        }
    }

    /// The absolute path without symbolic links, `.` or `..`; `nil` when it does not exist.
    public static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path.isEmpty ? "." : path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The real path of `path`, also when its last components do not exist yet.
    public static func resolvedPath(_ path: String) -> String? {
        if let real = realPath(path) { return real }
        let trimmed = PathText.trimmed(path)
        guard let slash = trimmed.lastIndex(of: "/") else {
            return realPath(".").map { $0 + "/" + trimmed }
        }
        let parent = slash == trimmed.startIndex ? "/" : String(trimmed[..<slash])
        let last = String(trimmed[trimmed.index(after: slash)...])
        if last == ".." || last == "." { return nil }
        return resolvedPath(parent).map { ($0 == "/" ? "" : $0) + "/" + last }
    }

    /// Permissions of every folder the tool creates; the user's umask narrows them, as for `mkdir`.
    static let folderPermissions: FilePermissions = [.ownerReadWriteExecute, .groupReadWriteExecute, .otherReadWriteExecute]

    /// Creates `path` and its missing parents. An existing folder is fine; anything else in the way is an error.
    public static func createDirectories(_ path: String) -> Result<Void, SystemError> {
        if case .success(let info) = info(path) {
            return info.kind == .directory ? .success(()) : .failure(SystemError(.fileExists))
        }
        var prefix = path.hasPrefix("/") ? "/" : ""
        for component in path.split(separator: "/") {
            prefix += component
            if mkdir(prefix, folderPermissions.rawValue) != 0, Glibc.errno != EEXIST {
                return .failure(SystemError(Errno(rawValue: Glibc.errno)))
            }
            prefix += "/"
        }
        return .success(())
    }

    /// Creates a new file at `path` holding `bytes`; fails when anything (even a dangling link) has
    /// that name. A file that could not be written whole is removed again.
    public static func createNewFile(_ path: String, bytes: [UInt8]) -> Result<Void, SystemError> {
        let file: FileDescriptor
        do {
            file = try FileDescriptor.open(
                FilePath(path), .writeOnly, options: [.create, .exclusiveCreate, .noFollow, .closeOnExec],
                permissions: [.ownerReadWrite, .groupReadWrite, .otherReadWrite])
        } catch let errno as Errno {
            return .failure(SystemError(errno))
        } catch {
            return .failure(SystemError(.ioError))
        }
        do {
            _ = try file.writeAll(bytes)
            try file.close()
            return .success(())
        } catch {
            try? file.close()
            unlink(path)
            return .failure(SystemError((error as? Errno) ?? .ioError))
        }
    }
}
