import Foundation

/// Runs the built `participatie` as another user, for tests of files and folders the program may not
/// read or write: root reads and writes everything, so as root the program runs as `nobody`.
///
/// That user must reach the program and its inputs wherever the clone lives (a clone inside a folder
/// made by `mktemp -d` is closed to others), so ``prepare(_:)`` copies the program into the test's
/// folder, which must be one made with `TemporaryFolder(sharedWithOtherUsers: true)`, and opens that
/// folder to every user. Take away permissions only after that.
enum OtherUser {
    /// The copy of the program, relative to the test's folder.
    static let binary = "bin/participatie"

    /// Copies the program into `folder` and lets every user read what is in it.
    static func prepare(_ folder: TemporaryFolder) throws {
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("bin"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: CommandRunner.binary, to: folder.url.appendingPathComponent(binary))
        try folder.makeReadableByEveryone()
    }

    /// Runs the copy made by ``prepare(_:)`` with `arguments` in `folder`: as `nobody` when the tests
    /// run as root, else as the current user.
    static func run(_ arguments: [String], in folder: TemporaryFolder) throws -> CommandResult {
        let program = folder.path + "/" + binary
        guard getuid() == 0 else {
            return try CommandRunner.run(arguments, in: folder.url, timeout: 300, executable: URL(fileURLWithPath: program))
        }
        return try CommandRunner.run(
            ["--reuid=65534", "--regid=65534", "--clear-groups", program] + arguments, in: folder.url, timeout: 300,
            executable: URL(fileURLWithPath: "/usr/bin/setpriv"))
    }
}
