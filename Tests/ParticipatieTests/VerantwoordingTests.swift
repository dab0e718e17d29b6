import Foundation
import Testing

@testable import ParticipatieModel
@testable import ParticipatieReading
@testable import ParticipatieReport

/// The report's closing section says what was checked, so that a reader of the HTML alone knows it.
@Suite("Eindverslag: verantwoording van de controles")
struct VerantwoordingTests {
    /// Builds `folder/process` with the shipped templates; the HTML, or `nil` when nothing was written.
    private func build(_ folder: TemporaryFolder) async -> (html: String?, result: ReportBuilder.Result) {
        let result = await ReportBuilder(
            processDirectory: folder.path + "/process",
            templatesDirectory: packageRoot.appendingPathComponent("templates").path,
            outputDirectory: folder.path + "/output"
        ).build()
        let data = FileManager.default.contents(atPath: folder.path + "/output/eindverslag.html")
        return (data.map { String(decoding: $0, as: UTF8.self) }, result)
    }

    private func minimal(_ change: (String) -> String = { $0 }) throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.copyFixture("minimal")
        let path = folder.path + "/process/proces.md"
        try change(try String(contentsOfFile: path, encoding: .utf8)).write(toFile: path, atomically: true, encoding: .utf8)
        return folder
    }

    private func items(_ html: String) -> [String] {
        guard let start = html.range(of: "<ul class=\"controles\">\n"), let end = html.range(of: "</ul>", range: start.upperBound..<html.endIndex)
        else { return [] }
        return html[start.upperBound..<end.lowerBound].split(separator: "\n").map {
            String($0).replacingOccurrences(of: "<span class=\"label controle-in-orde\">", with: "[")
                .replacingOccurrences(of: "<span class=\"label controle-open\">", with: "[")
                .replacingOccurrences(of: "</span> <span class=\"controle-groep\">", with: "] ")
                .replacingOccurrences(of: "</span>", with: "").replacingOccurrences(of: "<li>", with: "")
                .replacingOccurrences(of: "</li>", with: "")
        }
    }

    @Test func aDefinitiefReportListsEveryCheckAsPassed() async throws {
        let (html, _) = await build(try minimal())
        let report = try #require(html)
        #expect(report.contains("deze controles uitgevoerd. Ze zijn alle in orde.</p>"))
        #expect(
            items(report) == [
                "[in orde] Artikel 5 van de participatieverordening: (a) een overzicht van het gevolgde participatieproces (2 momenten)",
                "[in orde] Artikel 5 van de participatieverordening: (b) een weergave van de belangrijkste uitkomsten (1 uitkomst)",
                "[in orde] Artikel 5 van de participatieverordening: (c) een reactie van de gemeente op elke uitkomst, met een besluit "
                    + "(1 reactie op 1 uitkomst)",
                "[in orde] Artikel 5 van de participatieverordening: een motivering bij elke reactie die de inbreng niet of deels "
                    + "overneemt (1 reactie met motivering)",
                "[in orde] Persoonsgegevens (AVG): geen e-mailadressen, telefoonnummers, burgerservicenummers, rekeningnummers, "
                    + "adressen met postcode en huisnummer of namen met aanhef of titel in de tekst (niets gevonden)",
                "[in orde] Participatieniveau adviseren: vanaf raadplegen is de inbreng vastgelegd in ten minste één uitkomst (1 uitkomst)",
                "[in orde] Participatieniveau adviseren: vanaf adviseren heeft elke uitkomst een reactie met een besluit",
            ])
        #expect(report.contains("<code class=\"vingerafdruk\">"))
        #expect(!report.contains("class=\"openbaar\""))
    }

    @Test func aConceptSaysWhatIsNotInOrderAndWhatWasAllowed() async throws {
        let folder = try minimal {
            $0.replacingOccurrences(of: "status: definitief", with: "status: concept")
                .replacingOccurrences(of: "participatieniveau: adviseren", with: "participatieniveau: meebeslissen")
                .replacingOccurrences(
                    of: "versie: \"2\"\n",
                    with: "versie: \"2\"\nopenbaar:\n  - tekst: de heer Bakker\n    reden: wethouder, in zijn bestuurlijke rol\n")
        }
        try folder.write(
            "process/2024-02-01-startbijeenkomst.md",
            "---\nsoort: bijeenkomst\ntitel: Start\ndatum: 2024-02-01\n---\nDe heer Bakker opende; mevrouw Smit belde 06-12345678.\n")
        let (html, result) = await build(folder)
        let report = try #require(html)
        #expect(result.succeeded)
        #expect(report.contains("Wat niet in orde is, staat ook bij ‘Concept’ bovenaan, met de plaats in de bestanden.</p>"))
        #expect(
            items(report).filter { $0.hasPrefix("[niet in orde]") } == [
                "[niet in orde] Persoonsgegevens (AVG): geen e-mailadressen, telefoonnummers, burgerservicenummers, rekeningnummers, "
                    + "adressen met postcode en huisnummer of namen met aanhef of titel in de tekst "
                    + "(2 gevonden; 1 tekst is met een reden toegestaan, zie hieronder)",
                "[niet in orde] Participatieniveau meebeslissen: bij meebeslissen noemt een besluit de uitkomsten die het overneemt "
                    + "(nog geen besluit met &#39;neemt-over&#39;)",
            ])
        #expect(report.contains("<li>‘de heer Bakker’ (1 keer): wethouder, in zijn bestuurlijke rol</li>"))
        // The warnings in the concept block name the kind and place, not the data.
        let concept = try #require(report.range(of: "<ul class=\"waarschuwingen\">").map { report[$0.lowerBound...].prefix(4000) })
        #expect(concept.contains("<li><code>process/2024-02-01-startbijeenkomst.md:6:43</code> telefoonnummer in de tekst"))
        #expect(!concept.contains("06-12345678") && !concept.contains("Smit"))
    }

    @Test func aDecisionLinksTheOutcomesItAdopts() async throws {
        let folder = try minimal { $0.replacingOccurrences(of: "participatieniveau: adviseren", with: "participatieniveau: meebeslissen") }
        try folder.write(
            "process/2024-04-02-besluit.md",
            "---\nsoort: besluit\ntitel: Besluit van de bewonersjury\ndatum: 2024-04-02\nneemt-over: [meer-groen]\n---\nAangenomen.\n")
        let (html, _) = await build(folder)
        let report = try #require(html)
        #expect(report.contains("<p class=\"verwijzing\">Neemt de uitkomsten over: <a href=\"#uitkomst-meer-groen\">Meer groen</a></p>"))
        #expect(
            items(report).last
                == "[in orde] Participatieniveau meebeslissen: bij meebeslissen noemt een besluit de uitkomsten die het overneemt "
                + "(1 uitkomst overgenomen)")
    }

    @Test func informerenPromisesNothingBesidesArticleFive() async throws {
        let (html, _) = await build(
            try minimal { $0.replacingOccurrences(of: "participatieniveau: adviseren", with: "participatieniveau: informeren") })
        #expect(
            items(try #require(html)).last
                == "[in orde] Participatieniveau informeren: bij informeren hebben de deelnemers geen invloed op het besluit; "
                + "het niveau vraagt niets naast artikel 5")
    }
}
