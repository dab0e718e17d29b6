import CommonMark
import Foundation
import Testing

@testable import ParticipatieCommands
@testable import ParticipatieModel
@testable import ParticipatieReading
@testable import ParticipatieReport
@testable import ParticipatieSystem

@Suite("Uitvoerformaten van participatie check")
struct CheckFormatTests {
    static let diagnostics = [
        Diagnostic(
            file: "process/2024-04-01-kerngroep.md", line: 2, column: 8,
            message: "onbekende soort 'kerngoep'; bedoelde u 'kerngroep'?"),
        Diagnostic(
            file: "process/notities, 50%.txt", severity: .waarschuwing,
            message: "bestand wordt niet gebruikt:\nregel twee"),
    ]

    @Test(arguments: DiagnosticsFormatter.Format.allCases)
    func formatsAreStable(_ format: DiagnosticsFormatter.Format) throws {
        let output = DiagnosticsFormatter.format(Self.diagnostics, files: 7, strict: false, as: format)
        try expectMatchesGolden(output, "check/fouten.\(format.rawValue)")
    }

    @Test func textFormatIsTheCompilerStyle() {
        #expect(
            DiagnosticsFormatter.format(Self.diagnostics, files: 7, strict: false, as: .tekst) == """
                process/2024-04-01-kerngroep.md:2:8: fout: onbekende soort 'kerngoep'; bedoelde u 'kerngroep'?
                process/notities, 50%.txt:1:1: waarschuwing: bestand wordt niet gebruikt:\\u{A}regel twee
                7 bestanden gecontroleerd: 1 fout, 1 waarschuwing

                """)
    }

    @Test func githubCommandsAreEscaped() {
        #expect(
            DiagnosticsFormatter.githubCommand(Self.diagnostics[0])
                == "::error file=process/2024-04-01-kerngroep.md,line=2,col=8,title=participatie check::onbekende soort 'kerngoep'; bedoelde u 'kerngroep'?"
        )
        #expect(
            DiagnosticsFormatter.githubCommand(Self.diagnostics[1])
                == "::warning file=process/notities%2C 50%25.txt,line=1,col=1,title=participatie check::bestand wordt niet gebruikt:%0Aregel twee")
    }

    @Test func jsonAndGitLabOutputIsValidJSON() throws {
        let json = DiagnosticsFormatter.format(Self.diagnostics, files: 7, strict: true, as: .json)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["geslaagd"] as? Bool == false)
        #expect(object["strikt"] as? Bool == true)
        #expect((object["meldingen"] as? [[String: Any]])?.map { $0["regel"] as? Int } == [2, 1])
        let gitlab = DiagnosticsFormatter.format(Self.diagnostics, files: 7, strict: false, as: .gitlab)
        let issues = try #require(try JSONSerialization.jsonObject(with: Data(gitlab.utf8)) as? [[String: Any]])
        #expect(issues.map { $0["severity"] as? String } == ["major", "minor"])
        let fingerprints = Set(issues.compactMap { $0["fingerprint"] as? String })
        #expect(fingerprints.count == 2)
        #expect(DiagnosticsFormatter.format([], files: 3, strict: false, as: .gitlab) == "[]\n")
    }

    @Test func fingerprintIsFNV1a() {
        #expect(DiagnosticsFormatter.fingerprint("") == "cbf29ce484222325")
        #expect(DiagnosticsFormatter.fingerprint("a") == "af63dc4c8601ec8c")
    }

    @Test func strictTurnsWarningsIntoFailure() {
        let warning = [Self.diagnostics[1]]
        #expect(DiagnosticsFormatter.passes(warning, strict: false))
        #expect(!DiagnosticsFormatter.passes(warning, strict: true))
        #expect(!DiagnosticsFormatter.passes(Self.diagnostics, strict: false))
        #expect(DiagnosticsFormatter.passes([], strict: true))
        #expect(
            DiagnosticsFormatter.format(warning, files: 1, strict: true, as: .tekst).hasSuffix(
                "1 bestand gecontroleerd: 0 fouten, 1 waarschuwing\n--strict: waarschuwingen tellen als fouten\n"))
    }
}

@Suite("Tijdlijn in de terminal")
struct TimelineTableTests {
    static func minimalTimeline() async throws -> Timeline {
        try #require(await Fixtures.read("minimal").timeline)
    }

    @Test func plainTableMatchesGolden() async throws {
        try expectMatchesGolden(TimelineTable.render(try await Self.minimalTimeline(), colors: false), "timeline/minimal.txt")
    }

    @Test func colouredTableMatchesGoldenAndOnlyAddsEscapes() async throws {
        let timeline = try await Self.minimalTimeline()
        let coloured = TimelineTable.render(timeline, colors: true)
        try expectMatchesGolden(coloured, "timeline/minimal-kleur.txt")
        let stripped = coloured.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
        #expect(stripped == TimelineTable.render(timeline, colors: false))
    }

    @Test func shippedProcessTableMatchesGolden() async throws {
        let timeline = try #require(
            await ProcessReader.read(
                directory: packageRoot.appendingPathComponent("process").path,
                displayPath: "process"
            ).timeline)
        try expectMatchesGolden(TimelineTable.render(timeline, colors: false), "timeline/enschede.txt")
    }

    @Test func plannedEventsAndSeveralDaysAreMarked() async throws {
        let process = try await Self.minimalTimeline().process
        let events = [
            Event(
                id: "2024-04-13-a", file: "", kind: .bijeenkomst, title: "Wijkavonden",
                dates: [EventDate(year: 2024, month: 4, day: 13), EventDate(year: 2024, month: 4, day: 17)]),
            Event(
                id: "2024-06-01-b", file: "", kind: .bijeenkomst, title: "Slot\u{1B}[2J", dates: [EventDate(year: 2024, month: 6, day: 1)],
                participants: Count(exactly: 1200), status: .gepland),
        ]
        let table = TimelineTable.render(Timeline(process: process, events: events, outcomes: [], responses: []), colors: false)
        #expect(table.contains("\n2024-04-13  bijeenkomst  1e                        Wijkavonden (op 2 dagen)\n"))
        #expect(table.contains("\n2024-06-01  bijeenkomst  2e        1200            Slot\u{FFFD}[2J (gepland)\n"))
        #expect(table.contains("\nAfgerond: 1, gepland: 1\n"))
        #expect(table.contains("\nDeelnemers, opgeteld: 1.200 bij 1 gebeurtenis\n"))
    }

    @Test(arguments: [
        ("enquête", 7), ("enque\u{0302}te", 7), ("Zoë", 3), ("日本", 4), ("🙂 ok", 5), ("a\u{200B}b", 2), ("", 0),
    ])
    func displayWidthCountsColumns(_ text: String, _ width: Int) {
        #expect(DisplayWidth.of(text) == width)
    }

    @Test func paddingUsesDisplayWidth() {
        #expect(DisplayWidth.padRight("enque\u{0302}te", to: 9) == "enque\u{0302}te  ")
        #expect(DisplayWidth.padLeft("日本", to: 6) == "  日本")
        #expect(DisplayWidth.padRight("te lang", to: 3) == "te lang")
    }

    @Test func colourOnlyOnATerminalWithoutNoColor() {
        #expect(ColorChoice.automatisch.isEnabled(isTerminal: true, environment: [:]))
        #expect(ColorChoice.automatisch.isEnabled(isTerminal: true, environment: ["NO_COLOR": ""]))
        #expect(!ColorChoice.automatisch.isEnabled(isTerminal: true, environment: ["NO_COLOR": "1"]))
        #expect(!ColorChoice.automatisch.isEnabled(isTerminal: true, environment: ["TERM": "dumb"]))
        #expect(!ColorChoice.automatisch.isEnabled(isTerminal: false, environment: [:]))
        #expect(ColorChoice.altijd.isEnabled(isTerminal: false, environment: ["NO_COLOR": "1"]))
        #expect(!ColorChoice.nooit.isEnabled(isTerminal: true, environment: [:]))
    }
}
