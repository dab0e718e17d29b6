import Foundation
import Testing

@testable import ParticipatieModel
@testable import ParticipatieReading
@testable import ParticipatieReport

/// The templates compiled into the program are the files in `templates/`, byte for byte, so the
/// report is the same whichever way its templates come.
@Suite("Ingebouwde sjablonen")
struct EmbeddedTemplatesTests {
    static let templates = packageRoot.appendingPathComponent("templates")

    /// Every template file in `templates/`, by path inside it.
    static func folderFiles() throws -> [String: Data] {
        let enumerator = try #require(FileManager.default.enumerator(atPath: templates.path))
        var files: [String: Data] = [:]
        for case let path as String in enumerator where path.hasSuffix(".html.mustache") || path.hasSuffix(".md.mustache") {
            files[path] = try Data(contentsOf: templates.appendingPathComponent(path))
        }
        return files
    }

    @Test("Sources/ParticipatieReport/EmbeddedTemplates.swift is bij met templates/ (anders: scripts/sjablonen-insluiten.sh)")
    func embeddedTemplatesAreTheFolderByteForByte() throws {
        let folder = try Self.folderFiles()
        let embedded = Dictionary(uniqueKeysWithValues: EmbeddedTemplates.files.map { ($0.path, Data($0.text.utf8)) })
        #expect(
            embedded.keys.sorted() == folder.keys.sorted(),
            "andere sjablonen in templates/ dan ingebouwd: draai scripts/sjablonen-insluiten.sh")
        for (path, bytes) in folder {
            #expect(embedded[path] == bytes, "templates/\(path) verschilt van het ingebouwde: draai scripts/sjablonen-insluiten.sh")
        }
        #expect(EmbeddedTemplates.files.map(\.path) == EmbeddedTemplates.files.map(\.path).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
    }

    @Test("de vingerafdruk van een ingebouwd sjabloon is die van hetzelfde bestand in een map")
    func fingerprintTreatsADefaultLikeTheSameFileInAFolder() async throws {
        let (fromFolder, folderProblems) = TemplateLibrary.load(
            directory: Self.templates.path, displayPath: "templates", variables: ReportView.templateVariables)
        let (fromDefaults, defaultProblems) = TemplateLibrary.load(
            directory: nil, displayPath: "templates", variables: ReportView.templateVariables, defaults: TemplateLibrary.defaults)
        #expect(folderProblems == [])
        #expect(defaultProblems == [])
        let folder = try #require(fromFolder), defaults = try #require(fromDefaults)
        #expect(defaults.files.allSatisfy { $0.isDefault })
        #expect(folder.files.allSatisfy { !$0.isDefault })
        let process = await ProcessReader.read(directory: Fixtures.path("minimal"), displayPath: "process")
        #expect(
            ReportBuilder.fingerprint(of: process.inputs, in: "process", templates: folder)
                == ReportBuilder.fingerprint(of: process.inputs, in: "process", templates: defaults))
    }

    @Test("een fout in een ingebouwd sjabloon zou onder (ingebouwd)/… gemeld worden, niet als bestand in templates/")
    func diagnosticsNameADefaultAsBuiltIn() throws {
        let broken = [TemplateLibrary.File(relativePath: "partials/kapot.html.mustache", bytes: Array("{{#x}}".utf8), isDefault: true)]
        let (library, diagnostics) = TemplateLibrary.load(directory: nil, displayPath: "templates", variables: ["x"], defaults: broken)
        #expect(library == nil)
        #expect(
            diagnostics.map(\.description) == [
                "(ingebouwd)/partials/kapot.html.mustache:1:1: fout: sectie 'x' wordt niet afgesloten: voeg '{{/x}}' toe"
            ])
    }
}
