import Glibc
import SystemPackage

/// Standard output and standard error, and whether they are a terminal.
public enum Terminal {
    /// One of the two output streams.
    public enum Stream: Sendable {
        case standardOutput
        case standardError

        var descriptor: FileDescriptor { self == .standardOutput ? .standardOutput : .standardError }
    }

    /// Writes `text` whole to `stream`; a closed pipe ends the write silently.
    public static func write(_ text: String, to stream: Stream) {
        _ = try? stream.descriptor.writeAll(text.utf8)
    }

    /// Whether `stream` goes to a terminal (not a pipe or a file).
    public static func isTerminal(_ stream: Stream) -> Bool {
        isatty(stream.descriptor.rawValue) == 1
    }
}
