import CommonMark
import Foundation
import MustacheEngine
import Testing

@testable import ParticipatieCommands
@testable import ParticipatieModel
@testable import ParticipatieReading
@testable import ParticipatieReport
@testable import ParticipatieSystem

#if canImport(Glibc)
    import Glibc
#endif

/// A process folder in a temporary directory: `Fixtures/minimal` with the files of
/// `Fixtures/hostile/<name>` laid over it, so every case also shows that the other files are
/// still read and checked.
struct HostileFolder {
    let folder: TemporaryFolder
    var process: URL { folder.url.appendingPathComponent("process") }

    init(_ name: String? = nil, base: String = "minimal", sharedWithOtherUsers: Bool = false) throws {
        folder = try TemporaryFolder(sharedWithOtherUsers: sharedWithOtherUsers)
        try folder.copyFixture(base)
        if let name { try overlay(Fixtures.path("hostile/" + name)) }
    }

    private func overlay(_ source: String) throws {
        let files = FileManager.default.enumerator(atPath: source)!.compactMap { $0 as? String }
        for relative in files.sorted() {
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: source + "/" + relative, isDirectory: &isFolder)
            let target = process.appendingPathComponent(relative)
            if exists, isFolder.boolValue {
                try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
            } else {
                try? FileManager.default.removeItem(at: target)
                try FileManager.default.copyItem(atPath: source + "/" + relative, toPath: target.path)
            }
        }
    }

    /// Writes `bytes` to `process/<relative>`.
    func write(_ relative: String, _ bytes: [UInt8]) throws {
        try folder.write("process/" + relative, Data(bytes))
    }

    func read() async -> ProcessReadResult {
        await ProcessReader.read(directory: process.path, displayPath: "process")
    }

    /// Runs `participatie check` on the folder; the timeout only guards against a hang.
    func check(timeout: TimeInterval = 300) throws -> CommandResult {
        try CommandRunner.run(["check", "--process", "process"], in: folder.url, timeout: timeout)
    }
}

/// One committed fixture under `Fixtures/hostile/` and exactly what `check` prints for it.
struct HostileCase: Sendable, CustomTestStringConvertible {
    let name: String
    let lines: [String]
    /// Files read, for the summary line.
    let files: Int
    var testDescription: String { name }

    var errors: Int { lines.filter { $0.contains(": fout: ") }.count }
    var warnings: Int { lines.filter { $0.contains(": waarschuwing: ") }.count }
    var summary: String {
        "\(files) bestanden gecontroleerd: \(errors) \(errors == 1 ? "fout" : "fouten"), "
            + "\(warnings) \(warnings == 1 ? "waarschuwing" : "waarschuwingen")"
    }
}

private let aliasMessage = "ankers en verwijzingen van YAML (& en *) worden in front matter niet ondersteund"
private let quoteTip = "tip: zet de waarde van 'titel' tussen dubbele aanhalingstekens, dan is elk teken gewone tekst"
private func unsafeLink(_ scheme: String) -> String {
    "onveilig adres (\(scheme)) wordt niet overgenomen in het verslag: de koppeling blijft leeg"
}
private let outside = "verwijst naar een bestand buiten de procesmap; zo'n pad werkt niet in het gepubliceerde verslag"
private let rawHTML = "tekst bevat HTML, die niet in het verslag wordt overgenomen; schrijf het in Markdown"

let hostileCases: [HostileCase] = [
    HostileCase(name: "bom", lines: [], files: 6),
    HostileCase(name: "crlf", lines: ["process/2024-04-01-crlf.md:5:1: waarschuwing: onbekende sleutel 'zaal'"], files: 6),
    HostileCase(name: "cr-only", lines: ["process/2024-04-01-cr.md:5:1: waarschuwing: onbekende sleutel 'zaal'"], files: 6),
    HostileCase(
        name: "invalid-utf8",
        lines: [
            "process/2024-04-01-utf8.md:6:20: fout: bestand is geen geldige UTF-8-tekst (ongeldige byte op positie 85); sla het op als UTF-8"
        ], files: 6),
    HostileCase(
        name: "windows-1252",
        lines: [
            "process/2024-04-01-cp1252.md:3:15: fout: bestand lijkt in Windows-1252 opgeslagen in plaats van UTF-8 (byte op positie 37 is 'ë' in Windows-1252); sla het op als UTF-8"
        ], files: 6),
    HostileCase(
        name: "mojibake",
        lines: [
            "process/2024-04-01-mojibake.md:6:25: waarschuwing: '€' midden in het woord 'financi€le' is waarschijnlijk een verkeerd omgezet teken (zoals 'ë' in 'financiële'); controleer de tekst",
            "process/2024-04-01-mojibake.md:7:12: waarschuwing: 'Ã«' is waarschijnlijk een verkeerd omgezette 'ë' (UTF-8-tekst die als Windows-1252 is gelezen); vervang het door 'ë' (nog 1 keer in dit bestand)",
        ], files: 6),
    HostileCase(
        name: "nul-byte",
        lines: [
            "process/2024-04-01-nul.md:6:6: fout: bestand bevat een NUL-byte (positie 64); is het wel een tekstbestand?"
        ], files: 6),
    HostileCase(
        name: "empty-file",
        lines: [
            "process/2024-04-01-leeg.md:1:1: fout: bestand is leeg; verwacht front matter tussen twee regels '---'"
        ], files: 6),
    HostileCase(
        name: "unclosed-front-matter",
        lines: [
            "process/2024-04-01-open.md:1:1: fout: front matter wordt niet afgesloten: voeg een regel '---' toe na de laatste sleutel"
        ], files: 6),
    HostileCase(name: "empty-front-matter", lines: ["process/2024-04-01-leeg.md:1:1: fout: front matter is leeg"], files: 6),
    HostileCase(
        name: "yaml-syntax",
        lines: [
            "process/2024-04-01-haakje.md:6:1: fout: ongeldige YAML in front matter (hier werd ',' of ']' verwacht); het begon op regel 5",
            "process/2024-04-02-tab.md:6:1: fout: ongeldige YAML in front matter (dit teken kan hier niet staan); tip: spring in met spaties, niet met tabs",
            "process/2024-04-03-apostrof.md:5:26: fout: ongeldige YAML in front matter (het afsluitende aanhalingsteken ontbreekt); tip: zet de waarde van 'locatie' tussen dubbele aanhalingstekens, dan is elk teken gewone tekst",
            "process/2024-04-04-dubbele-punt.md:3:14: fout: ongeldige YAML in front matter (dubbele punt met spatie ': ' is hier niet toegestaan); "
                + quoteTip,
            "process/2024-04-05-sterretje.md:3:14: fout: ongeldige YAML in front matter (ongeldige naam na '&' of '*' voor een anker of verwijzing); "
                + quoteTip,
            "process/2024-04-06-aanhalingstekens.md:3:14: fout: ongeldige YAML in front matter (hier werd een sleutel verwacht); het begon op regel 2; tip: schrijf een \" binnen de waarde van 'titel' als \\\" of zet de waarde tussen enkele aanhalingstekens",
        ], files: 11),
    HostileCase(
        name: "duplicate-keys",
        lines: [
            "process/2024-04-01-blok.md:6:1: fout: sleutel 'titel' komt twee keer voor",
            "process/2024-04-02-spatie.md:5:1: fout: sleutel 'titel' komt twee keer voor",
            "process/2024-04-03-flow.md:5:20: fout: sleutel 'zaal' komt twee keer voor",
        ], files: 8),
    HostileCase(
        name: "tags",
        lines: [
            "process/2024-04-01-python.md:5:10: fout: tag '!!python/object/apply:os.system' van YAML wordt niet ondersteund",
            "process/2024-04-02-verbatim.md:5:10: fout: tag '!!str' van YAML wordt niet ondersteund",
            "process/2024-04-03-lokaal.md:5:10: fout: tag '!belangrijk' van YAML wordt niet ondersteund",
        ], files: 8),
    HostileCase(
        name: "complex-keys",
        lines: [
            "process/2024-04-01-sleutels.md:5:1: fout: sleutel moet gewone tekst zijn"
        ], files: 6),
    HostileCase(
        name: "anchors",
        lines: [
            "process/2024-04-01-anker.md:5:10: fout: " + aliasMessage,
            "process/2024-04-02-verwijzing.md:5:15: fout: " + aliasMessage,
            "process/2024-04-03-lege-anker.md:5:10: fout: " + aliasMessage,
        ], files: 8),
    HostileCase(name: "legitimate", lines: [], files: 10),
    HostileCase(
        name: "control-characters",
        lines: [
            // The escape sequence comes in through a YAML escape ("\\e"): refused like a literal control character.
            "process/2024-04-01-stuurtekens.md:5:9: fout: waarde bevat een stuurteken (U+001B); zo'n onzichtbaar teken mag niet in een procesbestand staan, ook niet als escape zoals '\\0' of '\\e': haal het weg"
        ], files: 6),
    HostileCase(
        name: "script-injection",
        lines: [
            "process/2024-04-01-script.md:10:1: waarschuwing: " + rawHTML + " (nog 1 keer in dit bestand)",
            // Many findings of one kind in one file are one warning, at the first, with a count.
            "process/2024-04-01-script.md:12:5: waarschuwing: " + unsafeLink("javascript") + " (nog 4 keer in dit bestand)",
            "process/2024-04-01-script.md:16:1: waarschuwing: '../../etc/passwd' " + outside + " (nog 2 keer in dit bestand)",
            // A relative link points nowhere once the report is published (only bijlagen/ goes with it).
            "process/2024-04-01-script.md:18:61: waarschuwing: 'foto.png' is een relatieve koppeling die in het gepubliceerde verslag "
                + "nergens naartoe wijst; zet het bestand in de map bijlagen/ van de procesmap en verwijs naar 'bijlagen/…', "
                + "of gebruik een volledig adres (https://…)",
            "process/reacties/script.md:5:13: waarschuwing: in 'motivering': " + rawHTML + " (nog 1 keer in dit bestand)",
            "process/reacties/script.md:9:1: waarschuwing: " + unsafeLink("javascript"),
            "process/uitkomsten/script.md:6:1: waarschuwing: " + rawHTML,
        ], files: 8),
]

@Suite("Vijandige invoer")
struct HostileInputTests {
    // MARK: Committed fixtures, in process and through the binary

    @Test(arguments: hostileCases)
    func readerReportsExactly(_ hostile: HostileCase) async throws {
        let result = try await HostileFolder(hostile.name).read()
        #expect(result.diagnostics.map(\.description) == hostile.lines)
        #expect((result.timeline == nil) == (hostile.errors > 0))
        #expect(result.inputs.count == hostile.files)
    }

    @Test(arguments: hostileCases)
    func checkPrintsExactlyAndExits(_ hostile: HostileCase) throws {
        let result = try HostileFolder(hostile.name).check()
        #expect(result.standardOutput == (hostile.lines + [hostile.summary]).map { $0 + "\n" }.joined())
        #expect(result.standardError == "")
        #expect(result.status == (hostile.errors > 0 ? 1 : 0))
    }

    @Test func everyCaseTogetherIsReportedInOneRun() async throws {
        let folder = try HostileFolder()
        var expected: [String] = []
        for hostile in hostileCases where hostile.name != "script-injection" {
            let source = Fixtures.path("hostile/" + hostile.name)
            for name in try FileManager.default.contentsOfDirectory(atPath: source) {
                let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: source + "/" + name)))
                try folder.write("\(hostile.name)-" + name, bytes)
            }
            expected += hostile.lines.map { "process/\(hostile.name)-" + $0.dropFirst("process/".count) }
        }
        // The renamed files no longer start with a date, so each event that parses also gets that error.
        let lines = await folder.read().diagnostics.map(\.description)
            .filter { !$0.hasSuffix(": fout: " + Message.eventFileNameWithoutDate) }
        #expect(lines.sorted() == expected.sorted())
    }

    @Test func legitimateTextThatLooksLikeYAMLSyntaxIsKeptAsWritten() async throws {
        let timeline = try #require(try await HostileFolder("legitimate").read().timeline)
        let titles = Dictionary(uniqueKeysWithValues: timeline.events.map { ($0.id, $0.title) })
        #expect(titles["2024-04-01-ampersand"] == "Wonen & Zorg")
        #expect(titles["2024-04-02-blokscalar"] == "*nadruk* & !belangrijk\n[a *b] {c} 'd")
        #expect(titles["2024-04-03-meerdere-regels"] == "Een titel over twee regels # geen commentaar *met* &tekens")
        #expect(titles["2024-04-04-vervolgregel"] == "Een lange titel *met nadruk* &co !ja - geen lijst")
        #expect(titles["2024-04-05-tekens"] == "Wat nu?! 100% zeker: \"ja\" # geen commentaar")
        let event = try #require(timeline.events.first { $0.id == "2024-04-05-tekens" })
        #expect(event.location == "*Stadhuis*")
        #expect(event.audiences == ["!jongeren", "&ouderen", "*iedereen*", "a:b", "50%"])
        let ampersand = try #require(timeline.events.first { $0.id == "2024-04-01-ampersand" })
        #expect(ampersand.location == "Zaal 1 [boven] - *achter* de trap")
        let quoted = try #require(timeline.events.first { $0.id == "2024-04-03-meerdere-regels" })
        #expect(quoted.location == "Jan's &zaal")
    }

    @Test(arguments: ["bom", "crlf", "cr-only"])
    func byteOrderMarkAndLineEndsAreAccepted(_ name: String) async throws {
        let timeline = try #require(try await HostileFolder(name).read().timeline)
        let event = try #require(timeline.events.first { !["2024-02-01-startbijeenkomst", "2024-03-enquete"].contains($0.id) })
        #expect(["Met BOM", "Regels met CRLF", "Regels met CR"].contains(event.title))
        #expect(event.body == (name == "bom" ? "Tekst.\n" : "Eerste regel.\nTweede regel.\n"))
    }

    @Test func realProcessStillHasNoErrors() async {
        let result = await ProcessReader.read(directory: packageRoot.appendingPathComponent("process").path, displayPath: "process")
        #expect(result.diagnostics.errorCount == 0)
        #expect(result.timeline != nil)
        #expect(result.inputs.count == 42)
    }
}

/// The bytes of an event file dated `date`, with `extra` front matter lines and `body`.
private func eventFile(_ date: String, title: String = "Bijeenkomst", extra: String = "", body: String = "Tekst.\n") -> [UInt8] {
    Array("---\nsoort: bijeenkomst\ntitel: \(title)\ndatum: \(date)\n\(extra)---\n\(body)".utf8)
}

/// An event file of exactly `size` bytes: valid front matter and a body of `x`s.
private func eventFile(_ date: String, size: Int) -> [UInt8] {
    var bytes = eventFile(date, body: "")
    bytes += [UInt8](repeating: UInt8(ascii: "x"), count: size - bytes.count - 1) + [10]
    return bytes
}

/// Cases too big or too odd to commit: generated into a temporary folder at test time. End-to-end
/// runs use a generous timeout only as a guard against a hang; none of them asserts a time.
@Suite("Vijandige invoer, gegenereerd")
struct GeneratedHostileInputTests {
    private static let alias = "ankers en verwijzingen van YAML (& en *) worden in front matter niet ondersteund"
    private static let tooDeep = "front matter is te diep genest (meer dan 32 niveaus)"

    /// Front matter text and the diagnostic line it must give, for `process/2024-04-01-x.md`.
    static let frontMatterCases: [(name: String, yaml: String, expected: String)] = {
        var bomb = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        for level in 1..<30 {
            let name = "l\(level)", previous = level == 1 ? "a" : "l\(level - 1)"
            bomb += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]\n"
        }
        let header = "soort: bijeenkomst\ntitel: Diep\ndatum: 2024-04-01\n"
        return [
            ("billion laughs", bomb, "2:4: fout: " + alias),
            (
                "10.000 vlakke lijsten",
                header + "locatie: " + String(repeating: "[", count: 10_000)
                    + String(repeating: "]", count: 10_000) + "\n", "5:41: fout: " + tooDeep
            ),
            (
                "10.000 vlakke mappings",
                header + "locatie: " + String(repeating: "{a: ", count: 10_000) + "x"
                    + String(repeating: "}", count: 10_000) + "\n", "5:134: fout: " + tooDeep
            ),
            (
                "10.000 compacte lijsten", header + "doelgroepen:\n  " + String(repeating: "- ", count: 10_000) + "x\n",
                "6:65: fout: " + tooDeep
            ),
            (
                "300 ingesprongen mappings",
                header + (0..<300).map { String(repeating: " ", count: $0) + "k\($0):\n" }.joined()
                    + String(repeating: " ", count: 300) + "x\n", "37:33: fout: " + tooDeep
            ),
            (
                "10.000 lijsten na a:'b",
                header + "doelgroepen: [a:'b, " + String(repeating: "[", count: 10_000)
                    + String(repeating: "]", count: 10_000) + "]\n", "5:51: fout: " + tooDeep
            ),
            (
                "front matter boven 64 KiB", header + "locatie: \"" + String(repeating: "x", count: 70_000) + "\"\n",
                "2:1: fout: front matter is te groot (70060 bytes; de grens is 65536 bytes)"
            ),
        ]
    }()

    @Test(arguments: frontMatterCases.indices)
    func frontMatterBombsAreRefusedQuickly(_ index: Int) async throws {
        let (_, yaml, expected) = Self.frontMatterCases[index]
        let folder = try HostileFolder()
        try folder.write("2024-04-01-x.md", Array("---\n\(yaml)---\nTekst.\n".utf8))
        #expect(await folder.read().diagnostics.map(\.description) == ["process/2024-04-01-x.md:" + expected])
        let result = try folder.check()
        #expect(result.status == 1)
        #expect(result.standardOutput == "process/2024-04-01-x.md:\(expected)\n6 bestanden gecontroleerd: 1 fout, 0 waarschuwingen\n")
    }

    @Test func twentyMegabyteFileAndFiveMegabyteLineAreRefusedBySize() throws {
        let folder = try HostileFolder()
        try folder.write("2024-04-01-groot.md", eventFile("2024-04-01", size: 20 * 1024 * 1024))
        try folder.write("2024-04-02-lange-regel.md", eventFile("2024-04-02", body: String(repeating: "a", count: 5_000_000) + "\n"))
        let result = try folder.check()
        #expect(
            result.standardOutput == """
                process/2024-04-01-groot.md:1:1: fout: bestand is te groot (20971520 bytes; de grens is 1048576 bytes)
                process/2024-04-02-lange-regel.md:1:1: fout: bestand is te groot (5000065 bytes; de grens is 1048576 bytes)
                5 bestanden gecontroleerd: 2 fouten, 0 waarschuwingen

                """)
        #expect(result.status == 1)
    }

    @Test func fileSizeLimitIsInclusive() async throws {
        let folder = try HostileFolder()
        try folder.write("2024-04-01-precies.md", eventFile("2024-04-01", size: ProcessReader.fileSizeLimit))
        try folder.write("2024-04-02-een-te-veel.md", eventFile("2024-04-02", size: ProcessReader.fileSizeLimit + 1))
        #expect(
            await folder.read().diagnostics.map(\.description) == [
                "process/2024-04-02-een-te-veel.md:1:1: fout: bestand is te groot (1048577 bytes; de grens is 1048576 bytes)"
            ])
    }

    @Test func oneMegabyteLineInTheBodyIsAccepted() throws {
        let folder = try HostileFolder()
        try folder.write("2024-04-01-regel.md", eventFile("2024-04-01", body: String(repeating: "lang ", count: 200_000) + "\n"))
        let result = try folder.check()
        #expect(result.standardOutput == "6 bestanden gecontroleerd: 0 fouten, 0 waarschuwingen\n")
        #expect(result.status == 0)
    }

    @Test func twoThousandFilesAreChecked() throws {
        let folder = try HostileFolder()
        var sources: [String] = []
        for day in 0..<2_000 {
            let date = String(format: "%04d-%02d-%02d", 2018 + day / 336, 1 + day / 28 % 12, 1 + day % 28)
            let id = "\(date)-bijeenkomst-\(day)"
            sources.append(id)
            try folder.write(id + ".md", eventFile(date, title: "Bijeenkomst \(day)", body: "Tekst \(day) met **nadruk**.\n"))
        }
        try folder.folder.write(
            "process/uitkomsten/alles.md",
            "---\ntitel: Alles\nvolgorde: 2\nbronnen:\n"
                + sources.map { "  - \($0)\n" }.joined() + "---\nAlles.\n")
        try folder.folder.write("process/reacties/alles.md", "---\ntitel: Alles\nuitkomsten: [alles]\nbesluit: overgenomen\n---\nJa.\n")
        let result = try folder.check()
        #expect(result.standardOutput == "2007 bestanden gecontroleerd: 0 fouten, 0 waarschuwingen\n")
        #expect(result.status == 0)
    }

    @Test func thousandsOfBrokenReferencesStayFast() throws {
        // Every reference misses by one letter: each would get a suggestion, which compares it
        // with every id. Only the first 100 get one; the rest are still reported.
        let folder = try HostileFolder()
        var sources: [String] = []
        for day in 0..<2_000 {
            let date = String(format: "%04d-%02d-%02d", 2018 + day / 336, 1 + day / 28 % 12, 1 + day % 28)
            try folder.write("\(date)-bijeenkomst-\(day).md", eventFile(date))
            sources.append("\(date)-bijeenkomts-\(day)")
        }
        try folder.folder.write(
            "process/uitkomsten/meer-groen.md",
            "---\ntitel: Meer groen\nvolgorde: 1\nbronnen:\n"
                + sources.map { "  - \($0)\n" }.joined() + "---\nx\n")
        let result = try folder.check()
        let lines = result.standardOutput.split(separator: "\n")
        #expect(lines.count == 2_001)
        #expect(lines.filter { $0.contains("; bedoelde u '") }.count == 100)
        #expect(
            lines.first
                == "process/uitkomsten/meer-groen.md:5:5: fout: bron '2018-01-01-bijeenkomts-0' bestaat niet in process/; bedoelde u '2018-01-01-bijeenkomst-0'?"
        )
        #expect(lines.last == "2005 bestanden gecontroleerd: 2000 fouten, 0 waarschuwingen")
    }

    @Test func thousandsOfPlaceholdersOnOneLineStayLinear() throws {
        // Each column was once counted from the start of the line: quadratic, minutes for 1 MiB.
        let folder = try HostileFolder()
        try folder.write("2024-04-01-vul-in.md", eventFile("2024-04-01", body: String(repeating: "é[VUL IN: ]", count: 20_000) + "\n"))
        let result = try folder.check()
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        let message = "fout: nog niet ingevuld: vervang '[VUL IN: ]' door uw eigen tekst"
        #expect(lines.count == 20_001)
        #expect(lines.first == "process/2024-04-01-vul-in.md:6:2: " + message)
        #expect(lines[19_999] == "process/2024-04-01-vul-in.md:6:219991: " + message)
        #expect(result.status == 1)
    }

    @Test func limitsAreTheDocumentedOnes() {
        #expect(ProcessReader.fileSizeLimit == 1_048_576)
        #expect(ProcessReader.totalSizeLimit == 134_217_728)
        #expect(ProcessReader.fileCountLimit == 50_000)
        #expect(FrontMatterFields.sizeLimit == 65_536)
        #expect(FrontMatterFields.depthLimit == 32)
    }

    // The folder limits are reached with small limits here, through the same code: 33 files of
    // 1 MiB or 10,001 files would only make the suite slow.
    @Test func folderSizeLimitStopsReadingAtTheFileThatCrossesIt() async throws {
        let folder = try HostileFolder()
        for index in 1...5 {
            try folder.write("2024-01-01-groot-\(index).md", eventFile("2024-01-01", size: 1_000))
        }
        let result = await ProcessReader.read(
            directory: folder.process.path, displayPath: "process",
            limits: .init(totalSize: 3_500))
        #expect(
            result.diagnostics.map(\.description) == [
                "process/2024-01-01-groot-4.md:1:1: fout: de .md-bestanden zijn samen groter dan 3500 bytes; dit bestand en de volgende zijn niet gelezen"
            ])
        #expect(result.inputs.map(\.path) == (1...3).map { "process/2024-01-01-groot-\($0).md" })
        #expect(result.timeline == nil)
    }

    @Test func fileCountLimitStopsReadingAtTheFileThatCrossesIt() async throws {
        let folder = try HostileFolder()
        for index in 1...30 {
            try folder.write(String(format: "2024-01-01-e%02d.md", index), eventFile("2024-01-01", body: ""))
        }
        let result = await ProcessReader.read(
            directory: folder.process.path, displayPath: "process",
            limits: .init(fileCount: 20))
        #expect(
            result.diagnostics.map(\.description) == [
                "process/2024-01-01-e21.md:1:1: fout: meer dan 20 .md-bestanden; dit bestand en de volgende zijn niet gelezen"
            ])
        #expect(result.inputs.count == 20)
    }

    // MARK: Deep Markdown

    @Test func deeplyNestedMarkdownIsCheckedAndRendered() throws {
        let quotes = String(repeating: "> ", count: 50_000) + "diep\n"
        let lists = String(repeating: "- ", count: 3_000) + "diep\n"
        let folder = try HostileFolder()
        try folder.write("2024-04-01-citaten.md", eventFile("2024-04-01", body: quotes))
        try folder.write("2024-04-02-lijsten.md", eventFile("2024-04-02", body: lists))
        let result = try folder.check()
        #expect(result.standardOutput == "7 bestanden gecontroleerd: 0 fouten, 0 waarschuwingen\n")
        #expect(result.status == 0)
        // cmark builds and renders without recursion: this runs on a test thread, not the main one.
        #expect(Markdown.html(from: quotes).components(separatedBy: "<blockquote>").count - 1 == 50_000)
        #expect(Markdown.html(from: lists).components(separatedBy: "<ul>").count - 1 == 3_000)
        let indented = (0..<3_000).map { String(repeating: "  ", count: $0) + "- niveau \($0)\n" }.joined()
        #expect(Markdown.html(from: indented).components(separatedBy: "<ul>").count - 1 == 3_000)
        #expect(Markdown.commonMark(from: quotes).hasSuffix("diep\n"))
    }
}

/// What a process folder can hold besides regular files: symbolic links (also loops and links
/// out of the folder), a FIFO, unreadable files and folders, and names that are not UTF-8.
@Suite("Vijandige invoer, bestandssysteem")
struct FileSystemHostileInputTests {
    private static let symbolicLink = "symbolische koppeling wordt niet gevolgd; zet het bestand zelf in de map"

    @Test func symbolicLinksAreReportedAndNeverFollowed() throws {
        let folder = try HostileFolder()
        let process = folder.process.path
        #expect(symlink("../../../../../../../../etc/passwd", process + "/2024-04-01-passwd.md") == 0)
        #expect(symlink("2024-04-02-b.md", process + "/2024-04-02-a.md") == 0)
        #expect(symlink("2024-04-02-a.md", process + "/2024-04-02-b.md") == 0)
        #expect(symlink("2024-04-03-zelf.md", process + "/2024-04-03-zelf.md") == 0)
        #expect(symlink("bestaat-niet.md", process + "/2024-04-04-weg.md") == 0)
        #expect(symlink(".", process + "/lus") == 0)
        #expect(symlink("../uitkomsten/meer-groen.md", process + "/reacties/2024-04-05-kopie.md") == 0)
        let result = try folder.check()
        #expect(
            result.standardOutput == """
                process/2024-04-01-passwd.md:1:1: fout: \(Self.symbolicLink)
                process/2024-04-02-a.md:1:1: fout: \(Self.symbolicLink)
                process/2024-04-02-b.md:1:1: fout: \(Self.symbolicLink)
                process/2024-04-03-zelf.md:1:1: fout: \(Self.symbolicLink)
                process/2024-04-04-weg.md:1:1: fout: \(Self.symbolicLink)
                process/lus:1:1: waarschuwing: bestand wordt niet gebruikt: alleen .md-bestanden in process/, process/uitkomsten/ en process/reacties/ worden gelezen
                process/reacties/2024-04-05-kopie.md:1:1: fout: \(Self.symbolicLink)
                5 bestanden gecontroleerd: 6 fouten, 1 waarschuwing

                """)
        #expect(result.status == 1)
    }

    @Test func symbolicLinkInPlaceOfASubfolderIsAnError() async throws {
        let folder = try HostileFolder()
        let elsewhere = folder.folder.url.appendingPathComponent("elders").path
        try FileManager.default.moveItem(atPath: folder.process.path + "/reacties", toPath: elsewhere)
        #expect(symlink(elsewhere, folder.process.path + "/reacties") == 0)
        #expect(
            await folder.read().diagnostics.map(\.description) == [
                "process/proces.md:8:9: fout: status is 'definitief' maar uitkomst 'meer-groen' heeft nog geen reactie",
                "process/reacties:1:1: fout: symbolische koppeling naar een map wordt niet gevolgd; zet de map zelf in de procesmap",
                "process/uitkomsten/meer-groen.md:1:1: waarschuwing: uitkomst heeft geen reactie van de gemeente (artikel 5, onderdeel c): voeg een bestand in process/reacties/ toe dat ernaar verwijst",
            ])
    }

    @Test func fifoNamedLikeAnEventDoesNotBlockAndIsAnError() throws {
        let folder = try HostileFolder()
        #expect(mkfifo(folder.process.path + "/2024-04-01-pijp.md", 0o644) == 0)
        let result = try folder.check(timeout: 60)
        #expect(
            result.standardOutput == """
                process/2024-04-01-pijp.md:1:1: fout: dit is een FIFO (named pipe), geen gewoon bestand: participatie leest alleen gewone .md-bestanden; haal het weg of vervang het door een gewoon bestand
                5 bestanden gecontroleerd: 1 fout, 0 waarschuwingen

                """)
        #expect(result.status == 1)
    }

    @Test func unreadableFileAndFolderAreReportedAndTheRestIsChecked() throws {
        let folder = try HostileFolder(sharedWithOtherUsers: true)
        try folder.write("2024-04-01-geheim.md", eventFile("2024-04-01"))
        try OtherUser.prepare(folder.folder)
        #expect(chmod(folder.process.path + "/2024-04-01-geheim.md", 0) == 0)
        #expect(chmod(folder.process.path + "/reacties", 0) == 0)
        defer { _ = chmod(folder.process.path + "/reacties", 0o755) }
        // Root reads everything: the program runs as 'nobody' then, so the check is real either way.
        let result = try OtherUser.run(["check", "--process", "process"], in: folder.folder)
        #expect(
            result.standardOutput == """
                process/2024-04-01-geheim.md:1:1: fout: kan het bestand niet lezen (geen leesrechten)
                process/proces.md:8:9: fout: status is 'definitief' maar uitkomst 'meer-groen' heeft nog geen reactie
                process/reacties:1:1: fout: kan map 'process/reacties' niet lezen (geen leesrechten)
                process/uitkomsten/meer-groen.md:1:1: waarschuwing: uitkomst heeft geen reactie van de gemeente (artikel 5, onderdeel c): voeg een bestand in process/reacties/ toe dat ernaar verwijst
                4 bestanden gecontroleerd: 3 fouten, 1 waarschuwing

                """)
        #expect(result.status == 1)
    }

    /// Each `readdir` loop once copied the whole 256-byte `d_name` array, reading past the last record
    /// of a large folder; only AddressSanitizer (scripts/test-asan.sh) sees that, so these folders are big.
    @Test func largeFoldersAreListedByEveryReader() async throws {
        let folder = try HostileFolder()
        let names = (0..<1_000).map { String(format: "notitie-%04d-met-een-wat-langere-naam.txt", $0) }
        try FileManager.default.copyItem(atPath: ReportHostileInputTests.templates, toPath: folder.folder.path + "/sjablonen")
        for name in names {
            for path in [folder.process.path + "/" + name, folder.folder.path + "/sjablonen/" + name] {
                #expect(FileManager.default.createFile(atPath: path, contents: Data("x\n".utf8)))
            }
        }
        #expect(await folder.read().diagnostics.count == 1_000)
        let snapshot = FolderSnapshot(roots: [folder.process.path])
        #expect(snapshot.changes(since: FolderSnapshot(roots: [])).count == 1_000 + 8)
        let (library, diagnostics) = TemplateLibrary.load(
            directory: folder.folder.path + "/sjablonen", displayPath: "sjablonen",
            variables: ReportView.templateVariables)
        let templates = FileManager.default.enumerator(atPath: ReportHostileInputTests.templates)!
            .compactMap { $0 as? String }.filter { $0.hasSuffix(".mustache") }
        #expect(library?.files.count == templates.count)
        #expect(diagnostics == [])
    }

    @Test func fileNamesThatAreNotUTF8OrHoldControlCharacters() throws {
        let folder = try HostileFolder()
        let latin1: [UInt8] = Array((folder.process.path + "/2024-04-01-caf").utf8) + [0xE9] + Array(".md".utf8) + [0]
        let descriptor = latin1.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { creat($0.baseAddress!, 0o644) }
        }
        #expect(descriptor >= 0)
        close(descriptor)
        try folder.write("2024-04-02-\u{1B}[2Jwis\nnep.md:1:1: fout: vals.md", eventFile("2024-04-02"))
        let result = try folder.check()
        #expect(
            result.standardOutput == """
                process/2024-04-01-caf\u{FFFD}.md:1:1: fout: bestandsnaam is geen geldige UTF-8-tekst; geef het bestand een nieuwe naam
                process/2024-04-02-\\u{1B}[2Jwis\\u{A}nep.md:1:1: fout: vals.md:1:1: waarschuwing: bestandsnaam bevat spaties en hoofdletters; noem het bestand '2024-04-02-2jwis-nep-md-1-1-fout-vals.md' (alleen kleine letters, cijfers en '-', zoals 'participatie new' bestanden noemt)
                6 bestanden gecontroleerd: 1 fout, 1 waarschuwing

                """)
        #expect(result.status == 1)
    }
}

/// Script never reaches rendered output, and nothing is ever written into `process/`.
@Suite("Vijandige invoer, geen script en niets geschreven")
struct InjectionHostileInputTests {
    /// Markdown bodies that try to smuggle script or active content past cmark.
    static let vectors = [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "Tekst <a href=\"javascript:alert(1)\">klik</a> tekst",
        "<div onclick=\"alert(1)\">x</div>",
        "<svg><script>alert(1)</script></svg>",
        "<iframe src=\"data:text/html,<script>alert(1)</script>\"></iframe>",
        "<style>body{background:url(javascript:alert(1))}</style>",
        "<!-- <script>alert(1)</script> -->",
        "[a](javascript:alert(1))",
        "[a](JaVaScRiPt:alert(1))",
        "[a](<javascript:alert(1)>)",
        "[a](&#106;avascript:alert(1))",
        "[a](&#x6A;avascript&#58;alert(1))",
        "[a](jav&#x09;ascript:alert(1))",
        "[a](jav&#10;ascript:alert(1))",
        "<javascript:alert(1)>",
        "[a][ref]\n\n[ref]: javascript:alert(1)",
        "[a](vbscript:msgbox(1))",
        "[a](file:///etc/passwd)",
        "![a](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "![a](data:image/svg+xml,<svg onload=alert(1)>)",
        "[a](http://example.org \"\\\" onmouseover=\\\"alert(1)\")",
        "![x\" onerror=\"alert(1)](foto.png)",
        "[x](http://example.org/\"onmouseover=\"alert(1))",
        "`<script>alert(1)</script>`",
        "    <script>alert(1)</script>",
        "<a href=x onmouseover=alert(1)>x</a>",
        "> <script>alert(1)</script>\n> [a](javascript:alert(1))",
        "- <img src=x onerror=alert(1)>\n  - [b](javascript:alert(1))",
    ]

    @Test func scannerFindsWhatItLooksFor() {
        #expect(injectedMarkup(in: "<p><script>x</script></p>") == ["tag <script>"])
        #expect(injectedMarkup(in: "<img src=\"x\" onerror=\"y\">") == ["attribute onerror on <img>"])
        #expect(injectedMarkup(in: "<a href=\"jav&#x09;ascript:x\">a</a>") == ["href=\"jav&#x09;ascript:x\" on <a>"])
        #expect(injectedMarkup(in: "<a href='data:text/html,x'>a</a>") == ["href=\"data:text/html,x\" on <a>"])
        #expect(injectedMarkup(in: "<p>&lt;script&gt; onerror=x javascript:y</p><img src=\"data:image/png;base64,AA\">") == [])
    }

    @Test(arguments: vectors)
    func cmarkOutputCarriesNoScript(_ markdown: String) {
        for options: Markdown.Options in [[], [.smart], [.smart, .sourcePositions]] {
            let html = Markdown.html(from: markdown, options: options)
            #expect(injectedMarkup(in: html) == [], "\(html)")
        }
    }

    @Test func rawHTMLAndUnsafeLinksArePinned() {
        #expect(Markdown.html(from: "<script>alert(1)</script>") == "<!-- raw HTML omitted -->\n")
        #expect(Markdown.html(from: "[a](javascript:alert(1))") == "<p><a href=\"\">a</a></p>\n")
        #expect(Markdown.html(from: "[a](jav&#x09;ascript:alert(1))") == "<p><a href=\"jav%09ascript:alert(1)\">a</a></p>\n")
    }

    /// Every committed hostile file through the whole single-file pipeline (the fuzz entry).
    @Test func everyHostileFixtureRendersWithoutScript() throws {
        let root = Fixtures.path("hostile")
        let files = FileManager.default.enumerator(atPath: root)!.compactMap { $0 as? String }.filter { $0.hasSuffix(".md") }
        #expect(files.count >= 30)
        for file in files {
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: root + "/" + file)))
            let (diagnostics, body) = SingleFileCheck.run(bytes)
            let html = Markdown.html(from: body, options: [.smart, .sourcePositions], topHeadingLevel: 4)
            #expect(injectedMarkup(in: html) == [], "\(file)")
            #expect(diagnostics.allSatisfy { !$0.description.contains("\n") }, "\(file)")
        }
    }

    /// Paths, sizes and contents of everything under `url`.
    static func snapshot(_ url: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: url.path)!
        while let relative = enumerator.nextObject() as? String {
            let path = url.appendingPathComponent(relative).path
            var info = stat()
            guard lstat(path, &info) == 0 else { continue }
            result[relative] = (info.st_mode & S_IFMT) == S_IFREG ? FileManager.default.contents(atPath: path) ?? Data() : Data()
        }
        return result
    }

    @Test(arguments: hostileCases.map(\.name))
    func checkAndExportWriteNothing(_ name: String) throws {
        let folder = try HostileFolder(name)
        let before = try Self.snapshot(folder.folder.url)
        _ = try folder.check()
        _ = try CommandRunner.run(["export", "--process", "process"], in: folder.folder.url)
        #expect(try Self.snapshot(folder.folder.url) == before)
    }
}

/// `participatie build` on hostile input and in hostile surroundings: no script in the report,
/// no partial report, the previous report intact on any failure, nothing written elsewhere.
@Suite("Vijandige invoer, verslag")
struct ReportHostileInputTests {
    static let templates = packageRoot.appendingPathComponent("templates").path
    /// Tags the report templates themselves use that the scanner would otherwise flag.
    static let templateTags: Set<String> = ["svg", "style", "meta"]

    static func build(
        _ folder: HostileFolder, output: String = "output", templates: String = templates,
        format: String = "html"
    ) throws -> CommandResult {
        let arguments = ["build", "--process", "process", "--templates", templates, "--output", output, "--format", format]
        return try CommandRunner.run(arguments, in: folder.folder.url, timeout: 300)
    }

    static func count(_ tag: String, in html: String) -> Int { html.components(separatedBy: "<" + tag).count - 1 }

    static func refusal(_ errors: Int, _ output: String = "output") -> String {
        CommandWording.buildRefused(errors: errors, output: output + "/eindverslag.html")
    }

    @Test(arguments: hostileCases)
    func everyHostileFolderBuildsCleanlyOrNotAtAll(_ hostile: HostileCase) throws {
        let clean = try HostileFolder()
        #expect(try Self.build(clean).status == 0)
        let baseline = try String(contentsOf: clean.folder.url.appendingPathComponent("output/eindverslag.html"), encoding: .utf8)

        let folder = try HostileFolder(hostile.name)
        let processBefore = try InjectionHostileInputTests.snapshot(folder.process)
        let result = try Self.build(folder, format: "md")
        let report = folder.folder.url.appendingPathComponent("output/eindverslag.html")
        if hostile.errors > 0 {
            #expect(result.status == 1)
            #expect(result.standardError == (hostile.lines + [Self.refusal(hostile.errors)]).map { $0 + "\n" }.joined())
            #expect(!FileManager.default.fileExists(atPath: report.path))
        } else {
            #expect(result.status == 0)
            #expect(result.standardError == hostile.lines.map { $0 + "\n" }.joined())
            let html = try String(contentsOf: report, encoding: .utf8)
            #expect(injectedMarkup(in: html, allowing: Self.templateTags) == [])
            for tag in Self.templateTags { #expect(Self.count(tag, in: html) == Self.count(tag, in: baseline), "<\(tag)>") }
            // The Markdown report holds no raw HTML and no unsafe link, even for a renderer that
            // would let HTML through.
            let markdown = try String(contentsOf: folder.folder.url.appendingPathComponent("output/eindverslag.md"), encoding: .utf8)
            let references = Markdown.references(in: markdown)
            #expect(references.filter { $0.kind == .html } == [])
            #expect(references.filter { BodyCheck.isUnsafeScheme($0.destination) } == [])
        }
        // Only the report itself is new: nothing in process/, no stray files anywhere.
        #expect(try InjectionHostileInputTests.snapshot(folder.process) == processBefore)
        let written = try FileManager.default.contentsOfDirectory(atPath: folder.folder.path).sorted()
        #expect(written == (hostile.errors > 0 ? ["process"] : ["output", "process"]))
        if hostile.errors == 0 {
            #expect(
                try FileManager.default.contentsOfDirectory(atPath: folder.folder.path + "/output").sorted()
                    == ["eindverslag.html", "eindverslag.md"])
        }
    }

    @Test func scriptInjectionIsEscapedInEveryPlaceOfTheReport() throws {
        let folder = try HostileFolder("script-injection")
        #expect(try Self.build(folder).status == 0)
        let html = try String(contentsOf: folder.folder.url.appendingPathComponent("output/eindverslag.html"), encoding: .utf8)
        // The hostile titles, values and body appear, as text.
        #expect(html.contains("&lt;script&gt;alert(&#39;titel&#39;)&lt;/script&gt;"))
        #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;"))
        #expect(html.contains("&lt;a href=&#39;javascript:alert(6)&#39;&gt;uitkomst&lt;/a&gt;"))
        // Raw HTML in a body or in 'motivering' is left out altogether (and warned about).
        #expect(!html.contains("alert('tekst')") && !html.contains("alert(7)") && !html.contains("alert(9)"))
    }

    @Test func failedBuildLeavesThePreviousReportIntact() throws {
        let folder = try HostileFolder("yaml-syntax")
        let previous = Data("<!doctype html><p>vorig verslag</p>\n".utf8)
        try folder.folder.write("output/eindverslag.html", previous)
        let result = try Self.build(folder)
        #expect(result.status == 1)
        #expect(FileManager.default.contents(atPath: folder.folder.path + "/output/eindverslag.html") == previous)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.folder.path + "/output") == ["eindverslag.html"])
    }

    @Test func killedBuildLeavesEitherTheOldOrTheWholeNewReport() throws {
        // A process big enough that writing the report takes a while.
        let folder = try HostileFolder()
        for day in 0..<150 {
            let date = String(format: "%04d-%02d-%02d", 2018 + day / 336, 1 + day / 28 % 12, 1 + day % 28)
            try folder.write(
                "\(date)-bijeenkomst-\(day).md",
                eventFile(
                    date, title: "Bijeenkomst \(day)",
                    body: String(repeating: "Tekst met **nadruk**. ", count: 200)))
        }
        #expect(try Self.build(folder, output: "compleet").status == 0)
        let complete = FileManager.default.contents(atPath: folder.folder.path + "/compleet/eindverslag.html")
        let previous = Data("<!doctype html><p>vorig verslag</p>\n".utf8)
        let output = folder.folder.path + "/output"
        func temporaryFiles() -> [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: output)) ?? []).filter { $0.hasPrefix(".eindverslag.html.tmp-") }
        }
        // Killed the moment its hidden temporary file appears, the build is writing the report: the kill
        // lands mid-write when the temporary file is still there afterwards. That is the case to prove;
        // a build that won the race and renamed its file first is tried again.
        var killedMidWrite = 0
        for _ in 0..<5 where killedMidWrite == 0 {
            try folder.folder.write("output/eindverslag.html", previous)
            for name in temporaryFiles() { try FileManager.default.removeItem(atPath: output + "/" + name) }
            let process = Process()
            process.executableURL = CommandRunner.binary
            process.arguments = ["build", "--process", "process", "--templates", Self.templates, "--output", "output"]
            process.currentDirectoryURL = folder.folder.url
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            // A generous deadline, only against a hang; the loop ends as soon as the file is there.
            let deadline = Date().addingTimeInterval(60)
            while temporaryFiles().isEmpty, process.isRunning, Date() < deadline { sched_yield() }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let now = FileManager.default.contents(atPath: output + "/eindverslag.html")
            #expect(now == previous || now == complete)
            if process.terminationReason == .uncaughtSignal, !temporaryFiles().isEmpty {
                killedMidWrite += 1
                // Killed mid-write: the old report is still whole, and the next build clears the half file away.
                #expect(now == previous)
                #expect(try Self.build(folder).status == 0)
                #expect(temporaryFiles() == [])
                #expect(FileManager.default.contents(atPath: output + "/eindverslag.html") == complete)
            }
        }
        #expect(killedMidWrite == 1, "geen enkele keer midden in het schrijven afgebroken")
    }

    /// A copy of the shipped templates in `sjablonen/` with `file` replaced by `text`, and a previous
    /// report in `output/` that a failed build must leave as it was.
    private static func folderWithTemplate(_ file: String, _ text: String) throws -> (HostileFolder, previous: Data) {
        let folder = try HostileFolder()
        try FileManager.default.copyItem(atPath: Self.templates, toPath: folder.folder.path + "/sjablonen")
        try folder.folder.write("sjablonen/" + file, text)
        let previous = Data("vorig verslag\n".utf8)
        try folder.folder.write("output/eindverslag.html", previous)
        return (folder, previous)
    }

    @Test("een deelsjabloon dat zichzelf invoegt: een fout met plaats, geen vastloper, het oude verslag blijft")
    func selfIncludingPartialIsAnErrorNotACrash() throws {
        let (folder, previous) = try Self.folderWithTemplate(
            "partials/afzender.html.mustache",
            "<p>{{municipality}}</p>\n{{>partials/afzender.html}}\n")
        let result = try Self.build(folder, templates: "sjablonen")
        #expect(result.status == 1)
        #expect(
            result.standardError == """
                sjablonen/partials/afzender.html.mustache:2:1: fout: deelsjablonen voegen elkaar eindeloos in: partials/afzender.html → partials/afzender.html; haal één van deze verwijzingen weg
                \(Self.refusal(1))

                """)
        #expect(FileManager.default.contents(atPath: folder.folder.path + "/output/eindverslag.html") == previous)
    }

    @Test("een tijdelijk bestand van een afgebroken bouw wordt bij de volgende bouw opgeruimd, dat van een lopende niet")
    func abandonedTemporaryFileIsRemoved() throws {
        let folder = try HostileFolder()
        let finished = Process()
        finished.executableURL = URL(fileURLWithPath: "/bin/true")
        try finished.run()
        finished.waitUntilExit()
        let abandoned = ".eindverslag.html.tmp-\(finished.processIdentifier)"
        let running = ".eindverslag.html.tmp-\(getpid())"
        try folder.folder.write("output/" + abandoned, "half verslag")
        try folder.folder.write("output/" + running, "bezig")
        try folder.folder.write("output/.anders.html.tmp-\(finished.processIdentifier)", "niet van ons")
        #expect(try Self.build(folder).status == 0)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.folder.path + "/output").sorted()
                == [".anders.html.tmp-\(finished.processIdentifier)", running, "eindverslag.html"])
    }

    @Test func missingOutputFolderIsCreated() throws {
        let folder = try HostileFolder()
        let result = try Self.build(folder, output: "nieuw/diep/verslag")
        #expect(result.status == 0)
        #expect(FileManager.default.fileExists(atPath: folder.folder.path + "/nieuw/diep/verslag/eindverslag.html"))
    }

    @Test func outputFolderProblemsAreErrors() throws {
        let folder = try HostileFolder()
        try folder.folder.write("bestand", "geen map\n")
        let notAFolder = try Self.build(folder, output: "bestand")
        #expect(notAFolder.status == 1)
        #expect(notAFolder.standardError == "bestand:1:1: fout: 'bestand' is geen map\n" + Self.refusal(1, "bestand") + "\n")
        let inside = try Self.build(folder, output: "process/verslag")
        #expect(inside.status == 1)
        #expect(
            inside.standardError == """
                process/verslag:1:1: fout: uitvoermap 'process/verslag' ligt in de procesmap 'process'; daar schrijft participatie nooit: kies een andere map met --output
                \(Self.refusal(1, "process/verslag"))

                """)
        #expect(!FileManager.default.fileExists(atPath: folder.process.path + "/verslag"))
    }

    @Test func unwritableOutputFolderIsAnErrorAndLeavesItUntouched() throws {
        // Root writes everywhere: the program runs as 'nobody' then, so the check is real either way,
        // with the built-in templates (see OtherUser for why nothing of the clone is used).
        let folder = try TemporaryFolder(sharedWithOtherUsers: true)
        try folder.copyFixture("minimal")
        let previous = Data("vorig verslag\n".utf8)
        try folder.write("alleen-lezen/eindverslag.html", previous)
        try FileManager.default.createDirectory(atPath: folder.path + "/dicht", withIntermediateDirectories: false)
        try OtherUser.prepare(folder)
        #expect(chmod(folder.path + "/alleen-lezen", 0o555) == 0)
        #expect(chmod(folder.path + "/dicht", 0o555) == 0)
        defer {
            _ = chmod(folder.path + "/alleen-lezen", 0o755)
            _ = chmod(folder.path + "/dicht", 0o755)
        }
        func build(output: String) throws -> CommandResult {
            try OtherUser.run(["build", "--process", "process", "--output", output], in: folder)
        }
        let readOnly = try build(output: "alleen-lezen")
        #expect(readOnly.status == 1)
        #expect(
            readOnly.standardError == """
                alleen-lezen/eindverslag.html:1:1: fout: kan het verslag niet schrijven (geen schrijfrechten)
                \(Self.refusal(1, "alleen-lezen"))

                """)
        #expect(FileManager.default.contents(atPath: folder.path + "/alleen-lezen/eindverslag.html") == previous)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path + "/alleen-lezen") == ["eindverslag.html"])
        let closed = try build(output: "dicht/verslag")
        #expect(closed.status == 1)
        #expect(
            closed.standardError == """
                dicht/verslag:1:1: fout: kan uitvoermap 'dicht/verslag' niet maken (geen schrijfrechten)
                \(Self.refusal(1, "dicht/verslag"))

                """)
        // The same user can build where it may write: what failed above was the folder, nothing else.
        #expect(chmod(folder.path + "/dicht", 0o777) == 0)
        let open = try build(output: "dicht/verslag")
        #expect(open.status == 0, "\(open.standardError)")
    }

    @Test func symbolicLinkInPlaceOfTheReportIsReplacedNotFollowed() throws {
        let folder = try HostileFolder()
        try folder.folder.write("geheim.txt", "geheim\n")
        try FileManager.default.createDirectory(atPath: folder.folder.path + "/output", withIntermediateDirectories: false)
        #expect(symlink("../geheim.txt", folder.folder.path + "/output/eindverslag.html") == 0)
        #expect(try Self.build(folder).status == 0)
        #expect(FileManager.default.contents(atPath: folder.folder.path + "/geheim.txt") == Data("geheim\n".utf8))
        var info = stat()
        #expect(lstat(folder.folder.path + "/output/eindverslag.html", &info) == 0)
        #expect(info.st_mode & S_IFMT == S_IFREG)
    }

    @Test func brokenTemplateIsAPositionedErrorAndNoReport() throws {
        let (folder, previous) = try Self.folderWithTemplate("eindverslag.html.mustache", "{{#gebeurtenissen}}\n<p>{{titel}\n")
        let broken = try Self.build(folder, templates: "sjablonen")
        #expect(broken.status == 1)
        #expect(
            broken.standardError == """
                sjablonen/eindverslag.html.mustache:2:11: fout: tag wordt niet goed afgesloten: verwacht '}}' na een naam zonder spaties of leestekens
                \(Self.refusal(1))

                """)
        #expect(FileManager.default.contents(atPath: folder.folder.path + "/output/eindverslag.html") == previous)
        let missing = try Self.build(folder, templates: "bestaat-niet")
        #expect(missing.status == 1)
        #expect(missing.standardError == "bestaat-niet:1:1: fout: map 'bestaat-niet' bestaat niet\n" + Self.refusal(1) + "\n")
    }
}
