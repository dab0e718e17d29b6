import MustacheEngine
import Testing

/// Parsing: the tag list with positions, syntax errors with their place, nesting limits, delimiters.
@Suite("Parsing")
struct TemplateParserTests {
    static func tags(_ text: String) throws -> [String] {
        try Template(parsing: text, contentType: .html).tags.map { "\($0.kind) \($0.name) \($0.line):\($0.column)" }
    }

    static func render(_ text: String, _ view: [String: TemplateValue] = [:], partials: [String: String] = [:]) throws -> String {
        var templates: [String: Template] = [:]
        for (name, partial) in partials { templates[name] = try Template(parsing: partial, contentType: .html) }
        return try Template(parsing: text, contentType: .html).rendered(
            .object(Fields(fields: view)), partials: templates,
            limits: RenderLimits(outputBytes: 1 << 20))
    }

    struct Fields: TemplateObject {
        let fields: [String: TemplateValue]
        func templateValue(named name: String) -> TemplateValue? { fields[name] }
    }

    @Test("every tag with its place, comments, pragmas and set delimiters included")
    func tagsWithPositions() throws {
        #expect(
            try Self.tags("a {{x}}\n{{{y}}} {{#z}}{{/z}}\n  {{! c\nd }}{{>p}} é{{% X: y}}{{=<% %>=}}<%w%> {{v}}") == [
                "variable x 1:3", "unescaped y 2:1", "section z 2:9", "sectionEnd z 2:15", "comment c\nd 3:3", "partial p 4:5",
                "pragma X: y 4:13", "setDelimiters <% %> 4:23", "variable w 4:34",
            ])
        #expect(
            try Self.tags("{{&a}}{{^b}}{{/b}}{{<c/d}}{{$e}}{{/e}}{{/c/d}}{{>*f.g}}{{> * h }}") == [
                "unescaped a 1:1", "invertedSection b 1:7", "sectionEnd b 1:13", "parent c/d 1:19", "block e 1:27", "sectionEnd e 1:33",
                "sectionEnd c/d 1:39", "partial *f.g 1:47", "partial *h 1:56",
            ])
        // The tags a caller may refuse, where it can find them.
        #expect(
            try Self.tags("{{% CONTENT_TYPE: TEXT}}\n{{title}}\n{{=<% %>=}}\n") == [
                "pragma CONTENT_TYPE: TEXT 1:1", "variable title 2:1", "setDelimiters <% %> 3:1",
            ])
        // Lines end at `\n`; a `\r` before it is a column of its own line.
        #expect(try Self.tags("a\r\n {{x}}\r\n{{y}}") == ["variable x 2:2", "variable y 3:1"])
    }

    @Test("a tag's reference splits names and transforms")
    func references() {
        func reference(_ name: String) -> String {
            let (names, transforms) = Template.Tag(kind: .variable, name: name, line: 1, column: 1).reference
            return "\(names) \(transforms)"
        }
        #expect(reference("first(events)") == "[\"events\"] [\"first\"]")
        #expect(reference("last()") == "[] [\"last\"]")
        #expect(reference("a.b") == "[\"a\", \"b\"] []")
        #expect(reference("count(reversed(events))") == "[\"events\"] [\"reversed\", \"count\"]")
    }

    @Test(
        "syntax errors with their place",
        arguments: [
            ("<ul>\n  {{#events}}\n<li>{{title}}</li>\n</ul>\n", TemplateSyntaxError(kind: .unclosedSection("events"), line: 2, column: 3)),
            ("{{#events}}\n{{title}}\n{{/outcomes}}\n", TemplateSyntaxError(kind: .closeMismatch, line: 3, column: 4)),
            ("<h1>{{title</h1>\n", TemplateSyntaxError(kind: .unfinishedTag, line: 1, column: 12)),
            ("# {{title}}\n\n{{#outcomes}}\n- {{title}}\n", TemplateSyntaxError(kind: .unclosedSection("outcomes"), line: 3, column: 1)),
            ("{{#outcomes}}{{/events}}", TemplateSyntaxError(kind: .closeMismatch, line: 1, column: 17)),
            ("{{<p}}{{$a}}{{/p}}", TemplateSyntaxError(kind: .closeMismatch, line: 1, column: 16)),
            ("{{<p}}{{>q}}{{/p}}", TemplateSyntaxError(kind: .invalidInheritance, line: 1, column: 1)),
            ("{{<p}}{{#a}}{{/a}}{{/p}}", TemplateSyntaxError(kind: .invalidInheritance, line: 1, column: 1)),
            ("{{=<% %>=}}\n<%#a%>\n<%/b%>", TemplateSyntaxError(kind: .closeMismatch, line: 3, column: 4)),
            ("{{=<% %>=}}<%a}}", TemplateSyntaxError(kind: .unfinishedTag, line: 1, column: 15)),
            ("{{=<% %>=}}<%! never closed }}", TemplateSyntaxError(kind: .unfinishedTag, line: 1, column: 12)),
            ("{{=<% %>=}}<%{a%>", TemplateSyntaxError(kind: .unfinishedTag, line: 1, column: 16)),
            ("x {{=<%=}}", TemplateSyntaxError(kind: .invalidDelimiters, line: 1, column: 3)),
            ("{{= a b c =}}", TemplateSyntaxError(kind: .invalidDelimiters, line: 1, column: 1)),
            ("{{=a= b=}}", TemplateSyntaxError(kind: .invalidDelimiters, line: 1, column: 1)),
            ("{{=<% %>}}", TemplateSyntaxError(kind: .invalidDelimiters, line: 1, column: 1)),
            ("{{=<% %>", TemplateSyntaxError(kind: .unfinishedTag, line: 1, column: 1)),
        ])
    func syntaxErrors(template: String, expected: TemplateSyntaxError) {
        #expect(throws: expected) { try Template(parsing: template, contentType: .markdown) }
    }

    @Test("too deep: 101 nested sections, also in a megabyte of opening tags, without exhausting the stack")
    func tooDeep() throws {
        let nested = String(repeating: "{{#events}}", count: 101) + String(repeating: "{{/events}}", count: 101)
        #expect(throws: TemplateSyntaxError(kind: .sectionsTooDeep(limit: 100), line: 2, column: 1101)) {
            try Template(parsing: "x\n" + nested, contentType: .html)
        }
        #expect(throws: TemplateSyntaxError(kind: .sectionsTooDeep(limit: 100), line: 1, column: 601)) {
            try Template(parsing: String(repeating: "{{#a}}", count: 170_000), contentType: .html)
        }
        // Parents and blocks count too.
        #expect(throws: TemplateSyntaxError(kind: .sectionsTooDeep(limit: 100), line: 1, column: 1 + 50 * 12)) {
            try Template(parsing: String(repeating: "{{<a}}{{$b}}", count: 60), contentType: .html)
        }
        let deepest = String(repeating: "{{#a}}", count: 100) + "x" + String(repeating: "{{/a}}", count: 100)
        #expect(try Self.render(deepest, ["a": .flag(true)]) == "x")
    }

    @Test("set delimiters work until the next ones, and only in the template that sets them")
    func setDelimiters() throws {
        let view: [String: TemplateValue] = ["a": .text("<A>"), "list": .texts(["1", "2"])]
        #expect(
            try Self.render("{{=<% %>=}}<%a%> {{a}} <%{a}%> <%&a%><%! c %><%#list%>[<%.%>]<%/list%> <%={{ }}=%>{{a}}", view)
                == "&lt;A&gt; {{a}} <A> <A>[1][2] &lt;A&gt;")
        #expect(
            try Self.render("[{{>p}}] {{=| |=}}|>p| |a|", view, partials: ["p": "{{a}}{{=| |=}}|a|"])
                == "[&lt;A&gt;&lt;A&gt;] &lt;A&gt;&lt;A&gt; &lt;A&gt;")
        // Delimiters of one character, and ones that could be part of a name.
        #expect(try Self.render("{{=( )=}}(a) (=a1 1a=)a1a1a {{a}}", view) == "&lt;A&gt; &lt;A&gt; {{a}}")
    }

    @Test("pragmas are listed and otherwise ignored")
    func pragmas() throws {
        #expect(try Self.render("{{% CONTENT_TYPE: TEXT}}\n{{a}}\n", ["a": .text("<b>")]) == "&lt;b&gt;\n")
    }

    @Test("names may have surrounding whitespace; other characters end the tag")
    func names() throws {
        let view: [String: TemplateValue] = ["a-b_c?": .text("1"), "x": .object(Fields(fields: ["y": .text("2")]))]
        #expect(try Self.render("{{ a-b_c? }}{{\u{A0}x.y\u{A0}}}{{#\tx\t}}{{y}}{{/\nx\n}}", view) == "122")
        #expect(throws: TemplateSyntaxError(kind: .unfinishedTag, line: 1, column: 5)) {
            try Template(parsing: "{{a b}}", contentType: .html)
        }
    }
}
