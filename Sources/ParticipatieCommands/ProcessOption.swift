import ArgumentParser

/// `--process`, the same for every command that reads a process: an empty value is wrong use, and
/// without one the project's `process/` folder is found from the current folder upwards.
struct ProcessOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(CommandWording.processOptionHelp, valueName: "map"), completion: .directory)
    var process: String?

    func validate() throws {
        if let process { try CommandWording.requireFolder(process, option: "--process") }
    }

    /// The process folder to read.
    var folder: String { ProjectFolders(process: process).process }
}
