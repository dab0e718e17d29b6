import CommonMark
import Foundation
import Testing

@testable import ParticipatieCommands
@testable import ParticipatieModel
@testable import ParticipatieReading
@testable import ParticipatieReport
@testable import ParticipatieSystem

/// The Enschede process in `process/` checked against facts of the seed report.
@Suite("Het meegeleverde proces (Enschede)")
struct ShippedProcessTests {
    static func read() async -> ProcessReadResult {
        await ProcessReader.read(directory: packageRoot.appendingPathComponent("process").path, displayPath: "process")
    }

    @Test func hasNoErrors() async {
        let result = await Self.read()
        #expect(result.diagnostics.filter(\.isError) == [])
        #expect(
            result.diagnostics.map(\.description) == [
                // The seed says the plan came before the process, but its list starts two months earlier
                // with a meeting of stadsdeelmanagement (a bijeenkomst, not an internal session).
                "process/proces.md:7:19: waarschuwing: het participatieplan is vastgesteld op 2022-06-07, maar het proces begon al op 2022-04-05 ('2022-04-05-bijeenkomst-stadsdeelmanagement'); bij participatieniveau 'coproduceren' hoort het plan er vóór de eerste gebeurtenis te zijn (interne sessies en besluiten tellen niet mee)",
                "process/reacties/uitvoeringsplan.md:5:13: waarschuwing: reactie verwijst naar geen enkele uitkomst: vul 'uitkomsten' in",
                "process/uitkomsten/wens-voor-ondersteuning.md:1:1: waarschuwing: uitkomst heeft geen reactie van de gemeente (artikel 5, onderdeel c): voeg een bestand in process/reacties/ toe dat ernaar verwijst",
                "process/uitkomsten/wijken-zonder-wijkraad.md:1:1: waarschuwing: uitkomst heeft geen reactie van de gemeente (artikel 5, onderdeel c): voeg een bestand in process/reacties/ toe dat ernaar verwijst",
            ])
    }

    @Test func coversTheWholePeriodOfTheSeed() async throws {
        let result = await Self.read()
        let timeline = try #require(result.timeline)
        #expect(timeline.events.count == 31)
        #expect(timeline.statistics.firstDate == EventDate(year: 2022, month: 4, day: 5))
        #expect(timeline.statistics.lastDate == EventDate(year: 2023, month: 7))
        #expect(timeline.outcomes.count == 6)
        #expect(timeline.responses.count == 5)
        #expect(timeline.process.level == .coproduceren)
        #expect(timeline.process.participationPlan == EventDate(year: 2022, month: 6, day: 7))
    }

    @Test func countsSevenKerngroepMeetingsNumberedInOrder() async throws {
        let result = await Self.read()
        let timeline = try #require(result.timeline)
        let meetings = timeline.events.filter { $0.kind == .kerngroep }
        #expect(meetings.map(\.number) == Array(1...7))
        #expect(
            meetings.map(\.firstDate.iso) == [
                "2022-07-27", "2022-08-10", "2022-08-31", "2022-09-09",
                "2022-11-04", "2022-12-14", "2023-03-20",
            ])
        #expect(meetings[2].ordinalLabel == "3e kerngroep-vergadering")
        #expect(timeline.statistics.countsByKind.first { $0.kind == .kerngroep }?.count == 7)
    }

    @Test func keepsTheSurveyAndStartMeetingFigures() async throws {
        let result = await Self.read()
        let timeline = try #require(result.timeline)
        let survey = try #require(timeline.events.first { $0.kind == .enquete })
        #expect(survey.participants == Participants(count: 1060, isApproximate: false))
        #expect(survey.firstDate.iso == "2022-10-05")
        let start = try #require(timeline.event(withID: "2022-07-04-startbijeenkomst"))
        #expect(start.participants == Participants(count: 60, isApproximate: true))
        #expect(start.location == "Mystiek Theater")
    }

    @Test func theAprilStadsdeelMeetingsAreOneEventOnFourDays() async throws {
        let result = await Self.read()
        let timeline = try #require(result.timeline)
        let april = try #require(timeline.event(withID: "2023-04-13-in-het-stadsdeel-in-gesprek"))
        #expect(april.dates.map(\.iso) == ["2023-04-13", "2023-04-17", "2023-04-18", "2023-04-24"])
        #expect(ReportWording.dates(april.dates) == "13, 17, 18 en 24 april 2023")
    }

    @Test func exportCarriesTheSeedFacts() async throws {
        let result = await Self.read()
        let timeline = try #require(result.timeline)
        let json = TimelineExporter.json(timeline)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(Array(object.keys).sorted() == ["gebeurtenissen", "proces", "reacties", "schema", "statistiek", "uitkomsten"])
        let events = try #require(object["gebeurtenissen"] as? [[String: Any]])
        #expect(events.filter { $0["soort"] as? String == "kerngroep" }.count == 7)
        let survey = try #require(events.first { $0["soort"] as? String == "enquete" })
        let surveyParticipants = try #require(survey["deelnemers"] as? [String: Any])
        #expect(surveyParticipants["aantal"] as? Int == 1060)
        #expect(surveyParticipants["ongeveer"] as? Bool == false)
        let start = try #require(events.first { $0["id"] as? String == "2022-07-04-startbijeenkomst" })
        let startParticipants = try #require(start["deelnemers"] as? [String: Any])
        #expect(startParticipants["aantal"] as? Int == 60)
        #expect(startParticipants["ongeveer"] as? Bool == true)
        #expect(start["bestand"] as? String == "process/2022-07-04-startbijeenkomst.md")
        let april = try #require(events.first { $0["id"] as? String == "2023-04-13-in-het-stadsdeel-in-gesprek" })
        #expect(april["datum"] as? [String] == ["2023-04-13", "2023-04-17", "2023-04-18", "2023-04-24"])
        let research = try #require(events.last)
        #expect(research["datum"] as? [String] == ["2023-07"])
        let statistics = try #require(object["statistiek"] as? [String: Any])
        #expect(statistics["eerste-datum"] as? String == "2022-04-05")
        #expect(statistics["laatste-datum"] as? String == "2023-07")
        // Stable: the same input gives the same bytes.
        #expect(
            TimelineExporter.json(
                try #require(await ProcessReader.read(directory: packageRoot.appendingPathComponent("process").path, displayPath: "process").timeline)
            ) == json)
    }
}
