import Glibc
import SystemPackage

/// Runs another program to its end and collects what it writes, for the few commands that need one
/// (git). Standard input, output and error are read and written together in one `poll` loop, so a
/// program that writes much while it still reads cannot block on a full pipe.
public enum Subprocess {
    /// What a program wrote and how it ended.
    public struct Output: Sendable, Equatable {
        /// The exit status; 128 plus the signal number when a signal ended it.
        public let status: Int32
        public let standardOutput: [UInt8]
        public let standardError: [UInt8]
    }

    /// Runs `program` (looked up in `PATH`) with `arguments`, writes `input` to its standard input and
    /// returns when it has ended. `environment` is added to this process's environment. When the
    /// program writes more than `outputLimit` bytes it is killed and the result is `EFBIG`.
    ///
    /// Standard input, output and error are sockets: a program that exits before reading everything
    /// ends the writing with an error instead of a `SIGPIPE` for this process.
    public static func run(
        _ program: String, _ arguments: [String], input: [UInt8] = [], environment: [String: String] = [:],
        outputLimit: Int = 512 << 20
    ) -> Result<Output, SystemError> {
        // Socket pairs rather than pipes: they are created close-on-exec in one call, so no other
        // program started meanwhile inherits them.
        var pairs: [[Int32]] = []
        for _ in 0..<3 {
            var pair: [Int32] = [-1, -1]
            guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &pair) == 0 else {
                let code = errno
                closeAll(pairs.flatMap { $0 })
                return .failure(SystemError(Errno(rawValue: code)))
            }
            pairs.append(pair)
        }
        // [0]: the parent's end, [1]: the child's end, for standard input, output and error.
        let (inputPair, outputPipe, errorPipe) = (pairs[0], pairs[1], pairs[2])

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, inputPair[1], 0)
        posix_spawn_file_actions_adddup2(&actions, outputPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errorPipe[1], 2)

        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        defer { freeAll(argv) }
        let envp = mergedEnvironment(environment).map { strdup($0) } + [nil]
        defer { freeAll(envp) }

        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, program, &actions, nil, argv, envp)
        closeAll([inputPair[1], outputPipe[1], errorPipe[1]])
        let parentEnds = [inputPair[0], outputPipe[0], errorPipe[0]]
        guard spawned == 0 else {
            closeAll(parentEnds)
            return .failure(SystemError(Errno(rawValue: spawned)))
        }
        let exchanged = exchange(input: input, with: parentEnds, outputLimit: outputLimit)
        closeAll(parentEnds)
        if exchanged == nil { kill(pid, SIGKILL) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        guard let (output, error) = exchanged else { return .failure(SystemError(.fileTooLarge)) }
        // The wait status: exit code in bits 8-15 when the low seven bits are 0, else the signal.
        let signal = status & 0x7F
        return .success(Output(status: signal == 0 ? (status >> 8) & 0xFF : 128 + signal, standardOutput: output, standardError: error))
    }

    private static func closeAll(_ descriptors: [Int32]) {
        for descriptor in descriptors where descriptor >= 0 { close(descriptor) }
    }

    private static func freeAll(_ strings: [UnsafeMutablePointer<CChar>?]) {
        for string in strings { free(string) }
    }

    /// This process's environment with `additions` set.
    private static func mergedEnvironment(_ additions: [String: String]) -> [String] {
        var result: [String] = []
        var pointer = environ
        while let entry = pointer.pointee {
            let text = String(cString: entry)
            let name = text.prefix { $0 != "=" }
            if additions[String(name)] == nil { result.append(text) }
            pointer += 1
        }
        for (name, value) in additions.sorted(by: { $0.key < $1.key }) { result.append(name + "=" + value) }
        return result
    }

    /// Writes `input` to `ends[0]` while reading `ends[1]` and `ends[2]` to their end; `nil` when more
    /// than `outputLimit` bytes came out.
    private static func exchange(input: [UInt8], with ends: [Int32], outputLimit: Int) -> ([UInt8], [UInt8])? {
        var inputEnd = ends[0]
        var readEnds = [ends[1], ends[2]]
        var collected: [[UInt8]] = [[], []]
        for end in ends { _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK) }
        var written = 0
        if input.isEmpty {
            shutdown(inputEnd, Int32(SHUT_WR))
            inputEnd = -1
        }
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while inputEnd >= 0 || readEnds.contains(where: { $0 >= 0 }) {
            var fds: [pollfd] = []
            if inputEnd >= 0 { fds.append(pollfd(fd: inputEnd, events: Int16(POLLOUT), revents: 0)) }
            for end in readEnds where end >= 0 { fds.append(pollfd(fd: end, events: Int16(POLLIN), revents: 0)) }
            if poll(&fds, nfds_t(fds.count), -1) < 0 {
                if errno == EINTR { continue }
                return nil
            }
            for fd in fds where fd.revents != 0 {
                if fd.fd == inputEnd {
                    let sent = input.withUnsafeBytes { bytes in
                        send(inputEnd, bytes.baseAddress! + written, input.count - written, Int32(MSG_NOSIGNAL) | Int32(MSG_DONTWAIT))
                    }
                    if sent > 0 { written += sent }
                    if written == input.count || (sent < 0 && errno != EAGAIN && errno != EINTR) {
                        shutdown(inputEnd, Int32(SHUT_WR))
                        inputEnd = -1
                    }
                } else if let index = readEnds.firstIndex(of: fd.fd) {
                    let count = read(fd.fd, &buffer, buffer.count)
                    if count > 0 {
                        collected[index] += buffer[0..<count]
                        if collected[0].count + collected[1].count > outputLimit { return nil }
                    } else if count == 0 || (errno != EAGAIN && errno != EINTR) {
                        readEnds[index] = -1
                    }
                }
            }
        }
        return (collected[0], collected[1])
    }
}
