import Foundation
import Mustache
import Testing
@testable import Participatie

/// The faster paths of the build give exactly what the simple ones gave.
@Suite("Snellere wegen, zelfde uitkomst")
struct EquivalenceTests {
    @Test("SHA-256 in stukken van elke grootte, en uit een niet-aaneengesloten reeks, is gelijk aan in één keer")
    func sha256InPieces() {
        let bytes = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        let whole = SHA256.hex(bytes)
        for size in [1, 3, 63, 64, 65, 127, 500] {
            var hash = SHA256()
            for start in stride(from: 0, to: bytes.count, by: size) { hash.update(bytes[start..<min(start + size, bytes.count)]) }
            #expect(hash.hexDigest() == whole, "stukken van \(size)")
        }
        var lazy = SHA256()
        lazy.update(bytes.lazy.map { $0 })
        #expect(lazy.hexDigest() == whole)
        var text = SHA256()
        text.update("participatie-vingerafdruk 1\n")
        #expect(text.hexDigest() == SHA256.hex(Array("participatie-vingerafdruk 1\n".utf8)))
    }

    @Test("witruimte weghalen: dezelfde tekens als Foundation, voor elk teken van het BMP")
    func trimmingMatchesFoundation() {
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let character = String(Character(scalar))
            for text in [character + "a" + character, "a" + character + "b", character] {
                if text.trimmedWhitespaceAndNewlines != text.trimmingCharacters(in: .whitespacesAndNewlines) {
                    Issue.record("U+\(String(value, radix: 16, uppercase: true)) in \(text.debugDescription)")
                }
                if text.trimmedWhitespace != text.trimmingCharacters(in: .whitespaces) {
                    Issue.record("U+\(String(value, radix: 16, uppercase: true)) in \(text.debugDescription), zonder regeleinden")
                }
            }
        }
        #expect(" \u{2003}\tWijkcentrum Oost\r\n".trimmedWhitespaceAndNewlines == "Wijkcentrum Oost")
        #expect("\u{301}x ".trimmedWhitespaceAndNewlines == "\u{301}x")
        #expect(" \n ".trimmedWhitespaceAndNewlines == "")
    }

    @Test("HTML-escaping is gelijk aan die van swift-mustache", arguments: [
        "gewoon", "", "<b>&amp;</b>", "\"citaat\" en 'nog een'", "e\u{301}\u{301} & 👩‍👩‍👧 < > ' \"", "\r\n<\r\n",
        "\u{0}&\u{FEFF}",
    ])
    func htmlEscapingMatchesMustache(value: String) throws {
        struct View { let value: String }
        let builtIn = try MustacheTemplate(string: "{{value}}").render(View(value: value))
        #expect(TemplateFormat.html.escaped(value) == builtIn)
    }

    @Test("een aanhalingsteken met een combinerend teken erachter wordt toch geschoond (swift-mustache deed dat niet)")
    func quoteWithCombiningMarkIsEscaped() {
        // As one Character "\"\u{301}" is not '"', but a browser ends the attribute value at the quote.
        #expect(TemplateFormat.html.escaped("\"\u{301} onmouseover=x") == "&quot;\u{301} onmouseover=x")
        #expect(TemplateFormat.html.escaped("<\u{338}b>") == "&lt;\u{338}b&gt;")
        #expect(TemplateFormat.markdown.escaped("*\u{301}nadruk*") == "\\*\u{301}nadruk\\*")
    }

    @Test("tekst uit HTML: hetzelfde als tags weglaten en entiteiten vervangen met Foundation", arguments: [
        "Formele <em>procedure</em>", "A &amp;lt; b", "&quot;x&quot; &amp; &lt;y&gt; &copy; & &", "<a href=\"&amp;\">t&amp;</a>",
        "e\u{301} &amp;quot; 👩‍👩‍👧", "", "&", "&amp", "<>&gt;<",
    ])
    func plainTextFromHTML(html: String) {
        var stripped = ""
        var inTag = false
        for character in html {
            if character == "<" { inTag = true } else if character == ">" { inTag = false } else if !inTag { stripped.append(character) }
        }
        let expected = stripped.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
        #expect(ReportView.plainText(fromHTML: html) == expected)
    }

    @Test("opzoeken in de tijdlijn: volgorde van het verslag, elk item één keer, de eerste bij dubbele id's")
    func timelineLookups() {
        let date = EventDate(year: 2024, month: 1, day: 1)
        let events = ["b", "a", "a"].enumerated().map { index, id in
            Event(id: id, file: "process/\(id).md", kind: .bijeenkomst, title: "\(id)\(index)", dates: [date])
        }
        let outcomes = [
            Outcome(id: "u2", file: "", title: "", order: 2, sources: ["a", "a", "b"]),
            Outcome(id: "u1", file: "", title: "", order: 1, sources: ["a", "x"]),
        ]
        let responses = [
            Response(id: "r2", file: "", title: "", order: nil, outcomes: ["u1"], verdict: .overgenomen),
            Response(id: "r1", file: "", title: "", order: 1, outcomes: ["u2", "u1", "u1"], verdict: .overgenomen),
        ]
        let process = ProcessDescription(file: "process/proces.md", title: "", municipality: "", governingBody: "", level: .adviseren,
                                         regulation: "", participationPlan: nil, status: .concept, version: "1")
        let timeline = Timeline(process: process, events: events, outcomes: outcomes, responses: responses)
        #expect(timeline.event(withID: "a")?.title == "a1")
        #expect(timeline.event(withID: "x") == nil)
        #expect(timeline.outcome(withID: "u2")?.order == 2)
        #expect(timeline.outcomes(fedBy: events[1]).map(\.id) == ["u1", "u2"])
        #expect(timeline.outcomes(fedBy: events[0]).map(\.id) == ["u2"])
        #expect(timeline.responses(answering: outcomes[1]).map(\.id) == ["r1", "r2"])
        #expect(timeline.responses(answering: outcomes[0]).map(\.id) == ["r1"])
        #expect(timeline.unansweredOutcomes.isEmpty)
    }

    @Test("een bestand in delen schrijven; opgeven laat het oude bestand staan en geen tijdelijk bestand achter")
    func atomicWriteInParts() throws {
        let folder = try TemporaryFolder()
        #expect(throws: Never.self) { try AtomicFileWriter.write(Array("oud".utf8), to: "verslag.html", in: folder.path).get() }
        let parts = ["één ", "twee ", String(repeating: "x", count: 100_000)]
        try AtomicFileWriter.write(to: "verslag.html", in: folder.path) { output in
            for part in parts { output.write(part.utf8) }
            output.write(parts[0].utf8.lazy.map { $0 })
            return true
        }.get()
        #expect(try String(contentsOfFile: folder.path + "/verslag.html", encoding: .utf8) == parts.joined() + parts[0])
        let abandoned = AtomicFileWriter.write(to: "verslag.html", in: folder.path) { output in
            output.write("half".utf8)
            return false
        }
        #expect(throws: AtomicFileWriter.Failure(code: ECANCELED)) { try abandoned.get() }
        #expect(try String(contentsOfFile: folder.path + "/verslag.html", encoding: .utf8) == parts.joined() + parts[0])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["verslag.html"])
    }

    @Test("Markdown-teksten worden alleen gemaakt als een sjabloon van de gevraagde vormen ze gebruikt")
    func markdownOnlyWhenUsed() throws {
        let (loaded, problems) = TemplateLibrary.load(directory: packageRoot.appendingPathComponent("templates").path,
                                                      displayPath: "templates", variables: ReportView.templateVariables)
        #expect(problems == [])
        let library = try #require(loaded)
        #expect(!library.usesVariable(in: [.html], endingWith: "Markdown"))
        #expect(library.usesVariable(in: [.html, .markdown], endingWith: "Markdown"))
        #expect(library.usesVariable(in: [.html], endingWith: "HTML"))
        let folder = try TemporaryFolder()
        try folder.write("templates/eindverslag.html.mustache", "<p>Markdown</p>{{#events}}{{ bodyMarkdown }}{{/events}}\n")
        try folder.write("templates/partials/x.html.mustache", "Markdown {{! bodyMarkdown }}\n")
        let (custom, _) = TemplateLibrary.load(directory: folder.path + "/templates", displayPath: "templates",
                                               variables: ReportView.templateVariables)
        #expect(try #require(custom).usesVariable(in: [.html], endingWith: "Markdown"))
        try folder.write("templates/eindverslag.html.mustache", "<p>Markdown</p>{{#events}}{{ bodyHTML }}{{/events}}\n")
        let (withoutTag, _) = TemplateLibrary.load(directory: folder.path + "/templates", displayPath: "templates",
                                                   variables: ReportView.templateVariables)
        #expect(try !#require(withoutTag).usesVariable(in: [.html], endingWith: "Markdown"))
    }

    @Test("onveilige links: de snelle weg geeft hetzelfde als trimmen en kleine letters", arguments: [
        "https://example.nl", "JavaScript:alert(1)", " javascript:x", "\u{2003}data:text/html,x", "data:image/png;base64,x",
        "Data:Image/GIF;x", "vbscript:x", "FILE:///etc/passwd", "fi", "mailto:a@b.nl", "#kop", "../x.md", "",
        "J\u{301}avascript:x", "9file:", "dossier.pdf", "V", "ﬁle:x", "\u{212A}elvin:x",
    ])
    func unsafeURLFastPath(url: String) {
        let lowered = url.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        let expected = !["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"].contains { lowered.hasPrefix($0) }
            && ["javascript:", "vbscript:", "file:", "data:"].contains { lowered.hasPrefix($0) }
        #expect(Markdown.isUnsafeURL(url) == expected)
    }

    @Test("bytes zoeken: een ASCII-merkteken wordt gevonden waar Foundation het vindt")
    func byteSearchForMarker() {
        let marker = EntryTemplate.placeholderMarker
        for text in ["", "[VUL IN: titel]", "titel: [VUL IN", "[VUL I N", "[vul in: x]", "é[VUL IN: ë]", "[VUL IN\u{301}: x]",
                     "[VUL\u{00A0}IN", String(repeating: "x", count: 10_000) + "[VUL IN"] {
            if text.contains(marker) { #expect(ByteScan.contains(marker, in: text), "\(text.prefix(40).debugDescription)") }
        }
        #expect(ByteScan.contains("", in: "x"))
        #expect(!ByteScan.contains("x", in: ""))
    }
}
