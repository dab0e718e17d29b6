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
    /// The forms a date may take, as every message about a date says them.
    static let dateForms = "; schrijf JJJJ-MM-DD (of JJJJ-MM als alleen de maand, JJJJ als alleen het jaar bekend is)"
    /// The forms a count may take, as every message about a count says them.
    static let countForms =
        " is geen aantal; schrijf een getal (60 of 1.400), een schatting (ca. 60, circa 60, ongeveer 60, zo'n 60, ± 60, +/- 60, ~60), "
        + "een ondergrens (ruim 200, meer dan 1400, minstens 50, 200+), bijna 60 of een bereik (80 à 100, 80-100, 80 tot 100)"
    /// The built-in kinds, as a message lists them.
    static let builtInKinds =
        "bijeenkomst, kerngroep, nieuwsbrief, interne-sessie, enquete, besluit, brief, uitnodiging, overleg, gesprek, uitvraag, onderzoek"
    static let relativeLink =
        " is een relatieve koppeling die in het gepubliceerde verslag nergens naartoe wijst; zet het bestand in de map bijlagen/ van de "
        + "procesmap en verwijs naar 'bijlagen/…', of gebruik een volledig adres (https://…)"

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
                "process/2024-02-30-schrikkel.md:4:9: fout: datum '2024-02-30' is geen geldige datum" + dateForms,
                "process/2024-04-01-datum.md:4:8: fout: datum '1 april 2024' is geen geldige datum" + dateForms,
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
                // A planned event before the date of the report is reported in its own file, once; one after
                // that date in proces.md, because a definitief report has no planned events.
                "process/2024-06-01-terugkoppeling.md:5:9: fout: de gebeurtenis staat op 'gepland' maar valt voor de datum van het verslag "
                    + "(2024-12-31); zet 'status: afgerond' als ze heeft plaatsgevonden, of pas de datum aan",
                "process/proces.md:8:9: fout: status is 'definitief' maar gebeurtenis '2025-02-01-evaluatie' staat nog op 'gepland'",
                "process/proces.md:8:9: fout: status is 'definitief' maar uitkomst 'markt-blijft' heeft nog geen reactie",
                "process/uitkomsten/markt-blijft.md:1:1: waarschuwing: uitkomst heeft geen reactie van de gemeente (artikel 5, onderdeel c): voeg een bestand in process/reacties/ toe dat ernaar verwijst",
            ]
        ),
        (
            "invalid-values",
            [
                "process/2024-04-01-waarden.md:5:13: fout: deelnemers 'veel'" + countForms,
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
                "process/notities:1:1: waarschuwing: map wordt niet gebruikt: alleen process/uitkomsten/, process/reacties/ en process/bijlagen/ worden gelezen",
                "process/notities.txt:1:1: waarschuwing: bestand wordt niet gebruikt: alleen .md-bestanden in process/, process/uitkomsten/ en process/reacties/ worden gelezen",
                "process/reacties/algemeen.md:1:1: waarschuwing: reactie verwijst naar geen enkele uitkomst: vul 'uitkomsten' in",
            ]
        ),
        (
            "declared-kinds",
            [
                // No kind near: the message says how to declare one (with the word itself as id when it can be one).
                "process/2024-04-02-klankbordgroep.md:2:8: fout: onbekende soort 'klankbordgroep' (toegestaan: \(builtInKinds), kaart, marktgesprek); "
                    + "een eigen soort voegt u toe in proces.md, bijvoorbeeld: soorten: {klankbordgroep: {naam: …, meervoud: …}}",
                // Suggestions include the declared kinds.
                "process/2024-04-03-marktgesprek.md:2:8: fout: onbekende soort 'marktgesprekk'; bedoelde u 'marktgesprek'? (toegestaan: \(builtInKinds), kaart, marktgesprek)",
                "process/2024-04-04-raad.md:2:8: fout: onbekende soort 'Raad Vergadering' (toegestaan: \(builtInKinds), kaart, marktgesprek); "
                    + "een eigen soort voegt u toe in proces.md, bijvoorbeeld: soorten: {eigen-soort: {naam: …, meervoud: …}}",
                "process/proces.md:11:65: waarschuwing: onbekende sleutel 'kleur'",
            ]
        ),
        (
            "declared-kinds-broken",
            [
                // Events of a kind whose declaration is broken are not reported again.
                "process/proces.md:9:3: fout: soort 'kerngroep' is al ingebouwd (in het verslag: 'kerngroep-vergadering'); gebruik die, of kies voor een eigen soort een andere id",
                "process/proces.md:10:3: fout: soort 'Klankbord Groep': gebruik als id alleen kleine letters, cijfers en '-'",
                "process/proces.md:11:12: fout: soort 'peiling': 'meervoud' ontbreekt",
                "process/proces.md:12:10: fout: soort 'kaart' moet 'naam' en 'meervoud' hebben, bijvoorbeeld: kaart: {naam: …, meervoud: …}",
            ]
        ),
        (
            "counts",
            [
                "process/2024-04-01-avond.md:5:13: fout: deelnemers 'ruim zestig'" + countForms,
                "process/2024-04-01-avond.md:6:11: fout: reacties '1.400.000.000' is te groot: het grootste aantal is 999.999.999",
                "process/2024-04-02-avond.md:5:13: fout: deelnemers '100-80': het bereik loopt af; zet het kleinste getal voorop, bijvoorbeeld 80 à 100",
                "process/2024-04-02-avond.md:6:11: fout: reacties '1.40'" + countForms,
            ]
        ),
        (
            "series-numbers",
            [
                "process/2024-04-01-klankbordgroep.md:6:9: fout: nummer 3 komt in reeks 'Klankbordgroep Markt' twee keer voor: ook '2024-04-08-klankbordgroep'",
                "process/2024-04-08-klankbordgroep.md:6:9: fout: nummer 3 komt in reeks 'Klankbordgroep Markt' twee keer voor: ook '2024-04-01-klankbordgroep'",
                "process/2024-04-09-gesprek.md:5:9: fout: nummer 'twee' is geen geheel getal groter dan 0",
            ]
        ),
        (
            "series-number-derived",
            [
                "process/2024-03-28-gesprek.md:5:9: fout: nummer 1 komt bij soort 'gesprek' twee keer voor: ook '2024-03-25-gesprek' "
                    + "(dat nummer volgt uit de volgorde van datum; geef een van beide een eigen 'nummer')"
            ]
        ),
        (
            "report-date",
            [
                "process/2024-03-15-avond.md:5:9: fout: de gebeurtenis staat op 'gepland' maar valt voor de datum van het verslag (2024-12-31); "
                    + "zet 'status: afgerond' als ze heeft plaatsgevonden, of pas de datum aan",
                "process/2024-03-15-avond.md:6:7: fout: tijd '7 uur' is geen tijd; schrijf UU:MM, bijvoorbeeld 19:30",
                "process/2024-jaarverslag.md:5:7: fout: 'tijd' hoort bij een dag; bij een datum met alleen een maand of een jaar kan geen tijd staan",
                "process/2024-jaarverslag.md:6:7: fout: link 'http://www.voorbeeldstad.example/jaarverslag' is geen beveiligd webadres; "
                    + "schrijf het volledige adres, beginnend met https://",
                // Without a status an event counts as held, which after the date of the report it cannot be.
                "process/2025-01-10-avond.md:4:8: fout: de gebeurtenis valt na de datum van het verslag (2024-12-31) en kan dus niet 'afgerond' zijn; "
                    + "zet 'status: gepland' of pas de datum aan",
                // An unknown status is reported once, not also judged against the date of the report.
                "process/2025-02-02-later.md:5:9: fout: onbekende waarde 'gehouden' voor 'status' (toegestaan: afgerond, gepland)",
            ]
        ),
        (
            "report-date-concept",
            [
                // A warning in a concept; a planned event in the month of the report's date is not before it.
                "process/2024-03-15-avond.md:5:9: waarschuwing: de gebeurtenis staat op 'gepland' maar valt voor de datum van het verslag "
                    + "(2024-06-30); zet 'status: afgerond' als ze heeft plaatsgevonden, of pas de datum aan"
            ]
        ),
        (
            "final-without-date",
            ["process/proces.md:7:9: fout: status is 'definitief' maar 'datum' ontbreekt: noem de datum van het verslag (JJJJ-MM-DD)"]
        ),
        (
            "phases",
            [
                "process/2024-02-25-avond.md:4:8: fout: de datum (2024-02-25) valt in geen enkele fase van proces.md; pas de datum of de fasen aan",
                "process/2024-02-26-enquete.md:5:7: waarschuwing: de datum (2024-02-26) valt buiten fase 'Ontwerp' (2024-03-01 tot en met 2024-05-31)",
                "process/2024-02-enquete.md:4:8: fout: de datum (2024-02) valt maar voor een deel in fase 'Verkenning'; "
                    + "zeg met 'fase:' bij welke fase de gebeurtenis hoort",
                "process/2024-04-02-avond.md:5:7: fout: onbekende fase 'Ontwerpen'; bedoelde u 'Ontwerp'? (fasen in proces.md: Verkenning, Ontwerp, Besluit)",
                "process/2024-04-03-avond.md:5:7: waarschuwing: de datum (2024-04-03) valt buiten fase 'Verkenning' (2024-01-15 tot en met 2024-02-20)",
            ]
        ),
        (
            "phases-broken",
            [
                // The phases of events are not judged while the phases themselves are broken.
                "process/proces.md:10:26: fout: fase 'Ontwerp' overlapt met fase 'Verkenning'; een dag hoort bij hoogstens één fase",
                "process/proces.md:11:40: fout: fase 'Besluit' eindigt (2024-06) voordat hij begint (2024-09)",
                "process/proces.md:11:49: waarschuwing: onbekende sleutel 'niveau'",
                "process/proces.md:12:5: fout: fase: 'naam' ontbreekt",
                "process/proces.md:13:5: fout: een fase moet 'naam', 'van' en 'tot' hebben, bijvoorbeeld: "
                    + "- {naam: Verkenning, van: 2024-01, tot: 2024-06, participatieniveau: raadplegen}",
            ]
        ),
        (
            "attachments",
            [
                "process/2024-04-01-avond.md:7:5: fout: bijlage 'bijlagen/verslagen.pdf' bestaat niet in process/bijlagen/; bedoelde u 'verslag.pdf'?",
                "process/2024-04-01-avond.md:8:5: fout: bijlage 'notities.txt' gaat niet mee naar het verslag (zie de melding bij process/bijlagen/notities.txt)",
                "process/2024-04-01-avond.md:10:95: fout: bijlage 'bijlagen/presentatie.pdf' bestaat niet in process/bijlagen/",
                "process/2024-04-01-avond.md:12:4: waarschuwing: 'www.voorbeeldstad.example/markt'" + relativeLink + " (nog 1 keer in dit bestand)",
                // An event with another error still has its attachments checked, in the same run.
                "process/2024-04-05-zonder-titel.md:1:1: fout: verplichte sleutel 'titel' ontbreekt",
                "process/2024-04-05-zonder-titel.md:4:12: fout: bijlage 'weg.pdf' bestaat niet in process/bijlagen/",
                "process/bijlagen/Mijn verslag.pdf:1:1: waarschuwing: gebruik in namen van bijlagen alleen letters, cijfers, '-', '_' en '.': "
                    + "andere tekens (zoals spaties) breken koppelingen",
                "process/bijlagen/notities.txt:1:1: waarschuwing: bijlage wordt niet gepubliceerd: alleen PDF, afbeeldingen (PNG, JPEG, GIF, WebP) "
                    + "en kantoordocumenten (DOCX, XLSX, PPTX, ODT, ODS, ODP, DOC, XLS, PPT) gaan mee naar het verslag",
                "process/bijlagen/oud:1:1: waarschuwing: map in process/bijlagen/ wordt niet gebruikt: zet bijlagen direct in process/bijlagen/",
            ]
        ),
        (
            "not-stated",
            [
                // 'niet-vermeld' for the sources of an outcome may stay in a definitief report; for a response it may not.
                // The outcome that response may answer is not also reported as unanswered.
                "process/reacties/bomen.md:3:13: fout: status is 'definitief' maar niet vermeld is op welke uitkomsten deze reactie antwoordt: "
                    + "een definitief verslag noemt ze",
                "process/reacties/bomen.md:4:10: fout: status is 'definitief' maar het besluit is niet vermeld: een definitief verslag noemt bij elke reactie het besluit",
                "process/uitkomsten/schaduw.md:4:40: fout: 'niet-vermeld' kan niet samen met ids in 'bronnen' staan: laat het weg of laat de ids weg",
            ]
        ),
        (
            "decisions",
            [
                "process/2024-04-01-besluit.md:6:25: waarschuwing: 'Gemeenteraad' is de besluitvormer en telt niet als bereikte groep; haal het weg uit 'doelgroepen'",
                "process/2024-04-02-brief.md:5:16: waarschuwing: 'besluitvormer' hoort bij een gebeurtenis van soort 'besluit'",
                "process/proces.md:8:19: waarschuwing: 'oordeel-gemeente' hoort bij een proces met een 'initiatiefnemer'; "
                    + "zonder initiatiefnemer is onderdeel (c) al de reactie van de gemeente",
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
                "process/2024-04-01-alles-fout.md:2:8: fout: onbekende soort 'vergadering' (toegestaan: \(Self.builtInKinds)); "
                    + "een eigen soort voegt u toe in proces.md, bijvoorbeeld: soorten: {vergadering: {naam: …, meervoud: …}}",
                "process/2024-04-01-alles-fout.md:3:8: fout: datum '2024-13-01' is geen geldige datum" + Self.dateForms,
                "process/2024-04-01-alles-fout.md:4:13: fout: deelnemers 'ruim zestig'" + Self.countForms,
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
