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
        case ENOSPC, EDQUOT: Message.diskFull
        case EROFS: Message.readOnlyFileSystem
        case EISDIR: Message.folderInTheWay
        default: FolderScan.reason(code)
        }
    }

    /// Writes `bytes` to `folder/name`. The temporary file is removed again when anything fails.
    static func write(_ bytes: [UInt8], to name: String, in folder: String) -> Result<Void, Failure> {
        let target = folder + "/" + name
        let temporary = folder + "/." + name + ".tmp-" + String(getpid())
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return .failure(Failure(code: errno)) }
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                Glibc.write(descriptor, buffer.baseAddress! + offset, bytes.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                return fail(descriptor: descriptor, temporary: temporary)
            }
            offset += written
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

    private static func fail(descriptor: Int32, temporary: String) -> Result<Void, Failure> {
        let code = errno
        close(descriptor)
        unlink(temporary)
        return .failure(Failure(code: code))
    }
}
