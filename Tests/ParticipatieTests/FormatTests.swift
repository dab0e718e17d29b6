import CommonMark
import Testing

@testable import ParticipatieCommands
@testable import ParticipatieModel
@testable import ParticipatieReading
@testable import ParticipatieReport
@testable import ParticipatieSystem

@Suite("Waarden in het bestandsformaat")
struct FormatTests {
    @Test(arguments: [
        ("2022-07-04", EventDate(year: 2022, month: 7, day: 4)),
        ("2023-07", EventDate(year: 2023, month: 7)),
        ("2024-02-29", EventDate(year: 2024, month: 2, day: 29)),
    ])
    func parsesDates(_ text: String, _ expected: EventDate) {
        #expect(EventDate(iso: text) == expected)
        #expect(EventDate(iso: text)?.iso == text)
    }

    @Test(arguments: ["2023-02-29", "2022-13-01", "2022-7-4", "22-07-04", "2022-07-04T10:00", "4 juli 2022", "", "2022-00"])
    func rejectsInvalidDates(_ text: String) {
        #expect(EventDate(iso: text) == nil)
    }

    @Test func monthOnlyDatesSortBeforeTheDaysOfThatMonth() {
        let days = [EventDate(year: 2023, month: 7, day: 1), EventDate(year: 2023, month: 7), EventDate(year: 2023, month: 6, day: 30)]
        #expect(days.sorted().map(\.iso) == ["2023-06-30", "2023-07", "2023-07-01"])
    }

    @Test(arguments: [
        ("60", 60, false), ("ca. 60", 60, true), ("circa 20", 20, true), ("+/- 20", 20, true),
        ("+- 60", 60, true), ("± 10", 10, true), ("ongeveer 5", 5, true), ("1060", 1060, false),
    ])
    func parsesParticipants(_ text: String, _ count: Int, _ approximate: Bool) throws {
        let parsed = try Count.parse(text).get()
        #expect(parsed.lower == count && parsed.upper == count)
        #expect(parsed.qualifier == (approximate ? .estimate : .exact))
    }

    @Test(arguments: ["veel", "ca.", "-5", "60 mensen", "1e9999"])
    func rejectsParticipants(_ text: String) {
        #expect(Count.parse(text) == .failure(.notACount))
    }

    @Test func writesDatesInDutch() {
        #expect(ReportWording.date(EventDate(year: 2022, month: 7, day: 4)) == "4 juli 2022")
        #expect(ReportWording.date(EventDate(year: 2023, month: 7)) == "juli 2023")
        #expect(ReportWording.dates([EventDate(year: 2023, month: 4, day: 13), EventDate(year: 2023, month: 4, day: 17)]) == "13 en 17 april 2023")
        #expect(
            ReportWording.dates([EventDate(year: 2023, month: 3, day: 31), EventDate(year: 2023, month: 4, day: 1)])
                == "31 maart 2023 en 1 april 2023")
    }

    @Test func suggestsNearKnownWords() {
        #expect(Suggestion.nearest(to: "kerngoep", in: EventKind.builtIn.map(\.id)) == "kerngroep")
        #expect(Suggestion.nearest(to: "Enquête", in: EventKind.builtIn.map(\.id)) == "enquete")
        #expect(Suggestion.nearest(to: "raadsvergadering", in: EventKind.builtIn.map(\.id)) == nil)
    }

    @Test func legitimateYamlPassesThePrescan() {
        let yaml = """
            titel: Wonen & Zorg *samen*
            toelichting-proces: |
              *Let op:* dit is **Markdown** met & en !
              - [ ] nog te doen
            doelgroepen: [bewoners, "jongeren & ouderen"]
            motivering: 'het kan niet: d''r is geen geld'
            """
        #expect(Self.refusal(yaml) == nil)
    }

    /// The composer's refusal of `yaml` as `line:column: message` (file positions, YAML from line 1), or `nil`.
    static func refusal(_ yaml: String) -> String? {
        guard case .failure(let problem) = YAMLComposer.compose(yaml, firstLine: 1, depthLimit: 32) else { return nil }
        return "\(problem.line):\(problem.column): \(Message.yaml(problem))"
    }

    @Test func prescanRejectsAnchorsTagsAndDeepNesting() {
        #expect(Self.refusal("a: &x [1]\nb: *x") == "1:4: " + Message.aliasNotAllowed)
        #expect(
            Self.refusal("titel: !!python/object:os.system ls")
                == "1:8: tag '!!python/object:os.system' van YAML wordt niet ondersteund")
        let deep = "a: " + String(repeating: "[", count: 40) + String(repeating: "]", count: 40)
        #expect(Self.refusal(deep)?.hasSuffix(": front matter is te diep genest (meer dan 32 niveaus)") == true)
    }

    @Test func markdownIsRenderedSafely() {
        #expect(Markdown.html(from: "<script>alert(1)</script>") == "<!-- raw HTML omitted -->\n")
        #expect(Markdown.html(from: "[a](javascript:alert(1))") == "<p><a href=\"\">a</a></p>\n")
        // cmark keeps data: URIs only for raster images (png, gif, jpeg, webp), which cannot carry script.
        #expect(Markdown.html(from: "![x](data:image/svg+xml;base64,AAAA)") == "<p><img src=\"\" alt=\"x\" /></p>\n")
        #expect(Markdown.html(from: "[x](data:text/html;base64,AAAA)") == "<p><a href=\"\">x</a></p>\n")
        #expect(Markdown.html(from: "[x](vbscript:msgbox)") == "<p><a href=\"\">x</a></p>\n")
        #expect(Markdown.html(from: "Tekst <img src=x onerror=alert(1)> meer") == "<p>Tekst <!-- raw HTML omitted --> meer</p>\n")
    }
}
