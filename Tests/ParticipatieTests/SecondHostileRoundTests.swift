import CommonMark
import Foundation
import Testing

@testable import ParticipatieCommands
@testable import ParticipatieModel
@testable import ParticipatieReading
@testable import ParticipatieReport
@testable import ParticipatieSystem

#if canImport(Glibc)
    import Glibc
#endif

/// The attacks of the second hostile round (issue 11), each reproduced.
@Suite("Vijandige invoer, tweede ronde")
struct SecondHostileRoundTests {
    static let head = "---\nsoort: bijeenkomst\ntitel: Avond\ndatum: 2024-04-01\n---\n"

    // MARK: 1. One long line

    @Test("een regel van 1 MiB met 130.000 links geeft één waarschuwing met een aantal, op de eerste plaats")
    func manyLinksOnOneLineAreOneWarning() async throws {
        let folder = try HostileFolder()
        let body = String(repeating: "[a](/x) ", count: 130_000)
        try folder.write("2024-04-01-links.md", Array((Self.head + body + "\n").utf8))
        let lines = await folder.read().diagnostics.map(\.description)
        #expect(
            lines == [
                "process/2024-04-01-links.md:6:1: waarschuwing: '/x' verwijst naar een bestand buiten de procesmap; "
                    + "zo'n pad werkt niet in het gepubliceerde verslag (nog 129999 keer in dit bestand)"
            ])
    }

    @Test("ook onveilige links en HTML op één lange regel: één waarschuwing per soort, kolom van de eerste")
    func unsafeLinksAndHTMLAfterOtherText() async throws {
        let folder = try HostileFolder()
        let body = "é " + String(repeating: "[a](javascript:x) <b>", count: 20_000)
        try folder.write("2024-04-01-links.md", Array((Self.head + body + "\n").utf8))
        let lines = await folder.read().diagnostics.map(\.description)
        #expect(
            lines == [
                "process/2024-04-01-links.md:6:3: waarschuwing: onveilig adres (javascript) wordt niet overgenomen in het verslag: "
                    + "de koppeling blijft leeg (nog 19999 keer in dit bestand)",
                "process/2024-04-01-links.md:6:21: waarschuwing: tekst bevat HTML, die niet in het verslag wordt overgenomen; "
                    + "schrijf het in Markdown (nog 19999 keer in dit bestand)",
            ])
    }

    // MARK: 2. A planted hard link

    @Test("een harde koppeling op de naam van het tijdelijke bestand wordt overgeslagen, nooit beschreven")
    func plantedHardLinkIsNeverWrittenThrough() throws {
        let folder = try TemporaryFolder()
        try folder.write("process/proces.md", "geheim proces\n")
        try FileManager.default.createDirectory(atPath: folder.path + "/output", withIntermediateDirectories: false)
        let planted = ".eindverslag.html.tmp-1-0000000000000000"
        #expect(link(folder.path + "/process/proces.md", folder.path + "/output/" + planted) == 0)
        var names = [planted, ".eindverslag.html.tmp-1-0000000000000001"].makeIterator()
        let output = try Directory.open(folder.path + "/output").get()
        try AtomicFileWriter.write(to: "eindverslag.html", in: output, temporaryNames: { names.next()! }) { file in
            file.write("verslag\n")
            return true
        }.get()
        #expect(try String(contentsOfFile: folder.path + "/process/proces.md", encoding: .utf8) == "geheim proces\n")
        #expect(try String(contentsOfFile: folder.path + "/output/eindverslag.html", encoding: .utf8) == "verslag\n")
    }

    @Test("tijdelijke namen zijn niet te voorspellen")
    func temporaryNamesAreUnpredictable() {
        let names = Set((0..<100).map { _ in AtomicFileWriter.temporaryName(for: "eindverslag.html") })
        #expect(names.count == 100)
        #expect(
            names.allSatisfy { $0.hasPrefix(".eindverslag.html.tmp-\(getpid())-") && $0.count == ".eindverslag.html.tmp-\(getpid())-".count + 16 })
    }

    // MARK: 3. Unbounded output

    /// A templates folder with the shipped templates, `eindverslag.html.mustache` replaced by `report`
    /// and `extra` files added.
    static func templates(in folder: HostileFolder, report: String, extra: [String: String] = [:]) throws {
        let target = folder.folder.url.appendingPathComponent("sjablonen")
        try FileManager.default.copyItem(at: packageRoot.appendingPathComponent("templates"), to: target)
        try Data(report.utf8).write(to: target.appendingPathComponent("eindverslag.html.mustache"))
        for (name, text) in extra { try folder.folder.write("sjablonen/" + name, text) }
    }

    @Test("31 deelsjablonen die elk het volgende twee keer invoegen: fout met plaats, het vorige verslag blijft")
    func doublingPartialsStopAtTheOutputLimit() throws {
        let folder = try HostileFolder()
        var partials: [String: String] = [:]
        for level in 0..<30 { partials["partials/p\(level).html.mustache"] = "{{>partials/p\(level + 1).html}}{{>partials/p\(level + 1).html}}" }
        // The last one writes 200 KB: the output limit is reached long before the step limit.
        partials["partials/p30.html.mustache"] = String(repeating: "x", count: 200_000)
        try Self.templates(in: folder, report: "{{>partials/p0.html}}\n", extra: partials)
        #expect(try ReportHostileInputTests.build(folder).status == 0)  // with the shipped templates first
        let previous = try Data(contentsOf: folder.folder.url.appendingPathComponent("output/eindverslag.html"))
        let result = try ReportHostileInputTests.build(folder, templates: "sjablonen")
        #expect(result.status == 1)
        #expect(
            result.standardError == """
                sjablonen/partials/p30.html.mustache:1:1: fout: het verslag wordt groter dan 67.108.864 bytes bij het invullen van sjabloon 'partials/p30.html': waarschijnlijk voegen deelsjablonen of secties elkaar steeds opnieuw in; het vorige verslag blijft staan
                \(ReportHostileInputTests.refusal(1))

                """)
        #expect(try Data(contentsOf: folder.folder.url.appendingPathComponent("output/eindverslag.html")) == previous)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.folder.path + "/output") == ["eindverslag.html"])
    }

    @Test("acht geneste secties over de momenten, met en zonder uitvoer: de stappengrens stopt het, met plaats")
    func nestedSectionsStop() throws {
        let folder = try HostileFolder()
        for day in 10..<40 {
            try folder.write(
                "2024-05-\(day % 28 + 1 < 10 ? "0" : "")\(day % 28 + 1)-avond-\(day).md",
                Array(
                    "---\nsoort: bijeenkomst\ntitel: Avond \(day)\ndatum: 2024-05-\(day % 28 + 1 < 10 ? "0" : "")\(day % 28 + 1)\n---\nTekst.\n".utf8)
            )
        }
        let nested = String(repeating: "{{#events}}", count: 8) + "{{title}}" + String(repeating: "{{/events}}", count: 8) + "\n"
        try Self.templates(in: folder, report: nested)
        let result = try ReportHostileInputTests.build(folder, templates: "sjablonen")
        #expect(result.status == 1)
        #expect(
            result.standardError.hasPrefix(
                "sjablonen/eindverslag.html.mustache:1:89: fout: sjabloon 'eindverslag.html' doet meer dan 1.034.000 stappen"))

        let silent = String(repeating: "{{#events}}", count: 8) + String(repeating: "{{/events}}", count: 8) + "\n"
        try Data(silent.utf8).write(to: folder.folder.url.appendingPathComponent("sjablonen/eindverslag.html.mustache"))
        let quiet = try ReportHostileInputTests.build(folder, templates: "sjablonen")
        #expect(quiet.status == 1)
        #expect(quiet.standardError.hasPrefix("sjablonen/eindverslag.html.mustache:1:"))
        #expect(quiet.standardError.contains(": fout: sjabloon 'eindverslag.html' doet meer dan 1.034.000 stappen"))
    }

    // MARK: 4. Special files named *.md

    @Test("proces.md als FIFO: elke opdracht meldt dezelfde fout en stopt met exitcode 1")
    func fifoProcessFileIsTheSameErrorForEveryCommand() throws {
        let folder = try HostileFolder()
        try FileManager.default.removeItem(atPath: folder.process.path + "/proces.md")
        #expect(mkfifo(folder.process.path + "/proces.md", 0o644) == 0)
        let line =
            "process/proces.md:1:1: fout: dit is een FIFO (named pipe), geen gewoon bestand: participatie leest alleen gewone "
            + ".md-bestanden; haal het weg of vervang het door een gewoon bestand"
        let check = try folder.check(timeout: 120)
        #expect(check.status == 1)
        #expect(check.standardOutput.hasPrefix(line + "\n"))
        for command in [
            ["build", "--process", "process", "--templates", ReportHostileInputTests.templates], ["export", "--process", "process"],
            ["timeline", "--process", "process"],
        ] {
            let result = try CommandRunner.run(command, in: folder.folder.url, timeout: 120)
            #expect(result.status == 1, "\(command)")
            #expect(result.standardError.hasPrefix(line + "\n"), "\(command)")
        }
        #expect(!FileManager.default.fileExists(atPath: folder.folder.path + "/output/eindverslag.html"))
    }

    @Test("een map met een naam op .md in uitkomsten/ krijgt een melding die zegt wat het is")
    func folderNamedMarkdown() async throws {
        let folder = try HostileFolder()
        try FileManager.default.createDirectory(atPath: folder.process.path + "/uitkomsten/oud.md", withIntermediateDirectories: true)
        #expect(
            await folder.read().diagnostics.map(\.description).contains(
                "process/uitkomsten/oud.md:1:1: waarschuwing: dit is een map, geen .md-bestand: alleen .md-bestanden in process/, "
                    + "process/uitkomsten/ en process/reacties/ worden gelezen"))
    }

    // MARK: 5. Control characters

    @Test(
        "stuurtekens via YAML-escapes en letterlijk in de tekst zijn een fout op hun plaats",
        arguments: [
            ("titel: \"a\\0b\"", "3:8: fout: waarde bevat een stuurteken (U+0000)"),
            ("titel: \"a\\e[2Jb\"", "3:8: fout: waarde bevat een stuurteken (U+001B)"),
            ("titel: \"a\\x85b\"", "3:8: fout: waarde bevat een stuurteken (U+0085)"),
            ("titel: \"a\u{86}b\"", "3:10: fout: bestand bevat een stuurteken (U+0086)"),
        ])
    func controlCharactersInValues(line: String, expected: String) async throws {
        let folder = try HostileFolder()
        try folder.write("2024-04-01-x.md", Array("---\nsoort: bijeenkomst\n\(line)\ndatum: 2024-04-01\n---\nTekst.\n".utf8))
        let lines = await folder.read().diagnostics.map(\.description)
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("process/2024-04-01-x.md:" + expected) == true, "\(lines)")
    }

    @Test func controlCharacterInTheText() async throws {
        let folder = try HostileFolder()
        try folder.write("2024-04-01-x.md", Array((Self.head + "Een é\u{1B}[2J en nog \u{7}.\n").utf8))
        let lines = await folder.read().diagnostics.map(\.description)
        #expect(
            lines == [
                "process/2024-04-01-x.md:6:6: fout: bestand bevat een stuurteken (U+001B); zo'n onzichtbaar teken mag niet in een "
                    + "procesbestand staan: haal het weg (nog 1 keer in dit bestand)"
            ])
    }

    // MARK: 6. Spoofed text

    @Test("omkeertekens en tekens zonder breedte: waarschuwing in een concept, fout in een definitief verslag")
    func invisibleCharacters() async throws {
        let folder = try HostileFolder()
        try folder.write(
            "2024-04-01-x.md",
            Array(
                "---\nsoort: bijeenkomst\ntitel: \"Avond \u{202E}gnidrev\"\nlocatie: Wijk\u{200B}huis\ndatum: 2024-04-01\n---\nTekst \u{2066}x\u{2069} en 👩\u{200D}👩\u{200D}👧.\n"
                    .utf8))
        let bidi =
            "process/2024-04-01-x.md:3:15: %@: tekst bevat een onzichtbaar teken dat de leesrichting verandert (U+202E): "
            + "in het verslag leest de tekst anders dan in het bestand; haal het weg (nog 2 keer in dit bestand)"
        let zeroWidth =
            "process/2024-04-01-x.md:4:14: %@: tekst bevat een onzichtbaar teken zonder breedte (U+200B): "
            + "het verbergt zich in woorden en adressen; haal het weg"
        let process = try String(contentsOf: folder.process.appendingPathComponent("proces.md"), encoding: .utf8)
        #expect(process.contains("status: definitief"))
        try folder.write("proces.md", Array(process.replacingOccurrences(of: "status: definitief", with: "status: concept").utf8))
        let concept = await folder.read().diagnostics.map(\.description)
        #expect(concept == [bidi, zeroWidth].map { $0.replacingOccurrences(of: "%@", with: "waarschuwing") })

        try folder.write("proces.md", Array(process.utf8))
        let final = await folder.read()
        #expect(final.timeline == nil)
        #expect(
            final.diagnostics.map(\.description).filter { $0.contains("2024-04-01-x.md") }
                == [bidi, zeroWidth].map { $0.replacingOccurrences(of: "%@", with: "fout") })
    }

    // MARK: 7. Two builds into one output folder

    @Test("twee builds tegelijk in één uitvoermap: HTML en Markdown zijn altijd van dezelfde build")
    func concurrentBuildsKeepTheirFilesTogether() throws {
        let folder = try TemporaryFolder()
        try folder.copyFixture("minimal", to: "a")
        try folder.copyFixture("concept-met-waarschuwingen", to: "b")
        let templates = packageRoot.appendingPathComponent("templates").path
        func start(_ process: String) throws -> Process {
            let command = Process()
            command.executableURL = CommandRunner.binary
            command.arguments = ["build", "--process", process, "--templates", templates, "--output", "uit", "--format", "md"]
            command.currentDirectoryURL = folder.url
            command.standardOutput = FileHandle.nullDevice
            command.standardError = FileHandle.nullDevice
            try command.run()
            return command
        }
        func fingerprint(_ text: String) -> String? {
            text.range(of: "[0-9a-f]{64}", options: .regularExpression).map { String(text[$0]) }
        }
        for _ in 0..<20 {
            let first = try start("a"), second = try start("b")
            first.waitUntilExit()
            second.waitUntilExit()
            #expect(first.terminationStatus == 0 && second.terminationStatus == 0)
            let html = try String(contentsOfFile: folder.path + "/uit/eindverslag.html", encoding: .utf8)
            let markdown = try String(contentsOfFile: folder.path + "/uit/eindverslag.md", encoding: .utf8)
            #expect(fingerprint(html) != nil && fingerprint(html) == fingerprint(markdown))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path + "/uit").sorted() == ["eindverslag.html", "eindverslag.md"])
    }

    // MARK: 8. Messages that point the right way

    @Test("een UTF-16-bestand (Kladblok: 'Unicode') wordt zo genoemd", arguments: [[0xFF, 0xFE], [0xFE, 0xFF], []] as [[UInt8]])
    func utf16IsNamed(byteOrderMark: [UInt8]) async throws {
        let folder = try HostileFolder()
        let utf16 = byteOrderMark + Array(Self.head.utf8).flatMap { byteOrderMark.first == 0xFE ? [0, $0] : [$0, 0] }
        try folder.write("2024-04-01-x.md", utf16)
        let lines = await folder.read().diagnostics.map(\.description)
        #expect(
            lines == [
                "process/2024-04-01-x.md:1:1: fout: bestand is opgeslagen als UTF-16 (in Kladblok heet dat 'Unicode'); sla het op als "
                    + "UTF-8: kies bij 'Opslaan als' de codering 'UTF-8'"
            ])
    }

    @Test("twee namen die alleen in Unicode-normalisatie verschillen, worden zo genoemd")
    func normalisationDifference() async throws {
        let folder = try HostileFolder()
        try folder.write("2024-04-01-caf\u{E9}.md", Array(Self.head.utf8))
        try folder.write("2024-04-01-cafe\u{301}.md", Array(Self.head.utf8))
        let lines = await folder.read().diagnostics.map(\.description).filter { $0.contains(": fout: ") }
        #expect(lines.count == 1)
        #expect(lines.first?.contains("verschillen alleen in hoe de tekens zijn opgeslagen, de Unicode-normalisatie NFC of NFD") == true)
    }

    @Test("meldingen noemen de procesmap zoals die heet, niet altijd process/")
    func messagesNameTheProcessFolder() async throws {
        let folder = try TemporaryFolder()
        try folder.copyFixture("minimal", to: "marktplein")
        try FileManager.default.removeItem(atPath: folder.path + "/marktplein/uitkomsten")
        try FileManager.default.removeItem(atPath: folder.path + "/marktplein/reacties")
        let result = await ProcessReader.read(directory: folder.path + "/marktplein", displayPath: "marktplein")
        #expect(
            result.diagnostics.map(\.description) == [
                "marktplein/proces.md:5:21: fout: bij participatieniveau 'adviseren' wordt de inbreng opgehaald en weergegeven, "
                    + "maar er is nog geen uitkomst: voeg bestanden toe aan marktplein/uitkomsten/ (artikel 5, onderdeel b)"
            ])
    }

    @Test(
        "een lege map-optie is verkeerd gebruik",
        arguments: [
            ["check", "--process", ""], ["build", "--output", ""],
            ["build", "--templates", " "], ["export", "--process", ""],
        ])
    func emptyFolderOptionIsWrongUse(arguments: [String]) throws {
        let folder = try TemporaryFolder()
        let result = try CommandRunner.run(arguments, in: folder.url)
        #expect(result.status == 2)
        #expect(
            result.standardError.hasPrefix(
                "fout: \(arguments[1]) is leeg; geef een map op, bijvoorbeeld \(arguments[1]) \(arguments[1].dropFirst(2))\n"))
    }

    @Test("een tab in een adres wordt in het Markdown-verslag %09, niet '% 9'")
    func tabInDestinationInMarkdownReport() {
        #expect(Markdown.safeCommonMark(from: "[t](a&#x09;b) en [u](<c d>)", topHeadingLevel: 2) == "[t](a%09b) en [u](c%20d)\n")
    }

    // MARK: 9. Knock-on messages

    @Test("een reactie met een fout geeft haar uitkomst niet ook 'heeft geen reactie'")
    func brokenResponseHasNoEcho() async throws {
        let folder = try HostileFolder()
        let response = try String(contentsOf: folder.process.appendingPathComponent("reacties/bomen.md"), encoding: .utf8)
        try folder.write("reacties/bomen.md", Array(response.replacingOccurrences(of: "besluit: deels-overgenomen", with: "besluit: misschien").utf8))
        let lines = await folder.read().diagnostics.map(\.description)
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("process/reacties/bomen.md:") == true)
        #expect(lines.first?.contains("onbekende waarde 'misschien' voor 'besluit'") == true)
    }
}
