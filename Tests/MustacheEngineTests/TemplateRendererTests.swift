import Mustache
import MustacheEngine
import Testing

/// Our parser and renderer compared with swift-mustache (the Mustache implementation the project used
/// before) on the same templates and views, plus what we do differently on purpose.
@Suite("Rendering, compared with swift-mustache")
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
            Item(
                number: number, title: "Punt <\(number)> & 'x'", tags: number % 3 == 0 ? [] : ["a", "b\(number)"],
                note: number % 4 == 0 ? nil : "noot \"\(number)\"", isOdd: number % 2 == 1)
        }
    }

    static let root = Root(
        heading: "Kop \"één\"", bodyHTML: "<p>al <em>veilig</em></p>\n", emptyText: "", flag: true,
        lead: items(2)[1], items: items(12), few: items(3), none: [])

    static let partials = [
        "punt": "<li id=\"p{{number}}\">{{title}}{{#note}} ({{note}}){{/note}}</li>\n{{#tags}}\n  <span>{{.}}</span>\n{{/tags}}\n",
        "blok": "regel 1\nregel {{heading}}\n{{#flag}}\nja\n{{/flag}}\n{{{bodyHTML}}}einde\n",
        "basis": "<h1>{{$kop}}Standaard{{/kop}}</h1>\n{{$tekst}}\ntekst {{heading}}\n{{/tekst}}\n",
    ]

    static let limits = RenderLimits(outputBytes: 1 << 30)

    static func parsed(_ text: String) throws -> Template {
        try Template(parsing: text, contentType: .html)
    }

    /// Renders `text` with our renderer, the partials above available.
    static func ours(_ text: String, view: some TemplateObject = root) throws -> String {
        var templates: [String: Template] = [:]
        for (name, partial) in partials { templates[name] = try parsed(partial) }
        return try parsed(text).rendered(.object(view), name: "test", partials: templates, limits: limits)
    }

    static func swiftMustache(_ text: String) throws -> String {
        var library = MustacheLibrary()
        for (name, partial) in partials { library.register(try MustacheTemplate(string: partial), named: name) }
        return try MustacheTemplate(string: text).render(root, library: library)
    }

    @Test(
        "the same output as swift-mustache",
        arguments: [
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
            "{{<basis}}\n{{/basis}}\n",
            "{{$kop}}standaard {{heading}}{{/kop}}\n",
            "geen einde van de regel",
            "",
        ])
    func sameAsSwiftMustache(template: String) throws {
        #expect(try Self.ours(template) == Self.swiftMustache(template))
    }

    /// The specification (its `whitespace.md` and the "Inherit" test) makes a parent whose opening tag starts
    /// a line and whose end tag ends one standalone, so its line end goes; swift-mustache keeps it when a
    /// block stands between the two tags on that line.
    @Test("a standalone parent takes its line end with it, as the specification says (swift-mustache keeps it)")
    func standaloneParentOnOneLine() throws {
        let template = "{{<basis}}{{$kop}}Eigen {{heading}}{{/kop}}{{/basis}}\n"
        let ours = try Self.ours(template)
        #expect(ours == "<h1>Eigen Kop &quot;één&quot;</h1>\ntekst Kop &quot;één&quot;\n")
        #expect(try ours + "\n" == Self.swiftMustache(template))
    }

    @Test(
        "syntax errors with their place",
        arguments: [
            ("{{#events}}\n{{title}}\n{{/outcomes}}\n", TemplateSyntaxError(kind: .closeMismatch, line: 3, column: 4)),
            ("x\n{{/events}}", TemplateSyntaxError(kind: .closeMismatch, line: 2, column: 4)),
            ("<ul>\n  {{#events}}\n  {{^last()}}\n", TemplateSyntaxError(kind: .unclosedSection("last()"), line: 3, column: 3)),
            ("<h1>{{title</h1>\n", TemplateSyntaxError(kind: .unfinishedTag, line: 1, column: 12)),
            ("{{{bodyHTML}}\n", TemplateSyntaxError(kind: .unfinishedTag, line: 1, column: 14)),
            ("tekst {{", TemplateSyntaxError(kind: .unfinishedTag, line: 1, column: 9)),
            ("\n  {{! nooit dicht", TemplateSyntaxError(kind: .unfinishedTag, line: 2, column: 3)),
            ("{{count(events}}", TemplateSyntaxError(kind: .unfinishedTag, line: 1, column: 3)),
            ("{{tïtel}}", TemplateSyntaxError(kind: .unfinishedTag, line: 1, column: 4)),
            ("{{<basis}}{{title}}{{/basis}}", TemplateSyntaxError(kind: .invalidInheritance, line: 1, column: 1)),
            ("{{$first(x)}}{{/first(x)}}", TemplateSyntaxError(kind: .invalidInheritance, line: 1, column: 1)),
        ])
    func parseErrors(template: String, expected: TemplateSyntaxError) {
        #expect(throws: expected) { try Template(parsing: template, contentType: .html) }
    }

    @Test("an indented partial indents every line, also when repeated (swift-mustache only the first)")
    func indentedPartialInALoop() throws {
        var templates = ["lijst": try Self.parsed("{{#few}}\n<li>{{number}}</li>\n{{/few}}\n")]
        templates["verslag"] = try Self.parsed("<ul>\n  {{>lijst}}\n</ul>\n")
        let output = try templates["verslag"]!.rendered(.object(Self.root), partials: templates, limits: Self.limits)
        #expect(output == "<ul>\n  <li>0</li>\n  <li>1</li>\n  <li>2</li>\n</ul>\n")
    }

    @Test("first() and last() also work in a partial inside a list")
    func positionInsidePartial() throws {
        var templates = ["punt": try Self.parsed("{{number}}{{^last()}}, {{/last()}}")]
        templates["verslag"] = try Self.parsed("{{#few}}{{>punt}}{{/few}}.")
        let output = try templates["verslag"]!.rendered(.object(Self.root), partials: templates, limits: Self.limits)
        #expect(output == "0, 1, 2.")
    }

    @Test("unknown names and transforms render nothing; lists and objects are not shown as text")
    func unknownStaysEmpty() throws {
        #expect(try Self.ours("[{{onbekend}}][{{uppercased(heading)}}][{{items}}][{{lead}}][{{index()}}]") == "[][][][][]")
        #expect(try Self.ours("{{#items}}{{#first()}}{{#onbekend}}x{{/onbekend}}{{/first()}}{{/items}}") == "")
    }

    @Test("Markdown templates escape values for Markdown, HTML templates for HTML")
    func escapingFollowsTheContentType() throws {
        let markdown = try Template(parsing: "# {{heading}} {{lead.title}}\n", contentType: .markdown)
        let output = try markdown.rendered(.object(Self.root), limits: Self.limits)
        #expect(output == "# Kop \"één\" Punt \\<1\\> \\& 'x'\n")
        #expect(try Self.ours("{{heading}}") == "Kop &quot;één&quot;")
    }

    @Test("long lists render the same as swift-mustache")
    func longLists() throws {
        let long = Root(
            heading: "kop", bodyHTML: "", emptyText: "", flag: true, lead: Self.root.lead,
            items: Self.items(1_000), few: Self.items(3), none: [])
        let text =
            "{{#items}}{{index()}}{{#first()}}^{{/first()}}{{^last()}},{{/last()}}{{#tags}}[{{.}}{{^last()}}|{{/last()}}]{{/tags}}"
            + "{{#note}}{{note}}{{/note}}{{heading}}{{#few}}{{number}}{{/few}}\n{{/items}}"
        let ours = try Self.ours(text, view: long)
        let theirs = try MustacheTemplate(string: text).render(long)
        #expect(ours == theirs)
        #expect(ours.hasPrefix("0^,") && ours.contains("\n998,[a|][b998]noot &quot;998&quot;kop012\n999"))
    }

    @Test("long output comes in parts of about a megabyte, which together are the whole")
    func outputInParts() throws {
        let partSize = 1 << 20
        let long = Root(
            heading: String(repeating: "lang ", count: 100), bodyHTML: "", emptyText: "", flag: true,
            lead: Self.root.lead, items: Self.items(6_000), few: [], none: [])
        let template = try Self.parsed("{{#items}}<p>{{heading}} {{title}}</p>\n{{/items}}")
        var parts: [[UInt8]] = []
        try template.render(.object(long), limits: Self.limits) { parts.append($0) }
        #expect(parts.count > 2)
        #expect(parts.dropLast().allSatisfy { $0.count >= partSize && $0.count < 2 * partSize })
        let whole = String(decoding: parts.joined(), as: UTF8.self)
        #expect(whole.hasPrefix("<p>lang lang "))
        #expect(whole.split(separator: "<p>", omittingEmptySubsequences: false).count - 1 == 6_000)
    }
}
