import ArgumentParser
import Participatie
#if canImport(Glibc)
import Glibc
#endif

@main
struct ParticipatieCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "participatie",
        abstract: "Houd een participatieproces bij als map met Markdown-bestanden en maak er het eindverslag van.",
        discussion: """
            Exitcodes: 0 = in orde, 1 = problemen in het proces, 2 = verkeerd gebruik van de opdracht.
            """,
        subcommands: [CheckCommand.self, BuildCommand.self, ExportCommand.self]
    )

    /// Runs the command, printing argument-parser's help and errors in Dutch; wrong use exits with 2.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            let message = CommandWording.translateHelp(fullMessage(for: error))
            if code == .success {
                if !message.isEmpty { print(message) }
                Glibc.exit(0)
            }
            if !message.isEmpty { Output.error(message) }
            Glibc.exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }
}

/// Where the command writes.
enum Output {
    static func error(_ text: String) {
        FileHandleOutput.standardError.write(text + "\n")
    }
}

struct FileHandleOutput {
    let descriptor: Int32
    static let standardError = FileHandleOutput(descriptor: 2)
    static let standardOutput = FileHandleOutput(descriptor: 1)

    func write(_ text: String) {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if written <= 0 { return }
            offset += written
        }
    }
}
