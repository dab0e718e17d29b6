import ArgumentParser
import ParticipatieSystem

/// `participatie sjablonen [map]`: writes the compiled-in templates out for restyling.
struct TemplatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sjablonen",
        abstract: CommandWording.templatesAbstract,
        discussion: CommandWording.templatesDiscussion
    )

    @Argument(help: ArgumentHelp(CommandWording.templatesFolderHelp, valueName: "map"), completion: .directory)
    var folder: String?

    func validate() throws {
        if let folder { try CommandWording.requireFolderArgument(folder) }
    }

    func run() throws {
        let projectTemplates = ProjectFolders(process: nil).templates
        let target = folder ?? projectTemplates
        // A switch, not do/catch: the catch of a typed error crashes Swift 6.3's compiler here.
        switch DefaultTemplatesWriter.write(into: target) {
        case .success(let written):
            written.print()
            let usedByDefault = FileSystem.realPath(target) == FileSystem.realPath(projectTemplates)
            Output.error(
                CommandWording.templatesWritten(
                    written.written.count, kept: written.kept.count, folder: PathText.trimmed(target), usedByDefault: usedByDefault))
        case .failure(let error):
            Output.error(error.description)
            throw ExitCode(error.exitCode)
        }
    }
}
