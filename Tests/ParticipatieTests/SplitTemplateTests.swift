import Mustache
import Testing
@testable import Participatie

/// A template rendered in pieces, with long sections on all cores, must give exactly what
/// swift-mustache gives for the whole template.
@Suite("Sjablonen in delen renderen")
struct SplitTemplateTests {
    struct Item: MustacheParent, Sendable {
        let number: Int
        let title: String
        let tags: [String]
        let note: String?
        let isOdd: Bool

        func child(named name: String) -> Any? {
            switch name {
            case "number": number
            case "title": title
            case "tags": tags
            case "note": note
            case "isOdd": isOdd
            default: nil
            }
        }
    }

    struct Root: MustacheParent, Sendable {
        let heading: String
        let items: [Item]
        let others: [Item]
        let few: [Item]

        func child(named name: String) -> Any? {
            switch name {
            case "heading": heading
            case "items": items
            case "others": others
            case "few": few
            default: nil
            }
        }
    }

    static func items(_ count: Int) -> [Item] {
        (0..<count).map { number in
            Item(number: number, title: "Punt <\(number)> & 'x'", tags: number % 3 == 0 ? [] : ["a", "b\(number)"],
                 note: number % 4 == 0 ? nil : "noot \(number)", isOdd: number % 2 == 1)
        }
    }

    static let root = Root(heading: "Kop \"één\"", items: items(300), others: items(130), few: items(5))

    static let partials = [
        "partials/punt.html": "<li id=\"p{{number}}\">{{title}}{{#note}} ({{note}}){{/note}}</li>\n{{#tags}}\n  <span>{{.}}</span>\n{{/tags}}\n",
    ]

    /// Renders `text` both ways; returns the parts of the split rendering.
    static func expectSameAsWhole(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String] {
        let pragma = TemplateFormat.html.pragma
        var library = MustacheLibrary()
        for (name, partial) in partials { library.register(try MustacheTemplate(string: pragma + partial), named: name) }
        let whole = try MustacheTemplate(string: pragma + text)
        let expected = whole.render(root, library: library)
        var parts: [String] = []
        if let split = SplitTemplate(text: text, pragma: pragma, whole: whole) {
            split.render(root, library: library) { parts.append($0) }
        } else {
            parts = [expected]
        }
        #expect(parts.joined() == expected, sourceLocation: sourceLocation)
        return parts
    }

    @Test("secties op eigen regels worden in plakken gerenderd, met hetzelfde resultaat")
    func standaloneSectionsAreSliced() throws {
        let parts = try Self.expectSameAsWhole("""
            <h1>{{heading}}</h1>
            <ol>
            {{#items}}
            {{>partials/punt.html}}
            {{/items}}
            </ol>
              {{#others}}
              <p>{{number}}: {{title}} onder {{heading}}{{#isOdd}}, oneven{{/isOdd}}</p>
              {{/others}}
            {{^items}}leeg{{/items}}
            <p>{{#few}}{{number}} {{/few}}</p>
            slot
            """)
        // 300 items in slices of 32, 130 in slices of 32, and the text around them.
        #expect(parts.count == 1 + 10 + 1 + 5 + 1)
    }

    @Test("een sectie die haar positie vraagt (first, last, index) blijft heel")
    func positionInSequenceKeepsSectionWhole() throws {
        let parts = try Self.expectSameAsWhole("""
            {{#items}}
            {{number}}{{^last()}},{{/last()}}
            {{/items}}
            {{#others}}
            {{#isOdd}}{{index()}}{{/isOdd}}
            {{/others}}
            """)
        #expect(parts.count == 1)
    }

    @Test("first() en last() binnen een eigen reeks van elk punt mogen wel")
    func positionInNestedSequenceIsFine() throws {
        let parts = try Self.expectSameAsWhole("""
            {{#items}}
            {{#tags}}{{.}}{{^last()}}, {{/last()}}{{/tags}}
            {{/items}}
            slot
            """)
        #expect(parts.count > 1)
    }

    @Test("dezelfde reeks binnen een punt ziet alle punten, niet alleen de plak")
    func nestedUseOfTheSameSequenceSeesEverything() throws {
        let parts = try Self.expectSameAsWhole("""
            {{#few}}
            {{number}}:{{#others}}{{#isOdd}}{{/isOdd}}{{/others}}{{#items}}.{{/items}}
            {{/few}}
            {{#others}}
            {{number}}:{{#others}}.{{/others}}{{#few}}{{number}}{{/few}}
            {{/others}}

            """)
        #expect(parts.count > 1)
    }

    @Test("secties die niet alleen op hun regel staan, of regels met CRLF, worden niet geknipt", arguments: [
        "<ul>{{#items}}<li>{{number}}</li>{{/items}}</ul>\n",
        "{{#items}}\r\n{{number}}\r\n{{/items}}\r\n",
        "{{#items}}\n{{number}}\n{{/items}}",
        "voor {{#items}}\n{{number}}\n{{/items}}\n",
        "{{#items}}\n{{number}}\n{{/items}} na\n",
    ])
    func unusualLayoutsRenderTheSame(text: String) throws {
        #expect(try Self.expectSameAsWhole(text).count == 1)
    }

    @Test("overerving en andere scheidingstekens: het hele sjabloon in één keer", arguments: [
        "{{<basis}}{{$blok}}x{{/blok}}{{/basis}}\n{{#items}}\n{{number}}\n{{/items}}\n",
        "{{=<% %>=}}\n<%#items%>\n<%number%>\n<%/items%>\n",
    ])
    func templatesThatAreNotSplit(text: String) throws {
        let pragma = TemplateFormat.html.pragma
        #expect(SplitTemplate(text: text, pragma: pragma, whole: try MustacheTemplate(string: pragma + text)) == nil)
    }

    @Test("het meegeleverde sjabloon op 1.000 gebeurtenissen: gelijk aan swift-mustache in één keer, in delen")
    func shippedTemplateOnALargeProcess() throws {
        let folder = try TemporaryFolder()
        try folder.write("process/proces.md", """
            ---
            titel: Groot proces
            gemeente: Voorbeeldstad
            bestuursorgaan: college van burgemeester en wethouders
            participatieniveau: adviseren
            verordening: Participatieverordening Voorbeeldstad 2024
            ---
            ## Inleiding

            Een *groot* proces.
            """)
        for number in 0..<300 {
            let date = "2024-\(String(format: "%02d", number % 12 + 1))-\(String(format: "%02d", number % 28 + 1))"
            try folder.write("process/\(date)-moment-\(number).md", """
                ---
                soort: \(["bijeenkomst", "nieuwsbrief", "gesprek"][number % 3])
                titel: Moment \(number) & <meer>
                datum: \(date)
                \(number % 2 == 0 ? "locatie: Wijkcentrum" : "deelnemers: ca. \(number)")
                ---
                Tekst van moment **\(number)**, met [een link](https://example.nl/\(number)).
                """)
        }
        try folder.write("process/uitkomsten/een.md", "---\ntitel: Een\nvolgorde: 1\nbronnen: [2024-01-01-moment-0, 2024-02-02-moment-1]\n---\nUitkomst.\n")
        try folder.write("process/reacties/een.md", "---\ntitel: Reactie\nuitkomsten: [een]\nbesluit: overgenomen\n---\nReactie.\n")
        let result = ProcessReader.read(directory: folder.path + "/process", displayPath: "process")
        let timeline = try #require(result.timeline)
        let (library, problems) = TemplateLibrary.load(directory: packageRoot.appendingPathComponent("templates").path,
                                                       displayPath: "templates", variables: ReportView.templateVariables)
        #expect(problems == [])
        let templates = try #require(library)
        let view = ReportView(timeline: timeline, warnings: result.diagnostics, fingerprint: Fingerprint(inputs: []),
                              processFileCount: result.inputs.count, templateFileCount: templates.files.count)
        for format in ReportFormat.allCases {
            let whole = try #require(templates.render(view, template: format.templateName))
            var parts: [String] = []
            #expect(templates.render(view, template: format.templateName) { parts.append($0) })
            #expect(parts.count > 2, "\(format)")
            #expect(parts.joined() == whole, "\(format)")
        }
    }
}
