import CommonMark
import Foundation
import Testing

@testable import ParticipatieCommands
@testable import ParticipatieModel
@testable import ParticipatieReading
@testable import ParticipatieReport
@testable import ParticipatieSystem

/// Builds a fixture's report exactly as `participatie build` does: the fixture is copied to
/// `process/` in a temporary folder and rendered with the shipped `templates/`.
struct BuiltReport {
    let folder: TemporaryFolder
    let result: ReportBuilder.Result

    init(fixture: String, formats: [ReportFormat] = [.html, .markdown]) async throws {
        folder = try TemporaryFolder()
        try folder.copyFixture(fixture)
        result = await ReportBuilder(
            processDirectory: folder.path + "/process",
            templatesDirectory: packageRoot.appendingPathComponent("templates").path,
            outputDirectory: folder.path + "/output", formats: formats
        ).build()
    }

    func text(_ format: ReportFormat) throws -> String {
        let data = try #require(FileManager.default.contents(atPath: folder.path + "/output/" + format.fileName))
        return String(decoding: data, as: UTF8.self)
    }
}

@Suite("Eindverslag: goudbestanden")
struct ReportGoldenTests {
    @Test(
        "het hele verslag is gelijk aan het goudbestand",
        arguments: [
            "minimal", "concept-met-waarschuwingen", "klankbordgroep-24", "woningbouw-dorp", "reeks-met-bureau", "omgevingswet-initiatief",
        ])
    func matchesGolden(fixture: String) async throws {
        let report = try await BuiltReport(fixture: fixture)
        #expect(report.result.diagnostics.filter(\.isError) == [])
        #expect(report.result.succeeded)
        try expectMatchesGolden(report.text(.html), fixture + "/eindverslag.html")
        try expectMatchesGolden(report.text(.markdown), fixture + "/eindverslag.md")
    }

    @Test("dezelfde invoer geeft byte voor byte hetzelfde verslag")
    func deterministic() async throws {
        let first = try await BuiltReport(fixture: "concept-met-waarschuwingen")
        let second = try await BuiltReport(fixture: "concept-met-waarschuwingen")
        #expect(try first.text(.html) == second.text(.html))
        #expect(try first.text(.markdown) == second.text(.markdown))
        #expect(first.result.fingerprint == second.result.fingerprint)
    }

    @Test("de procesmap blijft ongewijzigd en er komen geen tijdelijke bestanden achter")
    func writesOnlyTheReport() async throws {
        let report = try await BuiltReport(fixture: "concept-met-waarschuwingen")
        let manager = FileManager.default
        let processFiles = try manager.subpathsOfDirectory(atPath: report.folder.path + "/process").sorted()
        let fixtureFiles = try manager.subpathsOfDirectory(atPath: Fixtures.path("concept-met-waarschuwingen")).sorted()
        #expect(processFiles == fixtureFiles)
        #expect(
            try manager.contentsOfDirectory(atPath: report.folder.path + "/output").sorted()
                == ["eindverslag.html", "eindverslag.md"])
        #expect(try manager.contentsOfDirectory(atPath: report.folder.path).sorted() == ["output", "process"])
    }
}
