import MustacheEngine
import Testing

/// The official Mustache specification (its JSON files in `../shared/mustache-spec/`, or in
/// `MUSTACHE_SPEC_DIR`): every test of the required modules and of the optional inheritance and dynamic
/// names modules, output compared exactly. Lambdas are not supported.
@Suite("Mustache specification")
struct SpecTests {
    static func run(_ specCase: SpecCase) throws {
        guard let test = specCase.test else {
            Issue.record(Comment(rawValue: specCase.problem ?? "no test"))
            return
        }
        var partials: [String: Template] = [:]
        for (name, text) in test.partials ?? [:] {
            partials[name] = try Template(parsing: text, contentType: .html)
        }
        let template = try Template(parsing: test.template, contentType: .html)
        let view = test.data.templateValue ?? .flag(false)
        let output = try template.rendered(view, name: "test", partials: partials, limits: RenderLimits(outputBytes: 1 << 20))
        #expect(output == test.expected, "\(test.desc)\ntemplate: \(test.template.debugDescription)")
    }

    @Test(arguments: SpecCase.cases(in: "comments"))
    func comments(_ specCase: SpecCase) throws { try Self.run(specCase) }

    @Test(arguments: SpecCase.cases(in: "delimiters"))
    func delimiters(_ specCase: SpecCase) throws { try Self.run(specCase) }

    @Test(arguments: SpecCase.cases(in: "interpolation"))
    func interpolation(_ specCase: SpecCase) throws { try Self.run(specCase) }

    @Test(arguments: SpecCase.cases(in: "inverted"))
    func inverted(_ specCase: SpecCase) throws { try Self.run(specCase) }

    @Test(arguments: SpecCase.cases(in: "partials"))
    func partials(_ specCase: SpecCase) throws { try Self.run(specCase) }

    @Test(arguments: SpecCase.cases(in: "sections"))
    func sections(_ specCase: SpecCase) throws { try Self.run(specCase) }

    @Test(arguments: SpecCase.cases(in: "~inheritance"))
    func inheritance(_ specCase: SpecCase) throws { try Self.run(specCase) }

    @Test(arguments: SpecCase.cases(in: "~dynamic-names"))
    func dynamicNames(_ specCase: SpecCase) throws { try Self.run(specCase) }

    /// Our HTML escaping also turns `'` into `&#39;`, which the specification does not expect; no value
    /// the specification inserts has one, so its tests still say what they should.
    @Test("no specification data has an apostrophe, which we escape and the specification does not")
    func noApostrophesInData() {
        for file in ["comments", "delimiters", "interpolation", "inverted", "partials", "sections", "~inheritance", "~dynamic-names"] {
            for specCase in SpecCase.cases(in: file) {
                guard let test = specCase.test else {
                    Issue.record(Comment(rawValue: specCase.problem ?? "no test"))
                    continue
                }
                #expect(!Self.strings(in: test.data).contains { $0.contains("'") }, "\(specCase.testDescription)")
            }
        }
    }

    private static func strings(in value: JSONValue) -> [String] {
        switch value {
        case .string(let string): [string]
        case .array(let items): items.flatMap(strings)
        case .object(let fields): fields.values.flatMap(strings)
        case .null, .bool, .integer, .decimal: []
        }
    }
}
