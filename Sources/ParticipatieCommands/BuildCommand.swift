import ArgumentParser
import ParticipatieModel
import ParticipatieReport
import ParticipatieSystem

struct BuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: CommandWording.buildAbstract,
        discussion: CommandWording.buildDiscussion + "\n\n" + CommandWording.buildWatchDiscussion
    )

    @Option(name: .long, help: ArgumentHelp(CommandWording.buildProcessHelp, valueName: "map"))
    var process = "process"

    @Option(name: .long, help: ArgumentHelp(CommandWording.buildTemplatesHelp, valueName: "map"))
    var templates = "templates"

    @Option(name: .long, help: ArgumentHelp(CommandWording.buildOutputHelp, valueName: "map"))
    var output = "output"

    @Option(name: .long, help: ArgumentHelp(CommandWording.buildFormatHelp, valueName: "html|md"))
    var format: ReportFormat = .html

    @Flag(name: .long, help: ArgumentHelp(CommandWording.buildWatchHelp))
    var watch = false

    @Option(name: .long, help: ArgumentHelp(CommandWording.buildSinceHelp, valueName: "revisie"))
    var sinds: String?

    func validate() throws {
        try CommandWording.requireFolder(process, option: "--process")
        try CommandWording.requireFolder(templates, option: "--templates")
        try CommandWording.requireFolder(output, option: "--output")
    }

    func run() async throws {
        if watch {
            // Ends on Ctrl-C with exit code 0; a failed rebuild is reported and watching goes on.
            await BuildWatcher(folders: [process, templates], skipping: [output]).run { _ = await buildOnce(watching: true) }
            return
        }
        guard await buildOnce(watching: false) else { throw ExitCode.failure }
    }

    /// Builds once and prints the diagnostics and the outcome; `true` when the report was written.
    private func buildOnce(watching: Bool) async -> Bool {
        let builder = ReportBuilder(
            processDirectory: process, templatesDirectory: templates,
            outputDirectory: output, formats: [format], since: sinds)
        let result = await builder.build()
        for diagnostic in result.diagnostics { Output.error(diagnostic.description) }
        let report = ReportFormat.html.fileName
        let reportPath = output.hasSuffix("/") ? output + report : output + "/" + report
        guard result.succeeded else {
            if watching {
                Output.error(CommandWording.watchKeptLastGood(FileSystem.exists(reportPath) ? reportPath : nil))
            } else {
                Output.error(CommandWording.buildRefused(errors: result.diagnostics.errorCount, output: reportPath))
            }
            return false
        }
        Output.line(CommandWording.buildSummary(result))
        return true
    }
}

extension ReportFormat: ExpressibleByArgument {}
