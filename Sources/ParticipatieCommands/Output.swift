import ParticipatieSystem

/// Where the command writes: whole lines, straight to the stream, so output and errors appear in
/// the order they happen, also in a pipe or a log file.
enum Output {
    /// A line on standard output.
    static func line(_ text: String) {
        Terminal.write(text + "\n", to: .standardOutput)
    }

    /// Text on standard output, as is.
    static func text(_ text: String) {
        Terminal.write(text, to: .standardOutput)
    }

    /// A line on standard error.
    static func error(_ text: String) {
        Terminal.write(text + "\n", to: .standardError)
    }
}
