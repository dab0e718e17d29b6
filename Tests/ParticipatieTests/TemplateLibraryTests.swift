import CommonMark
import Foundation
import MustacheEngine
import Testing

@testable import ParticipatieCommands
@testable import ParticipatieModel
@testable import ParticipatieReading
@testable import ParticipatieReport
@testable import ParticipatieSystem

@Suite("Sjablonen: lezen en controleren")
struct TemplateLibraryTests {
    /// Writes `files` into `templates/` of a temporary folder and loads them as the build does.
    private func load(_ files: [String: String]) throws -> (library: TemplateLibrary?, lines: [String]) {
        let folder = try TemporaryFolder()
        for (path, text) in files { try folder.write("templates/" + path, text) }
        let (library, diagnostics) = TemplateLibrary.load(
            directory: folder.path + "/templates", displayPath: "templates",
            variables: ReportView.templateVariables)
        return (library, diagnostics.map(\.description))
    }

    @Test func validTemplatesLoadWithoutDiagnostics() throws {
        let (library, lines) = try load([
            "eindverslag.html.mustache": "{{! commentaar }}<h1>{{title}}</h1>{{#events}}{{>partials/moment.html}}{{/events}}",
            "partials/moment.html.mustache": "<p>{{date}}: {{title}}{{^last()}},{{/last()}}</p>{{{bodyHTML}}}",
            "README.txt": "wordt genegeerd",
        ])
        #expect(lines == [])
        #expect(try #require(library).files.map(\.relativePath) == ["eindverslag.html.mustache", "partials/moment.html.mustache"])
    }

    @Test("een niet afgesloten sectie wordt gemeld waar ze begint")
    func unclosedSection() throws {
        let (library, lines) = try load(["eindverslag.html.mustache": "<ul>\n  {{#events}}\n<li>{{title}}</li>\n</ul>\n"])
        #expect(library == nil)
        #expect(lines == ["templates/eindverslag.html.mustache:2:3: fout: sectie 'events' wordt niet afgesloten: voeg '{{/events}}' toe"])
    }

    @Test func wrongClosingTag() throws {
        let (_, lines) = try load(["eindverslag.html.mustache": "{{#events}}\n{{title}}\n{{/outcomes}}\n"])
        #expect(lines == ["templates/eindverslag.html.mustache:3:4: fout: deze afsluitende tag hoort niet bij de sectie die hier open staat"])
    }

    @Test func unfinishedTag() throws {
        let (_, lines) = try load(["eindverslag.html.mustache": "<h1>{{title</h1>\n"])
        #expect(
            lines == [
                "templates/eindverslag.html.mustache:1:12: fout: tag wordt niet goed afgesloten: verwacht '}}' na een naam zonder spaties of leestekens"
            ])
    }

    @Test("een onbekende variabele is een waarschuwing met een suggestie")
    func unknownVariable() throws {
        let (library, lines) = try load(["eindverslag.html.mustache": "<h1>{{titel}}</h1>\n{{#evenst}}{{/evenst}}{{gemeente.naam}}\n{{{tekst}}}"])
        #expect(library == nil)
        #expect(
            lines == [
                "templates/eindverslag.html.mustache:1:5: waarschuwing: onbekende variabele 'titel'; bedoelde u 'title'? (zie docs/sjablonen.md); hij blijft leeg",
                "templates/eindverslag.html.mustache:2:1: waarschuwing: onbekende variabele 'evenst'; bedoelde u 'events'? (zie docs/sjablonen.md); hij blijft leeg",
                "templates/eindverslag.html.mustache:2:23: waarschuwing: onbekende variabele 'gemeente'; bedoelde u 'municipality'? (zie docs/sjablonen.md); hij blijft leeg",
                "templates/eindverslag.html.mustache:2:23: waarschuwing: onbekende variabele 'naam' (zie docs/sjablonen.md); hij blijft leeg",
                "templates/eindverslag.html.mustache:3:1: fout: 'tekst' wordt ongeschoond ingevoegd; alleen variabelen waarvan de naam op 'HTML' eindigt mogen tussen '{{{ }}}' of na '{{&'",
                "templates/eindverslag.html.mustache:3:1: waarschuwing: onbekende variabele 'tekst'; bedoelde u 'bodyHTML'? (zie docs/sjablonen.md); hij blijft leeg",
            ])
    }

    @Test("alleen kant-en-klare HTML mag ongeschoond in het verslag")
    func unescapedValues() throws {
        let (library, lines) = try load(["eindverslag.html.mustache": "{{{bodyHTML}}}\n{{{title}}} {{& message}}\n{{{bodyMarkdown}}}"])
        #expect(library == nil)
        #expect(
            lines == [
                "templates/eindverslag.html.mustache:2:1: fout: 'title' wordt ongeschoond ingevoegd; alleen variabelen waarvan de naam op 'HTML' eindigt mogen tussen '{{{ }}}' of na '{{&'",
                "templates/eindverslag.html.mustache:2:13: fout: 'message' wordt ongeschoond ingevoegd; alleen variabelen waarvan de naam op 'HTML' eindigt mogen tussen '{{{ }}}' of na '{{&'",
                "templates/eindverslag.html.mustache:3:1: fout: 'bodyMarkdown' wordt ongeschoond ingevoegd; alleen variabelen waarvan de naam op 'HTML' eindigt mogen tussen '{{{ }}}' of na '{{&'",
            ])
    }

    @Test func missingPartialAndPartialOfOtherFormat() throws {
        let (_, lines) = try load([
            "eindverslag.html.mustache": "{{>partials/momnet.html}}\n{{>partials/moment.md}}",
            "partials/moment.html.mustache": "x",
            "partials/moment.md.mustache": "y",
        ])
        #expect(
            lines == [
                "templates/eindverslag.html.mustache:1:1: fout: deelsjabloon 'partials/momnet.html' bestaat niet (verwacht templates/partials/momnet.html.mustache); bedoelde u 'partials/moment.html'?",
                "templates/eindverslag.html.mustache:2:1: fout: deelsjabloon 'partials/moment.md' hoort bij een ander formaat: gebruik hier alleen deelsjablonen die op '.html.mustache' eindigen",
            ])
    }

    @Test("andere scheidingstekens en instellingen worden geweigerd, want ze omzeilen de schoning")
    func delimitersAndPragmas() throws {
        let (_, lines) = try load(["eindverslag.html.mustache": "{{% CONTENT_TYPE: TEXT}}\n{{title}}\n{{=<% %>=}}\n"])
        #expect(
            lines == [
                "templates/eindverslag.html.mustache:1:1: fout: instellingen ('{{%…}}') worden niet ondersteund: .html.mustache-sjablonen schonen waarden voor HTML, .md.mustache-sjablonen voor Markdown",
                "templates/eindverslag.html.mustache:3:1: fout: andere scheidingstekens ('{{=… …=}}') worden niet ondersteund; gebruik '{{' en '}}'",
            ])
    }

    @Test("foutposities in Markdown-sjablonen tellen vanaf de eerste regel van het bestand")
    func markdownTemplatePositions() throws {
        let (_, lines) = try load(["eindverslag.md.mustache": "# {{title}}\n\n{{#outcomes}}\n- {{title}}\n"])
        #expect(lines == ["templates/eindverslag.md.mustache:3:1: fout: sectie 'outcomes' wordt niet afgesloten: voeg '{{/outcomes}}' toe"])
        let (_, wrongClose) = try load(["eindverslag.md.mustache": "{{#outcomes}}{{/events}}"])
        #expect(wrongClose == ["templates/eindverslag.md.mustache:1:17: fout: deze afsluitende tag hoort niet bij de sectie die hier open staat"])
    }

    @Test("Markdown-sjablonen schonen waarden voor Markdown, ook in deelsjablonen")
    func markdownEscapingInTemplates() throws {
        let (library, lines) = try load([
            "eindverslag.md.mustache": "# {{title}}\n{{>partials/regel.md}}\n",
            "partials/regel.md.mustache": "- {{message}}\n",
        ])
        #expect(lines == [])
        struct View: TemplateObject {
            let title: String
            let message: String
            func templateValue(named name: String) -> TemplateValue? {
                switch name {
                case "title": .text(title)
                case "message": .text(message)
                default: nil
                }
            }
        }
        let text = try #require(library).render(View(title: "A & <b>[x](javascript:y)</b>", message: "*vet*"), template: "eindverslag.md")
        #expect(text == "# A \\& \\<b\\>\\[x\\](javascript:y)\\</b\\>\n- \\*vet\\*\n")
    }

    @Test("deelsjablonen die zichzelf invoegen, direct of via een ander, zijn een fout in plaats van een vastloper")
    func partialCycles() throws {
        let (library, lines) = try load([
            "eindverslag.html.mustache": "{{>partials/a.html}}\n{{>partials/lus.html}}\n",
            "partials/a.html.mustache": "a {{>partials/b.html}}\n",
            "partials/b.html.mustache": "{{#events}}\n  {{>partials/a.html}}\n{{/events}}\n",
            "partials/lus.html.mustache": "{{<partials/lus.html}}{{/partials/lus.html}}",
        ])
        #expect(library == nil)
        #expect(
            lines == [
                "templates/partials/b.html.mustache:2:3: fout: deelsjablonen voegen elkaar eindeloos in: partials/a.html → partials/b.html → partials/a.html; haal één van deze verwijzingen weg",
                "templates/partials/lus.html.mustache:1:1: fout: deelsjablonen voegen elkaar eindeloos in: partials/lus.html → partials/lus.html; haal één van deze verwijzingen weg",
            ])
    }

    @Test("te diep: 33 deelsjablonen in elkaar en 101 geneste secties")
    func tooDeep() throws {
        var files = ["eindverslag.html.mustache": "{{>p0.html}}"]
        for level in 0..<40 { files["p\(level).html.mustache"] = "{{>p\(level + 1).html}}" }
        files["p40.html.mustache"] = "einde"
        let (_, partials) = try load(files)
        #expect(
            partials == [
                "templates/p31.html.mustache:1:1: fout: deelsjablonen zijn meer dan 32 lagen diep in elkaar ingevoegd; voeg ze minder diep in"
            ])
        let nested = String(repeating: "{{#events}}", count: 101) + String(repeating: "{{/events}}", count: 101)
        let (_, sections) = try load(["eindverslag.html.mustache": "x\n" + nested])
        #expect(sections == ["templates/eindverslag.html.mustache:2:1101: fout: secties zijn meer dan 100 lagen diep genest; sluit eerder af"])
        // A megabyte of opening tags is refused the same way, without exhausting the stack.
        let (_, hostile) = try load(["eindverslag.html.mustache": String(repeating: "{{#a}}", count: 170_000)])
        #expect(hostile == ["templates/eindverslag.html.mustache:1:601: fout: secties zijn meer dan 100 lagen diep genest; sluit eerder af"])
    }

    @Test func unusedTemplateFileAndInvalidUTF8() throws {
        let folder = try TemporaryFolder()
        try folder.write("templates/eindverslag.html.mustache", "ok")
        try folder.write("templates/oud.mustache", "x")
        try folder.write("templates/partials/kapot.html.mustache", Data("a\nfinanci".utf8 + [0xEB] + Data("le".utf8)))
        let (library, diagnostics) = TemplateLibrary.load(
            directory: folder.path + "/templates", displayPath: "templates",
            variables: [])
        #expect(library == nil)
        #expect(
            diagnostics.map(\.description) == [
                "templates/oud.mustache:1:1: waarschuwing: sjabloon wordt niet gebruikt: de naam moet eindigen op .html.mustache (voor het HTML-verslag) of .md.mustache (voor Markdown)",
                "templates/partials/kapot.html.mustache:2:8: fout: bestand lijkt in Windows-1252 opgeslagen in plaats van UTF-8 (byte op positie 9 is 'ë' in Windows-1252); sla het op als UTF-8",
            ])
    }

    @Test func missingTemplatesFolder() throws {
        let folder = try TemporaryFolder()
        let (library, diagnostics) = TemplateLibrary.load(directory: folder.path + "/sjablonen", displayPath: "sjablonen", variables: [])
        #expect(library == nil)
        #expect(diagnostics.map(\.description) == ["sjablonen:1:1: fout: map 'sjablonen' bestaat niet"])
    }

    @Test("de parser geeft elke tag met zijn plaats, ook commentaar en geweigerde tags")
    func parserListsTagsWithPositions() throws {
        let template = try Template(parsing: "a {{x}}\n{{{y}}} {{#z}}{{/z}}\n  {{! c\nd }}{{>p}} é{{% X: y}}{{=<% %>=}}", contentType: .html)
        #expect(
            template.tags.map { "\($0.kind) \($0.name) \($0.line):\($0.column)" } == [
                "variable x 1:3", "unescaped y 2:1", "section z 2:9", "sectionEnd z 2:15", "comment c\nd 3:3", "partial p 4:5",
                "pragma X: y 4:13", "setDelimiters <% %> 4:23",
            ])
        func reference(_ name: String) -> String {
            let (names, transforms) = Template.Tag(kind: .variable, name: name, line: 1, column: 1).reference
            return "\(names) \(transforms)"
        }
        #expect(reference("first(events)") == "[\"events\"] [\"first\"]")
        #expect(reference("last()") == "[] [\"last\"]")
        #expect(reference("a.b") == "[\"a\", \"b\"] []")
        #expect(reference("count(reversed(events))") == "[\"events\"] [\"reversed\", \"count\"]")
    }
}
