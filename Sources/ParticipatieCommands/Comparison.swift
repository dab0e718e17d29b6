import ParticipatieModel
import ParticipatieReading

/// The work tree's process and the same folder at a git revision, compared: what `verschil` prints.
/// (`build --sinds` compares in `ReportBuilder`, with the wording of the report.)
struct Comparison: Sendable {
    let current: Timeline
    let base: ProcessHistory.Revision
    let changes: ProcessChanges

    /// "versie 1.0 (revisie 1a2b3c4)".
    var baseLabel: String { CommandWording.revisionLabel(version: base.version, commit: base.shortCommit) }

    /// Why there is no comparison: the lines to print, and whether the user asked for something that
    /// does not exist (exit code 2) rather than the process or the repository being in the way (1).
    struct Failure: Error {
        let lines: [String]
        let isWrongUse: Bool
    }

    /// Reads the work tree and the revision (without one: the previous version) and compares them.
    /// A `definitief` process is judged as a concept on both sides: a comparison needs the models, not
    /// a publishable report.
    static func make(process: String, revision: String?) async -> Result<Comparison, Failure> {
        let current = await ProcessReader.read(directory: process, judgeAsConcept: true)
        guard let timeline = current.timeline else {
            let errors = current.diagnostics.filter(\.isError).map(\.description)
            return .failure(Failure(lines: errors + [CommandWording.verschilRefused], isWrongUse: false))
        }
        let base: ProcessHistory.Revision
        switch await ProcessHistory.read(directory: process, revision: revision, currentVersion: timeline.process.version) {
        case .success(let read):
            base = read
        case .failure(let problem):
            var isWrongUse = false
            if case .git(.unknownRevision) = problem { isWrongUse = true }
            return .failure(Failure(lines: ["fout: " + problem.message], isWrongUse: isWrongUse))
        }
        guard let baseTimeline = base.result.timeline else {
            let errors = base.result.diagnostics.filter(\.isError).map { diagnostic in
                var shown = diagnostic
                shown.file = base.shortCommit + ":" + diagnostic.file
                return shown.description
            }
            return .failure(Failure(lines: errors + [CommandWording.verschilBaseRefused(base.shortCommit)], isWrongUse: false))
        }
        return .success(Comparison(current: timeline, base: base, changes: ProcessChanges(from: baseTimeline, to: timeline)))
    }
}
