import Foundation
import Testing

/// The daily workflow with the built binary: `new`, `check --format`, `timeline`, help and wrong use.
@Suite("Dagelijks werk met de opdracht participatie (end-to-end)")
struct WorkflowCommandTests {
    static let today = ["PARTICIPATIE_VANDAAG": "2024-05-01"]

    static func minimalCopy() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.copyFixture("minimal")
        return folder
    }

    /// `minimal` with `status: concept`: a new outcome without a response is then a warning,
    /// not an error as it is in a `definitief` report.
    static func conceptCopy() throws -> TemporaryFolder {
        let folder = try minimalCopy()
        let file = folder.url.appendingPathComponent("process/proces.md")
        let text = try String(contentsOf: file, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "status: definitief", with: "status: concept").utf8).write(to: file)
        return folder
    }

    // MARK: new → edit → check → build

    @Test func newThenEditThenCheckThenBuild() throws {
        let folder = try Self.minimalCopy()
        try FileManager.default.copyItem(at: packageRoot.appendingPathComponent("templates"), to: folder.url.appendingPathComponent("templates"))
        let created = try CommandRunner.run(
            ["new", "bijeenkomst", "Bewonersavond café 't Hoekje", "--datum", "2024-04-10"],
            in: folder.url, environment: Self.today)
        #expect(created.status == 0)
        #expect(created.standardOutput == "process/2024-04-10-bewonersavond-cafe-t-hoekje.md\n")
        #expect(created.standardError == "vul de tekst bij '[VUL IN: …]' in en controleer het bestand daarna met 'participatie check'\n")

        let placeholder =
            "process/2024-04-10-bewonersavond-cafe-t-hoekje.md:21:1: fout: nog niet ingevuld: vervang '[VUL IN: Wat gebeurde er op de bijeenkomst? Wie waren er, wat is besproken en wat is opgehaald?]' door uw eigen tekst"
        let unedited = try CommandRunner.run(["check"], in: folder.url)
        #expect(unedited.status == 1)
        #expect(unedited.standardOutput == placeholder + "\n6 bestanden gecontroleerd: 1 fout, 0 waarschuwingen\n")
        let refused = try CommandRunner.run(["build"], in: folder.url)
        #expect(refused.status == 1)
        #expect(refused.standardError == placeholder + "\ngeen eindverslag gemaakt: 1 fout hierboven; output/eindverslag.html is niet gewijzigd\n")
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/output/eindverslag.html"))

        let file = folder.url.appendingPathComponent("process/2024-04-10-bewonersavond-cafe-t-hoekje.md")
        var text = try String(contentsOf: file, encoding: .utf8)
        text = text.replacingOccurrences(of: "# locatie:", with: "locatie: Café 't Hoekje")
        text = text.replacingOccurrences(of: "# deelnemers:", with: "deelnemers: ca. 25")
        text = text.replacingOccurrences(of: #"\[VUL IN: [^\]]*\]"#, with: "Bewoners praatten over het plein.", options: .regularExpression)
        try Data(text.utf8).write(to: file)

        let edited = try CommandRunner.run(["check", "--strict"], in: folder.url)
        #expect(edited.status == 0)
        #expect(edited.standardOutput == "6 bestanden gecontroleerd: 0 fouten, 0 waarschuwingen\n")
        let timeline = try CommandRunner.run(["timeline"], in: folder.url)
        #expect(timeline.standardOutput.contains("\n2024-04-10  bijeenkomst  2e      ca. 25            Bewonersavond café 't Hoekje\n"))

        let built = try CommandRunner.run(["build"], in: folder.url)
        #expect(built.status == 0)
        #expect(built.standardError == "")
        #expect(built.standardOutput.hasPrefix("output/eindverslag.html geschreven (3 momenten, 1 uitkomst, 1 reactie; "))
        let html = try String(contentsOfFile: folder.path + "/output/eindverslag.html", encoding: .utf8)
        #expect(html.contains("Bewoners praatten over het plein."))
        #expect(!html.contains("VUL IN"))
    }

    @Test(arguments: [
        "bijeenkomst", "kerngroep", "nieuwsbrief", "interne-sessie", "enquete", "besluit", "brief",
        "uitnodiging", "overleg", "gesprek", "uitvraag", "onderzoek", "uitkomst", "reactie",
    ])
    func everyKindWarnsUneditedInAConceptAndPassesFilledIn(_ kind: String) throws {
        let folder = try Self.conceptCopy()
        var arguments = ["new", kind, "Nieuw"]
        if kind == "reactie" { arguments += ["--uitkomst", "meer-groen"] }
        let created = try CommandRunner.run(arguments, in: folder.url, environment: Self.today)
        #expect(created.status == 0)
        let path = created.standardOutput.trimmingCharacters(in: .newlines)
        // In a concept an unedited file is a warning at its place: the report can be made meanwhile.
        let check = try CommandRunner.run(["check"], in: folder.url)
        #expect(check.status == 0)
        #expect(check.standardOutput.contains("\(path):"))
        #expect(check.standardOutput.contains(": waarschuwing: nog niet ingevuld: vervang '[VUL IN: "))
        #expect(try CommandRunner.run(["check", "--strict"], in: folder.url).status == 1)

        let file = folder.url.appendingPathComponent(path)
        let text = try String(contentsOf: file, encoding: .utf8)
            .replacingOccurrences(of: #"\[VUL IN: [^\]]*\]"#, with: "Ingevuld.", options: .regularExpression)
        try Data(text.utf8).write(to: file)
        let filled = try CommandRunner.run(["check"], in: folder.url)
        #expect(filled.status == 0, "\(filled.standardOutput)")
        // A new outcome has no response yet: that stays a warning, not an error.
        #expect(filled.standardOutput.hasSuffix(kind == "uitkomst" ? "0 fouten, 1 waarschuwing\n" : "0 fouten, 0 waarschuwingen\n"))
    }

    @Test func newUsesTodayAndAcceptsAMonth() throws {
        let folder = try Self.minimalCopy()
        let today = try CommandRunner.run(["new", "nieuwsbrief", "Nieuwsbrief mei"], in: folder.url, environment: Self.today)
        #expect(today.standardOutput == "process/2024-05-01-nieuwsbrief-mei.md\n")
        let month = try CommandRunner.run(["new", "onderzoek", "Onderzoek", "--datum", "2024-07"], in: folder.url, environment: Self.today)
        #expect(month.standardOutput == "process/2024-07-onderzoek.md\n")
        let text = try String(contentsOf: folder.url.appendingPathComponent("process/2024-07-onderzoek.md"), encoding: .utf8)
        #expect(
            text.hasPrefix(
                "---\nsoort: onderzoek\ntitel: Onderzoek\ndatum: 2024-07\n# De datum ligt na vandaag. Na afloop: verander 'gepland' in 'afgerond'.\nstatus: gepland\n"
            ))
    }

    @Test func newInAnEmptyFolderStartsAProcess() throws {
        let folder = try TemporaryFolder()
        let result = try CommandRunner.run(
            ["new", "proces", "Herinrichting Marktplein", "--process", "verslagen/marktplein/"],
            in: folder.url, environment: Self.today)
        #expect(result.status == 0)
        #expect(result.standardOutput == "verslagen/marktplein/proces.md\n")
        #expect(FileManager.default.fileExists(atPath: folder.path + "/verslagen/marktplein/proces.md"))
    }

    @Test func newRefusesToOverwrite() throws {
        let folder = try Self.minimalCopy()
        let first = try CommandRunner.run(["new", "gesprek", "Gesprek met de winkeliers"], in: folder.url, environment: Self.today)
        #expect(first.status == 0)
        let file = folder.url.appendingPathComponent("process/2024-05-01-gesprek-met-de-winkeliers.md")
        try Data("eigen tekst\n".utf8).write(to: file)
        let second = try CommandRunner.run(["new", "gesprek", "Gesprek met de winkeliers"], in: folder.url, environment: Self.today)
        #expect(second.status == 1)
        #expect(second.standardOutput == "")
        #expect(
            second.standardError
                == "fout: process/2024-05-01-gesprek-met-de-winkeliers.md bestaat al; kies een andere titel, of pas het bestaande bestand aan\n")
        #expect(try String(contentsOf: file, encoding: .utf8) == "eigen tekst\n")
    }

    @Test func newReportsWrongUseWithExitCodeTwo() throws {
        let folder = try TemporaryFolder()
        let unknown = try CommandRunner.run(["new", "kerngoep", "Vergadering"], in: folder.url, environment: Self.today)
        #expect(unknown.status == 2)
        #expect(
            unknown.standardError
                == "fout: onbekende soort 'kerngoep'; bedoelde u 'kerngroep'? (kies uit: bijeenkomst, kerngroep, nieuwsbrief, interne-sessie, enquete, besluit, brief, uitnodiging, overleg, gesprek, uitvraag, onderzoek, uitkomst, reactie, proces)\n"
        )
        let date = try CommandRunner.run(["new", "brief", "Brief", "--datum", "1-5-2024"], in: folder.url, environment: Self.today)
        #expect(date.status == 2)
        #expect(
            date.standardError
                == "fout: --datum '1-5-2024' is geen geldige datum; schrijf JJJJ-MM-DD (of JJJJ-MM als alleen de maand, JJJJ als alleen het jaar bekend is)\n"
        )
        let clock = try CommandRunner.run(["new", "brief", "Brief"], in: folder.url, environment: ["PARTICIPATIE_VANDAAG": "morgen"])
        #expect(clock.status == 2)
        #expect(clock.standardError == "fout: de waarde 'morgen' van PARTICIPATIE_VANDAAG is geen geldige datum; schrijf JJJJ-MM-DD\n")
        let missing = try CommandRunner.run(["new", "brief"], in: folder.url, environment: Self.today)
        #expect(missing.status == 2)
        #expect(missing.standardError.hasPrefix("fout: verplicht argument ontbreekt: '<titel>'\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [])
    }

    @Test func newWithoutDateReadsTheClock() throws {
        let folder = try TemporaryFolder()
        let result = try CommandRunner.run(["new", "brief", "Brief"], in: folder.url)
        #expect(result.status == 0)
        // The date is today's, whatever today is: only its shape can be asserted.
        #expect(result.standardOutput.range(of: #"^process/\d{4}-\d{2}-\d{2}-brief\.md\n$"#, options: .regularExpression) != nil)
    }

    // MARK: The pre-commit hook

    /// Runs `git` in `folder` with the built binary first in `PATH`, as the hook would find it.
    static func git(_ arguments: [String], in folder: TemporaryFolder) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-c", "user.name=Test", "-c", "user.email=test@example.org"] + arguments
        process.currentDirectoryURL = folder.url
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = CommandRunner.binary.deletingLastPathComponent().path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        environment["NO_COLOR"] = "1"
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    @Test func preCommitHookStopsACommitWithErrors() throws {
        let folder = try Self.minimalCopy()
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent(".githooks"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: packageRoot.appendingPathComponent(".githooks/pre-commit"),
            to: folder.url.appendingPathComponent(".githooks/pre-commit"))
        #expect(try Self.git(["init", "-q"], in: folder) == 0)
        #expect(try Self.git(["config", "core.hooksPath", ".githooks"], in: folder) == 0)
        #expect(try Self.git(["add", "."], in: folder) == 0)
        #expect(try Self.git(["commit", "-q", "-m", "Begin"], in: folder) == 0)

        let created = try CommandRunner.run(["new", "brief", "Brief aan de buurt"], in: folder.url, environment: Self.today)
        #expect(created.status == 0)
        #expect(try Self.git(["add", "."], in: folder) == 0)
        #expect(try Self.git(["commit", "-q", "-m", "Niet ingevuld"], in: folder) == 1)

        let file = folder.url.appendingPathComponent("process/2024-05-01-brief-aan-de-buurt.md")
        let text = try String(contentsOf: file, encoding: .utf8)
            .replacingOccurrences(of: #"\[VUL IN: [^\]]*\]"#, with: "De brief.", options: .regularExpression)
        try Data(text.utf8).write(to: file)
        #expect(try Self.git(["add", "."], in: folder) == 0)
        #expect(try Self.git(["commit", "-q", "-m", "Ingevuld"], in: folder) == 0)
    }

    // MARK: check --format

    @Test func checkFormatsForCI() throws {
        let folder = try Self.minimalCopy()
        try folder.write("process/2024-04-01-a.md", "---\nsoort: kerngoep\ntitel: A\ndatum: 2024-04-01\n---\n")
        try folder.write("process/notities.txt", "x\n")
        let github = try CommandRunner.run(["check", "--format", "github"], in: folder.url)
        #expect(github.status == 1)
        #expect(
            github.standardOutput == """
                ::error file=process/2024-04-01-a.md,line=2,col=8,title=participatie check::onbekende soort 'kerngoep'; bedoelde u 'kerngroep'? (toegestaan: bijeenkomst, kerngroep, nieuwsbrief, interne-sessie, enquete, besluit, brief, uitnodiging, overleg, gesprek, uitvraag, onderzoek)
                ::warning file=process/notities.txt,line=1,col=1,title=participatie check::bestand wordt niet gebruikt: alleen .md-bestanden in process/, process/uitkomsten/ en process/reacties/ worden gelezen
                6 bestanden gecontroleerd: 1 fout, 1 waarschuwing

                """)
        let json = try CommandRunner.run(["check", "--format", "json"], in: folder.url)
        #expect(json.status == 1)
        try expectMatchesGolden(json.standardOutput, "check/cli.json")
        let gitlab = try CommandRunner.run(["check", "--format", "gitlab"], in: folder.url)
        #expect(gitlab.status == 1)
        try expectMatchesGolden(gitlab.standardOutput, "check/cli.gitlab.json")

        let warned = ["--process", Fixtures.path("concept-met-waarschuwingen")]
        let clean = try CommandRunner.run(["check", "--format", "json"] + warned, in: packageRoot)
        #expect(clean.status == 0)
        #expect(
            clean.standardOutput.hasPrefix(
                "{\n  \"schema\": 1,\n  \"geslaagd\": true,\n  \"strikt\": false,\n  \"bestanden\": 13,\n  \"fouten\": 0,\n  \"waarschuwingen\": 5,\n"
            ))
        let strict = try CommandRunner.run(["check", "--format", "json", "--strict"] + warned, in: packageRoot)
        #expect(strict.status == 1)
    }

    @Test func unknownFormatIsWrongUse() throws {
        let result = try CommandRunner.run(["check", "--format", "xml"], in: packageRoot)
        #expect(result.status == 2)
        #expect(
            result.standardError == """
                fout: de waarde 'xml' is ongeldig voor '--format <formaat>'; kies uit 'tekst', 'json', 'github' of 'gitlab'
                hulp:  --format <formaat>  Het uitvoerformaat
                gebruik: participatie check [--process <map>] [--strict] [--format <formaat>]
                  zie 'participatie check --help' voor meer informatie

                """)
    }

    // MARK: timeline

    @Test func timelineIsPlainWhenPiped() throws {
        let result = try CommandRunner.run(["timeline", "--process", Fixtures.path("minimal")], in: packageRoot)
        #expect(result.status == 0)
        #expect(result.standardError == "")
        try expectMatchesGolden(result.standardOutput, "timeline/minimal.txt")
        let forced = try CommandRunner.run(["timeline", "--process", Fixtures.path("minimal"), "--kleur", "altijd"], in: packageRoot)
        try expectMatchesGolden(forced.standardOutput, "timeline/minimal-kleur.txt")
    }

    @Test func timelineIsColouredOnATerminal() throws {
        // `script` gives the command a pseudo-terminal, as an editor's terminal would.
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else { return }
        let folder = try TemporaryFolder()
        let command = "\(CommandRunner.binary.path) timeline --process \(Fixtures.path("minimal"))"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", command, folder.path + "/typescript"]
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "NO_COLOR")
        environment["TERM"] = "xterm"
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let typescript = try String(contentsOfFile: folder.path + "/typescript", encoding: .utf8)
        #expect(typescript.contains("\u{1B}[1mDatum       Soort        Nr  Deelnemers  Reacties  Titel\u{1B}[0m"))

        environment["NO_COLOR"] = "1"
        let plain = Process()
        plain.executableURL = process.executableURL
        plain.arguments = process.arguments
        plain.environment = environment
        plain.standardInput = FileHandle.nullDevice
        plain.standardOutput = FileHandle.nullDevice
        try plain.run()
        plain.waitUntilExit()
        let noColor = try String(contentsOfFile: folder.path + "/typescript", encoding: .utf8)
        #expect(noColor.contains("Datum       Soort        Nr  Deelnemers  Reacties  Titel"))
        #expect(!noColor.contains("\u{1B}[1m"))
    }

    @Test func timelineRefusesAProcessWithErrors() throws {
        let folder = try Self.minimalCopy()
        try folder.write("process/2024-04-01-a.md", "---\ntitel: A\n---\n")
        let result = try CommandRunner.run(["timeline"], in: folder.url)
        #expect(result.status == 1)
        #expect(result.standardOutput == "")
        #expect(
            result.standardError == """
                process/2024-04-01-a.md:1:1: fout: verplichte sleutel 'datum' ontbreekt
                process/2024-04-01-a.md:1:1: fout: verplichte sleutel 'soort' ontbreekt
                geen tijdlijn: los eerst de fouten hierboven op

                """)
    }

    // MARK: Help, completion and wrong use

    static let helpCases: [(String, [String])] = [
        ("participatie", []), ("init", ["init"]), ("new", ["new"]), ("check", ["check"]), ("build", ["build"]),
        ("timeline", ["timeline"]), ("export", ["export"]), ("sjablonen", ["sjablonen"]), ("verschil", ["verschil"]),
    ]

    @Test(arguments: helpCases.map(\.0))
    func helpIsDutchAndTheSameEveryWay(_ name: String) throws {
        let path = Self.helpCases.first { $0.0 == name }!.1
        let viaFlag = try CommandRunner.run(path + ["--help"], in: packageRoot)
        #expect(viaFlag.status == 0)
        #expect(viaFlag.standardError == "")
        try expectMatchesGolden(viaFlag.standardOutput, "help/\(name).txt")
        let viaHelp = try CommandRunner.run(["help"] + path, in: packageRoot)
        #expect(viaHelp.standardOutput == viaFlag.standardOutput)
        let viaShort = try CommandRunner.run(path + ["-h"], in: packageRoot)
        #expect(viaShort.standardOutput == viaFlag.standardOutput)
        for english in ["OVERVIEW", "USAGE", "OPTIONS", "ARGUMENTS", "SUBCOMMANDS", "default:", "values:", "Show ", "See '"] {
            #expect(!viaFlag.standardOutput.contains(english), "\(english)")
        }
    }

    @Test func unknownOptionIsDutchWithExitCodeTwo() throws {
        let result = try CommandRunner.run(["timeline", "--kleuren", "altijd"], in: packageRoot)
        #expect(result.status == 2)
        #expect(result.standardOutput == "")
        #expect(
            result.standardError == """
                fout: onbekende optie '--kleuren'; bedoelde u '--kleur'?
                gebruik: participatie timeline [--process <map>] [--kleur <wanneer>]
                  zie 'participatie timeline --help' voor meer informatie

                """)
    }

    @Test(arguments: [["chek"], ["help", "chek"], ["chek", "--help"]])
    func unknownCommandSuggestsTheNearest(_ arguments: [String]) throws {
        let result = try CommandRunner.run(arguments, in: packageRoot)
        #expect(result.status == 2)
        #expect(result.standardOutput == "")
        #expect(
            result.standardError == """
                fout: onbekende opdracht 'chek'; bedoelde u 'check'? (kies uit: init, new, check, build, timeline, export, sjablonen, verschil, help)
                zie 'participatie --help' voor uitgebreide hulp

                """)
    }

    @Test(arguments: ["bash", "zsh", "fish"])
    func completionScriptsAreGenerated(_ shell: String) throws {
        let result = try CommandRunner.run(["--generate-completion-script", shell], in: packageRoot)
        #expect(result.status == 0)
        for word in ["participatie", "timeline", "format", "kerngroep", "uitkomst"] {
            #expect(result.standardOutput.contains(word), "\(shell): \(word)")
        }
    }
}
