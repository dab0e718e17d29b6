import CommonMark
import Foundation
import Testing

@testable import ParticipatieCommands
@testable import ParticipatieModel
@testable import ParticipatieReading
@testable import ParticipatieReport
@testable import ParticipatieSystem

@Suite("Wijzigingen zien voor build --watch")
struct FolderSnapshotTests {
    @Test func seesSavedAddedAndRemovedFilesButNotHiddenOnes() throws {
        let folder = try TemporaryFolder()
        try folder.copyFixture("minimal")
        try folder.write("templates/verslag.mustache", "{{titel}}")
        let roots = [folder.path + "/process", folder.path + "/templates"]
        let before = FolderSnapshot(roots: roots)
        #expect(FolderSnapshot(roots: roots).changes(since: before) == [])

        try folder.write("process/.2024-03-enquete.md.swp", "editor")
        try folder.write("process/2024-03-enquete.md~", "backup")
        #expect(FolderSnapshot(roots: roots).changes(since: before) == [])

        try folder.write("process/uitkomsten/meer-groen.md", "---\ntitel: Anders\nvolgorde: 1\n---\n")
        try folder.write("templates/partials/kop.mustache", "kop")
        try FileManager.default.removeItem(atPath: folder.path + "/process/2024-03-enquete.md")
        #expect(
            FolderSnapshot(roots: roots).changes(since: before) == [
                folder.path + "/process/2024-03-enquete.md",
                folder.path + "/process/uitkomsten/meer-groen.md",
                folder.path + "/templates/partials",
                folder.path + "/templates/partials/kop.mustache",
            ])
    }

    @Test func seesASaveThatKeepsTheSizeThroughTheModificationTime() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("process/a.md", "aaaa")
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_700_000_000)], ofItemAtPath: file.path)
        let before = FolderSnapshot(roots: [folder.path + "/process"])
        try Data("bbbb".utf8).write(to: file)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_700_000_001)], ofItemAtPath: file.path)
        #expect(FolderSnapshot(roots: [folder.path + "/process"]).changes(since: before) == [file.path])
    }

    @Test func aMissingRootIsEmptyAndItsCreationIsAChange() throws {
        let folder = try TemporaryFolder()
        let before = FolderSnapshot(roots: [folder.path + "/templates"])
        #expect(before == FolderSnapshot(roots: []))
        try folder.write("templates/verslag.mustache", "x")
        #expect(FolderSnapshot(roots: [folder.path + "/templates"]).changes(since: before).count == 2)
    }
}
