import CommonMark
import Foundation
import Mustache
import MustacheEngine
import Testing

@testable import ParticipatieCommands
@testable import ParticipatieModel
@testable import ParticipatieReading
@testable import ParticipatieReport
@testable import ParticipatieSystem

/// The faster paths of the build give exactly what the simple ones gave.
@Suite("Snellere wegen, zelfde uitkomst")
struct EquivalenceTests {
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

    @Test(
        "HTML-escaping is gelijk aan die van swift-mustache",
        arguments: [
            "gewoon", "", "<b>&amp;</b>", "\"citaat\" en 'nog een'", "e\u{301}\u{301} & 👩‍👩‍👧 < > ' \"", "\r\n<\r\n",
            "\u{0}&\u{FEFF}",
        ])
    func htmlEscapingMatchesMustache(value: String) throws {
        struct View { let value: String }
        let builtIn = try MustacheTemplate(string: "{{value}}").render(View(value: value))
        #expect(ContentType.html.escaped(value) == builtIn)
    }

    @Test("een aanhalingsteken met een combinerend teken erachter wordt toch geschoond (swift-mustache deed dat niet)")
    func quoteWithCombiningMarkIsEscaped() {
        // As one Character "\"\u{301}" is not '"', but a browser ends the attribute value at the quote.
        #expect(ContentType.html.escaped("\"\u{301} onmouseover=x") == "&quot;\u{301} onmouseover=x")
        #expect(ContentType.html.escaped("<\u{338}b>") == "&lt;\u{338}b&gt;")
        #expect(ContentType.markdown.escaped("*\u{301}nadruk*") == "\\*\u{301}nadruk\\*")
    }

    @Test(
        "koppen in de inhoudsopgave: de tekst uit cmarks boom is de tekst die de lezer in de HTML ziet",
        arguments: [
            "## Formele *procedure*", "## A &amp;lt; b", "## \"x\" & <y> &copy; & &", "## [t&amp;](https://x.nl/?a&b)",
            "## e\u{301} &quot; 👩‍👩‍👧", "## `<code>` en **vet**", "Regel\neen\n---", "## Met <b>HTML</b>",
            "## ![alt](a.png) beeld", "## 1 < 2 > 0",
        ])
    func headingTextIsWhatTheReaderSees(markdown: String) throws {
        let (html, headings) = ReportView.introduction(markdown)
        // The heading's HTML with its tags dropped and cmark's entities decoded, as a browser shows it.
        let close = try #require(html.range(of: "</h2>"))
        let inner = html[..<close.lowerBound].drop { $0 != ">" }.dropFirst()
        var stripped = ""
        var inTag = false
        for character in inner {
            if character == "<" { inTag = true } else if character == ">" { inTag = false } else if !inTag { stripped.append(character) }
        }
        let shown = stripped.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
        #expect(headings.map(\.label) == [shown], "\(html.debugDescription)")
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
        let process = ProcessDescription(
            file: "process/proces.md", title: "", municipalities: [""], governingBody: "", level: .adviseren,
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
        let directory = try Directory.open(folder.path).get()
        #expect(throws: Never.self) { try AtomicFileWriter.write(Array("oud".utf8), to: "verslag.html", in: directory).get() }
        let parts = ["één ", "twee ", String(repeating: "x", count: 100_000)]
        try AtomicFileWriter.write(to: "verslag.html", in: directory) { output in
            for part in parts { output.write(part) }
            output.write(Array(parts[0].utf8.lazy.map { $0 }))
            return true
        }.get()
        #expect(try String(contentsOfFile: folder.path + "/verslag.html", encoding: .utf8) == parts.joined() + parts[0])
        let abandoned = AtomicFileWriter.write(to: "verslag.html", in: directory) { output in
            output.write("half")
            return false
        }
        #expect(throws: SystemError(.canceled)) { try abandoned.get() }
        #expect(try String(contentsOfFile: folder.path + "/verslag.html", encoding: .utf8) == parts.joined() + parts[0])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["verslag.html"])
    }

    @Test("Markdown-teksten worden alleen gemaakt als een sjabloon van de gevraagde vormen ze gebruikt")
    func markdownOnlyWhenUsed() throws {
        let (loaded, problems) = TemplateLibrary.load(
            directory: packageRoot.appendingPathComponent("templates").path,
            displayPath: "templates", variables: ReportView.templateVariables)
        #expect(problems == [])
        let library = try #require(loaded)
        #expect(!library.usesVariable(in: [.html], endingWith: "Markdown"))
        #expect(library.usesVariable(in: [.html, .markdown], endingWith: "Markdown"))
        #expect(library.usesVariable(in: [.html], endingWith: "HTML"))
        let folder = try TemporaryFolder()
        try folder.write("templates/eindverslag.html.mustache", "<p>Markdown</p>{{#events}}{{ bodyMarkdown }}{{/events}}\n")
        try folder.write("templates/partials/x.html.mustache", "Markdown {{! bodyMarkdown }}\n")
        let (custom, _) = TemplateLibrary.load(
            directory: folder.path + "/templates", displayPath: "templates",
            variables: ReportView.templateVariables)
        #expect(try #require(custom).usesVariable(in: [.html], endingWith: "Markdown"))
        try folder.write("templates/eindverslag.html.mustache", "<p>Markdown</p>{{#events}}{{ bodyHTML }}{{/events}}\n")
        let (withoutTag, _) = TemplateLibrary.load(
            directory: folder.path + "/templates", displayPath: "templates",
            variables: ReportView.templateVariables)
        #expect(try !#require(withoutTag).usesVariable(in: [.html], endingWith: "Markdown"))
    }

    @Test(
        "onveilige links: de snelle weg geeft hetzelfde als trimmen en kleine letters",
        arguments: [
            "https://example.nl", "JavaScript:alert(1)", " javascript:x", "\u{2003}data:text/html,x", "data:image/png;base64,x",
            "Data:Image/GIF;x", "vbscript:x", "FILE:///etc/passwd", "fi", "mailto:a@b.nl", "#kop", "../x.md", "",
            "J\u{301}avascript:x", "9file:", "dossier.pdf", "V", "ﬁle:x", "\u{212A}elvin:x",
        ])
    func unsafeURLFastPath(url: String) {
        let lowered = url.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        let expected =
            !["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"].contains { lowered.hasPrefix($0) }
            && ["javascript:", "vbscript:", "file:", "data:"].contains { lowered.hasPrefix($0) }
        #expect(Markdown.isUnsafeURL(url) == expected)
    }

    @Test("adres van een bijlage: elke byte buiten A–Z, a–z, 0–9 en -_.~ als %XX, zoals byte voor byte")
    func attachmentHrefEncodesEveryOtherByte() {
        // The byte-by-byte encoding the report used before Foundation's.
        func bytewise(_ name: String) -> String {
            var href = "bijlagen/"
            for byte in name.utf8 {
                let scalar = Unicode.Scalar(byte)
                if byte < 0x80, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "-_.~".unicodeScalars.contains(scalar) {
                    href.unicodeScalars.append(scalar)
                } else {
                    href += "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
                }
            }
            return href
        }
        for name in [
            "verslag.pdf", "verslag 2024 (def).pdf", "café-één.pdf", "a%b#c?d&e=f+g.pdf", "\u{1F600}.png", "tab\tx.pdf", "~_-.",
            "ÀÉÎÕÜ.docx", "x/y.pdf",
        ] {
            #expect(ReportView.attachmentHref(name) == bytewise(name), "\(name)")
        }
    }

    @Test("bytes zoeken per acht: dezelfde plaats als byte voor byte, bij elk begin en eind")
    func wordAtATimeByteSearch() {
        // Every byte value next to its neighbours (0x00, 0x7F, 0x80, 0xFF: the edges of the borrow
        // trick), and runs longer than a word so each of the eight positions in a word is hit.
        var generator = SystemRandomNumberGenerator()
        var inputs: [[UInt8]] = [[], [0], [0xFF], Array(0...255), Array((0...255).reversed())]
        inputs += [Array(repeating: 0x01, count: 40) + [0x00] + Array(repeating: 0x01, count: 9)]
        inputs += [Array(repeating: 0x80, count: 23) + [0x7F, 0x81, 0x00, 0x01]]
        inputs += (0..<40).map { length in (0..<length).map { _ in UInt8.random(in: 0...3, using: &generator) * 0x3F } }
        for bytes in inputs {
            let span = bytes.span
            for needle in Set(bytes + [0x00, 0x01, 0x7F, 0x80, 0xFE, 0xFF]) {
                for start in 0...bytes.count {
                    for end in [start, min(bytes.count, start + 1), min(bytes.count, start + 9), bytes.count] where end >= start {
                        #expect(
                            span.firstIndex(of: needle, from: start, to: end) == span.firstIndexBytewise(of: needle, from: start, to: end),
                            "\(bytes) \(needle) \(start)..<\(end)")
                    }
                }
            }
        }
    }

    @Test("bytes zoeken: een ASCII-merkteken wordt gevonden waar Foundation het vindt")
    func byteSearchForMarker() {
        let marker = EntryTemplate.placeholderMarker
        for text in [
            "", "[VUL IN: titel]", "titel: [VUL IN", "[VUL I N", "[vul in: x]", "é[VUL IN: ë]", "[VUL IN\u{301}: x]",
            "[VUL\u{00A0}IN", String(repeating: "x", count: 10_000) + "[VUL IN",
        ] {
            let found = text.utf8.span.firstIndex(of: Array(marker.utf8)) != nil
            #expect(found == (text.range(of: marker, options: .literal) != nil), "\(text.prefix(40).debugDescription)")
        }
        #expect("x".utf8.span.firstIndex(of: []) == 0)
        #expect("".utf8.span.firstIndex(of: Array("x".utf8)) == nil)
    }

    @Test("datums en datums in bestandsnamen: byte voor byte gelezen zoals over tekens")
    func isoDatesByBytes() {
        // The character-based readers as they were, with a year alone added.
        func date(_ text: String) -> EventDate? {
            let parts = text.split(separator: "-", omittingEmptySubsequences: false)
            if parts.count == 1, parts[0].count == 4, parts[0].allSatisfy({ $0.isASCII && $0.isNumber }), let year = Int(parts[0]), year >= 1000 {
                return EventDate(year: year)
            }
            guard parts.count == 2 || parts.count == 3, parts[0].count == 4, parts[1].count == 2,
                parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
                let year = Int(parts[0]), let month = Int(parts[1]), year >= 1000, (1...12).contains(month)
            else { return nil }
            guard parts.count == 3 else { return EventDate(year: year, month: month) }
            guard parts[2].count == 2, let day = Int(parts[2]), day >= 1, day <= EventDate.daysIn(month: month, year: year) else { return nil }
            return EventDate(year: year, month: month, day: day)
        }
        // With a space or '_' after the date counted as the '-' it should be.
        func fileNameDate(_ id: String) -> EventDate? {
            let bytes = Array(id.utf8)
            let separators: Set<UInt8> = [UInt8(ascii: "-"), UInt8(ascii: " "), UInt8(ascii: "_")]
            if bytes.count > 10, separators.contains(bytes[10]), let value = date(String(id.prefix(10))) { return value }
            if bytes.count > 7, separators.contains(bytes[7]), let value = date(String(id.prefix(7))) { return value }
            if bytes.count > 4, separators.contains(bytes[4]), let value = date(String(id.prefix(4))) { return value }
            return nil
        }
        let pieces = [
            "2024", "1999", "0999", "-", "--", "01", "12", "13", "00", "29", "30", "31", "02", "1", "٣", "x", "\u{301}",
            "\r\n", " ", "+1", "é", "avond", "2023-02-29", "2024-02-29",
        ]
        var generator = SeededGenerator(seed: 3)
        for _ in 0..<30_000 {
            let text = (0..<(1 + Int(generator.next() % 6))).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
            #expect(EventDate(iso: text) == date(text), "\(text.debugDescription)")
            #expect(EventParser.fileNameDate(text) == fileNameDate(text), "\(text.debugDescription)")
        }
        for year in ["2024", "2023", "1999", "0999", "202", "20245", "٢٠٢٤", "2O24"] {
            for separator in ["-", "--", "–", ""] {
                for month in ["01", "02", "12", "13", "00", "1", "0\u{301}1", "٠١"] {
                    for day in ["", "-01", "-28", "-29", "-30", "-31", "-32", "-00", "-1", "-011", "-ab"] {
                        for suffix in ["", "-avond", "x", "-", "\u{301}", " Avond", "_avond"] {
                            let text = year + separator + month + day + suffix
                            #expect(EventDate(iso: text) == date(text), "\(text.debugDescription)")
                            #expect(EventParser.fileNameDate(text) == fileNameDate(text), "\(text.debugDescription)")
                        }
                    }
                }
            }
        }
        #expect(EventDate(iso: "2024-02-29") == EventDate(year: 2024, month: 2, day: 29))
        #expect(EventParser.fileNameDate("2023-07-enquete") == EventDate(year: 2023, month: 7))
        #expect(EventParser.fileNameDate("2019-klankbordgroep-8") == EventDate(year: 2019))
        #expect(EventDate(iso: "2019") == EventDate(year: 2019))
    }

    @Test("veilige ids en bytevolgorde: byte voor byte zoals over tekens")
    func safeIDsAndByteOrder() {
        func isSafeID(_ id: String) -> Bool {
            !id.isEmpty && !id.hasPrefix("-") && !id.hasSuffix("-") && !id.contains("--")
                && id.utf8.allSatisfy { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 45 }
        }
        let pieces = ["a", "z", "0", "9", "-", "--", "A", "é", "_", " ", ".", "\u{301}", "ǆ", ""]
        var generator = SeededGenerator(seed: 5)
        var texts: [String] = []
        for _ in 0..<20_000 {
            let text = (0..<Int(generator.next() % 6)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
            #expect(TimelineBuilder.isSafeID(text) == isSafeID(text), "\(text.debugDescription)")
            texts.append(text)
        }
    }

    @Test("tekst zonder verdachte link of '<' heeft ook volgens cmark geen bevindingen")
    func bodyPrecheckMissesNothing() {
        func mayHaveFindings(_ text: String) -> Bool {
            BodyCheck.mayHaveFindings(text.utf8.span)
        }
        // Ordinary bodies are not parsed for the check at all.
        #expect(!mayHaveFindings("Zie [het plan](https://www.example.nl/plan), [mail](mailto:a@b.nl) en [boven](#inhoud).\n\n[x]: HTTP://x.nl/r\n"))
        #expect(!mayHaveFindings("Geen links, wel [haken] en (ronde) haken: a]b.\n"))
        // A relative link, or one into bijlagen/, is looked at.
        #expect(mayHaveFindings("[de avond](2024-01-01-avond.md)") && mayHaveFindings("[x]: rapport.pdf") && mayHaveFindings("[v](bijlagen/v.pdf)"))
        #expect(mayHaveFindings("[a](../x.md)") && mayHaveFindings("[a]: /etc/passwd") && mayHaveFindings("[a](javascript:x)"))
        #expect(mayHaveFindings("<b>") && mayHaveFindings("[a](x&#46;&#46;/y)") && mayHaveFindings("[a](\\.\\./y)"))
        // Bodies made of text and link-like constructs whose destinations mix safe and dangerous pieces.
        let text = ["a", " ", "\n", "\n\n", "> ", "- ", "1. ", "    ", "[", "]", "(", ")", ":", "!", "`", "*", "é", "\t"]
        let destination = [
            "a", "x.md", "..", ".", "/", "\\", "~", "%2e%2e", "%2E%2E", "&#46;", "&", "\\.", "javascript:", "JaVaScRiPt:",
            "data:", "file:", "vbscript:", "fi", "d", "h", "http://x", "https://x.nl/", "HTTPS://", "mailto:a", "bijlagen/",
            "./bijlagen/", "?", "#", "#a", ":", "é", "(", ")", "<", ">",
            "\u{00A0}", "\r", " ", "\n", "\"t\"", "9", "/../", "../", "/..", "\\..\\", "a/../b", "%2e%2e/",
            "&#46;&#46;/", "\\.\\./", "/%2E%2E", "x&amp;y",
        ]
        let openers = ["](", "]:", "] (", "]\n(", "](<", "]: <"]
        var generator = SeededGenerator(seed: 11)
        func pick(_ pieces: [String]) -> String { pieces[Int(generator.next() % UInt64(pieces.count))] }
        var skipped = 0
        for _ in 0..<40_000 {
            var body = ""
            for _ in 0..<(1 + Int(generator.next() % 4)) {
                for _ in 0..<Int(generator.next() % 3) { body += pick(text) }
                body += (generator.next() % 2 == 0 ? "[" : "![") + pick(["x", "", "a b"]) + pick(openers)
                for _ in 0..<Int(generator.next() % 3) { body += pick([" ", "\n", "\t"]) }
                for _ in 0..<(1 + Int(generator.next() % 4)) { body += pick(destination) }
                body += pick([")", " \"titel\")", "", "\n", ") ", ">)"])
            }
            guard !mayHaveFindings(body) else { continue }
            skipped += 1
            let findings = BodyCheck.parsedFindings(body: body, bodyFirstLine: 1, file: "x.md")
            #expect(findings.diagnostics.isEmpty, "\(body.debugDescription): \(findings.diagnostics.map(\.message))")
            #expect(findings.attachments.isEmpty, "\(body.debugDescription)")
        }
        #expect(skipped > 2_000)
    }

    @Test("bytesoorten: één keer door de tekst vindt dezelfde soorten als elke soort apart zoeken")
    func byteClassesMatchSeparateSearches() {
        func expected(_ bytes: [UInt8]) -> ByteClasses {
            var classes: ByteClasses = []
            if bytes.contains(0) { classes.insert(.nul) }
            if bytes.contains(13) { classes.insert(.carriageReturn) }
            if bytes.contains(where: { ($0 < 0x20 && ![0, 9, 10, 13].contains($0)) || $0 == 0x7F }) { classes.insert(.control) }
            if bytes.contains(0xC2) { classes.insert(.leadC2) }
            if bytes.contains(UInt8(ascii: "<")) { classes.insert(.lessThan) }
            if bytes.contains(UInt8(ascii: "]")) { classes.insert(.closingBracket) }
            if bytes.contains(0xC3) || bytes.contains(0xE2) { classes.insert(.mojibakeLead) }
            if bytes.contains(0xE1) || bytes.contains(0xE2) || bytes.contains(0xEF) { classes.insert(.invisibleLead) }
            return classes
        }
        func classes(_ bytes: [UInt8]) -> ByteClasses { ByteClasses.of(bytes.span) }
        for value in 0...255 {
            #expect(classes([UInt8(value)]) == expected([UInt8(value)]), "byte \(value)")
        }
        var generator = SeededGenerator(seed: 21)
        for _ in 0..<5_000 {
            let bytes = (0..<Int(generator.next() % 40)).map { _ in
                generator.next() % 4 == 0 ? UInt8(truncatingIfNeeded: generator.next()) : UInt8(ascii: "a")
            }
            #expect(classes(bytes) == expected(bytes), "\(bytes)")
        }
    }

    @Test("een controle die wordt overgeslagen omdat de tekst haar beginbyte niet heeft, had niets gevonden")
    func skippedChecksWouldFindNothing() {
        let pieces = [
            "a", " ", "\n", "é", "ë", "’", "€", "financi€le", "financiÃ«le", "â€™", "\u{200B}", "\u{200D}", "👩\u{200D}👧",
            "\u{202E}", "\u{FEFF}", "\u{180E}", "\u{2066}", "<b>", "[a](b.md)", "[a](https://x.nl)", "]", "<", "ᚠ", "ｅ",
            "\u{85}", "°", "Â", "Ã", "â",
        ]
        var generator = SeededGenerator(seed: 23)
        var skipped = (mojibake: 0, invisible: 0, body: 0)
        for _ in 0..<20_000 {
            let written = (0..<Int(1 + generator.next() % 8)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
            // The checks run on the decoded text (without a leading byte-order mark), as in the reader.
            guard case .success(let source) = SourceText.decode(Array(written.utf8)) else { continue }
            let text = source.text
            if !source.classes.contains(.mojibakeLead) {
                skipped.mojibake += 1
                #expect(Mojibake.findings(in: text).isEmpty, "\(text.debugDescription)")
            }
            if !source.classes.contains(.invisibleLead) {
                skipped.invisible += 1
                #expect(InvisibleCharacters.findings(in: text).isEmpty, "\(text.debugDescription)")
            }
            if source.classes.isDisjoint(with: [.lessThan, .closingBracket]) {
                skipped.body += 1
                let mayHaveFindings = BodyCheck.mayHaveFindings(text.utf8.span)
                #expect(!mayHaveFindings, "\(text.debugDescription)")
            }
        }
        #expect(skipped.mojibake > 1_000 && skipped.invisible > 1_000 && skipped.body > 1_000)
    }

    @Test("onzichtbare tekens: byte voor byte gezocht zoals teken voor teken")
    func invisibleCharactersMatchScalarScan() {
        /// The scan over Unicode scalars the byte scan replaced.
        func scalarFindings(in text: String) -> [InvisibleCharacters.Finding] {
            let scalars = Array(text.unicodeScalars)
            func isEmojiSide(_ index: Int) -> Bool {
                guard scalars.indices.contains(index) else { return false }
                let scalar = scalars[index]
                if scalar.value == 0xFE0F || scalar.properties.isEmojiModifier { return true }
                return scalar.value >= 0x80 && scalar.properties.isEmoji
            }
            var first: [(kind: InvisibleCharacters.Kind, scalar: Unicode.Scalar, line: Int, column: Int)] = []
            var counts: [InvisibleCharacters.Kind: Int] = [:]
            var line = 1, column = 0
            for (index, scalar) in scalars.enumerated() {
                column += 1
                if scalar == "\n" {
                    line += 1
                    column = 0
                    continue
                }
                let kind: InvisibleCharacters.Kind?
                switch scalar.value {
                case 0x202A...0x202E, 0x2066...0x2069: kind = .bidirectional
                case 0x200B, 0x200C, 0x2060...0x2064, 0xFEFF, 0x180E: kind = .zeroWidth
                case 0x200D: kind = isEmojiSide(index - 1) && isEmojiSide(index + 1) ? nil : .zeroWidth
                default: kind = nil
                }
                guard let kind else { continue }
                counts[kind, default: 0] += 1
                if !first.contains(where: { $0.kind == kind }) { first.append((kind, scalar, line, column)) }
            }
            return [InvisibleCharacters.Kind.bidirectional, .zeroWidth].compactMap { kind in
                first.first { $0.kind == kind }.map {
                    InvisibleCharacters.Finding(kind: kind, scalar: $0.scalar, count: counts[kind]!, line: $0.line, column: $0.column)
                }
            }
        }
        let pieces = [
            "a", "\n", "é", "’", "\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{2064}", "\u{FEFF}", "\u{180E}", "\u{202A}",
            "\u{202E}", "\u{2066}", "\u{2069}", "\u{2065}", "\u{2029}", "👩", "❤️", "\u{FE0F}", "🏽", "🔥", "ᚠ", "ｅ", "𝄞",
        ]
        var generator = SeededGenerator(seed: 29)
        var found = 0
        for _ in 0..<20_000 {
            let text = (0..<Int(generator.next() % 10)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
            let byBytes = InvisibleCharacters.findings(in: text)
            #expect(byBytes == scalarFindings(in: text), "\(text.debugDescription)")
            found += byBytes.count
        }
        #expect(found > 5_000)
    }

    @Test("mapnamen sorteren: byte voor byte zoals lexicographicallyPrecedes over UTF-8")
    func folderNameOrderMatchesUTF8Order() {
        let pieces = ["a", "b", "A", "-", ".", "0", "é", "e\u{301}", "ǆ", "😀", "\u{FFFD}", "", " ", "z"]
        var generator = SeededGenerator(seed: 31)
        for _ in 0..<20_000 {
            func text() -> String {
                (0..<Int(generator.next() % 5)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
            }
            let (left, right) = (text(), text())
            #expect(
                Directory.bytesPrecede(left, right) == left.utf8.lexicographicallyPrecedes(right.utf8),
                "\(left.debugDescription) \(right.debugDescription)")
        }
    }
}

/// A deterministic pseudo-random sequence (SplitMix64), so generated cases are the same on every run.
struct SeededGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
