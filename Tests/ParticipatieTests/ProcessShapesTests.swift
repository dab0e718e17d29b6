import Foundation
import Testing

@testable import ParticipatieCommands
@testable import ParticipatieModel
@testable import ParticipatieReading
@testable import ParticipatieReport
@testable import ParticipatieSystem

/// The four shapes of process from issue 12, each a test process in `Fixtures/` with its report as a golden
/// file: what each shape needs is in the model, the report and the export.
@Suite("Processen van andere gemeenten")
struct ProcessShapesTests {
    static func timeline(_ fixture: String) async throws -> Timeline {
        let result = await Fixtures.read(fixture)
        #expect(result.diagnostics.map(\.description) == [])
        return try #require(result.timeline)
    }

    // MARK: A klankbordgroep that met 24 times over six years, one number missing

    @Test("eigen soort, eigen nummers met een gat: 'bijeenkomst 24' blijft nr. 24")
    func soundingBoardKeepsItsNumbers() async throws {
        let timeline = try await Self.timeline("klankbordgroep-24")
        let kind = try #require(timeline.process.kinds.first)
        #expect(kind == EventKind(id: "klankbordgroep", label: "klankbordgroep-bijeenkomst", pluralLabel: "klankbordgroep-bijeenkomsten"))
        let meetings = timeline.events.filter { $0.kind == kind }
        #expect(meetings.count == 24)
        #expect(meetings.map(\.number) == [1] + Array(3...25))
        let twentyFour = meetings[22]
        #expect(twentyFour.number == 24)
        #expect(ReportWording.numberedKind(twentyFour) == "klankbordgroep-bijeenkomst, nr. 24 in de reeks Klankbordgroep Stationsgebied")
        // Declared kinds follow the built-in ones in the figures.
        #expect(timeline.statistics.countsByKind.map(\.kind.id) == ["besluit", "klankbordgroep"])
        let html = try await BuiltReport(fixture: "klankbordgroep-24").text(.html)
        #expect(html.contains("<span class=\"soort\">klankbordgroep-bijeenkomst, nr. 24 in de reeks Klankbordgroep Stationsgebied</span>"))
        #expect(html.contains("<li>24 klankbordgroep-bijeenkomsten</li>"))
    }

    @Test("een jaar alleen is een datum, ook in de bestandsnaam, en staat vóór de maanden van dat jaar")
    func yearOnly() async throws {
        let timeline = try await Self.timeline("klankbordgroep-24")
        let meeting = try #require(timeline.event(withID: "2020-klankbordgroep-9"))
        #expect(meeting.dates == [EventDate(year: 2020)])
        #expect(ReportWording.dates(meeting.dates) == "2020")
        #expect(EventDate(year: 2020) < EventDate(year: 2020, month: 1) && EventDate(year: 2020, month: 1) < EventDate(year: 2020, month: 1, day: 1))
        #expect(EventDate(year: 2020).lastDay == EventDate(year: 2020, month: 12, day: 31))
        // A year alone ends on 31 December: after a day in June of that year, and its bar stays on the axis.
        let mixed = Timeline(
            process: timeline.process,
            events: [
                Event(id: "2020-a", file: "", kind: .brief, title: "", dates: [EventDate(year: 2020)]),
                Event(id: "2020-06-01-b", file: "", kind: .brief, title: "", dates: [EventDate(year: 2020, month: 6, day: 1)]),
            ], outcomes: [], responses: [])
        #expect(mixed.statistics.firstDate == EventDate(year: 2020) && mixed.statistics.lastDate == EventDate(year: 2020))
        #expect(TimelineFigure(timeline: mixed).svg.contains("<rect class=\"tijdlijn-jaar-balk\" x=\"209\" y=\"13\" width=\"534\""))
        let figure = TimelineFigure(timeline: timeline).svg
        #expect(
            figure.contains(
                "<title>2020: Klankbordgroep bijeenkomst 9 (klankbordgroep-bijeenkomst, nr. 9 in de reeks Klankbordgroep Stationsgebied)</title><rect class=\"tijdlijn-jaar-balk\""
            ))
    }

    @Test("een online bijeenkomst: locatie online en een https-link")
    func onlineMeeting() async throws {
        let timeline = try await Self.timeline("klankbordgroep-24")
        let meeting = try #require(timeline.event(withID: "2021-02-09-klankbordgroep-10"))
        #expect(meeting.isOnline && meeting.link == "https://vergaderen.voorbeeldstad.example/klankbordgroep-10")
        let report = try await BuiltReport(fixture: "klankbordgroep-24")
        #expect(
            try report.text(.html).contains(
                "<div><dt>Online</dt><dd><a href=\"https://vergaderen.voorbeeldstad.example/klankbordgroep-10\">https://vergaderen.voorbeeldstad.example/klankbordgroep-10</a></dd></div>"
            ))
        #expect(try report.text(.markdown).contains("- Online: https://vergaderen.voorbeeldstad.example/klankbordgroep-10\n"))
    }

    @Test("wie besloot, staat bij het besluit en telt niet als bereikte groep")
    func decisionMaker() async throws {
        let timeline = try await Self.timeline("klankbordgroep-24")
        let decision = try #require(timeline.events.last)
        #expect(decision.decisionMaker == "gemeenteraad" && decision.audiences == ["klankbordgroep"])
        #expect(!timeline.statistics.audiences.contains("gemeenteraad"))
        #expect(try await BuiltReport(fixture: "klankbordgroep-24").text(.html).contains("<div><dt>Besloten door</dt><dd>gemeenteraad</dd></div>"))
    }

    @Test("een definitief verslag met een datum; de gebeurtenissen liggen ervoor")
    func finalWithDate() async throws {
        let timeline = try await Self.timeline("klankbordgroep-24")
        #expect(timeline.process.status == .definitief && timeline.process.reportDate == EventDate(year: 2024, month: 3, day: 12))
        #expect(
            try await BuiltReport(fixture: "klankbordgroep-24").text(.html).contains(
                "<div><dt>Datum van het verslag</dt><dd>12 maart 2024</dd></div>"))
    }

    // MARK: A village housing plan: four evenings, a poll and a map

    @Test("de vierde avond is de vierde van de reeks, niet het zoveelste moment")
    func fourthEvening() async throws {
        let timeline = try await Self.timeline("woningbouw-dorp")
        let evenings = timeline.events.filter { $0.series == "Informatieavonden" }
        #expect(evenings.map(\.number) == [1, 2, 3, 4])
        #expect(ReportWording.numberedKind(evenings[3]) == "bijeenkomst, 4e in de reeks Informatieavonden")
        // Without a series an event is numbered among all events of its kind.
        let consultation = try #require(timeline.event(withID: "2023-05-16-inloopspreekuur"))
        #expect(ReportWording.numberedKind(consultation) == "2e bijeenkomst")
    }

    @Test("twee momenten op één dag staan op volgorde van tijd")
    func sameDayOrder() async throws {
        let timeline = try await Self.timeline("woningbouw-dorp")
        let may16 = timeline.events.filter { $0.firstDate == EventDate(year: 2023, month: 5, day: 16) }
        #expect(may16.map(\.id) == ["2023-05-16-inloopspreekuur", "2023-05-16-tweede-informatieavond"])
        #expect(may16.map { $0.time?.iso } == ["16:00", "19:30"])
        let html = try await BuiltReport(fixture: "woningbouw-dorp").text(.html)
        #expect(html.contains("<span class=\"moment-datum\">16 mei 2023, 16.00 uur</span> <span class=\"moment-titel\">Inloopspreekuur</span>"))
        // Without a time, an event comes first on its day.
        let untimed = Event(id: "b", file: "", kind: .brief, title: "", dates: [EventDate(year: 2023, month: 5, day: 16)])
        let timed = Event(
            id: "a", file: "", kind: .brief, title: "", dates: [EventDate(year: 2023, month: 5, day: 16)], time: EventTime(hour: 9, minute: 0))
        let sorted = Timeline(process: timeline.process, events: [timed, untimed], outcomes: [], responses: []).events
        #expect(sorted.map(\.id) == ["b", "a"])
    }

    @Test("fasen: elk moment in zijn fase, elke fase met haar eigen niveau, als vlakken in de tijdlijn")
    func phases() async throws {
        let timeline = try await Self.timeline("woningbouw-dorp")
        #expect(timeline.process.phases.map(\.name) == ["Verkenning", "Planvorming", "Besluitvorming"])
        #expect(timeline.process.phases.map(\.level) == [.raadplegen, .adviseren, .informeren])
        #expect(timeline.events(inPhase: "Verkenning").count == 5)
        #expect(timeline.events(inPhase: "Planvorming").count == 3)
        #expect(timeline.events(inPhase: "Besluitvorming").map(\.id) == ["2024-03-05-ontwerp-ter-inzage", "2024-06-20-raadsbesluit"])
        let html = try await BuiltReport(fixture: "woningbouw-dorp").text(.html)
        #expect(
            html.contains(
                "<h3 id=\"fase-2\">Fase 2: Planvorming</h3>\n<p class=\"fase-kenmerken\">juli 2023 tot en met februari 2024 · participatieniveau: adviseren · 3 momenten</p>"
            ))
        #expect(html.contains("<li><a href=\"#fase-3\">Fase 3: Besluitvorming</a></li>"))
        #expect(html.contains("<li>Verkenning: raadplegen</li>"))
        let figure = TimelineFigure(timeline: timeline).svg
        #expect(figure.components(separatedBy: "<g class=\"tijdlijn-fase ").count == 4)
        #expect(figure.contains("<title>Fase 1: Verkenning, januari 2023 tot en met juni 2023, participatieniveau raadplegen</title>"))
        #expect(figure.contains("In fasen: Verkenning (januari 2023 tot en met juni 2023, raadplegen), Planvorming"))
    }

    @Test("eigen soorten voor een peiling en een reactiekaart, met reacties in plaats van deelnemers")
    func pollAndMap() async throws {
        let timeline = try await Self.timeline("woningbouw-dorp")
        let map = try #require(timeline.event(withID: "2023-04-reactiekaart"))
        #expect(map.kind.label == "reactiekaart" && map.reactions?.text == "meer dan 1400" && map.participants == nil)
        let markdown = try await BuiltReport(fixture: "woningbouw-dorp").text(.markdown)
        #expect(markdown.contains("- Reacties: meer dan 1.400\n"))
    }

    // MARK: A sounding-board series 1–6, a closing meeting, a bureau's report as attachment

    @Test("reeks 1 tot en met 6 en een slotbijeenkomst die er niet bij hoort")
    func seriesAndClosingMeeting() async throws {
        let timeline = try await Self.timeline("reeks-met-bureau")
        let series = timeline.events.filter { $0.series != nil }
        #expect(series.map(\.number) == Array(1...6))
        let closing = try #require(timeline.event(withID: "2024-09-24-slotbijeenkomst"))
        #expect(closing.series == nil && ReportWording.numberedKind(closing) == "bijeenkomst")
    }

    @Test("meer dan één gemeente")
    func severalMunicipalities() async throws {
        let timeline = try await Self.timeline("reeks-met-bureau")
        #expect(timeline.process.municipalities == ["Voorbeeldstad", "Proefdorp"])
        let html = try await BuiltReport(fixture: "reeks-met-bureau").text(.html)
        #expect(html.contains("– gemeenten Voorbeeldstad en Proefdorp</title>"))
        #expect(html.contains("<div><dt>Gemeenten</dt><dd>Voorbeeldstad en Proefdorp</dd></div>"))
        #expect(html.contains("<p class=\"afzender\">Gemeenten Voorbeeldstad en Proefdorp</p>"))
    }

    @Test("bijlagen gaan mee naar output/bijlagen/, en de koppelingen ernaar werken")
    func attachmentsAreCopied() async throws {
        let report = try await BuiltReport(fixture: "reeks-met-bureau")
        #expect(report.result.succeeded)
        let output = report.folder.path + "/output/bijlagen/"
        for name in ["eindrapport-klankbordgroep.pdf", "presentatie-slotbijeenkomst.pdf"] {
            #expect(
                FileManager.default.contents(atPath: output + name)
                    == FileManager.default.contents(atPath: Fixtures.path("reeks-met-bureau/bijlagen/" + name)))
        }
        #expect(report.result.copiedAttachments.count == 2)
        let html = try report.text(.html)
        #expect(html.contains("<a href=\"bijlagen/eindrapport-klankbordgroep.pdf\">het eindrapport</a>"))
        #expect(html.contains("<li><a href=\"bijlagen/presentatie-slotbijeenkomst.pdf\">presentatie-slotbijeenkomst.pdf</a></li>"))
        #expect(try report.text(.markdown).contains("- Bijlagen: [presentatie-slotbijeenkomst.pdf](bijlagen/presentatie-slotbijeenkomst.pdf)\n"))
        // 13 .md files and 2 attachments are the inputs of the fingerprint.
        #expect(html.contains("uit 15 bestanden in de procesmap"))
    }

    // MARK: A developer-led plan under the Omgevingswet

    @Test("de initiatiefnemer reageert in (c); het oordeel van de gemeente staat erbij")
    func initiatorLed() async throws {
        let timeline = try await Self.timeline("omgevingswet-initiatief")
        #expect(timeline.process.initiator == "Ontwikkelcombinatie Voorbeeldhof")
        let report = try await BuiltReport(fixture: "omgevingswet-initiatief")
        let html = try report.text(.html)
        #expect(html.contains("<span class=\"onderdeel-letter\">(c)</span> Reactie van de initiatiefnemer en benutting van de inbreng</h2>"))
        #expect(!html.contains("Reactie van de gemeente"))
        #expect(html.contains("<div><dt>Initiatiefnemer</dt><dd>Ontwikkelcombinatie Voorbeeldhof (verslag en reactie op de uitkomsten)</dd></div>"))
        #expect(html.contains("<h3 id=\"oordeel-gemeente\">Oordeel van de gemeente</h3>\n<div class=\"oordeel-gemeente\">\n<p>De gemeente vindt"))
        #expect(html.contains("<strong>onvoldoende onderbouwd</strong>"))
        let markdown = try report.text(.markdown)
        #expect(markdown.contains("## (c) Reactie van de initiatiefnemer en benutting van de inbreng\n"))
        #expect(markdown.contains("### Oordeel van de gemeente\n\nDe gemeente vindt"))
    }

    // MARK: The export

    @Test("de export (schema 2) draagt elk nieuw veld")
    func exportCarriesTheNewFields() async throws {
        let result = await Fixtures.read("reeks-met-bureau")
        let json = TimelineExporter.json(try #require(result.timeline), attachments: result.attachments)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["schema"] as? Int == 2)
        let attachments = try #require(object["bijlagen"] as? [[String: Any]])
        #expect(attachments.map { $0["naam"] as? String } == ["eindrapport-klankbordgroep.pdf", "presentatie-slotbijeenkomst.pdf"])
        let process = try #require(object["proces"] as? [String: Any])
        #expect(process["gemeente"] as? [String] == ["Voorbeeldstad", "Proefdorp"])
        #expect(process["datum"] as? String == "2024-10-01")
        let kinds = try #require(process["soorten"] as? [[String: Any]])
        #expect(kinds.first?["meervoud"] as? String == "klankbordgroepbijeenkomsten")
        let events = try #require(object["gebeurtenissen"] as? [[String: Any]])
        let online = try #require(events.first { $0["id"] as? String == "2024-04-16-klankbordgroep" })
        #expect(online["online"] as? Bool == true && online["link"] as? String == "https://vergaderen.voorbeeldstad.example/fietsroute-3")
        #expect(online["tijd"] as? String == "19:30" && online["reeks"] as? String == "Klankbordgroep Snelfietsroute")
        #expect(online["nummer"] as? Int == 3 && online["nummer-opgegeven"] as? Bool == false)
        let range = try #require(online["deelnemers"] as? [String: Any])
        #expect(range["soort"] as? String == "bereik" && range["minimum"] as? Int == 9 && range["maximum"] as? Int == 11)
        let closing = try #require(events.first { $0["id"] as? String == "2024-09-24-slotbijeenkomst" })
        #expect(closing["bijlagen"] as? [String] == ["presentatie-slotbijeenkomst.pdf"])

        let village = try #require(await Fixtures.read("woningbouw-dorp").timeline)
        let villageObject = try #require(try JSONSerialization.jsonObject(with: Data(TimelineExporter.json(village).utf8)) as? [String: Any])
        let phases = try #require((villageObject["proces"] as? [String: Any])?["fasen"] as? [[String: Any]])
        #expect(phases.map { $0["participatieniveau"] as? String } == ["raadplegen", "adviseren", "informeren"])
        let statistics = try #require(villageObject["statistiek"] as? [String: Any])
        let reactions = try #require(statistics["reacties"] as? [String: Any])
        #expect(reactions["minimum"] as? Int == 2012 && reactions["maximum"] is NSNull)
        let decision = try #require((villageObject["gebeurtenissen"] as? [[String: Any]])?.last)
        #expect(decision["besluitvormer"] as? String == "gemeenteraad" && decision["fase"] as? String == "Besluitvorming")

        let developer = try #require(await Fixtures.read("omgevingswet-initiatief").timeline)
        let developerProcess = try #require(
            (try JSONSerialization.jsonObject(with: Data(TimelineExporter.json(developer).utf8)) as? [String: Any])?["proces"] as? [String: Any])
        #expect(developerProcess["initiatiefnemer"] as? String == "Ontwikkelcombinatie Voorbeeldhof")
        #expect((developerProcess["oordeel-gemeente"] as? String)?.hasPrefix("De gemeente vindt") == true)
    }
}
