import Foundation
import Testing

@testable import ParticipatieCommands
@testable import ParticipatieModel
@testable import ParticipatieReading
@testable import ParticipatieReport

/// Messages that find the right thing: ids suggested by prefix and containment, file names with spaces
/// or capitals named as such, and every message starting the same way.
@Suite("Meldingen die het goede vinden")
struct MessageTests {
    // MARK: Suggestions for ids

    @Test(
        arguments: [
            ("meer-groen", ["meer-groen-en-schaduw", "minder-autos"], "meer-groen-en-schaduw"),
            ("meer-gorne-en-schaduw", ["meer-groen-en-schaduw"], "meer-groen-en-schaduw"),
            ("startbijeenkomst", ["2022-07-04-startbijeenkomst", "2022-07-27-kerngroep"], "2022-07-04-startbijeenkomst"),
            ("2022-07-04-startbijeenkomst-theater", ["2022-07-04-startbijeenkomst"], "2022-07-04-startbijeenkomst"),
            ("2024-02-01-start", ["2024-02-01-startbijeenkomst", "2024-03-enquete"], "2024-02-01-startbijeenkomst"),
            ("groen", ["meer-groen-en-schaduw", "groen-in-de-wijk"], "groen-in-de-wijk"),
            ("meer", ["meer-groen-en-schaduw", "meer-bankjes"], "meer-bankjes"),
            ("de", ["de-wijk", "de-markt"], nil),
            ("parkeren", ["meer-groen-en-schaduw"], nil),
        ] as [(String, [String], String?)])
    func idSuggestions(_ reference: String, _ ids: [String], _ expected: String?) {
        #expect(Suggestion.nearestID(to: reference, in: Suggestion.Candidates(ids)) == expected)
    }

    @Test("uitkomsten en bronnen: een verwijzing die niet bestaat krijgt het id dat ermee begint of het bevat")
    func referencesSuggestByPrefixAndContainment() async throws {
        let folder = try TemporaryFolder()
        try folder.copyFixture("minimal")
        try folder.write(
            "process/uitkomsten/minder-verkeer-in-de-straat.md", "---\ntitel: Minder verkeer\nvolgorde: 9\nbronnen: [startbijeenkomst]\n---\nTekst.\n"
        )
        try folder.write(
            "process/reacties/drempels.md", "---\ntitel: Drempels\nuitkomsten: [minder-verkeer]\nbesluit: overgenomen\n---\nTekst.\n")
        let lines = await ProcessReader.read(directory: folder.path + "/process", displayPath: "process").diagnostics.map(\.description)
        #expect(
            lines.contains(
                "process/reacties/drempels.md:3:14: fout: uitkomst 'minder-verkeer' bestaat niet in process/uitkomsten/; bedoelde u 'minder-verkeer-in-de-straat'?"
            ), "\(lines)")
        #expect(
            lines.contains(
                "process/uitkomsten/minder-verkeer-in-de-straat.md:4:11: fout: bron 'startbijeenkomst' bestaat niet in process/; bedoelde u '2024-02-01-startbijeenkomst'?"
            ), "\(lines)")
    }

    // MARK: File names

    @Test("een bestandsnaam met spaties en hoofdletters krijgt een eigen melding, en zijn datum wordt goed gelezen")
    func fileNameWithSpacesAndCapitals() async throws {
        let folder = try TemporaryFolder()
        try folder.copyFixture("minimal")
        try folder.write(
            "process/2024-04-20 Gesprek Marktvereniging.md", "---\nsoort: gesprek\ntitel: Gesprek\ndatum: 2024-04-20\n---\nTekst.\n")
        try folder.write("process/2024-04-21_gesprek_café.md", "---\nsoort: gesprek\ntitel: Gesprek\ndatum: 2024-04-21\n---\nTekst.\n")
        let lines = await ProcessReader.read(directory: folder.path + "/process", displayPath: "process").diagnostics.map(\.description)
        #expect(
            lines == [
                "process/2024-04-20 Gesprek Marktvereniging.md:1:1: waarschuwing: bestandsnaam bevat spaties en hoofdletters; noem het bestand "
                    + "'2024-04-20-gesprek-marktvereniging.md' (alleen kleine letters, cijfers en '-', zoals 'participatie new' bestanden noemt)",
                "process/2024-04-21_gesprek_café.md:1:1: waarschuwing: gebruik in bestandsnamen alleen kleine letters, cijfers en '-', "
                    + "bijvoorbeeld '2024-04-21-gesprek-cafe.md'",
            ])
    }

    // MARK: Every message starts the same way

    /// A message starts with a lower-case letter, a digit or a sign, never with a capital, and ends
    /// without a full stop.
    static func startsTheSameWay(_ message: String) -> Bool {
        guard let first = message.unicodeScalars.first else { return false }
        return !first.properties.isUppercase && !message.hasSuffix(".")
    }

    /// Every string literal on one line of a wording file that starts with a capital or ends with a
    /// full stop, apart from `allowed` ones (which are not the start or end of a message).
    static func offendingLiterals(in relative: String, allowed: Set<String>) throws -> [String] {
        let text = try String(contentsOf: packageRoot.appendingPathComponent(relative), encoding: .utf8)
        let expression = try NSRegularExpression(pattern: #""((?:[^"\\]|\\.)+)""#)
        var offending: [String] = []
        for line in text.split(separator: "\n") where !line.trimmingCharacters(in: .whitespaces).hasPrefix("//") {
            let line = String(line)
            for match in expression.matches(in: line, range: NSRange(line.startIndex..., in: line)) {
                let literal = String(line[Range(match.range(at: 1), in: line)!])
                guard !allowed.contains(literal) else { continue }
                if literal.unicodeScalars.first!.properties.isUppercase || (literal.hasSuffix(".") && literal != ".") {
                    offending.append(literal)
                }
            }
        }
        return offending
    }

    @Test("elke melding van het lezen en het verslag begint met een kleine letter en eindigt zonder punt")
    func wordingFilesStartEveryMessageTheSameWay() throws {
        // Inside a message, not at its start: libyaml's problem in parentheses, a code point's prefix.
        #expect(
            try Self.offendingLiterals(in: "Sources/ParticipatieReading/Message.swift", allowed: ["UTF-8-teken met een ongeldige lengte", "U+"]) == []
        )
        // Headings and group labels of the report's sections (changes since, what was checked), not messages.
        let reportLabels: Set<String> = [
            "Het proces", "Gebeurtenissen", "Uitkomsten", "Reacties", "Artikel 5 van de participatieverordening",
            "Persoonsgegevens (AVG)", "Participatieniveau \\(level.rawValue)",
        ]
        #expect(try Self.offendingLiterals(in: "Sources/ParticipatieReport/ReportWording.swift", allowed: reportLabels) == [])
        #expect(try Self.offendingLiterals(in: "Sources/ParticipatieSystem/SystemWording.swift", allowed: []) == [])
    }

    @Test("de meldingen van alle testprocessen beginnen met een kleine letter en eindigen zonder punt")
    func everyDiagnosticOfTheFixturesStartsTheSameWay() async throws {
        let fixtures = testsDirectory.appendingPathComponent("Fixtures")
        var folders = ["minimal", "concept-met-waarschuwingen"]
        for group in ["hostile", "invalid"] {
            folders += try FileManager.default.contentsOfDirectory(atPath: fixtures.appendingPathComponent(group).path).map { group + "/" + $0 }
        }
        var count = 0
        for folder in folders {
            for diagnostic in await Fixtures.read(folder).diagnostics {
                count += 1
                #expect(Self.startsTheSameWay(diagnostic.message), "\(folder): \(diagnostic.message)")
            }
        }
        #expect(count > 50)
    }

    @Test("de meldingen van de opdracht beginnen met een kleine letter en eindigen zonder punt")
    func commandMessagesStartTheSameWay() throws {
        let messages = [
            CommandWording.checkSummary(files: 1, diagnostics: []), CommandWording.strictFailure, CommandWording.exportRefused,
            CommandWording.unknownEntryKind("x", suggestion: "y", allowed: ["y"]), CommandWording.emptyTitle,
            CommandWording.optionOnlyForEvents("--datum", kind: "uitkomst"),
            CommandWording.optionOnlyFor("--bron", kind: "reactie", allowedKind: "uitkomst"), CommandWording.emptyReference("--bron"),
            CommandWording.entryExists("process/x.md"), CommandWording.cannotCreateFolder("x", "geen schrijfrechten"),
            CommandWording.cannotWriteFile("x", "geen schrijfrechten"), CommandWording.folderIsSymbolicLink("x"),
            CommandWording.newFileHint, CommandWording.invalidDateOption("x"), CommandWording.invalidToday(variable: "PARTICIPATIE_VANDAAG", "x"),
            CommandWording.timelineRefused, CommandWording.watchStarted(["process"]), CommandWording.watchKeptLastGood(nil),
            CommandWording.watchKeptLastGood("output/eindverslag.html"), CommandWording.watchStopped,
            CommandWording.processExists("process/"), CommandWording.fileKept("x"),
            CommandWording.templatesWritten(1, kept: 1, folder: "templates", usedByDefault: true),
            CommandWording.templatesWritten(0, kept: 7, folder: "x", usedByDefault: false),
            CommandWording.buildRefused(errors: 1, output: "output/eindverslag.html"),
        ]
        for message in messages { #expect(Self.startsTheSameWay(message), "\(message)") }
        for line in CommandWording.unknownCommand("chek", known: ["check"]).split(separator: "\n") {
            #expect(Self.startsTheSameWay(String(line.dropFirst(line.hasPrefix("fout: ") ? 6 : 0))), "\(line)")
        }
    }

    @Test(arguments: [
        ["timeline", "--kleuren", "altijd"], ["build", "--format", "pdf"], ["check", "--format"], ["new", "bijeenkomst"], ["new"],
        ["chek"], ["init", ""], ["check", "--process", ""], ["check", "--strict=ja"], ["export", "extra"],
    ])
    func wrongUseStartsTheSameWay(_ arguments: [String]) throws {
        let result = try CommandRunner.run(arguments, in: packageRoot)
        #expect(result.status == 2)
        let lines = result.standardError.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(lines.first?.hasPrefix("fout: ") == true, "\(lines)")
        for line in lines {
            #expect(Self.startsTheSameWay(line.hasPrefix("fout: ") ? String(line.dropFirst(6)) : line), "\(line)")
        }
    }
}
