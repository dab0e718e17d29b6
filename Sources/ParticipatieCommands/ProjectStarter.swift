import ParticipatieModel
import ParticipatieReading
import ParticipatieSystem

/// Starts a new project for `participatie init`: a `process/` folder with a process description,
/// one event, one outcome and one response that answers it, and a `.gitignore`.
///
/// The result is a whole process: `participatie check` passes (in a `concept` process the
/// `[VUL IN: …]` places are warnings that say what to fill in) and `participatie build` makes a
/// report of it at once. An existing `process/` is never touched; an existing `.gitignore` is kept.
enum ProjectStarter {
    /// Starts a project in `folder` (created when missing). `today` dates the example event.
    static func start(in folder: String, title: String?, today: EventDate) -> Result<NewFiles, NewEntryError> {
        let root = PathText.trimmed(folder)
        let process = PathText.join(root, ProjectFolders.processName)
        var processTitle = EntryTemplate.placeholder(CommandWording.initTitleQuestion)
        if let title {
            processTitle = title.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            guard !processTitle.isEmpty else { return .failure(.wrongUse(CommandWording.emptyTitle)) }
        }
        if FileSystem.exists(process) { return .failure(.failed(CommandWording.processExists(process + "/"))) }

        let event = today.iso + "-" + Slug.make(CommandWording.initEventTitle)
        let outcome = Slug.make(CommandWording.initOutcomeTitle)
        let response = Slug.make(CommandWording.initResponseTitle)
        let files: [(path: String, contents: String)] = [
            (FolderScan.processFile, EntryTemplate.process(title: processTitle)),
            (event + ".md", EntryTemplate.event(kind: .bijeenkomst, title: CommandWording.initEventTitle, date: today, planned: false)),
            (
                FolderScan.outcomesFolder + "/" + outcome + ".md",
                EntryTemplate.outcome(title: CommandWording.initOutcomeTitle, order: 1, sources: [event], examples: [])
            ),
            (
                FolderScan.responsesFolder + "/" + response + ".md",
                EntryTemplate.response(title: CommandWording.initResponseTitle, order: 1, outcomes: [outcome], examples: [])
            ),
        ]
        for subfolder in [FolderScan.outcomesFolder, FolderScan.responsesFolder] {
            if let problem = NewFiles.makeFolder(PathText.join(process, subfolder)) { return .failure(.failed(problem)) }
        }
        var started = NewFiles()
        for (relative, contents) in files {
            let path = PathText.join(process, relative)
            if case .failure(let error) = FileSystem.createNewFile(path, bytes: Array(contents.utf8)) {
                return .failure(.failed(CommandWording.cannotWriteFile(path, error.writingReason)))
            }
            started.written.append(path)
        }
        if let problem = started.writeOrKeep(PathText.join(root, ".gitignore"), CommandWording.initGitignore) {
            return .failure(.failed(problem))
        }
        return .success(started)
    }
}
