import ArgumentParser
import Participatie

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Controleer alle bestanden van het proces en meld elk probleem met bestand:regel:kolom.",
        discussion: """
            Voorbeeld: participatie check --process process --strict
            Exitcode 0 zonder fouten, 1 bij fouten (met --strict ook bij waarschuwingen).
            """
    )

    @Option(name: .long, help: ArgumentHelp("De map met het proces.", valueName: "map"))
    var process = "process"

    @Flag(name: .long, help: "Laat de controle ook mislukken bij waarschuwingen.")
    var strict = false

    func run() throws {
        let result = ProcessReader.read(directory: process)
        for diagnostic in result.diagnostics { print(diagnostic) }
        print(CommandWording.checkSummary(files: result.inputs.count, diagnostics: result.diagnostics))
        if result.diagnostics.containsErrors { throw ExitCode.failure }
        if strict, !result.diagnostics.isEmpty {
            print(CommandWording.strictFailure)
            throw ExitCode.failure
        }
    }
}
