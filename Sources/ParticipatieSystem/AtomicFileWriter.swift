import Glibc
import SystemPackage

/// Writes a file so readers see either the old or the new contents, never a mix: a temporary file in
/// the same folder is written and flushed, then renamed over the target.
///
/// The temporary file is created exclusively (`O_EXCL | O_NOFOLLOW`) under a name nobody can predict
/// (`.<name>.tmp-<pid>-<random>`), so a symbolic or hard link planted in the output folder can never
/// redirect the write. `rename` replaces a symbolic link at the target instead of following it, so
/// nothing is written outside the folder.
public enum AtomicFileWriter {
    /// The file being written by ``write(to:in:contents:)``.
    public struct Output {
        fileprivate let file: FileDescriptor
        /// The first write that failed; later writes are skipped.
        fileprivate var failure: Errno?

        /// Appends `bytes`.
        public mutating func write(_ bytes: [UInt8]) {
            guard failure == nil else { return }
            do {
                _ = try file.writeAll(bytes)
            } catch {
                failure = (error as? Errno) ?? .ioError
            }
        }

        /// Appends the UTF-8 of `text`.
        public mutating func write(_ text: String) {
            write(Array(text.utf8))
        }
    }

    /// Writes `bytes` to `name` in `folder`.
    public static func write(_ bytes: [UInt8], to name: String, in folder: Directory) -> Result<Void, SystemError> {
        write(to: name, in: folder) { output in
            output.write(bytes)
            return true
        }
    }

    /// Writes to `name` in `folder` what `contents` writes to its ``Output``, a part at a time, so the
    /// file never needs to be in memory whole. `contents` returns `false` to give up: the temporary
    /// file is removed and the target left as it was (`ECANCELED`), as on any failure.
    public static func write(
        to name: String, in folder: Directory,
        contents: (inout Output) -> Bool
    ) -> Result<Void, SystemError> {
        write(to: name, in: folder, temporaryNames: { temporaryName(for: name) }, contents: contents)
    }

    /// ``write(to:in:contents:)`` with the temporary names taken from `temporaryNames`, so tests can
    /// plant a link at the name the writer will try first.
    static func write(
        to name: String, in folder: Directory, temporaryNames: () -> String,
        contents: (inout Output) -> Bool
    ) -> Result<Void, SystemError> {
        removeAbandonedTemporaryFiles(of: name, in: folder)
        var temporary = ""
        var created: FileDescriptor?
        // A name that exists already (a planted link, or an unlikely repeat) is skipped, never opened.
        for _ in 0..<16 {
            temporary = temporaryNames()
            switch folder.createFile(temporary) {
            case .success(let file):
                created = file
            case .failure(let error) where error.errno == .fileExists:
                continue
            case .failure(let error):
                return .failure(error)
            }
            break
        }
        guard let file = created else { return .failure(SystemError(.fileExists)) }
        var output = Output(file: file)
        let complete = contents(&output)
        func fail(_ errno: Errno) -> Result<Void, SystemError> {
            try? file.close()
            folder.remove(temporary)
            return .failure(SystemError(errno))
        }
        if let failure = output.failure { return fail(failure) }
        guard complete else { return fail(.canceled) }
        guard fsync(file.rawValue) == 0 else { return fail(Errno(rawValue: Glibc.errno)) }
        do {
            try file.close()
        } catch {
            folder.remove(temporary)
            return .failure(SystemError((error as? Errno) ?? .ioError))
        }
        if case .failure(let error) = folder.rename(temporary, to: name) {
            folder.remove(temporary)
            return .failure(error)
        }
        return .success(())
    }

    /// The prefix of every temporary file for `name`.
    static func temporaryPrefix(for name: String) -> String { "." + name + ".tmp-" }

    /// `.<name>.tmp-<pid>-<16 random hex digits>`.
    static func temporaryName(for name: String) -> String {
        var generator = SystemRandomNumberGenerator()
        let random = String(generator.next() as UInt64, radix: 16)
        return temporaryPrefix(for: name) + String(getpid()) + "-" + String(repeating: "0", count: 16 - random.count) + random
    }

    /// Removes temporary files left by a build that was killed while writing: those of processes that
    /// no longer exist. A file of a build still running is left alone.
    static func removeAbandonedTemporaryFiles(of name: String, in folder: Directory) {
        guard case .success(let names) = folder.names() else { return }
        let prefix = temporaryPrefix(for: name)
        for entry in names where entry.name.hasPrefix(prefix) {
            let rest = entry.name.dropFirst(prefix.count)
            guard let pid = Int32(rest.prefix { $0 != "-" }), pid > 0, pid != getpid(),
                kill(pid, 0) != 0, Glibc.errno == ESRCH
            else { continue }
            folder.remove(entry.name)
        }
    }
}
