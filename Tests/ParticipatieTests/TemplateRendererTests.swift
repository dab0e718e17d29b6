import Foundation
import Mustache
import Testing
import CommonMark
@testable import ParticipatieCommands
@testable import ParticipatieModel
@testable import ParticipatieReading
@testable import ParticipatieReport
@testable import ParticipatieSystem

/// Our template parser and renderer, compared with swift-mustache (the Mustache implementation the
/// report used before) on the same templates and views, plus what we do differently on purpose.
@Suite("Sjablonen: eigen Mustache-renderer")
struct TemplateRendererTests {
    struct Item: MustacheParent, TemplateObject {
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

        func templateValue(named name: String) -> TemplateValue? {
            switch name {
            case "number": .number(number)
            case "title": .text(title)
            case "tags": .texts(tags)
            case "note": note.map(TemplateValue.text)
            case "isOdd": .flag(isOdd)
            default: nil
            }
        }
    }

    struct Root: MustacheParent, TemplateObject {
        let heading: String
        let bodyHTML: String
        let emptyText: String
        let flag: Bool
        let lead: Item
        let items: [Item]
        let few: [Item]
        let none: [Item]

        func child(named name: String) -> Any? {
            switch name {
            case "heading": heading
            case "bodyHTML": bodyHTML
            case "emptyText": emptyText
            case "flag": flag
            case "lead": lead
            case "items": items
            case "few": few
            case "none": none
            default: nil
            }
        }

        func templateValue(named name: String) -> TemplateValue? {
            switch name {
            case "heading": .text(heading)
            case "bodyHTML": .text(bodyHTML)
            case "emptyText": .text(emptyText)
            case "flag": .flag(flag)
            case "lead": .object(lead)
            case "items": .objects(items)
            case "few": .objects(few)
            case "none": .objects(none)
            default: nil
            }
        }
    }

    static func items(_ count: Int) -> [Item] {
        (0..<count).map { number in
            Item(number: number, title: "Punt <\(number)> & 'x'", tags: number % 3 == 0 ? [] : ["a", "b\(number)"],
                 note: number % 4 == 0 ? nil : "noot \"\(number)\"", isOdd: number % 2 == 1)
        }
    }

    static let root = Root(heading: "Kop \"één\"", bodyHTML: "<p>al <em>veilig</em></p>\n", emptyText: "", flag: true,
                           lead: items(2)[1], items: items(12), few: items(3), none: [])

    static let partials = [
        "punt": "<li id=\"p{{number}}\">{{title}}{{#note}} ({{note}}){{/note}}</li>\n{{#tags}}\n  <span>{{.}}</span>\n{{/tags}}\n",
        "blok": "regel 1\nregel {{heading}}\n{{#flag}}\nja\n{{/flag}}\n{{{bodyHTML}}}einde\n",
        "basis": "<h1>{{$kop}}Standaard{{/kop}}</h1>\n{{$tekst}}\ntekst {{heading}}\n{{/tekst}}\n",
    ]

    static func parsed(_ text: String) throws -> Template {
        try TemplateParser.parse(text, format: .html).get()
    }

    /// Renders `text` with our renderer, the partials above available.
    static func ours(_ text: String, view: some TemplateObject = root) throws -> String {
        var templates: [String: Template] = [:]
        for (name, partial) in partials { templates[name] = try parsed(partial) }
        var output = ""
        TemplateRenderer.render(try parsed(text), view: .object(view), templates: templates) { output += String(decoding: $0, as: UTF8.self) }
        return output
    }

    static func swiftMustache(_ text: String) throws -> String {
        var library = MustacheLibrary()
        for (name, partial) in partials { library.register(try MustacheTemplate(string: partial), named: name) }
        return try MustacheTemplate(string: text).render(root, library: library)
    }

    @Test("zelfde uitkomst als swift-mustache", arguments: [
        "Hallo {{heading}}!\n",
        "<ul>\n  {{#items}}\n  <li>{{title}}</li>\n  {{/items}}\n</ul>\n",
        "{{^none}}geen{{/none}}{{^items}}nooit{{/items}}{{^flag}}nee{{/flag}}{{^onbekend}}leeg{{/onbekend}}\n",
        "{{#items}}{{heading}}:{{title}};{{/items}}",
        "{{#items}}{{#note}}({{note}}){{/note}}{{^note}}-{{/note}}{{/items}}",
        "{{#items}}{{#tags}}[{{.}}]{{/tags}}{{/items}}",
        "{{#items}}{{title}}{{^last()}}, {{/last()}}{{#first()}}*{{/first()}}{{index()}}{{#even()}}e{{/even()}}{{/items}}",
        "{{count(items)}} {{#empty(none)}}leeg{{/empty(none)}} {{#reversed(few)}}{{number}}{{/reversed(few)}}",
        "{{#first(items)}}{{title}}{{/first(items)}}|{{#last(few)}}{{number}}{{/last(few)}}",
        "{{#items}}{{number}} {{isOdd}} {{#isOdd}}oneven{{/isOdd}}\n{{/items}}",
        "a {{! commentaar }} b\n  {{! alleen op de regel }}\nc\n",
        "{{{bodyHTML}}} {{&bodyHTML}} {{bodyHTML}}",
        "{{lead.title}} {{#lead}}{{number}}{{heading}}{{/lead}} {{lead.onbekend}}",
        "{{#few}}\n{{>punt}}\n{{/few}}\n",
        "x{{>punt}}y",
        "<div>\n  {{>blok}}\n</div>\n",
        "  {{#flag}}  \nx\n  {{/flag}}  \nna\n",
        "a {{#flag}}b{{/flag}} c\n {{heading}} \n\t{{^flag}}x{{/flag}}\n",
        "{{#emptyText}}[{{.}}]{{/emptyText}}",
        "{{ heading }}{{# flag }}!{{/ flag }}",
        "{{<basis}}{{$kop}}Eigen {{heading}}{{/kop}}{{/basis}}\n",
        "{{<basis}}\n{{/basis}}\n",
        "{{$kop}}standaard {{heading}}{{/kop}}\n",
        "geen einde van de regel",
        "",
    ])
    func sameAsSwiftMustache(template: String) throws {
        #expect(try Self.ours(template) == Self.swiftMustache(template))
    }

    @Test("fouten met hun plaats", arguments: [
        ("{{#events}}\n{{title}}\n{{/outcomes}}\n", "3:4: deze afsluitende tag hoort niet bij de sectie die hier open staat"),
        ("x\n{{/events}}", "2:4: deze afsluitende tag hoort niet bij de sectie die hier open staat"),
        ("<ul>\n  {{#events}}\n  {{^last()}}\n", "3:3: sectie 'last()' wordt niet afgesloten: voeg '{{/last()}}' toe"),
        ("<h1>{{title</h1>\n", "1:12: tag wordt niet goed afgesloten: verwacht '}}' na een naam zonder spaties of leestekens"),
        ("{{{bodyHTML}}\n", "1:14: tag wordt niet goed afgesloten: verwacht '}}' na een naam zonder spaties of leestekens"),
        ("tekst {{", "1:9: tag wordt niet goed afgesloten: verwacht '}}' na een naam zonder spaties of leestekens"),
        ("\n  {{! nooit dicht", "2:3: tag wordt niet goed afgesloten: verwacht '}}' na een naam zonder spaties of leestekens"),
        ("{{count(events}}", "1:3: tag wordt niet goed afgesloten: verwacht '}}' na een naam zonder spaties of leestekens"),
        ("{{tïtel}}", "1:4: tag wordt niet goed afgesloten: verwacht '}}' na een naam zonder spaties of leestekens"),
        ("{{<basis}}{{title}}{{/basis}}", "1:1: ongeldige overerving ('{{<…}}' met '{{$…}}'-blokken)"),
        ("{{$first(x)}}{{/first(x)}}", "1:1: ongeldige overerving ('{{<…}}' met '{{$…}}'-blokken)"),
    ])
    func parseErrors(template: String, expected: String) {
        guard case .failure(let failure) = TemplateParser.parse(template, format: .html) else {
            Issue.record("geen fout voor \(template)")
            return
        }
        #expect("\(failure.line):\(failure.column): \(failure.message)" == expected)
    }

    @Test("een ingesprongen deelsjabloon springt elke regel in, ook bij herhaling (swift-mustache alleen de eerste)")
    func indentedPartialInALoop() throws {
        var templates = ["lijst": try Self.parsed("{{#few}}\n<li>{{number}}</li>\n{{/few}}\n")]
        templates["verslag"] = try Self.parsed("<ul>\n  {{>lijst}}\n</ul>\n")
        var output = ""
        TemplateRenderer.render(templates["verslag"]!, view: .object(Self.root), templates: templates) { output += String(decoding: $0, as: UTF8.self) }
        #expect(output == "<ul>\n  <li>0</li>\n  <li>1</li>\n  <li>2</li>\n</ul>\n")
    }

    @Test("first() en last() werken ook in een deelsjabloon dat binnen een lijst staat")
    func positionInsidePartial() throws {
        var templates = ["punt": try Self.parsed("{{number}}{{^last()}}, {{/last()}}")]
        templates["verslag"] = try Self.parsed("{{#few}}{{>punt}}{{/few}}.")
        var output = ""
        TemplateRenderer.render(templates["verslag"]!, view: .object(Self.root), templates: templates) { output += String(decoding: $0, as: UTF8.self) }
        #expect(output == "0, 1, 2.")
    }

    @Test("onbekende namen en bewerkingen blijven leeg; lijsten en objecten worden niet als tekst getoond")
    func unknownStaysEmpty() throws {
        #expect(try Self.ours("[{{onbekend}}][{{uppercased(heading)}}][{{items}}][{{lead}}][{{index()}}]") == "[][][][][]")
        #expect(try Self.ours("{{#items}}{{#first()}}{{#onbekend}}x{{/onbekend}}{{/first()}}{{/items}}") == "")
    }

    @Test("Markdown-sjablonen schonen waarden voor Markdown, HTML-sjablonen voor HTML")
    func escapingFollowsTheTemplatesFormat() throws {
        let markdown = try TemplateParser.parse("# {{heading}} {{lead.title}}\n", format: .markdown).get()
        var output = ""
        TemplateRenderer.render(markdown, view: .object(Self.root), templates: [:]) { output += String(decoding: $0, as: UTF8.self) }
        #expect(output == "# Kop \"één\" Punt \\<1\\> \\& 'x'\n")
        #expect(try Self.ours("{{heading}}") == "Kop &quot;één&quot;")
    }

    @Test("lange lijsten worden op alle kernen gerenderd, met dezelfde tekst als swift-mustache")
    func longListsOnAllCores() throws {
        let long = Root(heading: "kop", bodyHTML: "", emptyText: "", flag: true, lead: Self.root.lead,
                        items: Self.items(1_000), few: Self.items(3), none: [])
        let text = "{{#items}}{{index()}}{{#first()}}^{{/first()}}{{^last()}},{{/last()}}{{#tags}}[{{.}}{{^last()}}|{{/last()}}]{{/tags}}"
            + "{{#note}}{{note}}{{/note}}{{heading}}{{#few}}{{number}}{{/few}}\n{{/items}}"
        let ours = try Self.ours(text, view: long)
        let theirs = try MustacheTemplate(string: text).render(long)
        #expect(ours == theirs)
        #expect(ours.hasPrefix("0^,") && ours.contains("\n998,[a|][b998]noot &quot;998&quot;kop012\n999"))
    }

    @Test("een lang verslag komt in delen van ongeveer een megabyte, die samen het geheel zijn")
    func outputInParts() throws {
        let long = Root(heading: String(repeating: "lang ", count: 100), bodyHTML: "", emptyText: "", flag: true,
                        lead: Self.root.lead, items: Self.items(6_000), few: [], none: [])
        let template = try Self.parsed("{{#items}}<p>{{heading}} {{title}}</p>\n{{/items}}")
        var parts: [[UInt8]] = []
        TemplateRenderer.render(template, view: .object(long), templates: [:]) { parts.append($0) }
        #expect(parts.count > 2)
        #expect(parts.dropLast().allSatisfy { $0.count >= TemplateRenderer.partSize && $0.count < 2 * TemplateRenderer.partSize })
        let whole = String(decoding: parts.joined(), as: UTF8.self)
        #expect(whole.hasPrefix("<p>lang lang "))
        #expect(whole.components(separatedBy: "<p>").count - 1 == 6_000)
    }
}

/// The shipped templates on a process of 300 events: the same text as swift-mustache gives.
@Suite("Sjablonen: het meegeleverde sjabloon, vergeleken met swift-mustache")
struct ShippedTemplateComparisonTests {
    /// swift-mustache with our Markdown escaping, for the `.md.mustache` templates.
    struct MarkdownEscaping: MustacheContentType {
        func escapeText(_ text: String) -> String { TemplateFormat.markdown.escaped(text) }
    }

    static let registration: Void = MustacheContentTypes.register(MarkdownEscaping(), named: "TEST_MARKDOWN")

    @Test func shippedTemplatesOnALargeProcess() async throws {
        _ = Self.registration
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
                titel: Moment \(number) & <meer> 'x' "y"
                datum: \(date)
                \(number % 2 == 0 ? "locatie: Wijkcentrum" : "deelnemers: ca. \(number)")
                ---
                Tekst van moment **\(number)**, met [een link](https://example.nl/\(number)).
                """)
        }
        try folder.write("process/uitkomsten/een.md", "---\ntitel: Een\nvolgorde: 1\nbronnen: [2024-01-01-moment-0, 2024-02-02-moment-1]\n---\nUitkomst.\n")
        try folder.write("process/uitkomsten/twee.md", "---\ntitel: Twee\nvolgorde: 2\nbronnen: [2024-03-03-moment-2]\n---\nUitkomst.\n")
        try folder.write("process/reacties/een.md", "---\ntitel: Reactie\nuitkomsten: [een]\nbesluit: deels-overgenomen\nmotivering: Omdat.\nverwerkt-in: [Besluit A, Besluit B]\n---\nReactie.\n")
        let result = await ProcessReader.read(directory: folder.path + "/process", displayPath: "process")
        let timeline = try #require(result.timeline)
        let templatesPath = packageRoot.appendingPathComponent("templates").path
        let (library, problems) = TemplateLibrary.load(directory: templatesPath, displayPath: "templates",
                                                       variables: ReportView.templateVariables)
        #expect(problems == [])
        let templates = try #require(library)
        let view = await ReportView.make(timeline: timeline, warnings: result.diagnostics, fingerprint: Fingerprint(inputs: []),
                              processFileCount: result.inputs.count, templateFileCount: templates.files.count)
        #expect(view.events.count == 300 && view.hasWarnings)

        var reference = MustacheLibrary()
        for file in templates.files {
            let name = String(file.relativePath.dropLast(TemplateLibrary.fileExtension.count))
            let pragma = name.hasSuffix(".md") ? "{{% CONTENT_TYPE: TEST_MARKDOWN}}\n" : ""
            reference.register(try MustacheTemplate(string: pragma + String(decoding: file.bytes, as: UTF8.self)), named: name)
        }
        for format in ReportFormat.allCases {
            let ours = try #require(templates.render(view, template: format.templateName))
            let theirs = try #require(reference.render(view, withTemplate: format.templateName))
            #expect(ours == theirs, "\(format)")
            #expect(ours.contains("Moment 299 "))
        }
    }
}
