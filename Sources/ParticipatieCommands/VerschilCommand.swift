import ArgumentParser
import ParticipatieModel
import ParticipatieReading

extension ChangesFormatter.Format: ExpressibleByArgument {}

/// `participatie verschil [REV]`: what changed in the process since a git revision.
struct VerschilCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verschil",
        abstract: CommandWording.verschilAbstract,
        discussion: CommandWording.verschilDiscussion
    )

    @Argument(help: ArgumentHelp(CommandWording.verschilRevisionHelp, valueName: "revisie"))
    var revision: String?

    @OptionGroup var processOption: ProcessOption

    @Option(name: .long, help: ArgumentHelp(CommandWording.verschilFormatHelp, valueName: "formaat"))
    var format: ChangesFormatter.Format = .tekst

    func run() async throws {
        let comparison = await Comparison.make(process: processOption.folder, revision: revision)
        switch comparison {
        case .failure(let failure):
            for line in failure.lines { Output.error(line) }
            throw ExitCode(failure.isWrongUse ? 2 : 1)
        case .success(let comparison):
            switch format {
            case .tekst:
                Output.text(
                    ChangesFormatter.text(
                        comparison.changes, base: comparison.baseLabel, currentVersion: comparison.current.process.version,
                        processFile: comparison.current.process.file))
            case .json:
                Output.text(
                    ChangesFormatter.json(
                        comparison.changes, baseCommit: comparison.base.commit, baseVersion: comparison.base.version,
                        currentVersion: comparison.current.process.version
                    ).serialized() + "\n")
            }
        }
    }
}
