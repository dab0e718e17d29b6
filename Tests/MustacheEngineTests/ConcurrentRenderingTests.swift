import Dispatch
import MustacheEngine
import Synchronization
import Testing

/// Long lists rendered in chunks through a ``ConcurrentMapper`` give the same text and the same errors as
/// rendering item by item.
@Suite("Lange lijsten in stukken")
struct ConcurrentRenderingTests {
    /// Computes the results in reverse order, on threads of Dispatch, and counts its calls: a chunk that
    /// wrongly depended on the one before it would show.
    final class ReversedMapper: ConcurrentMapper {
        let calls = Mutex(0)

        func map<Result: Sendable>(count: Int, _ transform: @escaping @Sendable (Int) -> Result) -> [Result] {
            calls.withLock { $0 += 1 }
            let results = Mutex([Result?](repeating: nil, count: count))
            let group = DispatchGroup()
            for index in (0..<count).reversed() {
                DispatchQueue.global().async(group: group) {
                    let result = transform(index)
                    results.withLock { $0[index] = result }
                }
            }
            group.wait()
            return results.withLock { $0.map { $0! } }
        }
    }

    struct Item: TemplateObject {
        let number: Int

        func templateValue(named name: String) -> TemplateValue? {
            switch name {
            case "n": .number(number)
            case "name": .text("<item \(number)>")
            case "even": .flag(number % 2 == 0)
            case "words": .list((0..<(number % 3)).map { .text("w\($0)") })
            case "long": .text(String(repeating: "x", count: 20_000))
            case "huge": number == 999 ? .text(String(repeating: "y", count: 1_100_000)) : nil
            default: nil
            }
        }
    }

    struct View: TemplateObject {
        let count: Int

        func templateValue(named name: String) -> TemplateValue? {
            switch name {
            case "items": .list((0..<count).map { .object(Item(number: $0)) })
            case "title": .text("Titel & zo")
            default: nil
            }
        }
    }

    /// The text (and error) of `root` with `partials`, item by item and with `mapper`.
    static func render(
        _ root: String, partials: [String: String] = [:], count: Int = 1_000, limits: RenderLimits = RenderLimits(outputBytes: 1 << 26),
        mapper: (any ConcurrentMapper)?
    ) throws -> (output: [UInt8], error: TemplateRenderError?) {
        var templates: [String: Template] = [:]
        for (name, text) in partials { templates[name] = try Template(parsing: text, contentType: .html) }
        let template = try Template(parsing: root, contentType: .html)
        var output: [UInt8] = []
        do {
            try template.render(
                .object(View(count: count)), name: "root", partials: templates, limits: limits, concurrently: mapper
            ) { output += $0 }
            return (output, nil)
        } catch {
            return (output, error)
        }
    }

    /// Where two texts first differ: `nil` when they are equal. (Comparing the arrays in `#expect` would
    /// make a failure print a diff of megabytes, which takes minutes.)
    static func firstDifference(_ lhs: [UInt8], _ rhs: [UInt8]) -> Int? {
        if lhs == rhs { return nil }
        return zip(lhs, rhs).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(lhs.count, rhs.count)
    }

    static let templates: [(root: String, partials: [String: String])] = [
        ("<ul>\n{{#items}}\n<li>{{n}} {{name}}</li>\n{{/items}}\n</ul>\n", [:]),
        ("{{#items}}{{n}}{{^last()}}, {{/last()}}{{/items}}", [:]),
        ("{{#items}}{{index()}}{{#first()}}!{{/first()}}{{#even}} even{{/even}}{{^even}} odd{{/even}} {{title}}\n{{/items}}", [:]),
        ("{{#items}}\n{{n}}:{{#words}} {{.}}{{/words}}\n{{/items}}", [:]),
        ("<ol>\n{{#items}}\n  {{>item}}\n{{/items}}\n</ol>\n", ["item": "<li>\n{{name}}\n</li>\n"]),
        // An indented partial without a final line end: each item starts where the one before ended.
        ("{{#items}}\n  {{>item}}\n{{/items}}", ["item": "{{n}}\n{{n}}"]),
        ("{{#items}}\n  {{>item}}\n{{/items}}", ["item": "{{#even}}\n{{n}}\n{{/even}}{{^even}}{{n}}{{/even}}"]),
        // An indented partial that renders nothing for the first item of every chunk (item 64, 128, …):
        // only the text before it decides whether its indentation is written.
        ("{{#items}}\n  {{>item}}\n{{/items}}", ["item": "{{^even}}{{n}}{{/even}}"]),
        // The last item alone needs more than a chunk may make (1 MiB).
        ("{{#items}}{{n}}{{huge}}\n{{/items}}", [:]),
    ]

    @Test("dezelfde tekst als item voor item, bij elk sjabloon", arguments: 0..<9)
    func sameText(_ number: Int) throws {
        let (root, partials) = Self.templates[number]
        let mapper = ReversedMapper()
        let serial = try Self.render(root, partials: partials, mapper: nil)
        let chunked = try Self.render(root, partials: partials, mapper: mapper)
        #expect(serial.error == nil)
        #expect(chunked.error == nil)
        #expect(Self.firstDifference(chunked.output, serial.output) == nil)
        #expect(mapper.calls.withLock { $0 } == 1)  // 1,000 items: one round of 16 chunks
    }

    @Test("een lijst van 3.000 items gaat in twee rondes; een van 255 items gaat item voor item")
    func rounds() throws {
        let root = "{{#items}}<p>{{name}}</p>\n{{/items}}"
        let long = ReversedMapper()
        let longText = try (Self.render(root, count: 3_000, mapper: long), Self.render(root, count: 3_000, mapper: nil))
        #expect(Self.firstDifference(longText.0.output, longText.1.output) == nil)
        #expect(long.calls.withLock { $0 } == 2)
        let short = ReversedMapper()
        let shortText = try (Self.render(root, count: 255, mapper: short), Self.render(root, count: 255, mapper: nil))
        #expect(Self.firstDifference(shortText.0.output, shortText.1.output) == nil)
        #expect(short.calls.withLock { $0 } == 0)
    }

    @Test("items van meer dan een deel (1 MiB) per stuk worden item voor item gemaakt, met dezelfde tekst")
    func chunkOverAPart() throws {
        let root = "{{#items}}{{long}}\n{{/items}}"
        let serial = try Self.render(root, count: 300, mapper: nil)
        let chunked = try Self.render(root, count: 300, mapper: ReversedMapper())
        #expect(serial.output.count == 300 * 20_001)
        #expect(Self.firstDifference(chunked.output, serial.output) == nil)
    }

    @Test("de uitvoergrens midden in een lange lijst: dezelfde fout en dezelfde tekst ervoor")
    func outputLimit() throws {
        let root = "{{#items}}\n<li>{{n}} {{name}}</li>\n{{/items}}"
        let limits = RenderLimits(outputBytes: 10_000)
        let serial = try Self.render(root, limits: limits, mapper: nil)
        let chunked = try Self.render(root, limits: limits, mapper: ReversedMapper())
        #expect(serial.error == TemplateRenderError(kind: .outputTooLarge(limit: 10_000), template: "root", line: 2, column: 11))
        #expect(chunked.error == serial.error)
        #expect(Self.firstDifference(chunked.output, serial.output) == nil)
    }

    @Test("de stappengrens midden in een lange lijst: dezelfde fout en dezelfde tekst ervoor")
    func stepLimit() throws {
        let root = "{{#items}}\n<li>{{n}}</li>\n{{/items}}"
        // 1 step for the section, 3 nodes per item and 1 for each item after the first: 4,000 in all.
        for mapper in [nil, ReversedMapper()] as [ReversedMapper?] {
            #expect(try Self.render(root, limits: RenderLimits(outputBytes: 1 << 20, steps: 4_000), mapper: mapper).error == nil)
            #expect(try Self.render(root, limits: RenderLimits(outputBytes: 1 << 20, steps: 3_999), mapper: mapper).error != nil)
        }
        let limits = RenderLimits(outputBytes: 1 << 20, steps: 3_000)
        let serial = try Self.render(root, limits: limits, mapper: nil)
        let chunked = try Self.render(root, limits: limits, mapper: ReversedMapper())
        #expect(serial.error == TemplateRenderError(kind: .tooManySteps(limit: 3_000), template: "root", line: 2, column: 10))
        #expect(chunked.error == serial.error)
        #expect(Self.firstDifference(chunked.output, serial.output) == nil)
    }
}
