import Foundation
import Testing

@testable import ParticipatieModel
@testable import ParticipatieReading

/// The privacy check in a whole process folder: positions, `openbaar`, concept and `definitief`,
/// and the measured texts under `Fixtures/privacy/`.
@Suite("Privacycontrole in het proces")
struct PrivacyCheckTests {
    private static let tail =
        "het eindverslag wordt openbaar (AVG); haal het weg of maak het anoniem, "
        + "of sta de tekst met een reden toe onder 'openbaar' in proces.md"

    /// A copy of the minimal fixture as a concept, with `extra` added to `proces.md`'s front matter.
    private func folder(status: String = "concept", processExtra: String = "") throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.copyFixture("minimal")
        let path = folder.path + "/process/proces.md"
        var text = try String(contentsOfFile: path, encoding: .utf8)
        text = text.replacingOccurrences(of: "status: definitief\n", with: "status: \(status)\n" + processExtra)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return folder
    }

    private func lines(_ folder: TemporaryFolder) async -> [String] {
        await ProcessReader.read(directory: folder.path + "/process", displayPath: "process").diagnostics.map(\.description)
    }

    private static let event = """
        ---
        soort: gesprek
        titel: Gesprek
        datum: 2024-02-10
        # de heer Jansen belde zelf (commentaar komt niet in het verslag)
        locatie: Kerkstraat 12, 7511 AB Enschede
        ---
        Gesproken met de heer Jansen en mevrouw De Vries; mail j.jansen@example.nl.

        """

    @Test func conceptWarnsAtEachPositionWithoutRepeatingTheData() async throws {
        let folder = try self.folder()
        try folder.write("process/2024-02-10-gesprek.md", Self.event)
        #expect(
            await lines(folder) == [
                "process/2024-02-10-gesprek.md:6:10: waarschuwing: adres (postcode met huisnummer) in de tekst: " + Self.tail,
                "process/2024-02-10-gesprek.md:8:15: waarschuwing: naam met aanhef of titel ('de heer …') in de tekst: " + Self.tail,
                "process/2024-02-10-gesprek.md:8:33: waarschuwing: naam met aanhef of titel ('mevrouw …') in de tekst: " + Self.tail,
                "process/2024-02-10-gesprek.md:8:56: waarschuwing: e-mailadres in de tekst: " + Self.tail,
            ])
    }

    @Test func definitiefMakesThemErrors() async throws {
        let folder = try self.folder(status: "definitief")
        try folder.write("process/2024-02-10-gesprek.md", Self.event)
        let result = await ProcessReader.read(directory: folder.path + "/process", displayPath: "process")
        #expect(result.diagnostics.count == 4)
        #expect(result.diagnostics.allSatisfy { $0.isError })
        #expect(result.timeline == nil)
    }

    @Test func openbaarAllowsTextsAndReportsWhatItAllowsNothing() async throws {
        let folder = try self.folder(
            status: "definitief",
            processExtra: """
                openbaar:
                  - tekst: de heer Jansen
                    reden: wethouder, genoemd in zijn rol
                  - tekst: "Kerkstraat 12, 7511 AB Enschede"
                    reden: adres van het buurthuis
                  - tekst: mevrouw De Vries
                    reden: voorzitter van de wijkraad
                  - tekst: j.jansen@example.nl
                    reden: zakelijk adres van de wethouder
                  - tekst: dhr. Pietersen
                    reden: niet meer nodig

                """)
        try folder.write("process/2024-02-10-gesprek.md", Self.event)
        let result = await ProcessReader.read(directory: folder.path + "/process", displayPath: "process")
        #expect(
            result.diagnostics.map(\.description) == [
                "process/proces.md:18:5: waarschuwing: 'dhr. Pietersen' onder 'openbaar' komt in geen enkel bestand als persoonsgegeven voor; "
                    + "haal de regel weg"
            ])
        let privacy = try #require(result.checks?.privacy)
        #expect(privacy.findingCount == 0)
        #expect(privacy.allowed.map(\.occurrences) == [1, 1, 1, 1, 0])
    }

    @Test func allowedTextsMatchWordForWordInEitherDirection() {
        let allowed = PrivacyCheck.words("Hengelosestraat 89a, 7514 AE Enschede")
        #expect(PrivacyCheck.covers(allowed, PrivacyCheck.words("Hengelosestraat 89a\n7514 AE")))
        #expect(PrivacyCheck.covers(PrivacyCheck.words("De Vos-Koelink"), PrivacyCheck.words("de heer De Vos-Koelink")))
        #expect(!PrivacyCheck.covers(PrivacyCheck.words("de heer Jan"), PrivacyCheck.words("de heer Jansen")))
    }

    @Test func openbaarMistakesArePositioned() async throws {
        let folder = try self.folder(
            processExtra: """
                openbaar:
                  - de heer Jansen
                  - tekst: de heer Jansen
                  - reden: geen tekst
                  - tekst: Jan
                    reden: te kort
                  - tekst: mevrouw Bos
                    reden: lid van de raad
                    rede: tikfout

                """)
        #expect(
            await lines(folder) == [
                "process/proces.md:10:5: fout: elk element van 'openbaar' moet 'tekst' en 'reden' hebben, bijvoorbeeld '- tekst: de heer Jansen'",
                "process/proces.md:11:5: fout: 'reden' ontbreekt in dit element van 'openbaar': zeg waarom de tekst openbaar mag",
                "process/proces.md:12:5: fout: 'tekst' ontbreekt in dit element van 'openbaar': noem de tekst die openbaar mag",
                "process/proces.md:13:5: fout: 'Jan' onder 'openbaar' is te kort (minstens 4 tekens): noem de hele tekst, zoals 'de heer Jansen'",
                "process/proces.md:17:5: waarschuwing: onbekende sleutel 'rede'; bedoelde u 'reden'?",
            ])
        let notAList = try self.folder(processExtra: "openbaar: de heer Jansen\n")
        #expect(await lines(notAList) == ["process/proces.md:9:11: fout: 'openbaar' moet een lijst zijn"])
    }

    @Test func manyFindingsInOneFileAreCappedWithACount() async throws {
        let folder = try self.folder()
        let body = (1...25).map { "Mail naar persoon\($0)@example.nl." }.joined(separator: "\n")
        try folder.write("process/2024-02-10-lijst.md", "---\nsoort: brief\ntitel: Lijst\ndatum: 2024-02-10\n---\n" + body + "\n")
        let found = await lines(folder)
        #expect(found.count == 20)
        #expect(
            found.last == "process/2024-02-10-lijst.md:25:11: waarschuwing: e-mailadres in de tekst: " + Self.tail
                + " (en nog 5 persoonsgegevens verderop in dit bestand)")
    }

    @Test func theProcessFileIsCheckedButNotItsOpenbaarBlock() async throws {
        let folder = try self.folder(
            processExtra: """
                openbaar:
                  - tekst: de heer Jansen
                    reden: wethouder
                toelichting-proces: Met dank aan mevrouw Bos.

                """)
        #expect(
            await lines(folder) == [
                "process/proces.md:10:5: waarschuwing: 'de heer Jansen' onder 'openbaar' komt in geen enkel bestand als persoonsgegeven voor; "
                    + "haal de regel weg",
                "process/proces.md:12:34: waarschuwing: naam met aanhef of titel ('mevrouw …') in de tekst: " + Self.tail,
            ])
    }

    // MARK: Measured on text

    private func fixtureText(_ name: String) throws -> String {
        try String(contentsOfFile: Fixtures.path("privacy/" + name), encoding: .utf8)
    }

    @Test(arguments: ["gewone-tekst.md", "tweede-meting.md"])
    func ordinaryReportTextHasNoFindings(_ name: String) throws {
        let text = try fixtureText(name)
        #expect(text.split(separator: "\n", omittingEmptySubsequences: false).count >= 2000)
        let findings = PrivacyScan.findings(in: text, commentLinesEnd: 10)
        #expect(findings.map { "\($0.line):\($0.column) \($0.kind.rawValue) \($0.text)" } == [])
    }

    @Test func everyKindIsFoundInTheTextWithPersonalData() throws {
        let findings = PrivacyScan.findings(in: try fixtureText("treffers.md"), commentLinesEnd: 7)
        #expect(
            findings.map { "\($0.line):\($0.column) \($0.kind.rawValue)" } == [
                "5:10 address", "8:25 email", "8:51 phone", "9:20 person", "9:45 phone", "10:1 person", "11:19 person",
                "11:57 email", "12:1 person", "12:28 address", "13:24 phone", "15:27 bsn", "16:1 person", "16:21 person",
                "17:10 person", "18:14 person", "18:38 person", "19:10 email", "19:44 phone", "20:13 person", "20:32 address",
                "21:1 person", "21:25 phone", "22:23 phone", "23:37 address", "25:14 iban", "25:58 person", "26:14 person",
                "26:33 person",
            ])
    }

    @Test func hostileShapesAreScannedWhole() {
        // Shapes that make a careless scanner go back and forth: each is read once.
        let size = 256 * 1024
        let shapes = [
            String(repeating: "a@", count: size / 2), String(repeating: "de heer ", count: size / 8),
            String(repeating: "0", count: size), String(repeating: "06-", count: size / 3),
            String(repeating: "NL91 ", count: size / 5), String(repeating: "mevrouw J. ", count: size / 11),
            String(repeating: "1234 AB Enschede ", count: size / 17),
        ]
        for shape in shapes {
            #expect(PrivacyScan.scan(shape).total == 0)
        }
        let emails = String(repeating: "ab@cd.nl ", count: 20_000)
        let (findings, total) = PrivacyScan.scan(emails)
        #expect(total == 20_000)
        #expect(findings.count == PrivacyScan.findingLimit)
    }
}
