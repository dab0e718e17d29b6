import Foundation
import Testing

/// Runs the built `participatie` binary as a user would.
@Suite("De opdracht participatie (end-to-end)")
struct CommandLineTests {
    @Test func checkOnTheShippedProcessSucceeds() throws {
        let result = try CommandRunner.run(["check"], in: packageRoot)
        #expect(result.status == 0)
        // One warning: what coproduceren promises (the plan before the first moment, see ShippedProcessTests).
        #expect(
            result.standardOutput.hasSuffix(
                "'coproduceren' hoort het plan er vóór de eerste gebeurtenis te zijn (interne sessies en besluiten tellen niet mee)\n42 bestanden gecontroleerd: 0 fouten, 1 waarschuwing\n"
            ))
        #expect(result.standardError == "")
    }

    @Test func strictFailsOnWarnings() throws {
        let result = try CommandRunner.run(["check", "--strict", "--process", Fixtures.path("concept-met-waarschuwingen")], in: packageRoot)
        #expect(result.status == 1)
        #expect(result.standardOutput.hasSuffix("--strict: waarschuwingen tellen als fouten\n"))
    }

    @Test func checkPrintsEveryErrorAndFails() throws {
        let folder = try TemporaryFolder()
        try folder.copyFixture("minimal")
        try folder.write("process/2024-04-01-a.md", "---\nsoort: kerngoep\ntitel: A\ndatum: 2024-04-01\n---\n")
        try folder.write("process/2024-04-02-b.md", "geen front matter\n")
        let result = try CommandRunner.run(["check"], in: folder.url)
        #expect(result.status == 1)
        #expect(
            result.standardOutput == """
                process/2024-04-01-a.md:2:8: fout: onbekende soort 'kerngoep'; bedoelde u 'kerngroep'? (toegestaan: bijeenkomst, kerngroep, nieuwsbrief, interne-sessie, enquete, besluit, brief, uitnodiging, overleg, gesprek, uitvraag, onderzoek)
                process/2024-04-02-b.md:1:1: fout: bestand begint niet met front matter: de eerste regel moet '---' zijn
                7 bestanden gecontroleerd: 2 fouten, 0 waarschuwingen

                """)
    }

    @Test func checkAcceptsAnotherFolder() throws {
        let folder = try TemporaryFolder()
        try folder.copyFixture("minimal", to: "verslagen/marktplein")
        let result = try CommandRunner.run(["check", "--process", "verslagen/marktplein/"], in: folder.url)
        #expect(result.status == 0)
        #expect(result.standardOutput == "5 bestanden gecontroleerd: 0 fouten, 0 waarschuwingen\n")
        let missing = try CommandRunner.run(["check", "--process", "elders"], in: folder.url)
        #expect(missing.status == 1)
        #expect(missing.standardOutput.hasPrefix("elders:1:1: fout: map 'elders' bestaat niet\n"))
    }

    @Test func exportWritesJSONAndRefusesOnErrors() throws {
        let folder = try TemporaryFolder()
        try folder.copyFixture("minimal")
        let result = try CommandRunner.run(["export"], in: folder.url)
        #expect(result.status == 0)
        #expect(result.standardError == "")
        let object = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
        #expect((object?["gebeurtenissen"] as? [Any])?.count == 2)

        try folder.write("process/2024-04-01-a.md", "---\ntitel: A\n---\n")
        let failed = try CommandRunner.run(["export"], in: folder.url)
        #expect(failed.status == 1)
        #expect(failed.standardOutput == "")
        #expect(
            failed.standardError == """
                process/2024-04-01-a.md:1:1: fout: verplichte sleutel 'datum' ontbreekt
                process/2024-04-01-a.md:1:1: fout: verplichte sleutel 'soort' ontbreekt
                geen export: los eerst de fouten hierboven op

                """)
    }

    @Test func wrongUseExitsWithTwoInDutch() throws {
        let result = try CommandRunner.run(["check", "--onbekend"], in: packageRoot)
        #expect(result.status == 2)
        #expect(result.standardError.hasPrefix("fout: onbekende optie '--onbekend'"))
    }
}
