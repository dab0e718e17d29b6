import MustacheEngine
import Testing

/// The limits that turn templates describing huge output or endless recursion into errors.
@Suite("Render limits")
struct RenderLimitTests {
    struct View: TemplateObject {
        let items: [Int]

        func templateValue(named name: String) -> TemplateValue? {
            switch name {
            case "items": .list(items.map(TemplateValue.number))
            case "flag": .flag(true)
            case "name": .text("<&>")
            default: nil
            }
        }
    }

    static let view = TemplateValue.object(View(items: Array(0..<1_000)))

    /// Renders `root` with `partials`, collecting the parts handed on until an error.
    static func render(
        _ root: String, partials: [String: String] = [:], limits: RenderLimits
    )
        throws -> (output: [UInt8], error: TemplateRenderError?)
    {
        var templates: [String: Template] = [:]
        for (name, text) in partials { templates[name] = try Template(parsing: text, contentType: .html) }
        let template = try Template(parsing: root, contentType: .html)
        var output: [UInt8] = []
        do {
            try template.render(view, name: "root", partials: templates, limits: limits) {
                output += $0
            }
            return (output, nil)
        } catch {
            return (output, error)
        }
    }

    @Test("31 partials that each include the next twice stop at the output limit")
    func doublingPartials() throws {
        var partials: [String: String] = [:]
        for level in 0..<31 { partials["p\(level)"] = "{{>p\(level + 1)}}{{>p\(level + 1)}}" }
        partials["p31"] = "0123456789abcdef"
        // 2^31 × 16 bytes would be 32 GiB.
        let (output, error) = try Self.render("{{>p0}}", partials: partials, limits: RenderLimits(outputBytes: 1 << 20))
        #expect(error == TemplateRenderError(kind: .outputTooLarge(limit: 1 << 20), template: "p31", line: 1, column: 1))
        #expect(output.count == 1 << 20)
    }

    @Test("8 sections nested over a list of 1,000 items stop at the output limit")
    func nestedSectionsOverALongList() throws {
        let template =
            String(repeating: "{{#items}}", count: 8) + String(repeating: "x", count: 100)
            + String(repeating: "{{/items}}", count: 8)
        // 100 × 1,000^8 bytes would be a hundred yottabytes.
        let (output, error) = try Self.render(template, limits: RenderLimits(outputBytes: 1_500_000))
        #expect(error == TemplateRenderError(kind: .outputTooLarge(limit: 1_500_000), template: "root", line: 1, column: 81))
        // What was handed on before the error is whole parts of about a megabyte; the rest is dropped.
        #expect(output.count >= 1 << 20 && output.count <= 1_500_000)
        #expect(output.allSatisfy { $0 == UInt8(ascii: "x") })
    }

    @Test("output up to the limit renders; one byte more does not, and the part being made is dropped")
    func exactLimit() throws {
        let template = "ab\n{{#flag}}{{name}}{{/flag}}"
        let whole = try Self.render(template, limits: RenderLimits(outputBytes: 16))
        #expect(whole.error == nil)
        #expect(String(decoding: whole.output, as: UTF8.self) == "ab\n&lt;&amp;&gt;")
        let short = try Self.render(template, limits: RenderLimits(outputBytes: 15))
        #expect(short.error == TemplateRenderError(kind: .outputTooLarge(limit: 15), template: "root", line: 2, column: 10))
        // Less than a part was made, so nothing was handed on.
        #expect(short.output.isEmpty)
        let none = try Self.render(template, limits: RenderLimits(outputBytes: 0))
        #expect(none.error == TemplateRenderError(kind: .outputTooLarge(limit: 0), template: "root", line: 1, column: 1))
        #expect(none.output.isEmpty)
    }

    @Test("indentation counts against the limit too")
    func indentationCounts() throws {
        let (output, error) = try Self.render("    {{>p}}\n", partials: ["p": "a\nb\n"], limits: RenderLimits(outputBytes: 7))
        #expect(error == TemplateRenderError(kind: .outputTooLarge(limit: 7), template: "p", line: 1, column: 1))
        #expect(output == [])
    }

    @Test("a partial that includes itself without end stops at the partial depth, in the partial that includes")
    func endlessPartials() throws {
        let (_, error) = try Self.render(
            "x {{>a}}", partials: ["a": "{{>b}}", "b": "\n  {{>a}}"],
            limits: RenderLimits(outputBytes: 1 << 20, partialDepth: 9))
        #expect(error == TemplateRenderError(kind: .partialsTooDeep(limit: 9), template: "a", line: 1, column: 1))
        let (_, defaultDepth) = try Self.render(
            "{{>a}}", partials: ["a": "{{#flag}}\n  {{>a}}\n{{/flag}}"],
            limits: RenderLimits(outputBytes: 1 << 20))
        #expect(
            defaultDepth
                == TemplateRenderError(
                    kind: .partialsTooDeep(limit: RenderLimits.defaultPartialDepth),
                    template: "a", line: 2, column: 3))
        let (_, parent) = try Self.render(
            "{{<a}}{{/a}}", partials: ["a": "{{<a}}{{$b}}x{{/b}}{{/a}}"],
            limits: RenderLimits(outputBytes: 1 << 20, partialDepth: 5))
        #expect(parent == TemplateRenderError(kind: .partialsTooDeep(limit: 5), template: "a", line: 1, column: 1))
    }

    @Test("partials exactly as deep as the limit render")
    func partialsAtTheLimit() throws {
        var partials: [String: String] = [:]
        for level in 1..<4 { partials["p\(level)"] = "\(level){{>p\(level + 1)}}" }
        partials["p4"] = "4"
        let (output, error) = try Self.render("{{>p1}}", partials: partials, limits: RenderLimits(outputBytes: 100, partialDepth: 4))
        #expect(error == nil)
        #expect(String(decoding: output, as: UTF8.self) == "1234")
        let (_, tooDeep) = try Self.render("{{>p1}}", partials: partials, limits: RenderLimits(outputBytes: 100, partialDepth: 3))
        #expect(tooDeep == TemplateRenderError(kind: .partialsTooDeep(limit: 3), template: "p3", line: 1, column: 2))
    }

    @Test("a block that holds a block of its own name renders once, without recursing")
    func blockInsideItsOwnReplacement() throws {
        let (output, error) = try Self.render(
            "{{<p}}{{$a}}[{{$a}}inner{{/a}}]{{/a}}{{/p}}", partials: ["p": "{{$a}}default{{/a}}"],
            limits: RenderLimits(outputBytes: 100))
        #expect(error == nil)
        #expect(String(decoding: output, as: UTF8.self) == "[inner]")
    }

    @Test("sections 100 deep in partials as deep as the default limit do not exhaust the stack")
    func deepestNesting() throws {
        let depth = RenderLimits.defaultPartialDepth
        var partials: [String: String] = [:]
        for level in 0..<depth {
            partials["p\(level)"] = String(repeating: "{{#flag}}", count: 99) + "{{>p\(level + 1)}}" + String(repeating: "{{/flag}}", count: 99)
        }
        partials["p\(depth)"] = "end"
        let (output, error) = try Self.render("{{>p0}}", partials: partials, limits: RenderLimits(outputBytes: 100))
        #expect(error == TemplateRenderError(kind: .partialsTooDeep(limit: depth), template: "p\(depth - 1)", line: 1, column: 892))
        #expect(output == [])
    }
}
