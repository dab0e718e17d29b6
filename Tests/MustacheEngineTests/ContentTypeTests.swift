import Mustache
import MustacheEngine
import Testing

/// Escaping for HTML, Markdown and plain text.
@Suite("Content types")
struct ContentTypeTests {
    @Test("HTML: < > & \" and ' become character references, compared as bytes")
    func html() {
        #expect(
            ContentType.html.escaped("<a href=\"x\">'één' & \"twee\"</a>")
                == "&lt;a href=&quot;x&quot;&gt;&#39;één&#39; &amp; &quot;twee&quot;&lt;/a&gt;")
        // A quote followed by a combining mark is one Character, but still a quote to a browser.
        #expect(ContentType.html.escaped("\"\u{301}x'\u{301}") == "&quot;\u{301}x&#39;\u{301}")
        #expect(ContentType.html.escaped("") == "")
        #expect(ContentType.html.escaped("gewoon tekst, 12.5%") == "gewoon tekst, 12.5%")
    }

    @Test("Markdown: punctuation with a meaning is escaped, line ends become spaces")
    func markdown() {
        #expect(ContentType.markdown.escaped("A & <b>[x](javascript:y)</b>") == "A \\& \\<b\\>\\[x\\](javascript:y)\\</b\\>")
        #expect(ContentType.markdown.escaped("*vet* _schuin_ `code` a|b ~x~ \\") == "\\*vet\\* \\_schuin\\_ \\`code\\` a\\|b \\~x\\~ \\\\")
        #expect(ContentType.markdown.escaped("a\r\nb\nc\rd\r\r\ne") == "a b c d  e")
        // - + = # only at the start, where they could start a list or underline a heading.
        #expect(ContentType.markdown.escaped("- a-b") == "\\- a-b")
        #expect(ContentType.markdown.escaped("# kop #1 = +2") == "\\# kop #1 = +2")
        #expect(ContentType.markdown.escaped("+") == "\\+")
        #expect(ContentType.markdown.escaped("=é") == "\\=é")
        #expect(ContentType.markdown.escaped("één") == "één")
    }

    @Test("plain text: values as they are")
    func text() throws {
        #expect(ContentType.text.escaped("<a> & \"b\"\n") == "<a> & \"b\"\n")
        let template = try Template(parsing: "{{a}}|{{{a}}}", contentType: .text)
        #expect(try template.rendered(.object(Value(value: "<&>")), limits: RenderLimits(outputBytes: 100)) == "<&>|<&>")
    }

    @Test("escape appends to what is there")
    func appends() {
        var output = Array("x".utf8)
        ContentType.html.escape("<", into: &output)
        ContentType.markdown.escape("<", into: &output)
        ContentType.text.escape("<", into: &output)
        #expect(String(decoding: output, as: UTF8.self) == "x&lt;\\<<")
    }

    struct Value: MustacheParent, TemplateObject {
        let value: String
        func child(named name: String) -> Any? { name == "a" ? value : nil }
        func templateValue(named name: String) -> TemplateValue? { name == "a" ? .text(value) : nil }
    }

    /// swift-mustache with our Markdown escaping.
    struct MarkdownEscaping: MustacheContentType {
        func escapeText(_ text: String) -> String { ContentType.markdown.escaped(text) }
    }

    static let registration: Void = MustacheContentTypes.register(MarkdownEscaping(), named: "TEST_MARKDOWN")

    @Test(
        "Markdown templates render the same as swift-mustache with our Markdown escaping",
        arguments: [
            "# {{a}}\n\n- {{a}}\n- {{{a}}}\n",
            "{{#a}}\n> {{.}}\n{{/a}}\n",
            "| {{a}} | {{&a}} |\n",
        ])
    func markdownLikeSwiftMustache(template: String) throws {
        _ = Self.registration
        let view = Value(value: "*Let op* [link](x) <b> & #1\r\nregel 2")
        let ours = try Template(parsing: template, contentType: .markdown).rendered(.object(view), limits: RenderLimits(outputBytes: 1_000))
        let theirs = try MustacheTemplate(string: "{{% CONTENT_TYPE: TEST_MARKDOWN}}\n" + template).render(view)
        #expect(ours == theirs)
    }
}
