// libFuzzer target for one process file (front matter + body + Markdown), and the same bytes as a
// template. Built and run by scripts/fuzz.sh with -DFUZZING and both sanitizer flags; a normal build
// gets a stub main.
import CommonMark
import MustacheEngine
import ParticipatieReading

@_cdecl("LLVMFuzzerTestOneInput")
public func participatieFuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let (diagnostics, body) = SingleFileCheck.run(bytes)
    // Invariants beyond "does not crash": every diagnostic prints as one line with a position,
    // and the rendered body never carries script.
    for diagnostic in diagnostics {
        let line = diagnostic.description
        if line.contains("\n") || line.contains("\r") || diagnostic.line < 1 || diagnostic.column < 1 {
            fatalError("diagnostic is not one positioned line: \(line)")
        }
    }
    // The renderers the report uses, with a heading shift as for an event body.
    _ = Markdown.commonMark(from: body)
    _ = Markdown.safeCommonMark(from: body, topHeadingLevel: 4)
    let html = Markdown.html(from: body, options: [.smart, .sourcePositions], topHeadingLevel: 4)
    // The same bytes as a template: parsing and rendering must not crash, errors have a position, and
    // rendering stays within its limits.
    if let template = try? Template(parsing: String(decoding: bytes, as: UTF8.self), contentType: .html) {
        do {
            try template.render(
                .object(FuzzView(depth: 0)), name: "fuzz", partials: ["fuzz": template],
                limits: RenderLimits(outputBytes: 1 << 20, partialDepth: 8, steps: 1 << 20)
            ) { _ in }
        } catch {
            if error.line < 1 || error.column < 1 { fatalError("render error without a position: \(error)") }
        }
    }
    let lowered = html.lowercased()
    for forbidden in ["<script", "href=\"javascript:", "src=\"javascript:", "href=\"vbscript:", "href=\"data:text"]
    where lowered.contains(forbidden) {
        fatalError("rendered body contains \(forbidden)")
    }
    return 0
}

/// A view whose `items` nest three levels deep, with texts that need escaping.
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

#if !FUZZING
    @main
    struct FuzzStub {
        static func main() {
            print("ParticipatieFuzz is een fuzzdoel; bouw en start het met scripts/fuzz.sh")
        }
    }
#endif
