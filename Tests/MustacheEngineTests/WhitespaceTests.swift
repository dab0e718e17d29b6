import MustacheEngine
import Testing

/// Standalone lines and indentation beyond the specification's own tests, and dynamic names.
@Suite("Whitespace, inheritance and dynamic names")
struct WhitespaceTests {
    struct Fields: TemplateObject {
        let fields: [String: TemplateValue]
        func templateValue(named name: String) -> TemplateValue? { fields[name] }
    }

    static func render(_ text: String, _ view: [String: TemplateValue] = [:], partials: [String: String] = [:]) throws -> String {
        var templates: [String: Template] = [:]
        for (name, partial) in partials { templates[name] = try Template(parsing: partial, contentType: .html) }
        return try Template(parsing: text, contentType: .html).rendered(
            .object(Fields(fields: view)), partials: templates,
            limits: RenderLimits(outputBytes: 1 << 20))
    }

    @Test("a standalone partial that renders nothing leaves no whitespace")
    func emptyPartial() throws {
        #expect(try Self.render("a\n  {{>leeg}}\nb\n  {{>onbekend}}\nc", partials: ["leeg": ""]) == "a\nb\nc")
    }

    @Test("indentation applies to every line a partial renders, also lines made by loops and nested partials")
    func nestedIndentation() throws {
        let partials = ["lijst": "{{#items}}\n- {{.}}\n{{/items}}\n", "blok": "<div>\n  {{>lijst}}\n</div>\n"]
        #expect(
            try Self.render("<body>\n  {{>blok}}\n</body>\n", ["items": .texts(["a", "b"])], partials: partials)
                == "<body>\n  <div>\n    - a\n    - b\n  </div>\n</body>\n")
        // A partial included in the middle of a line indents its standalone partials by their own whitespace only.
        #expect(try Self.render("x {{>a}}y", partials: ["a": "  {{>b}}\n", "b": "1\n2\n"]) == "x   1\n  2\ny")
    }

    @Test("values are not indented inside, text after a value that ends a line is")
    func valuesAndIndentation() throws {
        #expect(try Self.render("  {{>p}}\n", ["v": .text("1\n2\n")], partials: ["p": "{{{v}}}x\n"]) == "  1\n2\n  x\n")
    }

    @Test("a dynamic name picks the partial or parent from the view")
    func dynamicNames() throws {
        let partials = ["kort": "[{{t}}]", "lang": "<<{{t}}>>", "layout": "<{{$body}}leeg{{/body}}>"]
        let view: [String: TemplateValue] = ["t": .text("x"), "soort": .text("lang"), "vorm": .text("layout")]
        #expect(try Self.render("{{>*soort}} {{> * soort }} {{>*onbekend}}{{>*t}}", view, partials: partials) == "<<x>> <<x>> ")
        #expect(try Self.render("{{<*vorm}}{{$body}}inhoud{{/body}}{{/*vorm}}", view, partials: partials) == "<inhoud>")
    }

    @Test("a block in a partial of a parent can be replaced too, and the outermost replacement wins")
    func blocksThroughPartials() throws {
        let partials = ["basis": "<{{>kop}}>", "kop": "{{$titel}}standaard{{/titel}}", "midden": "{{<basis}}{{$titel}}midden{{/titel}}{{/basis}}"]
        #expect(try Self.render("{{<basis}}{{$titel}}eigen{{/titel}}{{/basis}}", partials: partials) == "<eigen>")
        #expect(try Self.render("{{<midden}}{{$titel}}buiten{{/titel}}{{/midden}}", partials: partials) == "<buiten>")
        #expect(try Self.render("{{<midden}}{{/midden}}", partials: partials) == "<midden>")
    }

    @Test("CRLF line ends around standalone tags go with them")
    func crlf() throws {
        #expect(try Self.render("a\r\n  {{#f}}\r\nb\r\n  {{/f}}\r\nc\r\n", ["f": .flag(true)]) == "a\r\nb\r\nc\r\n")
        #expect(try Self.render("a\r\n  {{>p}}\r\nc", partials: ["p": "1\r\n2\r\n"]) == "a\r\n  1\r\n  2\r\nc")
    }
}
