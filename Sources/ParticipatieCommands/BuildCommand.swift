import ArgumentParser
import ParticipatieModel
import ParticipatieReport
import ParticipatieSystem

struct BuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: CommandWording.buildAbstract,
        discussion: CommandWording.buildDiscussion + "\n\n" + CommandWording.buildWatchDiscussion + "\n\n"
            + CommandWording.buildExitCodes
    )

    @OptionGroup var processOption: ProcessOption

    @Option(name: .long, help: ArgumentHelp(CommandWording.buildTemplatesHelp, valueName: "map"), completion: .directory)
    var templates: String?

    @Option(name: .long, help: ArgumentHelp(CommandWording.buildOutputHelp, valueName: "map"), completion: .directory)
    var output: String?

    @Option(name: .long, help: ArgumentHelp(CommandWording.buildFormatHelp, valueName: "html|md"))
    var format: ReportFormat = .html

    @Flag(name: .long, help: ArgumentHelp(CommandWording.buildWatchHelp))
    var watch = false

    @Option(name: .long, help: ArgumentHelp(CommandWording.buildSinceHelp, valueName: "revisie"))
    var sinds: String?

    func validate() throws {
        if let templates { try CommandWording.requireFolder(templates, option: "--templates") }
        if let output { try CommandWording.requireFolder(output, option: "--output") }
    }

    func run() async throws {
        let folders = ProjectFolders(process: processOption.process, templates: templates, output: output)
        if watch {
            // Ends on Ctrl-C with exit code 0; a failed rebuild is reported and watching goes on. A
            // templates folder that does not exist yet is watched too: made later, it counts.
            let watcher = BuildWatcher(
                folders: [folders.process, folders.templates], skipping: [folders.output],
                announced: [folders.process] + (FileSystem.exists(folders.templates) ? [folders.templates] : []))
            await watcher.run { await buildOnce(folders, watching: true) }
            return
        }
        let result = await buildOnce(folders, watching: false)
        // The program ends here with the model still held: the system takes its memory back at once,
        // where freeing it object by object took about 20 ms at 10,000 events (docs/prestaties.md).
        withExtendedLifetime(result) {
            Self.exit(withError: result.succeeded ? nil : ExitCode.failure)
        }
    }

    /// Builds once and prints the diagnostics and the outcome; ``ReportBuilder/Result/succeeded`` tells
    /// whether the report was written.
    @discardableResult
    private func buildOnce(_ folders: ProjectFolders, watching: Bool) async -> ReportBuilder.Result {
        let builder = ReportBuilder(
            processDirectory: folders.process, templatesDirectory: folders.templates,
            outputDirectory: folders.output, formats: [format], templatesFolderIsOptional: !folders.templatesNamed, since: sinds)
        let result = await builder.build()
        for diagnostic in result.diagnostics { Output.error(diagnostic.description) }
        let output = folders.output
        let report = ReportFormat.html.fileName
        let reportPath = output.hasSuffix("/") ? output + report : output + "/" + report
        guard result.succeeded else {
            if watching {
                Output.error(CommandWording.watchKeptLastGood(FileSystem.exists(reportPath) ? reportPath : nil))
            } else {
                Output.error(CommandWording.buildRefused(errors: result.diagnostics.errorCount, output: reportPath))
            }
            return result
        }
        Output.line(CommandWording.buildSummary(result))
        return result
    }
}

extension ReportFormat: ExpressibleByArgument {}
