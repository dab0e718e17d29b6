import Testing

@testable import ParticipatieModel
@testable import ParticipatieReading
@testable import ParticipatieReport

/// Counts as people write them (`deelnemers`, `reacties`): the text is kept, the bounds are read, and
/// totals never pretend to be a number of different people.
@Suite("Aantallen zoals mensen ze schrijven")
struct CountTests {
    @Test(
        "elke schrijfwijze uit het issue wordt gelezen, met de grenzen",
        arguments: [
            ("1400", Count.Qualifier.exact, 1400, 1400), ("1.400", .exact, 1400, 1400), ("1.400.000", .exact, 1_400_000, 1_400_000),
            ("ca. 1.400", .estimate, 1400, 1400), ("ca 60", .estimate, 60, 60), ("ca.60", .estimate, 60, 60),
            ("circa 60", .estimate, 60, 60), ("ongeveer 60", .estimate, 60, 60), ("zo'n 60", .estimate, 60, 60),
            ("zo’n 60", .estimate, 60, 60), ("± 60", .estimate, 60, 60), ("±60", .estimate, 60, 60), ("+/- 60", .estimate, 60, 60),
            ("+- 60", .estimate, 60, 60), ("~60", .estimate, 60, 60), ("Ca. 60", .estimate, 60, 60),
            ("ruim 200", .atLeast, 200, nil), ("meer dan 1400", .atLeast, 1400, nil), ("minstens 50", .atLeast, 50, nil),
            ("ten minste 50", .atLeast, 50, nil), ("200+", .atLeast, 200, nil), ("200 +", .atLeast, 200, nil),
            ("bijna 60", .almost, 60, 60), ("80 à 100", .range, 80, 100), ("80 a 100", .range, 80, 100), ("80-100", .range, 80, 100),
            ("80 - 100", .range, 80, 100), ("80–100", .range, 80, 100), ("80 tot 100", .range, 80, 100),
            ("tussen 80 en 100", .range, 80, 100), ("zo'n 80 à 100", .range, 80, 100), ("0", .exact, 0, 0),
        ] as [(String, Count.Qualifier, Int, Int?)])
    func readsEveryForm(_ text: String, _ qualifier: Count.Qualifier, _ lower: Int, _ upper: Int?) throws {
        let count = try Count.parse(text).get()
        #expect(count.qualifier == qualifier)
        #expect(count.lower == lower)
        #expect(count.upper == upper)
        #expect(count.text == text)
    }

    @Test(
        "wat geen aantal is, wordt geweigerd",
        arguments: [
            "veel", "ca.", "-5", "60 mensen", "1e9999", "14.00", "1.4000", "1 400", "ruim", "ruim200", "tussen 80", "tussen 80 tot 100",
            "ruim 80 à 100", "200++", "bijna 60+", "80 à", "à 100", "60,5", "",
        ])
    func refusesWhatIsNoCount(_ text: String) {
        #expect(Count.parse(text) == .failure(.notACount))
    }

    @Test("te groot, en een bereik dat afloopt, krijgen een eigen reden")
    func tooLargeAndDescending() {
        #expect(Count.parse("999.999.999").map(\.lower) == .success(999_999_999))
        #expect(Count.parse("1.000.000.000") == .failure(.tooLarge))
        #expect(Count.parse("ruim 99999999999999999999999") == .failure(.tooLarge))
        #expect(Count.parse("100-80") == .failure(.descendingRange))
        #expect(Count.parse("80 tot 80") == .failure(.descendingRange))
    }

    @Test("het verslag toont de tekst zoals geschreven, met een punt tussen duizendtallen")
    func displaysAsWritten() throws {
        func shown(_ text: String) throws -> String { ReportWording.count(try Count.parse(text).get()) }
        #expect(try shown("1400") == "1.400")
        #expect(try shown("1.400") == "1.400")
        #expect(try shown("meer dan 1400") == "meer dan 1.400")
        #expect(try shown("+/-   60") == "+/- 60")
        #expect(try shown("80 à 100") == "80 à 100")
        #expect(try shown("1200-1500") == "1.200-1.500")
        #expect(try shown("200+") == "200+")
    }

    @Test("optellen: exact en niet exact apart, een ondergrens maakt het totaal 'ten minste'")
    func totals() throws {
        func total(_ texts: [String]) throws -> CountTotal { CountTotal(try texts.map { try Count.parse($0).get() }) }
        let exact = try total(["40", "1.060"])
        #expect(ReportWording.total(exact) == "1.100" && ReportWording.inexactPart(exact) == nil)
        let village = try total(["80 à 100", "ca. 150", "bijna 40", "ruim 200", "zo'n 120"])
        #expect(village.lower == 590 && village.upper == nil)
        #expect(ReportWording.total(village) == "ten minste ca. 590")
        let ranges = try total(["80 à 100", "12"])
        #expect(ReportWording.total(ranges) == "92 tot 112")
        #expect(ReportWording.inexactPart(ranges) == "80 tot 100")
        let estimate = try total(["ca. 60", "212"])
        #expect(ReportWording.total(estimate) == "ca. 272")
        #expect(ReportWording.inexactPart(estimate) == "ca. 60")
        #expect(CountTotal([]).eventCount == 0)
    }

    @Test("deelnemers en reacties worden nooit bij elkaar opgeteld")
    func participantsAndReactionsStayApart() async throws {
        let timeline = try #require(await Fixtures.read("woningbouw-dorp").timeline)
        #expect(timeline.statistics.participants.lower == 597)
        #expect(timeline.statistics.participants.upper == nil)
        #expect(timeline.statistics.reactions.lower == 2012)
        let report = try await BuiltReport(fixture: "woningbouw-dorp")
        let html = try report.text(.html)
        #expect(html.contains("<dt>Deelnemers, opgeteld</dt><dd>ten minste ca. 597 aanwezigen bij 6 momenten"))
        #expect(html.contains("wie bij meer momenten was, is meer keer geteld"))
        #expect(html.contains("<dt>Ontvangen reacties, opgeteld</dt><dd>ten minste 2.012 bij 2 momenten"))
        #expect(html.contains("Reacties en aanwezigen zijn niet bij elkaar opgeteld."))
        #expect(!html.contains("2.609") && !html.contains("Bereikte deelnemers") && !html.contains("bereikt"))
    }
}
