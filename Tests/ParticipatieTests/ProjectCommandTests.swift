import Foundation
import Testing

@testable import ParticipatieCommands
@testable import ParticipatieReport

/// The first hour of a new user, with the built binary: `init` in an empty folder, commands that find
/// the project from any folder inside it, `sjablonen` and `--version`.
@Suite("Een nieuw project: init, vinden vanuit elke map, sjablonen (end-to-end)")
struct ProjectCommandTests {
    static let today = ["PARTICIPATIE_VANDAAG": "2024-05-01"]

    static func run(_ arguments: [String], in folder: URL) throws -> CommandResult {
        try CommandRunner.run(arguments, in: folder, environment: today)
    }

    // MARK: participatie init

    @Test("init maakt een volledig proces: check slaagt en noemt elke [VUL IN], build maakt een verslag")
    func initMakesAProcessThatChecksAndBuilds() throws {
        let folder = try TemporaryFolder()
        let started = try Self.run(["init", "marktplein", "--titel", "Herinrichting Marktplein"], in: folder.url)
        #expect(started.status == 0)
        #expect(started.standardError == "")
        #expect(
            started.standardOutput == """
                marktplein/process/proces.md
                marktplein/process/2024-05-01-startbijeenkomst.md
                marktplein/process/uitkomsten/eerste-uitkomst.md
                marktplein/process/reacties/reactie-op-de-eerste-uitkomst.md
                marktplein/.gitignore

                nieuw proces gemaakt in marktplein/; de volgende stappen:
                  cd marktplein
                  participatie check      # elke plek met [VUL IN: …] die u nog moet invullen
                  participatie build      # het (concept)verslag: output/eindverslag.html
                  participatie new bijeenkomst "Bewonersavond" --datum 2024-05-01   # de volgende gebeurtenis

                """)
        let project = folder.url.appendingPathComponent("marktplein")
        #expect(try String(contentsOf: project.appendingPathComponent(".gitignore"), encoding: .utf8).contains("\noutput/\n"))

        let check = try Self.run(["check"], in: project)
        #expect(check.status == 0)
        #expect(
            check.standardOutput == """
                process/2024-05-01-startbijeenkomst.md:21:1: waarschuwing: nog niet ingevuld: vervang '[VUL IN: Wat gebeurde er op de bijeenkomst? Wie waren er, wat is besproken en wat is opgehaald?]' door uw eigen tekst
                process/proces.md:3:12: waarschuwing: nog niet ingevuld: vervang '[VUL IN: naam van de gemeente]' door uw eigen tekst
                process/proces.md:5:18: waarschuwing: nog niet ingevuld: vervang '[VUL IN: bestuursorgaan]' door uw eigen tekst
                process/proces.md:7:35: waarschuwing: nog niet ingevuld: vervang '[VUL IN: kies het niveau en haal dit commentaar weg]' door uw eigen tekst
                process/proces.md:9:15: waarschuwing: nog niet ingevuld: vervang '[VUL IN: naam van de verordening]' door uw eigen tekst
                process/proces.md:37:1: waarschuwing: nog niet ingevuld: vervang '[VUL IN: Waar gaat het proces over, en waarom is er geparticipeerd?]' door uw eigen tekst
                process/proces.md:41:1: waarschuwing: nog niet ingevuld: vervang '[VUL IN: Wat schrijft de participatieverordening voor, en wie heeft wanneer wat besloten?]' door uw eigen tekst
                process/reacties/reactie-op-de-eerste-uitkomst.md:15:1: waarschuwing: nog niet ingevuld: vervang '[VUL IN: Wat doet de gemeente met deze inbreng, en hoe is die benut in het beleidsvoorstel?]' door uw eigen tekst
                process/uitkomsten/eerste-uitkomst.md:8:1: waarschuwing: nog niet ingevuld: vervang '[VUL IN: Wat is de uitkomst? Beschrijf wat deelnemers hebben ingebracht.]' door uw eigen tekst
                4 bestanden gecontroleerd: 0 fouten, 9 waarschuwingen

                """)
        let built = try Self.run(["build"], in: project)
        #expect(built.status == 0)
        #expect(built.standardOutput.hasPrefix("output/eindverslag.html geschreven (1 moment, 1 uitkomst, 1 reactie; vingerafdruk "))
        let html = try String(contentsOf: project.appendingPathComponent("output/eindverslag.html"), encoding: .utf8)
        #expect(html.contains("Herinrichting Marktplein"))
        #expect(try Self.run(["timeline"], in: project).status == 0)
        #expect(try Self.run(["export"], in: project).standardOutput.hasPrefix("{"))
        // Filled in, the process passes the strict check.
        for relative in [
            "process/proces.md", "process/2024-05-01-startbijeenkomst.md", "process/uitkomsten/eerste-uitkomst.md",
            "process/reacties/reactie-op-de-eerste-uitkomst.md",
        ] {
            let file = project.appendingPathComponent(relative)
            let text = try String(contentsOf: file, encoding: .utf8)
                .replacingOccurrences(of: "  # [VUL IN: kies het niveau en haal dit commentaar weg]", with: "")
                .replacingOccurrences(of: #"\[VUL IN: [^\]]*\]"#, with: "Ingevuld.", options: .regularExpression)
            try Data(text.utf8).write(to: file)
        }
        let strict = try Self.run(["check", "--strict"], in: project)
        #expect(strict.standardOutput == "4 bestanden gecontroleerd: 0 fouten, 0 waarschuwingen\n")
    }

    @Test("init in de huidige map zonder titel; een bestaande .gitignore blijft, een bestaande process/ ook")
    func initHereKeepsWhatExists() throws {
        let folder = try TemporaryFolder()
        try folder.write(".gitignore", "eigen\n")
        let started = try Self.run(["init"], in: folder.url)
        #expect(started.status == 0)
        #expect(started.standardError == ".gitignore bestaat al en blijft zoals het is\n")
        #expect(started.standardOutput.hasPrefix("process/proces.md\n"))
        #expect(started.standardOutput.contains("\nnieuw proces gemaakt; de volgende stappen:\n  participatie check "))
        #expect(try String(contentsOfFile: folder.path + "/.gitignore", encoding: .utf8) == "eigen\n")
        let process = try String(contentsOfFile: folder.path + "/process/proces.md", encoding: .utf8)
        #expect(process.hasPrefix("---\ntitel: \"[VUL IN: titel van het proces]\"\n"))

        let again = try Self.run(["init"], in: folder.url)
        #expect(again.status == 1)
        #expect(again.standardOutput == "")
        #expect(
            again.standardError
                == "fout: process/ bestaat al; begin een nieuw proces in een andere map, of voeg iets toe met 'participatie new'\n")
        #expect(try String(contentsOfFile: folder.path + "/process/proces.md", encoding: .utf8) == process)
        #expect(try Self.run(["init", "x", "--titel", " "], in: folder.url).status == 2)
    }

    // MARK: Found from anywhere

    @Test("elke opdracht vindt het proces vanuit process/ en mappen daaronder; new schrijft waar het hoort")
    func commandsFindTheProjectFromAnyFolderInsideIt() throws {
        let folder = try TemporaryFolder()
        #expect(try Self.run(["init"], in: folder.url).status == 0)
        let process = folder.url.appendingPathComponent("process")
        let outcomes = process.appendingPathComponent("uitkomsten")
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("notities/2024"), withIntermediateDirectories: true)

        let fromProcess = try Self.run(["new", "bijeenkomst", "Bewonersavond", "--datum", "2024-05-14"], in: process)
        #expect(fromProcess.status == 0)
        #expect(fromProcess.standardOutput == "2024-05-14-bewonersavond.md\n")
        #expect(FileManager.default.fileExists(atPath: process.path + "/2024-05-14-bewonersavond.md"))
        #expect(!FileManager.default.fileExists(atPath: process.path + "/process"))

        let fromOutcomes = try Self.run(["new", "uitkomst", "Meer groen"], in: outcomes)
        #expect(fromOutcomes.standardOutput == "../uitkomsten/meer-groen.md\n")
        let fromNotes = try Self.run(["new", "reactie", "Bomen", "--uitkomst", "meer-groen"], in: folder.url.appendingPathComponent("notities/2024"))
        #expect(fromNotes.standardOutput == "../../process/reacties/bomen.md\n")

        let check = try Self.run(["check"], in: outcomes)
        #expect(check.status == 0)
        #expect(check.standardOutput.contains("\n../proces.md:3:12: waarschuwing: nog niet ingevuld: "))
        #expect(check.standardOutput.hasSuffix("7 bestanden gecontroleerd: 0 fouten, 13 waarschuwingen\n"))

        let built = try Self.run(["build"], in: process)
        #expect(built.status == 0)
        #expect(built.standardOutput.hasPrefix("../output/eindverslag.html geschreven (2 momenten, 2 uitkomsten, 2 reacties; "))
        #expect(FileManager.default.fileExists(atPath: folder.path + "/output/eindverslag.html"))
        #expect(!FileManager.default.fileExists(atPath: process.path + "/output"))
        // The report names files the same way wherever it was built from.
        let fromTop = try Self.run(["build", "--output", "boven"], in: folder.url)
        #expect(fromTop.status == 0)
        #expect(
            FileManager.default.contents(atPath: folder.path + "/boven/eindverslag.html")
                == FileManager.default.contents(atPath: folder.path + "/output/eindverslag.html"))

        #expect(try Self.run(["timeline"], in: outcomes).standardOutput.contains("2024-05-14  bijeenkomst  2e"))
        #expect(try Self.run(["export"], in: process).status == 0)
        // --process is taken as typed, from the current folder.
        let named = try Self.run(["check", "--process", "."], in: process)
        #expect(named.standardOutput.contains("\nproces.md:3:12: waarschuwing: "))
    }

    @Test("een process/process/ van een oudere versie telt niet: vanuit process/ is het project de map erboven")
    func aNestedProcessFolderInsideTheProcessFolderIsNotTheProject() throws {
        let folder = try TemporaryFolder()
        #expect(try Self.run(["init"], in: folder.url).status == 0)
        try folder.write("process/process/2024-05-02-verdwaald.md", "---\nsoort: gesprek\ntitel: Verdwaald\ndatum: 2024-05-02\n---\nTekst.\n")
        let created = try Self.run(["new", "gesprek", "Tweede gesprek"], in: folder.url.appendingPathComponent("process"))
        #expect(created.standardOutput == "2024-05-01-tweede-gesprek.md\n")
        // The stray folder is reported, as every folder that is not read.
        let check = try Self.run(["check"], in: folder.url.appendingPathComponent("process"))
        #expect(
            check.standardOutput.contains(
                "\nprocess:1:1: waarschuwing: map wordt niet gebruikt: alleen process/uitkomsten/, process/reacties/ en process/bijlagen/ worden gelezen\n"
            ))
    }

    @Test("het zoeken stopt bij de map met .git: een process/ daarboven telt niet")
    func theSearchStopsAtTheRepository() throws {
        let folder = try TemporaryFolder()
        #expect(try Self.run(["init"], in: folder.url).status == 0)
        let repository = folder.url.appendingPathComponent("ander-project")
        try FileManager.default.createDirectory(at: repository.appendingPathComponent(".git"), withIntermediateDirectories: true)
        let created = try Self.run(["new", "gesprek", "Eerste gesprek"], in: repository)
        #expect(created.standardOutput == "process/2024-05-01-eerste-gesprek.md\n")
        #expect(FileManager.default.fileExists(atPath: repository.path + "/process/2024-05-01-eerste-gesprek.md"))
    }

    // MARK: participatie sjablonen

    @Test("sjablonen schrijft de ingebouwde sjablonen uit en overschrijft nooit")
    func templatesAreWrittenOutAndNeverOverwritten() throws {
        let folder = try TemporaryFolder()
        #expect(try Self.run(["init"], in: folder.url).status == 0)
        try folder.write("templates/partials/afzender.html.mustache", "<p>eigen</p>\n")
        let written = try Self.run(["sjablonen"], in: folder.url.appendingPathComponent("process"))
        #expect(written.status == 0)
        #expect(
            written.standardOutput == """
                ../templates/eindverslag.html.mustache
                ../templates/eindverslag.md.mustache
                ../templates/partials/gebeurtenis.html.mustache
                ../templates/partials/gebeurtenis.md.mustache
                ../templates/partials/reactie.html.mustache
                ../templates/partials/stijl.html.mustache
                ../templates/partials/uitkomst.html.mustache

                """)
        #expect(
            written.standardError == """
                ../templates/partials/afzender.html.mustache bestaat al en blijft zoals het is
                7 sjablonen geschreven in ../templates/ (1 bestond al); ze gaan voor de ingebouwde: pas ze aan en maak het verslag opnieuw met 'participatie build'

                """)
        #expect(try String(contentsOfFile: folder.path + "/templates/partials/afzender.html.mustache", encoding: .utf8) == "<p>eigen</p>\n")
        for file in EmbeddedTemplates.files where file.path != "partials/afzender.html.mustache" {
            #expect(FileManager.default.contents(atPath: folder.path + "/templates/" + file.path) == Data(file.text.utf8))
        }
        let elsewhere = try Self.run(["sjablonen", "huisstijl"], in: folder.url)
        #expect(elsewhere.standardOutput.split(separator: "\n").count == EmbeddedTemplates.files.count)
        #expect(
            elsewhere.standardError
                == "8 sjablonen geschreven in huisstijl/; gebruik ze met 'participatie build --templates huisstijl'\n")
        #expect(try Self.run(["build", "--templates", "huisstijl"], in: folder.url).status == 0)
    }

    // MARK: --version

    @Test func versionNamesTheProgramAndLibcmark() throws {
        let result = try Self.run(["--version"], in: packageRoot)
        #expect(result.status == 0)
        #expect(result.standardOutput == "participatie \(ParticipatieCommand.version) (libcmark \(ReportBuilder.libcmarkVersion))\n")
    }
}
