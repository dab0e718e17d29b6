import ParticipatieModel
import ParticipatieReading
import ParticipatieReport

/// Why `participatie new` wrote nothing.
///
/// ``wrongUse`` means the command was typed wrongly (exit code 2); ``failed`` means the command
/// was right but the process folder does not allow it, e.g. the file already exists (exit code 1).
public enum NewEntryError: Error, Equatable, Sendable, CustomStringConvertible {
    case wrongUse(String)
    case failed(String)

    /// The Dutch message, without the `fout: ` prefix.
    public var message: String {
        switch self {
        case .wrongUse(let message), .failed(let message): message
        }
    }

    /// `fout: <message>`, as printed on standard error.
    public var description: String { "fout: " + message }

    /// 2 for wrong use of the command, 1 for a problem in the process folder.
    public var exitCode: Int32 {
        switch self {
        case .wrongUse: 2
        case .failed: 1
        }
    }
}
