import Foundation
import Testing

/// `participatie build` run as a user runs it: the built binary in a folder with `process/` and `templates/`.
@Suite("participatie build (van begin tot eind)")
struct BuildCommandTests {
    /// A working folder with a fixture as `process/` and the shipped templates as `templates/`.
    private func workspace(_ fixture: String) throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.copyFixture(fixture)
        try FileManager.default.copyItem(
            atPath: packageRoot.appendingPathComponent("templates").path,
            toPath: folder.path + "/templates")
        return folder
    }

    private func contents(_ folder: TemporaryFolder, _ relative: String) -> Data? {
        FileManager.default.contents(atPath: folder.path + "/" + relative)
    }

    private func fingerprint(in html: Data?) throws -> String {
        let text = String(decoding: try #require(html), as: UTF8.self)
        let start = try #require(text.range(of: "<code class=\"vingerafdruk\">"))
        return String(text[start.upperBound...].prefix(64))
    }

    @Test("een proces zonder problemen: verslag geschreven, samenvatting op standaarduitvoer")
    func success() throws {
        let folder = try workspace("minimal")
        let result = try CommandRunner.run(["build"], in: folder.url)
        #expect(result.status == 0)
        #expect(result.standardError == "")
        let full = try fingerprint(in: contents(folder, "output/eindverslag.html"))
        #expect(
            result.standardOutput
                == "output/eindverslag.html geschreven (2 momenten, 1 uitkomst, 1 reactie; vingerafdruk \(full.prefix(12)))\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path + "/output") == ["eindverslag.html"])
    }

    @Test("waarschuwingen gaan naar standaardfout en het verslag wordt toch gemaakt")
    func warnings() throws {
        let folder = try workspace("concept-met-waarschuwingen")
        let result = try CommandRunner.run(["build", "--format", "md"], in: folder.url)
        #expect(result.status == 0)
        #expect(
            result.standardError == """
                process/2024-09-02-startavond.md:13:1: waarschuwing: tekst bevat HTML, die niet in het verslag wordt overgenomen; schrijf het in Markdown (nog 1 keer in dit bestand)
                process/2024-09-02-startavond.md:15:5: waarschuwing: onveilig adres (javascript) wordt niet overgenomen in het verslag: de koppeling blijft leeg
                process/aantekeningen.txt:1:1: waarschuwing: bestand wordt niet gebruikt: alleen .md-bestanden in process/, process/uitkomsten/ en process/reacties/ worden gelezen
                process/reacties/communicatie.md:3:13: waarschuwing: reactie verwijst naar geen enkele uitkomst: vul 'uitkomsten' in
                process/uitkomsten/parkeren.md:1:1: waarschuwing: uitkomst heeft geen reactie van de gemeente (artikel 5, onderdeel c): voeg een bestand in process/reacties/ toe dat ernaar verwijst

                """)
        let full = try fingerprint(in: contents(folder, "output/eindverslag.html"))
        #expect(
            result.standardOutput == "output/eindverslag.html en output/eindverslag.md geschreven "
                + "(5 momenten, 3 uitkomsten, 4 reacties; vingerafdruk \(full.prefix(12)); 5 waarschuwingen)\n")
        let report = String(decoding: try #require(contents(folder, "output/eindverslag.html")), as: UTF8.self)
        #expect(report.contains("<li><code>process/uitkomsten/parkeren.md:1:1</code> uitkomst heeft geen reactie van de gemeente"))
    }

    @Test("bij een fout in het proces blijft het vorige verslag byte voor byte staan")
    func errorKeepsPreviousReport() throws {
        let folder = try workspace("minimal")
        #expect(try CommandRunner.run(["build", "--format", "md"], in: folder.url).status == 0)
        let previousHTML = try #require(contents(folder, "output/eindverslag.html"))
        let previousMarkdown = try #require(contents(folder, "output/eindverslag.md"))
        let event = folder.path + "/process/2024-02-01-startbijeenkomst.md"
        let text = try String(contentsOfFile: event, encoding: .utf8)
        try text.replacingOccurrences(of: "datum: 2024-02-01", with: "datum: 2024-02-31").write(toFile: event, atomically: true, encoding: .utf8)

        let result = try CommandRunner.run(["build", "--format", "md"], in: folder.url)
        #expect(result.status == 1)
        #expect(result.standardOutput == "")
        #expect(
            result.standardError == """
                process/2024-02-01-startbijeenkomst.md:4:8: fout: datum '2024-02-31' is geen geldige datum; schrijf JJJJ-MM-DD (of JJJJ-MM als alleen de maand, JJJJ als alleen het jaar bekend is)
                geen eindverslag gemaakt: 1 fout hierboven; output/eindverslag.html is niet gewijzigd

                """)
        #expect(contents(folder, "output/eindverslag.html") == previousHTML)
        #expect(contents(folder, "output/eindverslag.md") == previousMarkdown)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path + "/output").sorted() == ["eindverslag.html", "eindverslag.md"])
    }

    @Test("een sjabloonfout wordt gemeld met bestand, regel en kolom, en er wordt niets geschreven")
    func templateError() throws {
        let folder = try workspace("minimal")
        try folder.write("output/eindverslag.html", "vorige versie")
        try folder.write("templates/partials/uitkomst.html.mustache", "<article>\n<h3>{{title}}</h3>\n{{#sources}}\n</article>\n")
        let result = try CommandRunner.run(["build"], in: folder.url)
        #expect(result.status == 1)
        #expect(
            result.standardError == """
                templates/partials/uitkomst.html.mustache:3:1: fout: sectie 'sources' wordt niet afgesloten: voeg '{{/sources}}' toe
                geen eindverslag gemaakt: 1 fout hierboven; output/eindverslag.html is niet gewijzigd

                """)
        #expect(contents(folder, "output/eindverslag.html") == Data("vorige versie".utf8))
    }

    @Test("zonder map templates/ de ingebouwde sjablonen: hetzelfde verslag, byte voor byte")
    func withoutTemplatesFolderTheDefaultsGiveTheSameReport() throws {
        let bare = try TemporaryFolder()
        try bare.copyFixture("minimal")
        let result = try CommandRunner.run(["build", "--format", "md"], in: bare.url)
        #expect(result.status == 0)
        #expect(result.standardError == "")
        let withFolder = try workspace("minimal")
        #expect(try CommandRunner.run(["build", "--format", "md"], in: withFolder.url).status == 0)
        for report in ["output/eindverslag.html", "output/eindverslag.md"] {
            #expect(contents(bare, report) != nil)
            #expect(contents(bare, report) == contents(withFolder, report), "\(report)")
        }
    }

    @Test("een bestand in templates/ gaat voor het ingebouwde met dezelfde naam; de rest blijft ingebouwd")
    func aTemplateFileOverridesTheDefaultOfTheSameName() throws {
        let folder = try TemporaryFolder()
        try folder.copyFixture("minimal")
        try folder.write("templates/partials/afzender.html.mustache", "<p class=\"afzender\">Eigen logo van {{municipality}}</p>\n")
        let result = try CommandRunner.run(["build"], in: folder.url)
        #expect(result.status == 0)
        #expect(result.standardError == "")
        let html = String(decoding: try #require(contents(folder, "output/eindverslag.html")), as: UTF8.self)
        #expect(html.contains("<p class=\"afzender\">Eigen logo van Voorbeeldstad</p>"))
        #expect(html.contains("<h2 id=\"verantwoording\">"))
        // A mistake in the overriding file is reported at its place, under its own name.
        try folder.write("templates/partials/afzender.html.mustache", "{{#title}}\n")
        let broken = try CommandRunner.run(["build"], in: folder.url)
        #expect(broken.status == 1)
        #expect(
            broken.standardError == """
                templates/partials/afzender.html.mustache:1:1: fout: sectie 'title' wordt niet afgesloten: voeg '{{/title}}' toe
                geen eindverslag gemaakt: 1 fout hierboven; output/eindverslag.html is niet gewijzigd

                """)
    }

    @Test("een map die bij --templates staat, moet bestaan")
    func aNamedTemplatesFolderMustExist() throws {
        let folder = try TemporaryFolder()
        try folder.copyFixture("minimal")
        let result = try CommandRunner.run(["build", "--templates", "huisstijl"], in: folder.url)
        #expect(result.status == 1)
        #expect(
            result.standardError == """
                huisstijl:1:1: fout: map 'huisstijl' bestaat niet
                geen eindverslag gemaakt: 1 fout hierboven; output/eindverslag.html is niet gewijzigd

                """)
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/output"))
    }

    @Test("er wordt nooit in de procesmap geschreven")
    func outputInsideProcessIsRefused() throws {
        let folder = try workspace("minimal")
        let before = try FileManager.default.subpathsOfDirectory(atPath: folder.path + "/process").sorted()
        for output in ["process", "process/uit", "./process/../process/verslag/", "process/."] {
            let result = try CommandRunner.run(["build", "--output", output], in: folder.url)
            #expect(result.status == 1, "--output \(output)")
            #expect(result.standardError.contains("fout: uitvoermap '"), "--output \(output)")
        }
        #expect(try FileManager.default.subpathsOfDirectory(atPath: folder.path + "/process").sorted() == before)
    }

    @Test("een symbolische koppeling op de plaats van het verslag wordt vervangen, niet gevolgd")
    func symbolicLinkAtTargetIsReplaced() throws {
        let folder = try workspace("minimal")
        try folder.write("elders.html", "niet overschrijven")
        try FileManager.default.createDirectory(atPath: folder.path + "/output", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: folder.path + "/output/eindverslag.html",
            withDestinationPath: folder.path + "/elders.html")
        #expect(try CommandRunner.run(["build"], in: folder.url).status == 0)
        #expect(contents(folder, "elders.html") == Data("niet overschrijven".utf8))
        let attributes = try FileManager.default.attributesOfItem(atPath: folder.path + "/output/eindverslag.html")
        #expect(attributes[.type] as? FileAttributeType == .typeRegular)
    }

    @Test("een uitvoer die niet kan worden geschreven, wordt gemeld")
    func unwritableOutput() throws {
        let folder = try workspace("minimal")
        try folder.write("output/eindverslag.html/.gitkeep", "")
        let blocked = try CommandRunner.run(["build"], in: folder.url)
        #expect(blocked.status == 1)
        #expect(
            blocked.standardError == """
                output/eindverslag.html:1:1: fout: kan het verslag niet schrijven (er staat een map met die naam)
                geen eindverslag gemaakt: 1 fout hierboven; output/eindverslag.html is niet gewijzigd

                """)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path + "/output") == ["eindverslag.html"])

        try folder.write("bestand", "geen map")
        let notAFolder = try CommandRunner.run(["build", "--output", "bestand"], in: folder.url)
        #expect(notAFolder.status == 1)
        #expect(notAFolder.standardError.hasPrefix("bestand:1:1: fout: 'bestand' is geen map\n"))
    }

    @Test("andere mappen en een nieuwe uitvoermap")
    func otherFolders() throws {
        let folder = try TemporaryFolder()
        try folder.copyFixture("minimal", to: "invoer/proces")
        try FileManager.default.copyItem(
            atPath: packageRoot.appendingPathComponent("templates").path,
            toPath: folder.path + "/huisstijl")
        let result = try CommandRunner.run(
            [
                "build", "--process", "invoer/proces/", "--templates", "huisstijl",
                "--output", "publicatie/2024",
            ], in: folder.url)
        #expect(result.status == 0)
        #expect(result.standardOutput.hasPrefix("publicatie/2024/eindverslag.html geschreven (2 momenten"))
        #expect(FileManager.default.fileExists(atPath: folder.path + "/publicatie/2024/eindverslag.html"))
    }

    @Test("een onbekend formaat is verkeerd gebruik (exitcode 2)")
    func unknownFormat() throws {
        let folder = try workspace("minimal")
        let result = try CommandRunner.run(["build", "--format", "pdf"], in: folder.url)
        #expect(result.status == 2)
        #expect(result.standardError.hasPrefix("fout: de waarde 'pdf' is ongeldig voor '--format <html|md>'; kies uit 'html' en 'md'\n"))
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/output"))
    }
}
