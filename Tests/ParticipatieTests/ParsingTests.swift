import CommonMark
import Testing

@testable import ParticipatieCommands
@testable import ParticipatieModel
@testable import ParticipatieReading
@testable import ParticipatieReport
@testable import ParticipatieSystem

@Suite("Lezen van een procesmap")
struct ParsingTests {
    @Test func minimalFixtureHasNoDiagnostics() async throws {
        let result = await Fixtures.read("minimal")
        #expect(result.diagnostics == [])
        let timeline = try #require(result.timeline)
        #expect(timeline.events.map(\.id) == ["2024-02-01-startbijeenkomst", "2024-03-enquete"])
        #expect(timeline.events[1].dates == [EventDate(year: 2024, month: 3)])
        #expect(timeline.events[0].participants == Count(text: "ca. 40", qualifier: .estimate, lower: 40, upper: 40))
        #expect(timeline.events[1].audiences == ["bewoners"])
        #expect(timeline.outcomes.map(\.sources) == [["2024-02-01-startbijeenkomst", "2024-03-enquete"]])
        #expect(timeline.responses.first?.verdict == .deelsOvergenomen)
        #expect(timeline.process.level == .adviseren)
        #expect(timeline.process.participationPlan == EventDate(year: 2024, month: 1, day: 15))
    }
}
