/// Runs one file's bytes through every step the reader and the report take for a single file:
/// decoding, front matter, YAML, the field parsers of all four file roles, the body checks and
/// both Markdown renderers. Entry point for the fuzzer (`scripts/fuzz.sh`), not for users.
@_spi(Fuzzing)
public enum EventFileCheck {
    /// The diagnostics for `bytes` read as `process/2024-01-01-fuzz.md`, plus the rendered body.
    public static func run(_ bytes: [UInt8]) -> (diagnostics: [Diagnostic], html: String) {
        let path = "process/2024-01-01-fuzz.md"
        switch SourceFile.parse(bytes: bytes, path: path, id: "2024-01-01-fuzz") {
        case .failure(let diagnostic):
            return ([diagnostic], "")
        case .success(let source):
            var event = source, outcome = source, response = source, process = source
            _ = EventParser.parse(&event)
            _ = OutcomeParser.parse(&outcome)
            _ = ResponseParser.parse(&response)
            _ = ProcessDescriptionParser.parse(&process)
            let diagnostics = event.fields.diagnostics + outcome.fields.diagnostics
                + response.fields.diagnostics + process.fields.diagnostics
                + BodyCheck.diagnostics(inFields: ["motivering", "toelichting-proces"], of: source.fields)
                + PlaceholderScan.diagnostics(in: source)
            // The renderers the report uses, with a heading shift as for an event body.
            _ = Markdown.commonMark(from: source.body)
            _ = Markdown.safeCommonMark(from: source.body, topHeadingLevel: 4)
            return (diagnostics, Markdown.html(from: source.body, options: [.smart, .sourcePositions], topHeadingLevel: 4))
        }
    }

    /// `bytes` read as a report template: parsed and, when it parses, rendered with a small view that
    /// has texts, flags, numbers and nested lists. The parse error, if any, with its position.
    public static func template(_ bytes: [UInt8]) -> (line: Int, column: Int)? {
        let text = String(decoding: bytes, as: UTF8.self)
        switch TemplateParser.parse(text, format: .html) {
        case .failure(let failure):
            return (failure.line, failure.column)
        case .success(let template):
            let view = FuzzView(depth: 0)
            TemplateRenderer.render(template, view: .object(view), templates: [:]) { _ in }
            return nil
        }
    }

    /// A view whose `items` nest three levels deep.
    private struct FuzzView: TemplateObject {
        let depth: Int

        func templateValue(named name: String) -> TemplateValue? {
            switch name {
            case "title": .text("<script>alert('x')</script> & \"é\"")
            case "flag": .flag(depth % 2 == 0)
            case "number": .number(depth)
            case "items": depth < 3 ? .objects((0..<3).map { _ in FuzzView(depth: depth + 1) }) : .list([])
            case "texts": .texts(["a", "", "b\nc"])
            default: nil
            }
        }
    }
}
