import Glibc
import SystemPackage

/// Reads whole files with the guards every input gets: regular files only, a size limit judged
/// before anything is read, and retries on `EINTR`.
enum FileReading {
    /// Reads all of `file` and closes it.
    static func readAll(_ file: FileDescriptor, limit: Int) -> Result<[UInt8], ReadFailure> {
        defer { try? file.close() }
        let status: Stat
        do {
            status = try file.stat()
        } catch {
            return .failure(.system(SystemError(error)))
        }
        let kind = FileKind(status.type)
        guard kind == .regular else { return .failure(.notRegularFile(kind)) }
        let size = Int(status.size)
        guard size <= limit else { return .failure(.tooLarge(size: size, limit: limit)) }
        var failure: Errno?
        // Straight into the array's storage; a file that shrank since fstat gives what is there.
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
            var total = 0
            while total < size {
                do {
                    let count = try file.read(
                        into: UnsafeMutableRawBufferPointer(rebasing: UnsafeMutableRawBufferPointer(buffer)[total...]),
                        retryOnInterrupt: true)
                    if count == 0 { break }
                    total += count
                } catch let errno as Errno {
                    failure = errno
                    break
                } catch {
                    failure = .ioError
                    break
                }
            }
            initialized = total
        }
        if let failure { return .failure(.system(SystemError(failure))) }
        return .success(bytes)
    }
}
