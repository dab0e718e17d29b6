import Dispatch
import MustacheEngine
import Synchronization
import Testing

/// Rendering long lists through an item mapper gives the bytes, and stops with the error, of rendering
/// them one item after another.
@Suite("Lijsten over alle kernen")
struct ItemMapperTests {
    /// Runs the calls on many threads, as the report does.
    struct Concurrent: ItemMapper {
        func map<Result: Sendable>(_ count: Int, _ transform: @Sendable (Int) -> Result) -> [Result] {
            let results = Mutex<[Result?]>(Array(repeating: nil, count: count))
            DispatchQueue.concurrentPerform(iterations: count) { index in
                let result = transform(index)
                results.withLock { $0[index] = result }
            }
            return results.withLock { $0.map { $0! } }
        }
    }

    /// Runs the calls last first: nothing may depend on their order.
    struct Backwards: ItemMapper {
        func map<Result: Sendable>(_ count: Int, _ transform: @Sendable (Int) -> Result) -> [Result] {
            (0..<count).reversed().map(transform).reversed()
        }
    }

    /// Counts the calls, so a test knows the mapper was used.
    final class Counting: ItemMapper {
        let calls = Mutex(0)
        func map<Result: Sendable>(_ count: Int, _ transform: @Sendable (Int) -> Result) -> [Result] {
            calls.withLock { $0 += 1 }
            return (0..<count).map(transform)
        }
    }

    struct Item: TemplateObject {
        let number: Int
        func templateValue(named name: String) -> TemplateValue? {
            switch name {
            case "number": .number(number)
            case "name": .text(number % 3 == 0 ? "<a & \"b\">" : "item \(number)")
            case "tags": .list((0..<(number % 4)).map { .text("t\($0)") })
            case "odd": .flag(number % 2 == 1)
            default: nil
            }
        }
    }

    struct View: TemplateObject {
        let count: Int
        func templateValue(named name: String) -> TemplateValue? {
            switch name {
            case "items": .list((0..<count).map { .object(Item(number: $0)) })
            case "title": .text("Lijst")
            default: nil
            }
        }
    }

    static let partials = [
        "item": "<li{{#odd}} class=\"oneven\"{{/odd}}>{{index()}}: {{name}} {{#tags}}[{{.}}{{^last()}},{{/last()}}]{{/tags}}</li>\n",
        "blok": "{{$inhoud}}standaard {{number}}{{/inhoud}}",
        "ingesprongen": "  {{#items}}\n  <p>{{number}}</p>\n  {{/items}}\n",
        "soms": "{{#odd}}x{{/odd}}",
    ]

    static let templates = [
        "{{title}}\n<ol>\n{{#items}}\n{{>item}}\n{{/items}}\n</ol>\n",
        "{{#items}}{{#first()}}begin {{title}} {{/first()}}{{number}}{{^last()}}, {{/last()}}{{/items}}",
        "{{#items}}{{<blok}}{{$inhoud}}vervangen {{name}}{{/inhoud}}{{/blok}}|{{/items}}",
        "<div>\n  {{>ingesprongen}}\n</div>\n",
        // An indented partial in each item: its indentation depends on where the item before ended.
        "{{#items}}\n  {{>soms}}\n{{/items}}",
        "{{#items}}{{#items}}{{number}}{{/items}}{{/items}}",
    ]

    static func render(_ text: String, count: Int, limits: RenderLimits, mapper: (any ItemMapper)?) throws -> Result<[UInt8], TemplateRenderError> {
        var partials: [String: Template] = [:]
        for (name, partial) in Self.partials { partials[name] = try Template(parsing: partial, contentType: .html) }
        let template = try Template(parsing: text, contentType: .html)
        var output: [UInt8] = []
        do {
            try template.render(.object(View(count: count)), name: "root", partials: partials, limits: limits, itemMapper: mapper) {
                output += $0
            }
            return .success(output)
        } catch {
            return .failure(error)
        }
    }

    @Test("dezelfde bytes als één voor één, voor lijsten van 0 tot 3.000 items", arguments: [0, 1, 63, 64, 65, 1_023, 1_024, 1_025, 3_000])
    func sameBytes(count: Int) throws {
        let limits = RenderLimits(outputBytes: 1 << 30)
        for text in Self.templates.dropLast() {
            let serial = try Self.render(text, count: count, limits: limits, mapper: nil)
            #expect(try Self.render(text, count: count, limits: limits, mapper: Concurrent()) == serial, "\(text)")
            #expect(try Self.render(text, count: count, limits: limits, mapper: Backwards()) == serial, "\(text)")
        }
    }

    @Test("de mapper wordt gebruikt voor een lange lijst, niet voor een korte of een ingesprongen")
    func mapperIsUsedWhereItMay() throws {
        let limits = RenderLimits(outputBytes: 1 << 30)
        for (text, count, used) in [(Self.templates[0], 64, true), (Self.templates[0], 63, false), (Self.templates[3], 500, false)] {
            let counting = Counting()
            _ = try Self.render(text, count: count, limits: limits, mapper: counting)
            #expect((counting.calls.withLock { $0 } > 0) == used, "\(text) met \(count)")
        }
    }

    @Test("bij een grens aan uitvoer of stappen dezelfde fout op dezelfde plaats als één voor één")
    func sameErrorAtEveryLimit() throws {
        for text in Self.templates {
            let count = text == Self.templates.last ? 100 : 1_500
            guard case .success(let whole) = try Self.render(text, count: count, limits: RenderLimits(outputBytes: 1 << 30), mapper: nil)
            else {
                Issue.record("\(text) zonder grens")
                continue
            }
            var stepsNeeded = 0
            while case .failure = try Self.render(text, count: count, limits: RenderLimits(outputBytes: 1 << 30, steps: stepsNeeded), mapper: nil) {
                stepsNeeded = stepsNeeded == 0 ? 1 : stepsNeeded * 2
            }
            var compared = 0
            for fraction in [0.0, 0.001, 0.1, 0.5, 0.9, 0.999, 1.0] {
                let bytes = Int(Double(whole.count) * fraction)
                let steps = Int(Double(stepsNeeded) * fraction)
                for limits in [RenderLimits(outputBytes: bytes), RenderLimits(outputBytes: 1 << 30, steps: steps)] {
                    let serial = try Self.render(text, count: count, limits: limits, mapper: nil)
                    let concurrent = try Self.render(text, count: count, limits: limits, mapper: Concurrent())
                    switch (serial, concurrent) {
                    case (.success(let left), .success(let right)): #expect(left == right, "\(text) \(limits)")
                    case (.failure(let left), .failure(let right)): #expect(left == right, "\(text) \(limits)")
                    default: Issue.record("\(text) \(limits): \(serial) tegen \(concurrent)")
                    }
                    if case .failure = serial { compared += 1 }
                }
            }
            #expect(compared >= 8, "\(text)")
        }
    }
}
