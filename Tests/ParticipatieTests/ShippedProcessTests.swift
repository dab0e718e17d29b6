import CommonMark
import Foundation
import Testing

@testable import ParticipatieCommands
@testable import ParticipatieModel
@testable import ParticipatieReading
@testable import ParticipatieReport
@testable import ParticipatieSystem

/// The Enschede process in `process/` checked against facts of the seed report
/// (`../shared/seed/000_ca85d5da20ec314c.txt`): what it says, and that nothing is shown as fact that it does not say.
@Suite("Het meegeleverde proces (Enschede)")
struct ShippedProcessTests {
    static func read() async -> ProcessReadResult {
        await ProcessReader.read(directory: packageRoot.appendingPathComponent("process").path, displayPath: "process")
    }

    static func timeline() async throws -> Timeline {
        try #require(await read().timeline)
    }

    static func text(_ relative: String) throws -> String {
        try String(contentsOf: packageRoot.appendingPathComponent("process/" + relative), encoding: .utf8)
    }

    @Test func hasNoErrorsAndOnlyTheWarningAboutThePlan() async {
        let result = await Self.read()
        // The seed says the plan came before the process, but its list of moments starts two months earlier,
        // with a meeting of stadsdeelmanagement (a bijeenkomst in the seed, not an internal session).
        #expect(
            result.diagnostics.map(\.description) == [
                "process/proces.md:10:19: waarschuwing: het participatieplan is vastgesteld op 2022-06-07, maar het proces begon al op 2022-04-05 ('2022-04-05-bijeenkomst-stadsdeelmanagement'); bij participatieniveau 'coproduceren' hoort het plan er vóór de eerste gebeurtenis te zijn (interne sessies en besluiten tellen niet mee)"
            ])
    }

    @Test func coversThePeriodOfTheSeedsMoments() async throws {
        let timeline = try await Self.timeline()
        #expect(timeline.events.count == 30)
        #expect(timeline.statistics.firstDate == EventDate(year: 2022, month: 4, day: 5))
        #expect(timeline.statistics.lastDate == EventDate(year: 2023, month: 4, day: 24))
        #expect(timeline.outcomes.count == 6)
        #expect(timeline.responses.count == 5)
        #expect(timeline.process.level == .coproduceren)
        #expect(timeline.process.participationPlan == EventDate(year: 2022, month: 6, day: 7))
        #expect(timeline.process.reportDate == nil)
    }

    @Test func countsSevenKerngroepMeetingsNumberedInOrder() async throws {
        let timeline = try await Self.timeline()
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

    @Test("9 november 2022 is 'de tweede stedelijke bijeenkomst', zoals de bron haar noemt")
    func theSecondCitywideMeeting() async throws {
        let timeline = try await Self.timeline()
        let series = timeline.events.filter { $0.series == "Stedelijke bijeenkomsten" }
        #expect(series.map(\.id) == ["2022-07-04-startbijeenkomst", "2022-11-09-stedelijke-bijeenkomst"])
        #expect(
            series.map(ReportWording.numberedKind) == [
                "bijeenkomst, 1e in de reeks Stedelijke bijeenkomsten", "bijeenkomst, 2e in de reeks Stedelijke bijeenkomsten",
            ])
    }

    @Test("aantallen zoals de bron ze noemt: aanwezigen en enquêtereacties apart")
    func keepsTheFiguresOfTheSeed() async throws {
        let timeline = try await Self.timeline()
        let survey = try #require(timeline.events.first { $0.kind == .enquete })
        #expect(survey.reactions == Count(exactly: 1060))
        #expect(survey.participants == nil)
        #expect(survey.firstDate.iso == "2022-10-05")
        let start = try #require(timeline.event(withID: "2022-07-04-startbijeenkomst"))
        #expect(start.participants == Count(text: "ca. 60", qualifier: .estimate, lower: 60, upper: 60))
        #expect(start.location == "Mystiek Theater")
        // "+/- 20 beleidsambtenaren", and besides them people of the physical domain: a lower bound.
        let cafe = try #require(timeline.event(withID: "2022-09-13-adviescafe"))
        #expect(cafe.participants == Count(text: "ruim 20", qualifier: .atLeast, lower: 20, upper: nil))
        #expect(timeline.statistics.participants.eventCount == 3)
        #expect(timeline.statistics.reactions.lower == 1060)
    }

    @Test("de bron koppelt geen uitkomst aan een moment of een reactie, en noemt geen besluiten: 'niet vermeld'")
    func saysWhatTheSeedDoesNotState() async throws {
        let timeline = try await Self.timeline()
        #expect(timeline.outcomes.allSatisfy { $0.sources.isEmpty && $0.sourcesNotStated })
        #expect(timeline.responses.allSatisfy { $0.outcomes.isEmpty && $0.outcomesNotStated && $0.verdict == .nietVermeld })
        #expect(timeline.unansweredOutcomes.isEmpty)
        #expect(timeline.outcomesWithUnstatedResponse.count == 6)
    }

    @Test("het onderzoek van juli 2023 is een vervolg, geen moment van het proces")
    func theFollowUpStudyIsNoMoment() async throws {
        let timeline = try await Self.timeline()
        #expect(!timeline.events.contains { $0.kind == .onderzoek })
        #expect(try Self.text("uitkomsten/wijken-zonder-wijkraad.md").contains("Dit onderzoek is in juli 2023 afgerond."))
    }

    @Test("besluiten noemen wie besloot; die telt niet als bereikte groep")
    func decisionMakers() async throws {
        let timeline = try await Self.timeline()
        let decisions = timeline.events.filter { $0.kind == .besluit }
        #expect(decisions.map(\.decisionMaker) == ["college", "college"])
        #expect(!timeline.statistics.audiences.contains("college"))
    }

    @Test("tekst zoals de bron: toegevoegde woorden tussen haken, geen datum of naam die de bron niet geeft")
    func textAsTheSeedHasIt() async throws {
        let timeline = try await Self.timeline()
        #expect(try Self.text("2022-09-09-vergadering-kerngroep.md").contains("Hiervoor [is] gezamenlijk een (concept) vragenlijst opgesteld."))
        #expect(try Self.text("2023-03-15-sdm-overleg.md").contains("geïnformeerd [en] konden reageren"))
        #expect(
            try #require(timeline.event(withID: "2023-04-20-gesprek-dorpsraad-boekelo")).body
                == "Met de Dorpsraad Boekelo is op 20 april een gesprek gevoerd.\n")
        #expect(try Self.text("2023-04-13-in-het-stadsdeel-in-gesprek.md").contains("Daarnaast hebben zij nog schriftelijke vragen ingediend"))
        #expect(try Self.text("uitkomsten/wijken-zonder-wijkraad.md").contains("wijken zonder wijkvertegenwoordiging heeft"))
        #expect(!timeline.process.regulation.contains("gemeente Enschede 2022"))
    }

    @Test func theAprilStadsdeelMeetingsAreOneEventOnFourDays() async throws {
        let timeline = try await Self.timeline()
        let april = try #require(timeline.event(withID: "2023-04-13-in-het-stadsdeel-in-gesprek"))
        #expect(april.dates.map(\.iso) == ["2023-04-13", "2023-04-17", "2023-04-18", "2023-04-24"])
        #expect(ReportWording.dates(april.dates) == "13, 17, 18 en 24 april 2023")
    }

    @Test func exportCarriesTheSeedFacts() async throws {
        let timeline = try await Self.timeline()
        let json = TimelineExporter.json(timeline)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(Array(object.keys).sorted() == ["bijlagen", "gebeurtenissen", "proces", "reacties", "schema", "statistiek", "uitkomsten"])
        #expect(object["schema"] as? Int == 2)
        let process = try #require(object["proces"] as? [String: Any])
        #expect(process["gemeente"] as? [String] == ["Enschede"])
        let events = try #require(object["gebeurtenissen"] as? [[String: Any]])
        #expect(events.filter { $0["soort"] as? String == "kerngroep" }.count == 7)
        let survey = try #require(events.first { $0["soort"] as? String == "enquete" })
        let surveyReactions = try #require(survey["reacties"] as? [String: Any])
        #expect(surveyReactions["tekst"] as? String == "1060")
        #expect(surveyReactions["soort"] as? String == "exact")
        #expect(surveyReactions["minimum"] as? Int == 1060)
        let start = try #require(events.first { $0["id"] as? String == "2022-07-04-startbijeenkomst" })
        let startParticipants = try #require(start["deelnemers"] as? [String: Any])
        #expect(startParticipants["minimum"] as? Int == 60)
        #expect(startParticipants["soort"] as? String == "schatting")
        #expect(start["reeks"] as? String == "Stedelijke bijeenkomsten")
        #expect(start["bestand"] as? String == "process/2022-07-04-startbijeenkomst.md")
        let april = try #require(events.first { $0["id"] as? String == "2023-04-13-in-het-stadsdeel-in-gesprek" })
        #expect(april["datum"] as? [String] == ["2023-04-13", "2023-04-17", "2023-04-18", "2023-04-24"])
        let responses = try #require(object["reacties"] as? [[String: Any]])
        #expect(responses.allSatisfy { $0["besluit"] as? String == "niet-vermeld" && $0["uitkomsten-vermeld"] as? Bool == false })
        let statistics = try #require(object["statistiek"] as? [String: Any])
        #expect(statistics["eerste-datum"] as? String == "2022-04-05")
        #expect(statistics["laatste-datum"] as? String == "2023-04-24")
        // Stable: the same input gives the same bytes.
        #expect(TimelineExporter.json(try await Self.timeline()) == json)
    }
}
