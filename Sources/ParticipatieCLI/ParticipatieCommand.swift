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
            Voorbeeld, van lege map tot verslag:
              participatie new proces "Herinrichting Marktplein"
              participatie new bijeenkomst "Bewonersavond" --datum 2024-05-14
              participatie check
              participatie timeline
              participatie build --watch

            Hulp bij één opdracht: 'participatie help <opdracht>'.
            Aanvullen met de Tab-toets: zie docs/opdrachten.md.

            Exitcodes:
              0  in orde
              1  problemen in het proces
              2  verkeerd gebruik van de opdracht
            """,
        subcommands: [NewCommand.self, CheckCommand.self, BuildCommand.self, TimelineCommand.self, ExportCommand.self]
    )

    /// Runs the command, printing argument-parser's help and errors in Dutch; wrong use exits with 2.
    static func main() async {
        // argument-parser would answer "Unexpected argument" (or show the general help for
        // 'help frob'); a Dutch message with a suggestion helps more.
        var arguments = Array(CommandLine.arguments.dropFirst())
        if arguments.first == "help" { arguments.removeFirst() }
        if let word = arguments.first, !word.hasPrefix("-") {
            let known = configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
            if !known.contains(word) {
                Output.error(CommandWording.unknownCommand(word, known: known))
                Glibc.exit(2)
            }
        }
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
