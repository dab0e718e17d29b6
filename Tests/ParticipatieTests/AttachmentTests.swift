import Foundation
import Testing

@testable import ParticipatieModel
@testable import ParticipatieReading
@testable import ParticipatieReport
@testable import ParticipatieSystem

/// `process/bijlagen/`: what `build` copies into `output/bijlagen/`, what it removes, and what the
/// fingerprint and the limits say about it.
@Suite("Bijlagen")
struct AttachmentTests {
    /// `reeks-met-bureau` in `process/` of a temporary folder.
    static func folder() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.copyFixture("reeks-met-bureau")
        return folder
    }

    static func build(_ folder: TemporaryFolder) async -> ReportBuilder.Result {
        await ReportBuilder(
            processDirectory: folder.path + "/process", templatesDirectory: packageRoot.appendingPathComponent("templates").path,
            outputDirectory: folder.path + "/output"
        ).build()
    }

    static func names(_ path: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
    }

    @Test("een bijlage hoort bij de vingerafdruk: een ander byte, een andere vingerafdruk")
    func fingerprintCoversAttachments() async throws {
        let folder = try Self.folder()
        let first = await Self.build(folder)
        try folder.write("process/bijlagen/presentatie-slotbijeenkomst.pdf", "%PDF-1.4\n% een ander bestand\n")
        let second = await Self.build(folder)
        #expect(first.succeeded && second.succeeded)
        #expect(first.fingerprint != nil && first.fingerprint != second.fingerprint)
        #expect(
            FileManager.default.contents(atPath: folder.path + "/output/bijlagen/presentatie-slotbijeenkomst.pdf")
                == Data("%PDF-1.4\n% een ander bestand\n".utf8))
    }

    @Test("een bijlage die uit process/bijlagen/ verdwijnt, verdwijnt bij de volgende build ook uit output/bijlagen/")
    func removedAttachmentsAreRemoved() async throws {
        let folder = try Self.folder()
        _ = await Self.build(folder)
        // A file of someone else in output/bijlagen/ is never touched.
        try folder.write("output/bijlagen/eigen-aantekening.pdf", "%PDF\n")
        #expect(
            Self.names(folder.path + "/output/bijlagen") == [
                ".participatie-bijlagen", "eigen-aantekening.pdf", "eindrapport-klankbordgroep.pdf", "presentatie-slotbijeenkomst.pdf",
            ])
        try FileManager.default.removeItem(atPath: folder.path + "/process/bijlagen/presentatie-slotbijeenkomst.pdf")
        let event = folder.path + "/process/2024-09-24-slotbijeenkomst.md"
        let text = try String(contentsOfFile: event, encoding: .utf8)
        try text.replacingOccurrences(of: "bijlagen: [bijlagen/presentatie-slotbijeenkomst.pdf]\n", with: "").write(
            toFile: event, atomically: true, encoding: .utf8)
        let result = await Self.build(folder)
        #expect(result.succeeded)
        #expect(
            Self.names(folder.path + "/output/bijlagen") == [".participatie-bijlagen", "eigen-aantekening.pdf", "eindrapport-klankbordgroep.pdf"])
    }

    @Test("zonder bijlagen verdwijnt de map output/bijlagen/ als er alleen eigen kopieën in stonden")
    func noAttachmentsNoFolder() async throws {
        let folder = try Self.folder()
        _ = await Self.build(folder)
        try FileManager.default.removeItem(atPath: folder.path + "/process/bijlagen")
        for file in ["2024-09-17-rapport-bureau.md", "2024-09-24-slotbijeenkomst.md", "proces.md"] {
            let path = folder.path + "/process/" + file
            let text = try String(contentsOfFile: path, encoding: .utf8)
            try text.replacingOccurrences(of: #"\n?bijlagen: \[[^\]]*\]"#, with: "", options: .regularExpression)
                .replacingOccurrences(of: "](bijlagen/eindrapport-klankbordgroep.pdf)", with: "](https://voorbeeldstad.example/rapport.pdf)")
                .write(toFile: path, atomically: true, encoding: .utf8)
        }
        let result = await Self.build(folder)
        #expect(result.diagnostics.map(\.description) == [])
        #expect(result.succeeded && result.copiedAttachments.isEmpty)
        #expect(Self.names(folder.path + "/output") == ["eindverslag.html"])
    }

    @Test("een symbolische koppeling in bijlagen/ wordt niet gevolgd; output/bijlagen/ als koppeling ook niet")
    func symbolicLinks() async throws {
        let folder = try Self.folder()
        let secret = try TemporaryFolder()
        try secret.write("geheim.pdf", "%PDF geheim\n")
        try FileManager.default.createSymbolicLink(
            atPath: folder.path + "/process/bijlagen/geheim.pdf", withDestinationPath: secret.path + "/geheim.pdf")
        let refused = await Self.build(folder)
        #expect(
            refused.diagnostics.map(\.description).contains(
                "\(folder.path)/process/bijlagen/geheim.pdf:1:1: fout: symbolische koppeling wordt niet gevolgd; zet het bestand zelf in de map"))
        #expect(!refused.succeeded)
        try FileManager.default.removeItem(atPath: folder.path + "/process/bijlagen/geheim.pdf")

        try FileManager.default.createDirectory(atPath: folder.path + "/output", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/output/bijlagen", withDestinationPath: secret.path)
        let result = await Self.build(folder)
        #expect(!result.succeeded)
        #expect(result.diagnostics.last?.message.hasPrefix("kan uitvoermap '\(folder.path)/output/bijlagen' niet maken") == true)
        #expect(Self.names(secret.path) == ["geheim.pdf"])
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/output/eindverslag.html"))
    }

    @Test("grenzen per bijlage, voor alle bijlagen samen en voor het aantal; de rest gaat niet mee")
    func limits() async throws {
        let folder = try Self.folder()
        try folder.write("process/bijlagen/groot.pdf", String(repeating: "x", count: 2000))
        var limits = ProcessReader.Limits()
        limits.attachmentSize = 1000
        let tooLarge = await ProcessReader.read(directory: folder.path + "/process", displayPath: "process", limits: limits)
        #expect(
            tooLarge.diagnostics.map(\.description) == [
                "process/bijlagen/groot.pdf:1:1: fout: bijlage is te groot (2000 bytes; de grens is 1000 bytes)"
            ])
        #expect(tooLarge.attachments.map(\.name) == ["eindrapport-klankbordgroep.pdf", "presentatie-slotbijeenkomst.pdf"])

        limits = ProcessReader.Limits()
        limits.attachmentCount = 1
        let tooMany = await ProcessReader.read(directory: folder.path + "/process", displayPath: "process", limits: limits)
        #expect(
            tooMany.diagnostics.map(\.description) == [
                // The first over the limit is named; the ones after it go along unnamed, and links to them are errors.
                "process/2024-09-24-slotbijeenkomst.md:9:12: fout: bijlage 'presentatie-slotbijeenkomst.pdf' gaat niet mee naar het verslag (zie de melding bij process/bijlagen/presentatie-slotbijeenkomst.pdf)",
                "process/bijlagen/groot.pdf:1:1: fout: meer dan 1 bijlagen; deze bijlage en de volgende gaan niet mee",
            ])

        limits = ProcessReader.Limits()
        limits.attachmentsTotal = 2100
        let together = await ProcessReader.read(directory: folder.path + "/process", displayPath: "process", limits: limits)
        #expect(
            together.diagnostics.map(\.description).last
                == "process/bijlagen/groot.pdf:1:1: fout: de bijlagen zijn samen groter dan 2100 bytes; deze bijlage en de volgende gaan niet mee")
    }
}
