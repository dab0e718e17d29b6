import MustacheEngine
import Testing

/// Random templates made of Mustache's building blocks: each one parses or fails with an error, and each
/// one that parses renders or fails with an error; none traps.
@Suite("Random templates")
struct RandomTemplateTests {
    /// A small deterministic generator (SplitMix64), so that a failure can be repeated.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let pieces = [
        "{{", "}}", "{{{", "}}}", "#", "^", "/", "!", "&", ">", "<", "$", "=", "%", "*", "a", "b", "a.b", ".", "first()",
        "count(", ")", " ", "  ", "\t", "\n", "\r\n", "x", "é", "<%", "%>", "{{#a}}", "{{/a}}", "{{^b}}", "{{/b}}", "{{>p}}",
        "{{<p}}", "{{/p}}", "{{$a}}", "{{$b}}", "{{=<% %>=}}", "<%={{ }}=%>", "{{! c }}", "{{a}}", "{{.}}", "{{>*a}}", "{{>q}}",
    ]

    struct View: TemplateObject {
        func templateValue(named name: String) -> TemplateValue? {
            switch name {
            case "a": .list([.object(View()), .text("p"), .number(2), .flag(true), .list([.text("q")])])
            case "b": .text("p")
            default: nil
            }
        }
    }

    static func randomTemplate(_ generator: inout SplitMix) -> String {
        let count = Int.random(in: 0..<40, using: &generator)
        return (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined()
    }

    @Test("3,000 random templates parse and render or fail with an error")
    func randomTemplates() {
        var generator = SplitMix(state: 20_241_201)
        var parsed = 0
        for _ in 0..<3_000 {
            let text = Self.randomTemplate(&generator)
            let partialText = Self.randomTemplate(&generator)
            guard let template = try? Template(parsing: text, contentType: .html) else { continue }
            parsed += 1
            var partials: [String: Template] = ["p": template]
            partials["q"] = try? Template(parsing: partialText, contentType: .markdown)
            _ = try? template.rendered(
                .object(View()), name: "t", partials: partials,
                limits: RenderLimits(outputBytes: 10_000, partialDepth: 8))
        }
        #expect(parsed > 300)
    }
}
