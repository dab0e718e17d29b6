import CommonMark
import Foundation
import Testing

@testable import ParticipatieCommands
@testable import ParticipatieModel
@testable import ParticipatieReading
@testable import ParticipatieReport
@testable import ParticipatieSystem

/// The folder holding this test target's sources.
let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
/// The package root.
let packageRoot = testsDirectory.deletingLastPathComponent().deletingLastPathComponent()

/// Fixture folders under `Tests/ParticipatieTests/Fixtures/`.
enum Fixtures {
    static func path(_ name: String) -> String {
        testsDirectory.appendingPathComponent("Fixtures").appendingPathComponent(name).path
    }

    /// Reads a fixture folder; diagnostics name files as `process/…` like in a real checkout.
    static func read(_ name: String) async -> ProcessReadResult {
        await ProcessReader.read(directory: path(name), displayPath: "process")
    }

    /// The diagnostics of a fixture folder as printed lines.
    static func lines(_ name: String) async -> [String] {
        await read(name).diagnostics.map(\.description)
    }
}

/// A temporary folder, removed when the test ends.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("participatie-test-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// A folder directly in `/tmp`, which every user can enter whatever `TMPDIR` is: for tests that run
    /// the program as another user. Call ``makeReadableByEveryone()`` once its files are in place.
    init(sharedWithOtherUsers: Bool) throws {
        let base = sharedWithOtherUsers ? URL(fileURLWithPath: "/tmp") : FileManager.default.temporaryDirectory
        url = base.appendingPathComponent("participatie-test-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// Lets every user read every file and enter every folder below (executables stay executable),
    /// whatever the umask was when they were made.
    func makeReadableByEveryone() throws {
        let manager = FileManager.default
        var paths = [url.path]
        if let enumerator = manager.enumerator(atPath: url.path) {
            paths += enumerator.compactMap { $0 as? String }.map { url.path + "/" + $0 }
        }
        for path in paths {
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isFolder) else { continue }
            let executable = isFolder.boolValue || manager.isExecutableFile(atPath: path)
            try manager.setAttributes([.posixPermissions: executable ? 0o755 : 0o644], ofItemAtPath: path)
        }
    }

    var path: String { url.path }

    /// Writes `contents` to `relative`, creating folders as needed.
    @discardableResult
    func write(_ relative: String, _ contents: String) throws -> URL {
        try write(relative, Data(contents.utf8))
    }

    @discardableResult
    func write(_ relative: String, _ data: Data) throws -> URL {
        let file = url.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: file)
        return file
    }

    /// Copies a fixture folder to `relative` (default `process`).
    func copyFixture(_ name: String, to relative: String = "process") throws {
        try FileManager.default.copyItem(atPath: Fixtures.path(name), toPath: url.appendingPathComponent(relative).path)
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}
