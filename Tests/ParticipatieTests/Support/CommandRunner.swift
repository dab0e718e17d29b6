import Foundation
import Synchronization

/// The result of running the built `participatie` binary.
struct CommandResult {
    let status: Int32
    let standardOutput: String
    let standardError: String
}

/// Runs the `participatie` binary that `swift test` built next to the test bundle.
enum CommandRunner {
    static var binary: URL {
        // The test bundle lives in the build products folder, e.g. .build/debug/participatiePackageTests.xctest.
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        if folder.pathExtension == "xctest" { folder.deleteLastPathComponent() }
        for candidate in [folder, folder.deletingLastPathComponent()] {
            let url = candidate.appendingPathComponent("participatie")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return packageRoot.appendingPathComponent(".build/debug/participatie")
    }

    /// Runs the binary with `arguments` in `directory`, with a time limit.
    static func run(
        _ arguments: [String], in directory: URL, input: String? = nil,
        environment: [String: String] = [:], timeout: TimeInterval = 60,
        executable: URL? = nil
    ) throws -> CommandResult {
        let process = Process()
        process.executableURL = executable ?? binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let outputPipe = Pipe(), errorPipe = Pipe()
        process.standardOutput = outputPipe
        process.standardError = errorPipe
        let inputPipe = Pipe()
        process.standardInput = inputPipe
        try process.run()
        if let input { inputPipe.fileHandleForWriting.write(Data(input.utf8)) }
        try? inputPipe.fileHandleForWriting.close()
        // Read both pipes concurrently so a full pipe never blocks the child.
        let group = DispatchGroup()
        let output = Mutex(Data()), error = Mutex(Data())
        group.enter()
        DispatchQueue.global().async {
            let data = outputPipe.fileHandleForReading.readDataToEndOfFile()
            output.withLock { $0 = data }
            group.leave()
        }
        group.enter()
        DispatchQueue.global().async {
            let data = errorPipe.fileHandleForReading.readDataToEndOfFile()
            error.withLock { $0 = data }
            group.leave()
        }
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(10_000) }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        group.wait()
        return CommandResult(
            status: process.terminationStatus,
            standardOutput: output.withLock { String(decoding: $0, as: UTF8.self) },
            standardError: error.withLock { String(decoding: $0, as: UTF8.self) })
    }
}
