/// Why git could not answer, with a Dutch ``message``: git's own English never reaches the user.
public enum GitProblem: Error, Equatable, Sendable {
    /// There is no `git` on `PATH`.
    case gitMissing
    /// git could not be started for another reason.
    case cannotRun(SystemError)
    /// The folder is not inside a git repository.
    case notARepository(String)
    /// git refuses a repository owned by another user (`safe.directory`).
    case unsafeRepository(String)
    /// The repository has no commit yet.
    case noCommits
    /// The revision names no commit.
    case unknownRevision(String)
    /// git wrote more than the tool reads.
    case tooLarge
    /// git's output was not in the expected form.
    case unreadableOutput
    /// git ended with this status for a reason the tool does not know.
    case failed(status: Int32)

    /// What went wrong, in Dutch.
    public var message: String { SystemWording.git(self) }
}
