#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file so readers see either the old or the new contents, never a mix:
/// a temporary file in the same folder is written and flushed, then renamed over the target.
///
/// `rename` replaces a symbolic link at the target instead of following it, so nothing is
/// written outside the target's folder.
enum AtomicFileWriter {
    /// A failed write, with the `errno` value of the step that failed.
    struct Failure: Error, Equatable {
        let code: Int32

        /// Why writing failed, in Dutch.
        var reason: String { AtomicFileWriter.reason(code) }
    }

    /// A Dutch reason for an `errno` value met while creating or writing a file.
    static func reason(_ code: Int32) -> String {
        switch code {
        case EACCES, EPERM: Message.noWritePermission
        case ENOSPC: Message.diskFull
        case EDQUOT: Message.diskQuota
        case EROFS: Message.readOnlyFileSystem
        case EISDIR: Message.folderInTheWay
        default: FolderScan.reason(code)
        }
    }

    /// Writes `bytes` to `folder/name`. The temporary file is removed again when anything fails.
    static func write<Bytes: Collection>(_ bytes: Bytes, to name: String, in folder: String) -> Result<Void, Failure>
    where Bytes.Element == UInt8 {
        write(to: name, in: folder) { output in
            output.write(bytes)
            return true
        }
    }

    /// The file being written by ``write(to:in:contents:)``.
    struct Output {
        fileprivate let descriptor: Int32
        /// The `errno` value of the first write that failed; later writes are skipped.
        fileprivate var failure: Int32?
        /// Bytes written so far.
        fileprivate var offset = 0

        /// Appends `bytes`; an array or a native string's `utf8` is written from where it is.
        mutating func write<Bytes: Collection>(_ bytes: Bytes) where Bytes.Element == UInt8 {
            guard failure == nil else { return }
            let descriptor = descriptor
            let succeeded = bytes.withContiguousStorageIfAvailable { Output.writeAll(UnsafeRawBufferPointer($0), to: descriptor) }
                ?? Array(bytes).withUnsafeBytes { Output.writeAll($0, to: descriptor) }
            guard succeeded else {
                failure = errno
                return
            }
            #if os(Linux)
            // Start writing this part to disk now, while the next part is made, so that the `fsync`
            // before the rename has little left to wait for (Linux starts the writeback of a range's
            // dirty pages on this advice). Only a hint: write errors still show at `fsync`.
            _ = posix_fadvise(descriptor, off_t(offset), off_t(bytes.count), POSIX_FADV_DONTNEED)
            #endif
            offset += bytes.count
        }

        private static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> Bool {
            var offset = 0
            while offset < bytes.count {
                let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += written
            }
            return true
        }
    }

    /// Writes to `folder/name` what `contents` writes to its ``Output``, a part at a time, so the file
    /// never needs to be in memory whole. `contents` returns `false` to give up: the temporary file is
    /// removed and the target left as it was (`ECANCELED`), as on any failure.
    static func write(to name: String, in folder: String, contents: (inout Output) -> Bool) -> Result<Void, Failure> {
        let target = folder + "/" + name
        let temporary = folder + "/." + name + ".tmp-" + String(getpid())
        removeAbandonedTemporaryFiles(of: name, in: folder)
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return .failure(Failure(code: errno)) }
        var output = Output(descriptor: descriptor)
        let complete = contents(&output)
        if let failure = output.failure {
            errno = failure
            return fail(descriptor: descriptor, temporary: temporary)
        }
        guard complete else {
            errno = ECANCELED
            return fail(descriptor: descriptor, temporary: temporary)
        }
        guard fsync(descriptor) == 0 else { return fail(descriptor: descriptor, temporary: temporary) }
        guard close(descriptor) == 0 else {
            let code = errno
            unlink(temporary)
            return .failure(Failure(code: code))
        }
        guard rename(temporary, target) == 0 else {
            let code = errno
            unlink(temporary)
            return .failure(Failure(code: code))
        }
        return .success(())
    }

    /// Removes `.name.tmp-<pid>` files left by a build that was killed while writing: those of
    /// processes that no longer exist. A file of a build still running is left alone.
    static func removeAbandonedTemporaryFiles(of name: String, in folder: String) {
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        let prefix = "." + name + ".tmp-"
        var abandoned: [String] = []
        while let entry = readdir(directory) {
            let entryName = DirectoryEntry.name(of: entry).name
            guard entryName.hasPrefix(prefix), let pid = Int32(entryName.dropFirst(prefix.count)), pid > 0,
                  pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
            abandoned.append(entryName)
        }
        for entryName in abandoned { unlink(folder + "/" + entryName) }
    }

    private static func fail(descriptor: Int32, temporary: String) -> Result<Void, Failure> {
        let code = errno
        close(descriptor)
        unlink(temporary)
        return .failure(Failure(code: code))
    }
}
