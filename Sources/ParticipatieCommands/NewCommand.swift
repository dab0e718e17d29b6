import ArgumentParser
import ParticipatieModel

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Maak een nieuw bestand voor een gebeurtenis, uitkomst of reactie, klaar om in te vullen.",
        discussion: """
            Voorbeelden:
              participatie new bijeenkomst "Bewonersavond Marktplein" --datum 2024-05-14
              participatie new enquete "Enquête Marktplein" --datum 2024-06
              participatie new uitkomst "Meer groen" --bron 2024-05-14-bewonersavond
              participatie new reactie "Twaalf nieuwe bomen" --uitkomst meer-groen
              participatie new proces "Herinrichting Marktplein"

            Het nieuwe bestand krijgt de verplichte sleutels, de overige sleutels als toelichting \
            achter een hekje (#), en tekst '[VUL IN: …]' op de plekken die u nog moet invullen. \
            'participatie check' meldt elke '[VUL IN: …]' als fout, zodat een niet-ingevuld bestand \
            nooit in het verslag komt. De naam van het bestand komt uit de titel. Een bestaand \
            bestand wordt nooit overschreven.

            Zonder --datum krijgt een gebeurtenis de datum van vandaag; ligt de datum na vandaag, \
            dan krijgt hij 'status: gepland'.

            Exitcodes:
              0  bestand gemaakt; het pad staat op standaarduitvoer
              1  het bestand bestaat al of kan niet worden geschreven
              2  verkeerd gebruik van de opdracht
            """
    )

    @Argument(
        help: ArgumentHelp(
            "Wat u toevoegt: een soort gebeurtenis (\(EventKind.builtIn.map(\.id).joined(separator: ", ")), of een eigen soort uit proces.md), of uitkomst, reactie of proces.",
            valueName: "soort"),
        completion: .list(NewEntryKind.words))
    var kind: String

    @Argument(help: ArgumentHelp("De titel, tussen aanhalingstekens.", valueName: "titel"))
    var title: String

    @Option(
        name: .long,
        help: ArgumentHelp(
            "De datum van de gebeurtenis: JJJJ-MM-DD, of JJJJ-MM (JJJJ) als alleen de maand (het jaar) bekend is. Standaard: vandaag.",
            valueName: "datum"))
    var datum: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Bij een uitkomst: de gebeurtenis waar de inbreng vandaan komt (bestandsnaam zonder .md). Mag vaker.",
            valueName: "id"))
    var bron: [String] = []

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Bij een reactie: de uitkomst waarop zij antwoordt (bestandsnaam zonder .md). Mag vaker.",
            valueName: "id"))
    var uitkomst: [String] = []

    @OptionGroup var processOption: ProcessOption

    func run() throws {
        do {
            let folder = processOption.folder
            let kind = try NewEntryKind.parse(self.kind, declared: NewEntryWriter.declaredKinds(in: folder)).get()
            let date = try datum.map { value in
                guard let date = EventDate(iso: value) else { throw NewEntryError.wrongUse(CommandWording.invalidDateOption(value)) }
                return date
            }
            let request = NewEntryWriter.Request(kind: kind, title: title, date: date, sources: bron, outcomes: uitkomst)
            let path = try NewEntryWriter.create(request, in: folder, today: try Today.date()).get()
            Output.line(path)
            Output.error(CommandWording.newFileHint)
        } catch let error as NewEntryError {
            Output.error(error.description)
            throw ExitCode(error.exitCode)
        }
    }
}
