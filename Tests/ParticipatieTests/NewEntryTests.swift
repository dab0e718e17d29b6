import CommonMark
import Foundation
import MustacheEngine
import Testing

@testable import ParticipatieCommands
@testable import ParticipatieModel
@testable import ParticipatieReading
@testable import ParticipatieReport
@testable import ParticipatieSystem

/// `participatie new` in the library: what it writes, where, and that the result passes `check`
/// once the placeholders are filled in.
@Suite("Nieuwe bestanden (participatie new)")
struct NewEntryTests {
    static let today = EventDate(year: 2024, month: 5, day: 1)

    /// A copy of `minimal` to add files to.
    static func minimalCopy() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.copyFixture("minimal")
        return folder
    }

    static func create(_ request: NewEntryWriter.Request, in folder: TemporaryFolder) -> Result<String, NewEntryError> {
        NewEntryWriter.create(request, in: folder.path + "/process", displayPath: "process", today: today)
    }

    static func diagnostics(_ folder: TemporaryFolder) async -> [String] {
        await ProcessReader.read(directory: folder.path + "/process", displayPath: "process").diagnostics.map(\.description)
    }

    /// Replaces every `[VUL IN: …]` in `relative` with `text`.
    static func fillIn(_ folder: TemporaryFolder, _ relative: String, with text: String) throws {
        let url = folder.url.appendingPathComponent(relative)
        let contents = try String(contentsOf: url, encoding: .utf8)
        let filled = contents.replacingOccurrences(of: #"\[VUL IN: [^\]]*\]"#, with: text, options: .regularExpression)
        try Data(filled.utf8).write(to: url)
    }

    // MARK: The templates, byte for byte

    @Test(arguments: EventKind.builtIn)
    func eventTemplate(_ kind: EventKind) throws {
        let text = EntryTemplate.event(kind: kind, title: "Voorbeeld", date: EventDate(year: 2024, month: 4, day: 10), planned: false)
        try expectMatchesGolden(text, "new/\(kind.id).md")
    }

    @Test func plannedEventTemplate() throws {
        let text = EntryTemplate.event(kind: .bijeenkomst, title: "Inloopavond", date: EventDate(year: 2024, month: 6), planned: true)
        try expectMatchesGolden(text, "new/bijeenkomst-gepland.md")
    }

    @Test func outcomeAndResponseTemplates() throws {
        try expectMatchesGolden(
            EntryTemplate.outcome(
                title: "Meer groen", order: 2, sources: [],
                examples: ["2024-02-01-startbijeenkomst", "2024-03-enquete"]),
            "new/uitkomst.md")
        try expectMatchesGolden(
            EntryTemplate.outcome(title: "Meer groen", order: 2, sources: ["2024-03-enquete"], examples: ["x"]),
            "new/uitkomst-met-bron.md")
        try expectMatchesGolden(
            EntryTemplate.response(title: "Twaalf bomen", order: 3, outcomes: [], examples: ["meer-groen"]),
            "new/reactie.md")
        try expectMatchesGolden(
            EntryTemplate.response(title: "Twaalf bomen", order: 1, outcomes: ["meer-groen", "schaduw"], examples: []),
            "new/reactie-met-uitkomsten.md")
        try expectMatchesGolden(EntryTemplate.process(title: "Herinrichting Marktplein"), "new/proces.md")
    }

    @Test(arguments: [
        ("Bewonersavond", "Bewonersavond"),
        ("Avond: de toekomst", "\"Avond: de toekomst\""),
        ("[concept] avond", "\"[concept] avond\""),
        ("'t Hoekje", "\"'t Hoekje\""),
        ("Zaal #3", "\"Zaal #3\""),
        ("null", "\"null\""),
        ("Eind:", "\"Eind:\""),
        ("Zeg \"hallo\" \\ dag", "Zeg \"hallo\" \\ dag"),
        ("\"Zeg\" \\ dag", "\"\\\"Zeg\\\" \\\\ dag\""),
        ("19:30 uur", "19:30 uur"),
        ("no", "no"),
    ])
    func quotesTitlesOnlyWhenNeeded(_ title: String, _ expected: String) {
        #expect(EntryTemplate.yamlScalar(title) == expected)
    }

    @Test(arguments: [
        "Avond: de toekomst", "[concept] avond", "'t Hoekje", "Zaal #3", "null", "Eind:",
        "Zeg \"hallo\" \\ dag", "19:30 uur", "no", "010", "- lijst", "{a: b}", "& anker", "* ster",
        "!tag", "| blok", "> gevouwen", "%YAML", "@naam", "`code`", "~", "Ça va?",
    ])
    func titlesSurviveTheRoundTrip(_ title: String) async throws {
        let folder = try Self.minimalCopy()
        let path = try Self.create(.init(kind: .event(.gesprek), title: title), in: folder).get()
        try Self.fillIn(folder, path, with: "Tekst.")
        let result = await ProcessReader.read(directory: folder.path + "/process", displayPath: "process")
        #expect(result.diagnostics.map(\.description) == [])
        let event = try #require(result.timeline?.events.first { $0.kind == .gesprek })
        #expect(event.title == title)
    }

    // MARK: Unedited files fail, filled-in files pass

    @Test(arguments: EventKind.builtIn)
    func uneditedEventFailsAndFilledInEventPasses(_ kind: EventKind) async throws {
        let folder = try Self.minimalCopy()
        let path = try Self.create(
            .init(kind: .event(kind), title: "Nieuw \(kind.label)", date: EventDate(year: 2024, month: 4, day: 10)), in: folder
        ).get()
        let name = "2024-04-10-nieuw-" + Slug.make(kind.label)
        #expect(path == "process/\(name).md")
        let line =
            EntryTemplate.event(kind: kind, title: "x", date: Self.today, planned: false)
            .split(separator: "\n", omittingEmptySubsequences: false).count - 1
        #expect(
            await Self.diagnostics(folder) == [
                "process/\(name).md:\(line):1: fout: nog niet ingevuld: vervang '[VUL IN: \(EntryTemplate.eventQuestion(kind))]' door uw eigen tekst"
            ])
        try Self.fillIn(folder, path, with: "Wat er gebeurde.")
        #expect(await Self.diagnostics(folder) == [])
    }

    @Test func outcomeGetsTheNextOrderAndPassesWhenFilledIn() async throws {
        let folder = try Self.minimalCopy()
        // In a concept report an outcome without a response is a warning, not an error.
        let processFile = folder.url.appendingPathComponent("process/proces.md")
        let processText = try String(contentsOf: processFile, encoding: .utf8)
        try Data(processText.replacingOccurrences(of: "status: definitief", with: "status: concept").utf8).write(to: processFile)
        try folder.write("process/uitkomsten/schaduw.md", "---\ntitel: Schaduw\nvolgorde: 7\n---\nTekst.\n")
        try folder.write("process/uitkomsten/kapot.md", "geen front matter\n")
        let path = try Self.create(.init(kind: .outcome, title: "Meer bankjes", sources: ["2024-03-enquete.md"]), in: folder).get()
        #expect(path == "process/uitkomsten/meer-bankjes.md")
        let text = try String(contentsOfFile: folder.path + "/" + path, encoding: .utf8)
        #expect(text.contains("\nvolgorde: 8\n"))
        #expect(text.contains("\nbronnen:\n  - 2024-03-enquete\n"))
        try FileManager.default.removeItem(atPath: folder.path + "/process/uitkomsten/kapot.md")
        #expect(
            await Self.diagnostics(folder) == [
                "process/uitkomsten/meer-bankjes.md:1:1: waarschuwing: uitkomst heeft geen reactie van de gemeente (artikel 5, onderdeel c): voeg een bestand in process/reacties/ toe dat ernaar verwijst",
                "process/uitkomsten/meer-bankjes.md:8:1: waarschuwing: nog niet ingevuld: vervang '[VUL IN: Wat is de uitkomst? Beschrijf wat deelnemers hebben ingebracht.]' door uw eigen tekst",
                "process/uitkomsten/schaduw.md:1:1: waarschuwing: uitkomst heeft geen reactie van de gemeente (artikel 5, onderdeel c): voeg een bestand in process/reacties/ toe dat ernaar verwijst",
            ])
        try Self.fillIn(folder, path, with: "Bankjes in de schaduw.")
        #expect(await Self.diagnostics(folder).filter { $0.contains(": fout: ") } == [])
    }

    @Test func firstOutcomeInAnEmptyProcessGetsOrderOne() throws {
        let folder = try TemporaryFolder()
        let path = try Self.create(.init(kind: .outcome, title: "Eerste"), in: folder).get()
        let text = try String(contentsOfFile: folder.path + "/" + path, encoding: .utf8)
        #expect(text.contains("\nvolgorde: 1\n"))
        #expect(!text.contains("Bijvoorbeeld"))
    }

    @Test func responseWithOutcomePassesWhenFilledIn() async throws {
        let folder = try Self.minimalCopy()
        let path = try Self.create(.init(kind: .response, title: "Bankjes bij de bomen", outcomes: ["meer-groen"]), in: folder).get()
        #expect(path == "process/reacties/bankjes-bij-de-bomen.md")
        #expect(await Self.diagnostics(folder).count == 1)
        try Self.fillIn(folder, path, with: "Er komen zes bankjes.")
        #expect(await Self.diagnostics(folder) == [])
    }

    @Test func responseWithoutOutcomeShowsExamplesAndWarns() async throws {
        let folder = try Self.minimalCopy()
        let path = try Self.create(.init(kind: .response, title: "Algemeen"), in: folder).get()
        let text = try String(contentsOfFile: folder.path + "/" + path, encoding: .utf8)
        #expect(text.contains("\n# Bijvoorbeeld: uitkomsten: [meer-groen]\nuitkomsten: []\n"))
        try Self.fillIn(folder, path, with: "Tekst.")
        #expect(
            await Self.diagnostics(folder) == [
                "process/reacties/algemeen.md:5:13: waarschuwing: reactie verwijst naar geen enkele uitkomst: vul 'uitkomsten' in"
            ])
    }

    @Test("een nieuw proces.md kan meteen worden gelezen; in een concept is elke [VUL IN] een waarschuwing op zijn plek")
    func processFileWarnsAtEachPlaceholderAndPassesWhenFilledIn() async throws {
        let folder = try TemporaryFolder()
        #expect(try Self.create(.init(kind: .process, title: "Herinrichting Marktplein"), in: folder).get() == "process/proces.md")
        #expect(try Self.create(.init(kind: .event(.bijeenkomst), title: "Start"), in: folder).get() == "process/2024-05-01-start.md")
        // participatieniveau holds a valid level with a placeholder in a comment after it; what that level
        // promises (an outcome) is reported at the level once the placeholder is gone, not beside it.
        #expect(
            await Self.diagnostics(folder) == [
                "process/2024-05-01-start.md:21:1: waarschuwing: nog niet ingevuld: vervang '[VUL IN: Wat gebeurde er op de bijeenkomst? Wie waren er, wat is besproken en wat is opgehaald?]' door uw eigen tekst",
                "process/proces.md:3:12: waarschuwing: nog niet ingevuld: vervang '[VUL IN: naam van de gemeente]' door uw eigen tekst",
                "process/proces.md:5:18: waarschuwing: nog niet ingevuld: vervang '[VUL IN: bestuursorgaan]' door uw eigen tekst",
                "process/proces.md:7:35: waarschuwing: nog niet ingevuld: vervang '[VUL IN: kies het niveau en haal dit commentaar weg]' door uw eigen tekst",
                "process/proces.md:9:15: waarschuwing: nog niet ingevuld: vervang '[VUL IN: naam van de verordening]' door uw eigen tekst",
                "process/proces.md:37:1: waarschuwing: nog niet ingevuld: vervang '[VUL IN: Waar gaat het proces over, en waarom is er geparticipeerd?]' door uw eigen tekst",
                "process/proces.md:41:1: waarschuwing: nog niet ingevuld: vervang '[VUL IN: Wat schrijft de participatieverordening voor, en wie heeft wanneer wat besloten?]' door uw eigen tekst",
            ])
        try Self.fillIn(folder, "process/proces.md", with: "Voorbeeldstad")
        try Self.fillIn(folder, "process/2024-05-01-start.md", with: "Tekst.")
        #expect(
            await Self.diagnostics(folder) == [
                "process/proces.md:7:21: waarschuwing: bij participatieniveau 'raadplegen' wordt de inbreng opgehaald en weergegeven, "
                    + "maar er is nog geen uitkomst: voeg bestanden toe aan process/uitkomsten/ (artikel 5, onderdeel b)"
            ])
        let read = await ProcessReader.read(directory: folder.path + "/process", displayPath: "process")
        #expect(read.timeline?.process.level == .raadplegen)
    }

    @Test("een [VUL IN] op de plaats van een keuze of datum is een fout, één keer gemeld; in een definitief proces elke [VUL IN]")
    func placeholderInPlaceOfAValueIsAnErrorAndEveryPlaceholderInAFinalProcess() async throws {
        let folder = try Self.minimalCopy()
        try folder.write(
            "process/2024-04-01-avond.md",
            "---\nsoort: \"[VUL IN: soort]\"\ntitel: Avond\ndatum: 2024-04-01\n---\nTekst.\n")
        let process = folder.url.appendingPathComponent("process/proces.md")
        let final = try String(contentsOf: process, encoding: .utf8)
        try Data(final.replacingOccurrences(of: "status: definitief", with: "status: concept").utf8).write(to: process)
        try folder.write("process/2024-04-02-gesprek.md", "---\nsoort: gesprek\ntitel: Gesprek\ndatum: 2024-04-02\n---\n[VUL IN: wat]\n")
        #expect(
            await Self.diagnostics(folder) == [
                "process/2024-04-01-avond.md:2:9: fout: nog niet ingevuld: vervang '[VUL IN: soort]' door uw eigen tekst",
                "process/2024-04-02-gesprek.md:6:1: waarschuwing: nog niet ingevuld: vervang '[VUL IN: wat]' door uw eigen tekst",
            ])
        try Data(final.utf8).write(to: process)
        #expect(
            await Self.diagnostics(folder) == [
                "process/2024-04-01-avond.md:2:9: fout: nog niet ingevuld: vervang '[VUL IN: soort]' door uw eigen tekst",
                "process/2024-04-02-gesprek.md:6:1: fout: nog niet ingevuld: vervang '[VUL IN: wat]' door uw eigen tekst",
            ])
    }

    // MARK: Placeholders

    @Test func placeholdersInCommentsAreIgnoredAndColumnsCountScalars() async throws {
        let folder = try Self.minimalCopy()
        try folder.write(
            "process/2024-04-01-avond.md",
            """
            ---
            soort: bijeenkomst
            titel: Avond
            datum: 2024-04-01
              # locatie: "[VUL IN: waar]"
            locatie: "Café [VUL IN: naam]"
            deelnemers: 12  # [VUL IN: klopt het?]
            ---
            Eerste zin. Één [VUL IN: tweede zin] en [VUL IN: derde
            """)
        #expect(
            await Self.diagnostics(folder) == [
                "process/2024-04-01-avond.md:6:16: fout: nog niet ingevuld: vervang '[VUL IN: naam]' door uw eigen tekst",
                "process/2024-04-01-avond.md:7:19: fout: nog niet ingevuld: vervang '[VUL IN: klopt het?]' door uw eigen tekst",
                "process/2024-04-01-avond.md:9:17: fout: nog niet ingevuld: vervang '[VUL IN: tweede zin]' door uw eigen tekst",
                "process/2024-04-01-avond.md:9:41: fout: nog niet ingevuld: vervang '[VUL IN: derde' door uw eigen tekst",
            ])
    }

    @Test func longPlaceholdersAreShortenedInTheMessage() async throws {
        let folder = try Self.minimalCopy()
        try folder.write(
            "process/2024-04-01-avond.md",
            "---\nsoort: gesprek\ntitel: Avond\ndatum: 2024-04-01\n---\n[VUL IN: " + String(repeating: "x", count: 200) + "]\n")
        let message = try #require(await Self.diagnostics(folder).first)
        #expect(
            message == "process/2024-04-01-avond.md:6:1: fout: nog niet ingevuld: vervang '[VUL IN: "
                + String(repeating: "x", count: PlaceholderScan.quoteLimit - 10) + "…' door uw eigen tekst")
    }

    // MARK: Refusals

    @Test func neverOverwritesAnExistingFile() throws {
        let folder = try Self.minimalCopy()
        let original = try String(contentsOfFile: Fixtures.path("minimal/2024-02-01-startbijeenkomst.md"), encoding: .utf8)
        let result = Self.create(
            .init(kind: .event(.bijeenkomst), title: "Startbijeenkomst", date: EventDate(year: 2024, month: 2, day: 1)), in: folder)
        #expect(
            result == .failure(.failed("process/2024-02-01-startbijeenkomst.md bestaat al; kies een andere titel, of pas het bestaande bestand aan")))
        #expect(try String(contentsOfFile: folder.path + "/process/2024-02-01-startbijeenkomst.md", encoding: .utf8) == original)
        #expect(
            Self.create(.init(kind: .process, title: "Ander proces"), in: folder)
                == .failure(.failed("process/proces.md bestaat al; kies een andere titel, of pas het bestaande bestand aan")))
    }

    @Test func refusesANameThatDiffersOnlyInCase() throws {
        let folder = try Self.minimalCopy()
        try folder.write("process/uitkomsten/Schaduw.md", "---\ntitel: Schaduw\nvolgorde: 2\n---\nTekst.\n")
        #expect(
            Self.create(.init(kind: .outcome, title: "Schaduw"), in: folder)
                == .failure(.failed("process/uitkomsten/Schaduw.md bestaat al; kies een andere titel, of pas het bestaande bestand aan")))
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/process/uitkomsten/schaduw.md"))
    }

    @Test func refusesADanglingSymbolicLinkInsteadOfFollowingIt() throws {
        let folder = try Self.minimalCopy()
        let outside = folder.path + "/buiten.md"
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/process/2024-04-01-link.md", withDestinationPath: outside)
        let result = Self.create(.init(kind: .event(.brief), title: "Link", date: EventDate(year: 2024, month: 4, day: 1)), in: folder)
        #expect(result == .failure(.failed("process/2024-04-01-link.md bestaat al; kies een andere titel, of pas het bestaande bestand aan")))
        #expect(!FileManager.default.fileExists(atPath: outside))
    }

    @Test func refusesASymbolicLinkAsOutcomesFolder() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.path + "/process", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: folder.path + "/elders", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/process/uitkomsten", withDestinationPath: folder.path + "/elders")
        #expect(
            Self.create(.init(kind: .outcome, title: "X"), in: folder)
                == .failure(.failed("'process/uitkomsten' is een symbolische koppeling; maak er een gewone map van")))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path + "/elders") == [])
    }

    @Test func titlesCannotLeaveTheProcessFolder() throws {
        let folder = try TemporaryFolder()
        let path = try Self.create(.init(kind: .outcome, title: "../../buiten"), in: folder).get()
        #expect(path == "process/uitkomsten/buiten.md")
        #expect(Self.create(.init(kind: .response, title: "/"), in: folder) == .success("process/reacties/reactie.md"))
        #expect(Self.create(.init(kind: .event(.enquete), title: "???"), in: folder) == .success("process/2024-05-01-enquete.md"))
        let everything = FileManager.default.enumerator(atPath: folder.path)!.allObjects as! [String]
        #expect(
            everything.sorted() == [
                "process", "process/2024-05-01-enquete.md", "process/reacties", "process/reacties/reactie.md",
                "process/uitkomsten", "process/uitkomsten/buiten.md",
            ])
    }

    @Test func processPathThatIsAFileIsRefused() throws {
        let folder = try TemporaryFolder()
        try folder.write("process", "geen map")
        #expect(Self.create(.init(kind: .event(.brief), title: "X"), in: folder) == .failure(.failed("'process' is geen map")))
    }

    @Test func wrongUseIsReportedAsSuch() throws {
        let folder = try TemporaryFolder()
        #expect(
            Self.create(.init(kind: .event(.brief), title: " \n\t "), in: folder)
                == .failure(.wrongUse("de titel is leeg; zet de titel tussen aanhalingstekens, bijvoorbeeld \"Bewonersavond Marktplein\"")))
        #expect(
            Self.create(.init(kind: .outcome, title: "X", date: Self.today), in: folder)
                == .failure(.wrongUse("--datum geldt alleen voor gebeurtenissen, niet voor 'uitkomst'")))
        #expect(
            Self.create(.init(kind: .event(.brief), title: "X", sources: ["a"]), in: folder)
                == .failure(.wrongUse("--bron geldt alleen voor 'uitkomst', niet voor 'brief'")))
        #expect(
            Self.create(.init(kind: .outcome, title: "X", outcomes: ["a"]), in: folder)
                == .failure(.wrongUse("--uitkomst geldt alleen voor 'reactie', niet voor 'uitkomst'")))
        #expect(
            Self.create(.init(kind: .response, title: "X", outcomes: [" "]), in: folder)
                == .failure(.wrongUse("--uitkomst is leeg")))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [])
    }

    @Test func unknownKindSuggestsTheNearest() {
        #expect(
            NewEntryKind.parse("kerngoep")
                == .failure(
                    .wrongUse(
                        "onbekende soort 'kerngoep'; bedoelde u 'kerngroep'? (kies uit: bijeenkomst, kerngroep, nieuwsbrief, interne-sessie, enquete, besluit, brief, uitnodiging, overleg, gesprek, uitvraag, onderzoek, uitkomst, reactie, proces)"
                    )))
        #expect(
            NewEntryKind.parse("uitkomsten")
                == .failure(
                    .wrongUse(
                        "onbekende soort 'uitkomsten'; bedoelde u 'uitkomst'? (kies uit: bijeenkomst, kerngroep, nieuwsbrief, interne-sessie, enquete, besluit, brief, uitnodiging, overleg, gesprek, uitvraag, onderzoek, uitkomst, reactie, proces)"
                    )))
        #expect(NewEntryKind.parse("interne-sessie") == .success(.event(.interneSessie)))
        #expect(NewEntryKind.parse("reactie") == .success(.response))
    }

    @Test("een woord dat geen soort is: new zegt, net als check, hoe u een eigen soort declareert")
    func unknownKindWithoutSuggestionSaysHowToDeclare() {
        let allowed =
            "bijeenkomst, kerngroep, nieuwsbrief, interne-sessie, enquete, besluit, brief, uitnodiging, overleg, gesprek, uitvraag, onderzoek, uitkomst, reactie, proces"
        #expect(
            NewEntryKind.parse("klankbordgroep")
                == .failure(
                    .wrongUse(
                        "onbekende soort 'klankbordgroep' (kies uit: \(allowed)); een eigen soort voegt u toe in proces.md, bijvoorbeeld: soorten: {klankbordgroep: {naam: …, meervoud: …}}"
                    )))
        #expect(
            NewEntryKind.parse("Straatfeest")
                == .failure(
                    .wrongUse(
                        "onbekende soort 'Straatfeest' (kies uit: \(allowed)); een eigen soort voegt u toe in proces.md, bijvoorbeeld: soorten: {eigen-soort: {naam: …, meervoud: …}}"
                    )))
    }

    @Test("een soort die proces.md declareert, kan ook met new worden gemaakt, met een jaar als datum")
    func declaredKindAndYear() async throws {
        let folder = try Self.minimalCopy()
        let processFile = folder.path + "/process/proces.md"
        let text = try String(contentsOfFile: processFile, encoding: .utf8)
        try text.replacingOccurrences(
            of: "status: definitief\n",
            with: "status: definitief\nsoorten:\n  klankbordgroep: {naam: klankbordgroep-bijeenkomst, meervoud: klankbordgroep-bijeenkomsten}\n"
        ).write(toFile: processFile, atomically: true, encoding: .utf8)
        let declared = NewEntryWriter.declaredKinds(in: folder.path + "/process")
        #expect(declared.map(\.id) == ["klankbordgroep"])
        let kind = try NewEntryKind.parse("klankbordgroep", declared: declared).get()
        #expect(NewEntryKind.parse("klankbordgroep") != .success(kind))
        let path = try Self.create(.init(kind: kind, title: "Klankbordgroep", date: EventDate(year: 2024)), in: folder).get()
        #expect(path == "process/2024-klankbordgroep.md")
        let written = try String(contentsOfFile: folder.path + "/" + path, encoding: .utf8)
        #expect(written.hasPrefix("---\nsoort: klankbordgroep\ntitel: Klankbordgroep\ndatum: 2024\n"))
        #expect(written.contains("\n# reeks:\n") && written.contains("\n# nummer:\n") && written.contains("\n# tijd:\n"))
        try Self.fillIn(folder, path, with: "Tekst.")
        #expect(await Self.diagnostics(folder) == [])
    }

    @Test func futureDatesArePlanned() throws {
        let folder = try Self.minimalCopy()
        for (date, planned) in [
            (EventDate(year: 2024, month: 5, day: 2), true), (EventDate(year: 2024, month: 6), true),
            (EventDate(year: 2024, month: 5), false), (Self.today, false),
        ] {
            let path = try Self.create(.init(kind: .event(.overleg), title: "Overleg \(date.iso)", date: date), in: folder).get()
            let text = try String(contentsOfFile: folder.path + "/" + path, encoding: .utf8)
            #expect(text.contains("\nstatus: gepland\n") == planned, "\(date)")
        }
    }
}
