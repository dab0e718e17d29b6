import ArgumentParser
import Participatie
#if canImport(Glibc)
import Glibc
#endif

struct BuildCommand: ParsableCommand {
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

    func run() throws {
        if watch {
            // Ends on Ctrl-C with exit code 0; a failed rebuild is reported and watching goes on.
            BuildWatcher(folders: [process, templates], skipping: [output]).run { _ = buildOnce(watching: true) }
            return
        }
        guard buildOnce(watching: false) else { throw ExitCode.failure }
    }

    /// Builds once and prints the diagnostics and the outcome; `true` when the report was written.
    private func buildOnce(watching: Bool) -> Bool {
        let builder = ReportBuilder(processDirectory: process, templatesDirectory: templates,
                                    outputDirectory: output, formats: [format])
        let result = builder.build()
        for diagnostic in result.diagnostics { Output.error(diagnostic.description) }
        let report = ReportFormat.html.fileName
        let reportPath = output.hasSuffix("/") ? output + report : output + "/" + report
        guard result.succeeded else {
            if watching {
                Output.error(CommandWording.watchKeptLastGood(access(reportPath, F_OK) == 0 ? reportPath : nil))
            } else {
                Output.error(CommandWording.buildRefused(errors: result.diagnostics.errorCount, output: reportPath))
            }
            return false
        }
        print(CommandWording.buildSummary(result))
        return true
    }
}

extension ReportFormat: ExpressibleByArgument {}
