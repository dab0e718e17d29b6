import ArgumentParser
import ParticipatieModel
import ParticipatieReading

extension DiagnosticsFormatter.Format: ExpressibleByArgument {}

struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Controleer alle bestanden van het proces en meld elk probleem met bestand:regel:kolom.",
        discussion: """
            Voorbeelden:
              participatie check
              participatie check --process process --strict
              participatie check --format github      (in GitHub Actions)
              participatie check --format gitlab > gl-code-quality-report.json

            Formaten: 'tekst' (standaard) geeft regels 'bestand:regel:kolom: fout: bericht'; 'json' \
            geeft één JSON-object met alle meldingen; 'github' geeft meldingen die GitHub Actions \
            bij de regels van een pull request toont; 'gitlab' geeft een Code Quality-rapport voor \
            GitLab. Zie docs/opdrachten.md.

            Exitcodes:
              0  geen fouten
              1  fouten in het proces (met --strict ook bij waarschuwingen)
              2  verkeerd gebruik van de opdracht
            """
    )

    @OptionGroup var processOption: ProcessOption

    @Flag(name: .long, help: "Laat de controle ook mislukken bij waarschuwingen.")
    var strict = false

    @Option(name: .long, help: ArgumentHelp("Het uitvoerformaat.", valueName: "formaat"))
    var format: DiagnosticsFormatter.Format = .tekst

    func run() async throws {
        let result = await ProcessReader.read(directory: processOption.folder)
        Output.text(
            DiagnosticsFormatter.format(result.diagnostics, files: result.inputs.count, strict: strict, as: format))
        if !DiagnosticsFormatter.passes(result.diagnostics, strict: strict) { throw ExitCode.failure }
    }
}
