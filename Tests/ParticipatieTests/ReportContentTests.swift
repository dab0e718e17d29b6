import CommonMark
import Foundation
import MustacheEngine
import Testing

@testable import ParticipatieCommands
@testable import ParticipatieModel
@testable import ParticipatieReading
@testable import ParticipatieReport
@testable import ParticipatieSystem

@Suite("Eindverslag: inhoud")
struct ReportContentTests {
    /// The shipped Enschede process, built as the README's main command does.
    static let shippedBuild = Task { () -> (html: String, markdown: String, timeline: Timeline) in
        let folder = try! TemporaryFolder()
        let result = await ReportBuilder(
            processDirectory: packageRoot.appendingPathComponent("process").path,
            templatesDirectory: packageRoot.appendingPathComponent("templates").path,
            outputDirectory: folder.path, formats: [.html, .markdown]
        ).build()
        let html = String(decoding: FileManager.default.contents(atPath: folder.path + "/eindverslag.html") ?? Data(), as: UTF8.self)
        let markdown = String(decoding: FileManager.default.contents(atPath: folder.path + "/eindverslag.md") ?? Data(), as: UTF8.self)
        return (html, markdown, result.timeline!)
    }

    @Test("het Enschede-verslag noemt elke gebeurtenis met titel en Nederlandse datum")
    func shippedEvents() async throws {
        let (html, markdown, timeline) = await Self.shippedBuild.value
        #expect(timeline.events.count == 30)
        for event in timeline.events {
            let title = escapedHTML(event.title)
            let date = ReportWording.dates(event.dates)
            #expect(
                html.contains("<span class=\"moment-datum\">\(date)</span> <span class=\"moment-titel\">\(title)</span>"),
                "\(event.id) ontbreekt in de lijst")
            #expect(html.contains("id=\"gebeurtenis-\(event.id)\""))
            #expect(markdown.contains("#### \(date): "), "\(event.id) ontbreekt in het Markdown-verslag")
        }
        for expected in [
            "4 juli 2022", "13, 17, 18 en 24 april 2023", "3e kerngroep-vergadering",
            "bijeenkomst, 2e in de reeks Stedelijke bijeenkomsten", "5 april 2022 tot en met 24 april 2023",
            "<dt>Deelnemers, opgeteld</dt><dd>ten minste ca. 90 aanwezigen bij 3 momenten; wie bij meer momenten was, is meer keer geteld;",
            "<dt>Ontvangen reacties, opgeteld</dt><dd>1.060 bij 1 moment:",
        ] {
            #expect(html.contains(expected), "'\(expected)' ontbreekt")
        }
    }

    @Test("het Enschede-verslag bevat alle zes uitkomsten en vijf reacties, met koppelingen heen en terug")
    func shippedOutcomesAndResponses() async throws {
        let (html, _, timeline) = await Self.shippedBuild.value
        #expect(
            timeline.outcomes.map(\.title) == [
                "Er toe doen", "Geen tweedeling", "Belang van diversiteit",
                "Wens voor ondersteuning", "Doorontwikkeling", "Wijken zonder wijkraad",
            ])
        #expect(timeline.responses.count == 5)
        for outcome in timeline.outcomes {
            #expect(html.contains("<article class=\"uitkomst") && html.contains("id=\"uitkomst-\(outcome.id)\""))
            #expect(html.contains("<h3>\(escapedHTML(outcome.title))</h3>"))
            for response in timeline.responses(answering: outcome) {
                // outcome → response, in section (b) and in the overview table
                #expect(occurrences(of: "<a href=\"#reactie-\(response.id)\">", in: html) >= 2)
            }
        }
        for response in timeline.responses {
            #expect(html.contains("id=\"reactie-\(response.id)\""))
            #expect(html.contains("<h3>\(escapedHTML(response.title))</h3>"))
            for outcome in response.outcomes {
                // response → outcome, in section (c) and in the overview table
                #expect(occurrences(of: "<a href=\"#uitkomst-\(outcome)\">", in: html) >= 2)
            }
        }
        // The source links no response to an outcome: nothing is shown as unanswered, and nothing as linked.
        #expect(occurrences(of: "<span class=\"label label-open\">Nog geen reactie</span>", in: html) == 0)
        #expect(occurrences(of: "<dd>niet vermeld in de bron (zie onderdeel c)</dd>", in: html) == 6)
        #expect(occurrences(of: "<span class=\"besluit besluit-niet-vermeld\">niet vermeld in de bron</span>", in: html) >= 5)
        #expect(!html.contains("Bereikte deelnemers"))
        #expect(html.contains("<h2 id=\"concept\">Concept</h2>"))
    }

    @Test("elke interne koppeling wijst naar een id dat bestaat, en elk id is uniek")
    func linksResolve() async throws {
        for html in [(await Self.shippedBuild.value).html, try await BuiltReport(fixture: "concept-met-waarschuwingen").text(.html)] {
            let ids = matches(of: " id=\"", upTo: "\"", in: html)
            #expect(Set(ids).count == ids.count, "dubbele id's: \(ids.filter { id in ids.filter { $0 == id }.count > 1 })")
            for target in Set(matches(of: "href=\"#", upTo: "\"", in: html)) {
                #expect(ids.contains(target), "koppeling naar #\(target) zonder doel")
            }
        }
    }

    @Test("geen JavaScript, niets van buiten: één zelfstandig bestand")
    func selfContained() async throws {
        for html in [(await Self.shippedBuild.value).html, try await BuiltReport(fixture: "concept-met-waarschuwingen").text(.html)] {
            #expect(!html.contains("<script"))
            #expect(!html.contains("<link"))
            #expect(!html.contains("src=\""))
            #expect(!html.contains("url("))
            #expect(!html.contains("@import"))
            #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"nl\">\n"))
        }
    }

    // MARK: Safe Markdown and escaping

    @Test("ruwe HTML en javascript:-koppelingen uit Markdown komen nooit in het verslag")
    func hostileBody() async throws {
        let html = try await BuiltReport(fixture: "concept-met-waarschuwingen").text(.html)
        #expect(html.contains("<!-- raw HTML omitted -->\n<p>Een <a href=\"\">link</a> en een <!-- raw HTML omitted --> plaatje.</p>"))
        #expect(!html.contains("alert('body')"))
        #expect(!html.contains("onerror"))
        // The concept block may quote a rejected address as escaped text; no attribute may carry one.
        #expect(html.range(of: #"(href|src|action)\s*=\s*"?\s*(javascript|vbscript|data):"#, options: .regularExpression) == nil)
        #expect(!html.contains("<a href=\"javascript"))
        // an ordinary link stays, and is printed with its address
        #expect(html.contains("<a href=\"https://www.voorbeeldstad.nl/stationsstraat\">de projectpagina</a>"))
    }

    @Test("een titel met <script> wordt overal als tekst getoond")
    func hostileTitle() async throws {
        let report = try await BuiltReport(fixture: "concept-met-waarschuwingen")
        let html = try report.text(.html)
        let escaped = "Startavond &quot;&lt;script&gt;alert(&#39;titel&#39;)&lt;/script&gt;&quot;"
        #expect(occurrences(of: escaped, in: html) == 4)  // table, event heading, outcome source, timeline tooltip
        #expect(!html.contains("<script>"))
        let markdown = try report.text(.markdown)
        #expect(markdown.contains("#### 2 september 2024: Startavond \"\\<script\\>alert('titel')\\</script\\>\"\n"))
        // Every '<' left in the Markdown is backslash-escaped, so none can start raw HTML.
        #expect(!markdown.replacingOccurrences(of: "\\<", with: "").contains("<"))
        #expect(!markdown.contains("](javascript:"))
        #expect(!markdown.contains("<javascript:"))
        #expect(!markdown.contains("onerror"))
    }

    @Test("Markdown-waarden worden geschoond voor CommonMark")
    func markdownEscaping() {
        let type = ContentType.markdown
        #expect(
            type.escaped("[x](javascript:alert(1)) <b>*nadruk*</b> & a_b `code`")
                == "\\[x\\](javascript:alert(1)) \\<b\\>\\*nadruk\\*\\</b\\> \\& a\\_b \\`code\\`")
        #expect(type.escaped("# kop\nregel") == "\\# kop regel")
        #expect(type.escaped("- lijst") == "\\- lijst")
        #expect(type.escaped("ca. 60 - 70") == "ca. 60 - 70")
    }

    @Test("veilige CommonMark: ruwe HTML weg, gevaarlijke adressen leeg, koppen verschoven")
    func safeCommonMark() {
        let input =
            "# Kop\n\n<script>alert(1)</script>\n\nTekst <img src=x onerror=alert(1)> en [a](javascript:alert(1)), [b](JAVASCRIPT:x), [c](data:text/html,x), ![d](data:image/png;base64,AA), [e](https://example.org).\n\n### Diep\n"
        #expect(
            Markdown.safeCommonMark(from: input, topHeadingLevel: 4)
                == "#### Kop\n\nTekst  en [a](), [b](), [c](), ![d](data:image/png;base64,AA), [e](https://example.org).\n\n###### Diep\n")
    }

    @Test("koppen in teksten schuiven zo dat het verslag geen niveau overslaat")
    func headingShift() {
        #expect(Markdown.html(from: "# A\n\n## B\n", topHeadingLevel: 3) == "<h3>A</h3>\n<h4>B</h4>\n")
        #expect(Markdown.html(from: "### A\n", topHeadingLevel: 2) == "<h2>A</h2>\n")
        #expect(Markdown.html(from: "# A\n\n###### B\n", topHeadingLevel: 5) == "<h5>A</h5>\n<h6>B</h6>\n")
        #expect(Markdown.html(from: "Geen kop", topHeadingLevel: 4) == "<p>Geen kop</p>\n")
    }

    @Test("koppen van proces.md krijgen een id voor de inhoudsopgave, nooit een id van het sjabloon")
    func introductionAnchors() {
        let (html, headings) = ReportView.introduction(
            "## Inleiding\n\nx\n\n## Overzicht\n\n## Inleiding\n\n## Wie & wát\n\n## Uitkomst: *groen*\n")
        #expect(
            html == "<h2 id=\"inleiding\">Inleiding</h2>\n<p>x</p>\n<h2 id=\"overzicht-2\">Overzicht</h2>\n"
                + "<h2 id=\"inleiding-2\">Inleiding</h2>\n<h2 id=\"wie-wat\">Wie &amp; wát</h2>\n"
                + "<h2 id=\"kop-uitkomst-groen\">Uitkomst: <em>groen</em></h2>\n")
        #expect(headings.map(\.label) == ["Inleiding", "Overzicht", "Inleiding", "Wie & wát", "Uitkomst: groen"])
    }

    // MARK: View model

    @Test("de lijst met sjabloonvariabelen is precies wat het verslag aanbiedt")
    func templateVariablesMatchMirror() async throws {
        // Warnings come from the one, phases, attachments and an initiator from the others.
        var names = Set<String>()
        for fixture in ["concept-met-waarschuwingen", "woningbouw-dorp", "reeks-met-bureau"] {
            let result = await Fixtures.read(fixture)
            let timeline = try #require(result.timeline)
            let view = await ReportView.make(
                timeline: timeline, checks: try #require(result.checks), warnings: result.diagnostics,
                fingerprint: Fingerprint(inputs: []), processFileCount: 1, templateFileCount: 1,
                comparison: ComparisonFixture.comparison(for: timeline))
            collectLabels(of: view, into: &names)
        }
        #expect(names == ReportView.templateVariables)
    }

    @Test("Nederlandse getallen, perioden en nummering")
    func wording() {
        #expect(ReportWording.number(0) == "0")
        #expect(ReportWording.number(999) == "999")
        #expect(ReportWording.number(1060) == "1.060")
        #expect(ReportWording.number(1_234_567) == "1.234.567")
        #expect(ReportWording.count(Count(text: "ca. 60", qualifier: .estimate, lower: 60, upper: 60)) == "ca. 60")
        #expect(ReportWording.count(Count(text: "meer dan 1400", qualifier: .atLeast, lower: 1400, upper: nil)) == "meer dan 1.400")
        #expect(
            ReportWording.period(from: EventDate(year: 2022, month: 4, day: 5), to: EventDate(year: 2023, month: 7))
                == "5 april 2022 tot en met juli 2023")
        func numbered(_ kind: EventKind, count: Int, series: String? = nil, number: Int? = nil) -> [String] {
            let events = (1...count).map { day in
                Event(
                    id: "2024-01-0\(day)-x", file: "", kind: kind, title: "", dates: [EventDate(year: 2024, month: 1, day: day)],
                    series: series, officialNumber: day == count ? number : nil)
            }
            let process = ProcessDescription(
                file: "", title: "", municipalities: [""], governingBody: "", level: .adviseren, regulation: "", participationPlan: nil,
                status: .concept, version: "")
            return Timeline(process: process, events: events, outcomes: [], responses: []).events.map(ReportWording.numberedKind)
        }
        #expect(numbered(.kerngroep, count: 3)[2] == "3e kerngroep-vergadering")
        #expect(numbered(.enquete, count: 1) == ["enquête"])
        #expect(numbered(.bijeenkomst, count: 2, series: "Stedelijke bijeenkomsten")[1] == "bijeenkomst, 2e in de reeks Stedelijke bijeenkomsten")
        #expect(numbered(.bijeenkomst, count: 2, series: "Klankbordgroep", number: 24)[1] == "bijeenkomst, nr. 24 in de reeks Klankbordgroep")
        #expect(numbered(.brief, count: 2, number: 7)[1] == "brief nr. 7")
        #expect(ReportWording.list(["a", "b", "c"]) == "a, b en c")
    }

    @Test("de tijdlijn is een SVG met titel, beschrijving en vaste coördinaten")
    func timelineFigure() async throws {
        let timeline = try #require(await Fixtures.read("concept-met-waarschuwingen").timeline)
        let svg = TimelineFigure(timeline: timeline).svg
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"tijdlijn-figuur\" viewBox=\"0 0 760 120\""))
        #expect(svg.contains("role=\"img\" aria-labelledby=\"tijdlijn-titel tijdlijn-beschrijving\""))
        #expect(
            svg.contains(
                "<desc id=\"tijdlijn-beschrijving\">Tijdlijn van 5 momenten van september 2024 tot en met 20 november 2024. Per soort: 3 bijeenkomsten, 1 kerngroep-vergadering en 1 enquête. Alle momenten staan ook in de tabel en de lijst hieronder.</desc>"
            ))
        #expect(svg.contains("<g class=\"tijdlijn-moment tijdlijn-gepland\" fill=\"#ffffff\""))
        #expect(svg.contains("<rect class=\"tijdlijn-maand\""))
        #expect(TimelineFigure.dayNumber(year: 1970, month: 1, day: 1) == 0)
        #expect(TimelineFigure.dayNumber(year: 2024, month: 3, day: 1) - TimelineFigure.dayNumber(year: 2024, month: 2, day: 1) == 29)
        #expect(TimelineFigure.format(212.46) == "212.5")
        #expect(TimelineFigure.format(212.0) == "212")
    }
}

private func escapedHTML(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
        .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
        .replacingOccurrences(of: "'", with: "&#39;")
}

private func occurrences(of needle: String, in text: String) -> Int {
    text.components(separatedBy: needle).count - 1
}

/// The texts between `start` and the next `end`, for every `start`.
private func matches(of start: String, upTo end: String, in text: String) -> [String] {
    text.components(separatedBy: start).dropFirst().compactMap { $0.components(separatedBy: end).first }
}

/// Every stored property name in a view tree, the way swift-mustache sees it through `Mirror`.
private func collectLabels(of value: Any, into names: inout Set<String>) {
    let mirror = Mirror(reflecting: value)
    switch mirror.displayStyle {
    case .optional, .collection:
        for child in mirror.children { collectLabels(of: child.value, into: &names) }
    case .struct, .class:
        for child in mirror.children {
            if let label = child.label { names.insert(label) }
            collectLabels(of: child.value, into: &names)
        }
    default:
        break
    }
}
