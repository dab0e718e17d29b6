import ArgumentParser
import ParticipatieModel

/// `participatie init [map]`: starts a new project with a whole example process.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: CommandWording.initAbstract,
        discussion: CommandWording.initDiscussion
    )

    @Argument(help: ArgumentHelp(CommandWording.initFolderHelp, valueName: "map"), completion: .directory)
    var folder: String?

    @Option(name: .long, help: ArgumentHelp(CommandWording.initTitleHelp, valueName: "titel"))
    var titel: String?

    func validate() throws {
        if let folder { try CommandWording.requireFolderArgument(folder) }
    }

    func run() throws {
        let folder = self.folder ?? "."
        do {
            let today = try Today.date()
            let started = try ProjectStarter.start(in: folder, title: titel, today: today).get()
            started.print()
            Output.text(CommandWording.initNextSteps(folder: folder, today: today.iso))
        } catch let error as NewEntryError {
            Output.error(error.description)
            throw ExitCode(error.exitCode)
        }
    }
}
