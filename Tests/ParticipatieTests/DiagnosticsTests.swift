import CommonMark
import Foundation
import Testing

@testable import ParticipatieCommands
@testable import ParticipatieModel
@testable import ParticipatieReading
@testable import ParticipatieReport
@testable import ParticipatieSystem

/// Each `Fixtures/invalid/<case>/` folder is laid over a copy of `Fixtures/minimal/`; the test
/// asserts every diagnostic of the whole folder, verbatim, position included.
@Suite("Meldingen van participatie check")
struct DiagnosticsTests {
    static let cases: [(String, [String])] = [
        (
            "missing-front-matter",
            [
                "process/2024-04-01-zonder-kop.md:1:1: fout: bestand begint niet met front matter: de eerste regel moet '---' zijn"
            ]
        ),
        (
            "unterminated-front-matter",
            [
                "process/2024-04-01-open.md:1:1: fout: front matter wordt niet afgesloten: voeg een regel '---' toe na de laatste sleutel"
            ]
        ),
        (
            "yaml-syntax",
            [
                "process/2024-04-01-kapot.md:5:6: fout: ongeldige YAML in front matter (hier werd ',' of ']' verwacht); het begon op regel 4"
            ]
        ),
        (
            "missing-key",
            [
                "process/2024-04-01-zonder-titel.md:1:1: fout: verplichte sleutel 'titel' ontbreekt"
            ]
        ),
        (
            "unknown-kind",
            [
                "process/2024-04-01-kerngroep.md:2:8: fout: onbekende soort 'kerngoep'; bedoelde u 'kerngroep'? (toegestaan: bijeenkomst, kerngroep, nieuwsbrief, interne-sessie, enquete, besluit, brief, uitnodiging, overleg, gesprek, uitvraag, onderzoek)"
            ]
        ),
        (
            "invalid-date",
            [
                "process/2024-02-30-schrikkel.md:4:9: fout: datum '2024-02-30' is geen geldige datum; schrijf JJJJ-MM-DD (of JJJJ-MM als alleen de maand bekend is)",
                "process/2024-04-01-datum.md:4:8: fout: datum '1 april 2024' is geen geldige datum; schrijf JJJJ-MM-DD (of JJJJ-MM als alleen de maand bekend is)",
            ]
        ),
        (
            "date-mismatch",
            [
                "process/2024-04-01-avond.md:4:8: fout: de datum in de bestandsnaam (2024-04-01) verschilt van de (eerste) datum in 'datum' (2024-04-02)"
            ]
        ),
        (
            "duplicate-id",
            [
                "process/2024-02-01-Startbijeenkomst.md:1:1: waarschuwing: bestandsnaam bevat hoofdletters; noem het bestand met alleen kleine letters, cijfers en '-', zoals 'participatie new' bestanden noemt",
                "process/2024-02-01-startbijeenkomst.md:1:1: fout: id '2024-02-01-startbijeenkomst' bestaat al: 'process/2024-02-01-Startbijeenkomst.md' (namen mogen niet alleen in hoofdletters verschillen)",
            ]
        ),
        (
            "unknown-reference",
            [
                "process/reacties/parkeren.md:3:14: fout: uitkomst 'minder-autos' bestaat niet in process/uitkomsten/; bedoelde u 'minder-auto'?",
                "process/uitkomsten/minder-auto.md:5:5: fout: bron '2024-02-01-startbijeenkomts' bestaat niet in process/; bedoelde u '2024-02-01-startbijeenkomst'?",
                "process/uitkomsten/minder-auto.md:6:5: fout: bron '2024-05-01-bestaat-niet' bestaat niet in process/",
            ]
        ),
        (
            "missing-motivation",
            [
                "process/reacties/fontein.md:4:10: fout: 'motivering' ontbreekt: bij besluit 'niet-overgenomen' moet de gemeente uitleggen waarom de inbreng niet (volledig) is overgenomen"
            ]
        ),
        (
            "final-incomplete",
            [
                "process/proces.md:8:9: fout: status is 'definitief' maar gebeurtenis '2024-06-01-terugkoppeling' staat nog op 'gepland'",
                "process/proces.md:8:9: fout: status is 'definitief' maar uitkomst 'markt-blijft' heeft nog geen reactie",
                "process/uitkomsten/markt-blijft.md:1:1: waarschuwing: uitkomst heeft geen reactie van de gemeente (artikel 5, onderdeel c): voeg een bestand in process/reacties/ toe dat ernaar verwijst",
            ]
        ),
        (
            "invalid-values",
            [
                "process/2024-04-01-waarden.md:5:13: fout: deelnemers 'veel' is geen aantal; schrijf bijvoorbeeld 60 of 'ca. 60'",
                "process/2024-04-01-waarden.md:6:9: fout: onbekende waarde 'gehouden' voor 'status' (toegestaan: afgerond, gepland)",
                "process/2024-04-01-waarden.md:8:3: fout: 'doelgroepen' moet een lijst zijn",
            ]
        ),
        (
            "not-utf8",
            [
                "process/2024-04-01-brief.md:6:11: fout: bestand lijkt in Windows-1252 opgeslagen in plaats van UTF-8 (byte op positie 62 is '€' in Windows-1252); sla het op als UTF-8"
            ]
        ),
        (
            "warnings",
            [
                "process/2024-04-01-inloop.md:5:1: waarschuwing: onbekende sleutel 'lokatie'; bedoelde u 'locatie'?",
                "process/bijlagen:1:1: waarschuwing: map wordt niet gebruikt: alleen process/uitkomsten/ en process/reacties/ worden gelezen",
                "process/notities.txt:1:1: waarschuwing: bestand wordt niet gebruikt: alleen .md-bestanden in process/, process/uitkomsten/ en process/reacties/ worden gelezen",
                "process/reacties/algemeen.md:1:1: waarschuwing: reactie verwijst naar geen enkele uitkomst: vul 'uitkomsten' in",
            ]
        ),
    ]

    /// Copies `minimal` and lays the case's files over it.
    static func read(case name: String) async throws -> ProcessReadResult {
        let folder = try TemporaryFolder()
        try folder.copyFixture("minimal")
        let overlay = Fixtures.path("invalid/" + name)
        let files = FileManager.default.enumerator(atPath: overlay)!
        while let relative = files.nextObject() as? String {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: overlay + "/" + relative, isDirectory: &isDirectory),
                !isDirectory.boolValue
            else { continue }
            try folder.write("process/" + relative, Data(contentsOf: URL(fileURLWithPath: overlay + "/" + relative)))
        }
        return await ProcessReader.read(directory: folder.path + "/process", displayPath: "process")
    }

    @Test(arguments: cases.map(\.0))
    func reportsEveryProblemVerbatim(_ name: String) async throws {
        let expected = Self.cases.first { $0.0 == name }!.1
        let result = try await Self.read(case: name)
        #expect(result.diagnostics.map(\.description) == expected)
        #expect((result.timeline == nil) == expected.contains { $0.contains(": fout: ") })
    }

    @Test func allProblemsOfOneFileAreReportedTogether() async throws {
        let folder = try TemporaryFolder()
        try folder.copyFixture("minimal")
        try folder.write(
            "process/2024-04-01-alles-fout.md",
            """
            ---
            soort: vergadering
            datum: 2024-13-01
            deelnemers: ruim zestig
            kleur: rood
            ---
            Tekst.
            """)
        let result = await ProcessReader.read(directory: folder.path + "/process", displayPath: "process")
        #expect(
            result.diagnostics.map(\.description) == [
                "process/2024-04-01-alles-fout.md:1:1: fout: verplichte sleutel 'titel' ontbreekt",
                "process/2024-04-01-alles-fout.md:2:8: fout: onbekende soort 'vergadering' (toegestaan: bijeenkomst, kerngroep, nieuwsbrief, interne-sessie, enquete, besluit, brief, uitnodiging, overleg, gesprek, uitvraag, onderzoek)",
                "process/2024-04-01-alles-fout.md:3:8: fout: datum '2024-13-01' is geen geldige datum; schrijf JJJJ-MM-DD (of JJJJ-MM als alleen de maand bekend is)",
                "process/2024-04-01-alles-fout.md:4:13: fout: deelnemers 'ruim zestig' is geen aantal; schrijf bijvoorbeeld 60 of 'ca. 60'",
                "process/2024-04-01-alles-fout.md:5:1: waarschuwing: onbekende sleutel 'kleur'",
            ])
    }

    @Test func missingProcessFolderIsOneClearError() async {
        let result = await ProcessReader.read(directory: "/bestaat/niet/process", displayPath: "process")
        #expect(result.diagnostics.map(\.description) == ["process:1:1: fout: map 'process' bestaat niet"])
    }

    @Test func missingProcessFileIsReported() async throws {
        let folder = try TemporaryFolder()
        try folder.copyFixture("minimal")
        try FileManager.default.removeItem(atPath: folder.path + "/process/proces.md")
        let result = await ProcessReader.read(directory: folder.path + "/process", displayPath: "process")
        #expect(
            result.diagnostics.map(\.description) == [
                "process/proces.md:1:1: fout: proces.md ontbreekt: beschrijf hierin titel, gemeente, bestuursorgaan en participatieniveau"
            ])
    }

    @Test func diagnosticsAreSortedByFileLineAndColumn() {
        let diagnostics = [
            Diagnostic(file: "process/b.md", line: 2, column: 1, message: "b2"),
            Diagnostic(file: "process/a.md", line: 10, column: 1, severity: .waarschuwing, message: "a10"),
            Diagnostic(file: "process/a.md", line: 9, column: 4, message: "a9"),
        ].sorted()
        #expect(diagnostics.map(\.message) == ["a9", "a10", "b2"])
    }
}
