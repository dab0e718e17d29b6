import ArgumentParser
import Participatie

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: CommandWording.buildAbstract,
        discussion: CommandWording.buildDiscussion
    )

    @Option(name: .long, help: ArgumentHelp(CommandWording.buildProcessHelp, valueName: "map"))
    var process = "process"

    @Option(name: .long, help: ArgumentHelp(CommandWording.buildTemplatesHelp, valueName: "map"))
    var templates = "templates"

    @Option(name: .long, help: ArgumentHelp(CommandWording.buildOutputHelp, valueName: "map"))
    var output = "output"

    @Option(name: .long, help: ArgumentHelp(CommandWording.buildFormatHelp, valueName: "html|md"))
    var format: ReportFormat = .html

    func run() throws {
        let builder = ReportBuilder(processDirectory: process, templatesDirectory: templates,
                                    outputDirectory: output, formats: [format])
        let result = builder.build()
        for diagnostic in result.diagnostics { Output.error(diagnostic.description) }
        guard result.succeeded else {
            let report = ReportFormat.html.fileName
            Output.error(CommandWording.buildRefused(errors: result.diagnostics.errorCount,
                                                     output: output.hasSuffix("/") ? output + report : output + "/" + report))
            throw ExitCode.failure
        }
        print(CommandWording.buildSummary(result))
    }
}

extension ReportFormat: ExpressibleByArgument {}
