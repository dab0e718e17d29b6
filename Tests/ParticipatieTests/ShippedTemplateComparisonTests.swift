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

/// The shipped templates on a process of 300 events: the same text as swift-mustache gives.
@Suite("Sjablonen: het meegeleverde sjabloon, vergeleken met swift-mustache")
struct ShippedTemplateComparisonTests {
    /// swift-mustache with our Markdown escaping, for the `.md.mustache` templates.
    struct MarkdownEscaping: MustacheContentType {
        func escapeText(_ text: String) -> String { ContentType.markdown.escaped(text) }
    }

    static let registration: Void = MustacheContentTypes.register(MarkdownEscaping(), named: "TEST_MARKDOWN")

    @Test func shippedTemplatesOnALargeProcess() async throws {
        _ = Self.registration
        let folder = try TemporaryFolder()
        try folder.write(
            "process/proces.md",
            """
            ---
            titel: Groot proces
            gemeente: Voorbeeldstad
            bestuursorgaan: college van burgemeester en wethouders
            participatieniveau: adviseren
            verordening: Participatieverordening Voorbeeldstad 2024
            ---
            ## Inleiding

            Een *groot* proces.
            """)
        for number in 0..<300 {
            let date = "2024-\(String(format: "%02d", number % 12 + 1))-\(String(format: "%02d", number % 28 + 1))"
            try folder.write(
                "process/\(date)-moment-\(number).md",
                """
                ---
                soort: \(["bijeenkomst", "nieuwsbrief", "gesprek"][number % 3])
                titel: Moment \(number) & <meer> 'x' "y"
                datum: \(date)
                \(number % 2 == 0 ? "locatie: Wijkcentrum" : "deelnemers: ca. \(number)")
                ---
                Tekst van moment **\(number)**, met [een link](https://example.nl/\(number)).
                """)
        }
        try folder.write(
            "process/uitkomsten/een.md", "---\ntitel: Een\nvolgorde: 1\nbronnen: [2024-01-01-moment-0, 2024-02-02-moment-1]\n---\nUitkomst.\n")
        try folder.write("process/uitkomsten/twee.md", "---\ntitel: Twee\nvolgorde: 2\nbronnen: [2024-03-03-moment-2]\n---\nUitkomst.\n")
        try folder.write(
            "process/reacties/een.md",
            "---\ntitel: Reactie\nuitkomsten: [een]\nbesluit: deels-overgenomen\nmotivering: Omdat.\nverwerkt-in: [Besluit A, Besluit B]\n---\nReactie.\n"
        )
        let result = await ProcessReader.read(directory: folder.path + "/process", displayPath: "process")
        let timeline = try #require(result.timeline)
        let templatesPath = packageRoot.appendingPathComponent("templates").path
        let (library, problems) = TemplateLibrary.load(
            directory: templatesPath, displayPath: "templates",
            variables: ReportView.templateVariables)
        #expect(problems == [])
        let templates = try #require(library)
        let view = await ReportView.make(
            timeline: timeline, checks: try #require(result.checks), warnings: result.diagnostics, fingerprint: Fingerprint(inputs: []),
            processFileCount: result.inputs.count, templateFileCount: templates.files.count)
        #expect(view.events.count == 300 && view.hasWarnings)

        var reference = MustacheLibrary()
        for file in templates.files {
            let name = String(file.relativePath.dropLast(TemplateLibrary.fileExtension.count))
            let pragma = name.hasSuffix(".md") ? "{{% CONTENT_TYPE: TEST_MARKDOWN}}\n" : ""
            reference.register(try MustacheTemplate(string: pragma + String(decoding: file.bytes, as: UTF8.self)), named: name)
        }
        for format in ReportFormat.allCases {
            let ours = try #require(templates.render(view, template: format.templateName))
            let theirs = try #require(reference.render(view, withTemplate: format.templateName))
            #expect(ours == theirs, "\(format)")
            #expect(ours.contains("Moment 299 "))
        }
    }
}
