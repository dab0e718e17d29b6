import ArgumentParser
import ParticipatieModel
import ParticipatieReport

/// `participatie`: the root command with its subcommands.
public struct ParticipatieCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "participatie",
        abstract: "Houd een participatieproces bij als map met Markdown-bestanden en maak er het eindverslag van.",
        discussion: """
            Voorbeeld, van lege map tot verslag:
              participatie init
              participatie check
              participatie build
              participatie new bijeenkomst "Bewonersavond" --datum 2024-05-14
              participatie build --watch

            Elke opdracht vindt het proces vanuit elke map in het project (zoals git): in de map \
            zelf, in process/ of in een map daaronder.

            Hulp bij één opdracht: 'participatie help <opdracht>'.
            Aanvullen met de Tab-toets: zie docs/opdrachten.md.

            Exitcodes:
              0  in orde
              1  problemen in het proces
              2  verkeerd gebruik van de opdracht
            """,
        version: CommandWording.version(ParticipatieCommand.version, libcmark: ReportBuilder.libcmarkVersion),
        subcommands: [
            InitCommand.self, NewCommand.self, CheckCommand.self, BuildCommand.self, TimelineCommand.self, ExportCommand.self,
            TemplatesCommand.self, VerschilCommand.self,
        ]
    )

    /// The version of the program; raised with every release.
    public static let version = "0.1.0"

    public init() {}

    /// Runs the command, printing argument-parser's help and errors in Dutch; wrong use exits with 2.
    public static func runAsMain() async {
        // argument-parser would answer "Unexpected argument" (or show the general help for
        // 'help frob'); a Dutch message with a suggestion helps more.
        var arguments = Array(CommandLine.arguments.dropFirst())
        if arguments.first == "help" { arguments.removeFirst() }
        if let word = arguments.first, !word.hasPrefix("-") {
            let known = configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
            if !known.contains(word) {
                Output.error(CommandWording.unknownCommand(word, known: known))
                exit(withError: ExitCode(2))
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
                if !message.isEmpty { Output.line(message) }
                exit(withError: ExitCode.success)
            }
            if !message.isEmpty { Output.error(message) }
            exit(withError: ExitCode(code == .validationFailure ? 2 : code.rawValue))
        }
    }
}
