import Foundation
import Synchronization
import Testing

/// `participatie build --watch`, run as a user would: it must pick up a change, report a failed
/// rebuild while keeping the last good report, and stop cleanly on Ctrl-C.
///
/// The tests wait for events, never for a fixed time: every piece of output and the end of the program
/// wake the waiting test at once, and each wait has a generous deadline (a minute) that only guards
/// against a hang, so a slow or busy machine makes the tests slower, not red.
@Suite("participatie build --watch (end-to-end)")
struct BuildWatchTests {
    /// A running `participatie` whose output is collected while it runs.
    final class RunningCommand: Sendable {
        let process = Process()
        /// Standard output and standard error so far, appended to by the pipes' handlers.
        private let streams = Mutex((output: Data(), errors: Data()))
        /// Signalled on every piece of output and when the program ends.
        private let changed = NSCondition()

        init(_ arguments: [String], in directory: URL) throws {
            process.executableURL = CommandRunner.binary
            process.arguments = arguments
            process.currentDirectoryURL = directory
            var environment = ProcessInfo.processInfo.environment
            environment["NO_COLOR"] = "1"
            process.environment = environment
            let outputPipe = Pipe(), errorPipe = Pipe()
            process.standardOutput = outputPipe
            process.standardError = errorPipe
            process.standardInput = FileHandle.nullDevice
            outputPipe.fileHandleForReading.readabilityHandler = { [weak self] handle in
                let data = handle.availableData
                self?.streams.withLock { $0.output.append(data) }
                self?.signal()
            }
            errorPipe.fileHandleForReading.readabilityHandler = { [weak self] handle in
                let data = handle.availableData
                self?.streams.withLock { $0.errors.append(data) }
                self?.signal()
            }
            process.terminationHandler = { [weak self] _ in self?.signal() }
            try process.run()
        }

        private func signal() {
            changed.lock()
            changed.broadcast()
            changed.unlock()
        }

        var standardOutput: String { streams.withLock { String(decoding: $0.output, as: UTF8.self) } }
        var standardError: String { streams.withLock { String(decoding: $0.errors, as: UTF8.self) } }

        /// Waits until `condition` holds, woken by each piece of output and by the end of the program;
        /// gives up after `seconds`, which only guards against a hang. Returns whether it held.
        func wait(seconds: Double = 60, until condition: () -> Bool) -> Bool {
            let deadline = Date().addingTimeInterval(seconds)
            changed.lock()
            defer { changed.unlock() }
            while !condition() {
                // Woken by output or the end; the short cap covers a signal sent between check and wait.
                if Date() >= deadline { return condition() }
                _ = changed.wait(until: min(deadline, Date().addingTimeInterval(1)))
            }
            return true
        }

        /// Ends the command if a failed expectation left it running, without ever hanging the tests.
        func stop() {
            if process.isRunning { process.terminate() }
            if !wait(seconds: 5, until: { !process.isRunning }) { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
        }
    }

    static func occurrences(of text: String, in string: String) -> Int {
        string.components(separatedBy: text).count - 1
    }

    @Test func rebuildsOnChangeKeepsTheLastGoodReportAndStopsOnCtrlC() throws {
        let folder = try TemporaryFolder()
        try folder.copyFixture("minimal")
        try FileManager.default.copyItem(at: packageRoot.appendingPathComponent("templates"), to: folder.url.appendingPathComponent("templates"))
        let report = folder.path + "/output/eindverslag.html"
        let command = try RunningCommand(["build", "--watch"], in: folder.url)
        defer { command.stop() }

        // The first build.
        #expect(command.wait { Self.occurrences(of: " geschreven (", in: command.standardOutput) == 1 })
        #expect(
            command.standardOutput.hasPrefix(
                "kijkt naar process/ en templates/: bij elke wijziging wordt het verslag opnieuw gemaakt (stoppen: Ctrl-C)\n"
                    + "output/eindverslag.html geschreven (2 momenten, 1 uitkomst, 1 reactie; vingerafdruk "))

        // A saved change is picked up.
        try folder.write(
            "process/2024-03-enquete.md",
            """
            ---
            soort: enquete
            titel: Enquête over het Marktplein
            datum: 2024-03
            deelnemers: 212
            ---
            De enquête stond een maand open.
            """)
        #expect(command.wait { Self.occurrences(of: " geschreven (", in: command.standardOutput) == 2 })
        #expect(
            command.standardOutput.contains(
                "\n\nwijziging in process/2024-03-enquete.md; het verslag wordt opnieuw gemaakt\noutput/eindverslag.html geschreven ("))
        let good = try Data(contentsOf: URL(fileURLWithPath: report))
        #expect(String(decoding: good, as: UTF8.self).contains("Enquête over het Marktplein"))

        // A rebuild with an error is reported; the last good report stays.
        try folder.write("process/2024-04-01-kapot.md", "---\nsoort: kerngoep\ntitel: Kapot\ndatum: 2024-04-01\n---\nTekst.\n")
        #expect(command.wait { command.standardError.contains("het laatste goede verslag blijft staan") })
        #expect(
            command.standardError == """
                process/2024-04-01-kapot.md:2:8: fout: onbekende soort 'kerngoep'; bedoelde u 'kerngroep'? (toegestaan: bijeenkomst, kerngroep, nieuwsbrief, interne-sessie, enquete, besluit, brief, uitnodiging, overleg, gesprek, uitvraag, onderzoek)
                geen nieuw verslag: los eerst de fouten hierboven op; het laatste goede verslag blijft staan (output/eindverslag.html)

                """)
        #expect(try Data(contentsOf: URL(fileURLWithPath: report)) == good)

        // Fixing it builds again; an editor's hidden swap file does not.
        try folder.write("process/.2024-04-01-kapot.md.swp", "editor")
        try folder.write("process/2024-04-01-kapot.md", "---\nsoort: kerngroep\ntitel: Heel\ndatum: 2024-04-01\n---\nTekst.\n")
        #expect(command.wait { Self.occurrences(of: " geschreven (", in: command.standardOutput) == 3 })
        #expect(command.standardOutput.contains("\n\nwijziging in process/2024-04-01-kapot.md; het verslag wordt opnieuw gemaakt\n"))

        // Ctrl-C: a Dutch goodbye and exit code 0.
        kill(command.process.processIdentifier, SIGINT)
        #expect(command.wait { !command.process.isRunning })
        command.stop()
        #expect(command.process.terminationReason == .exit)
        #expect(command.process.terminationStatus == 0)
        #expect(command.wait { command.standardOutput.hasSuffix("\ngestopt met kijken; tot ziens\n") })
        #expect(Self.occurrences(of: " geschreven (", in: command.standardOutput) == 3)
    }

    @Test func aChangedTemplateIsPickedUpAndTheOutputFolderIsNotWatched() throws {
        let folder = try TemporaryFolder()
        try folder.copyFixture("minimal")
        try FileManager.default.copyItem(at: packageRoot.appendingPathComponent("templates"), to: folder.url.appendingPathComponent("templates"))
        // The output folder inside the templates folder: writing the report must not trigger a rebuild.
        let command = try RunningCommand(["build", "--watch", "--output", "templates/uit"], in: folder.url)
        defer { command.stop() }
        #expect(command.wait { Self.occurrences(of: " geschreven (", in: command.standardOutput) == 1 })

        // Two changes, one after the other, each waited for. Were the output folder watched, the report
        // written by a build would show up as a change before the next one: as a rebuild of its own, or
        // named next to the change that came with it.
        let template = folder.url.appendingPathComponent("templates/partials/afzender.html.mustache")
        let text = try String(contentsOf: template, encoding: .utf8)
        try Data((text + "<!-- aangepast -->\n").utf8).write(to: template)
        #expect(command.wait { Self.occurrences(of: " geschreven (", in: command.standardOutput) == 2 })
        try Data((text + "<!-- nog eens aangepast -->\n").utf8).write(to: template)
        #expect(command.wait { Self.occurrences(of: " geschreven (", in: command.standardOutput) == 3 })

        kill(command.process.processIdentifier, SIGINT)
        #expect(command.wait { !command.process.isRunning })
        command.stop()
        #expect(command.process.terminationReason == .exit)
        #expect(command.process.terminationStatus == 0)
        // Three builds and a goodbye: every change named is the template, none the output folder.
        #expect(Self.occurrences(of: " geschreven (", in: command.standardOutput) == 3)
        #expect(
            Self.occurrences(
                of: "\nwijziging in templates/partials/afzender.html.mustache; het verslag wordt opnieuw gemaakt\n", in: command.standardOutput) == 2)
        #expect(Self.occurrences(of: "\nwijziging", in: command.standardOutput) == 2)
        #expect(!command.standardOutput.split(separator: "\n").contains { $0.hasPrefix("wijziging") && $0.contains("templates/uit") })
    }

    @Test("zonder map templates/ kijkt build --watch naar process/, en een map templates/ die later komt telt mee")
    func withoutTemplatesFolderALaterOneIsPickedUp() throws {
        let folder = try TemporaryFolder()
        try folder.copyFixture("minimal")
        let command = try RunningCommand(["build", "--watch"], in: folder.url)
        defer { command.stop() }
        #expect(command.wait { Self.occurrences(of: " geschreven (", in: command.standardOutput) == 1 })
        #expect(
            command.standardOutput.hasPrefix(
                "kijkt naar process/: bij elke wijziging wordt het verslag opnieuw gemaakt (stoppen: Ctrl-C)\n"))
        // Made elsewhere and moved into place at once, as 'participatie sjablonen' in another folder and a
        // 'mv' would: one change.
        try folder.write("klaar/partials/afzender.html.mustache", "<p class=\"afzender\">Eigen afzender</p>\n")
        try FileManager.default.moveItem(at: folder.url.appendingPathComponent("klaar"), to: folder.url.appendingPathComponent("templates"))
        #expect(command.wait { Self.occurrences(of: " geschreven (", in: command.standardOutput) == 2 })
        #expect(command.standardOutput.contains("templates/partials/afzender.html.mustache; het verslag wordt opnieuw gemaakt\n"))
        let html = try String(contentsOfFile: folder.path + "/output/eindverslag.html", encoding: .utf8)
        #expect(html.contains("<p class=\"afzender\">Eigen afzender</p>"))
        kill(command.process.processIdentifier, SIGINT)
        #expect(command.wait { !command.process.isRunning })
    }
}
