import ArgumentParser
import ParticipatieModel
import ParticipatieReading
import ParticipatieSystem

extension ColorChoice: ExpressibleByArgument {}

struct TimelineCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Toon de tijdlijn van het proces in de terminal, met de kerncijfers.",
        discussion: """
            Voorbeelden:
              participatie timeline
              participatie timeline --process process | less

            Per gebeurtenis: datum, soort, nummer binnen de soort ('3e kerngroep-vergadering'), \
            aantal deelnemers en titel. Daaronder het aantal gebeurtenissen per soort, deelnemers, \
            doelgroepen, uitkomsten en reacties. Kleur alleen als de uitvoer naar een terminal gaat \
            en NO_COLOR niet is gezet; doorgestuurde uitvoer is platte tekst.

            Exitcodes:
              0  in orde
              1  fouten in het proces; die staan op standaardfout
              2  verkeerd gebruik van de opdracht
            """
    )

    @OptionGroup var processOption: ProcessOption

    @Option(name: .long, help: ArgumentHelp("Wanneer in kleur.", valueName: "wanneer"))
    var kleur: ColorChoice = .automatisch

    func run() async throws {
        let result = await ProcessReader.read(directory: processOption.folder)
        for diagnostic in result.diagnostics { Output.error(diagnostic.description) }
        guard let timeline = result.timeline else {
            Output.error(CommandWording.timelineRefused)
            throw ExitCode.failure
        }
        let environment = ["NO_COLOR", "TERM"].reduce(into: [String: String]()) { values, name in
            values[name] = Environment.value(name)
        }
        let colors = kleur.isEnabled(isTerminal: Terminal.isTerminal(.standardOutput), environment: environment)
        Output.text(TimelineTable.render(timeline, colors: colors))
    }
}
