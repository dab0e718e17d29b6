import ArgumentParser
import ParticipatieModel
import ParticipatieReading
import ParticipatieReport

struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Schrijf het hele proces als JSON naar standaarduitvoer (open data).",
        discussion: """
            Voorbeeld:
              participatie export --process process > proces.json

            Fouten en waarschuwingen gaan naar standaardfout; bij fouten wordt niets \
            geëxporteerd. Het JSON-schema staat in docs/export.md.

            Exitcodes:
              0  in orde
              1  fouten in het proces; er is niets geëxporteerd
              2  verkeerd gebruik van de opdracht
            """
    )

    @OptionGroup var processOption: ProcessOption

    func run() async throws {
        let result = await ProcessReader.read(directory: processOption.folder)
        for diagnostic in result.diagnostics { Output.error(diagnostic.description) }
        guard let timeline = result.timeline else {
            Output.error(CommandWording.exportRefused)
            throw ExitCode.failure
        }
        Output.text(TimelineExporter.json(timeline, attachments: result.attachments))
    }
}
