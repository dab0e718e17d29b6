import ParticipatieSystem

/// `participatie build --watch`: builds once, then polls the watched folders and rebuilds after
/// every change until Ctrl-C.
///
/// Polling sizes and modification times (``FolderSnapshot``) every ``pollMilliseconds`` works on
/// every file system. After a change the watcher waits until the folders are quiet for
/// ``settleMilliseconds`` (an editor may write several files, or write a file in steps), at most
/// ``settleLimitMilliseconds``. The snapshot is taken before each build, so a file saved during a
/// build triggers the next one.
struct BuildWatcher {
    /// The folders to watch, as the user typed them (also how changed paths are shown).
    let folders: [String]
    /// A folder inside the watched ones that is not watched: the output folder, which every
    /// build writes to.
    var skipping: [String] = []
    /// The folders named when watching starts: those of ``folders`` that exist.
    var announced: [String]? = nil
    var pollMilliseconds = 300
    var settleMilliseconds = 200
    var settleLimitMilliseconds = 2000

    /// Runs until interrupted. `build` builds once and prints its own diagnostics.
    func run(build: () async -> Void) async {
        Interrupt.install()
        say(CommandWording.watchStarted(announced ?? folders))
        var snapshot = FolderSnapshot(roots: folders, skipping: skipping)
        await build()
        while !Interrupt.requested {
            Interrupt.sleep(milliseconds: pollMilliseconds)
            guard !Interrupt.requested else { break }
            var current = FolderSnapshot(roots: folders, skipping: skipping)
            let changed = current.changes(since: snapshot)
            guard !changed.isEmpty else { continue }
            var waited = 0
            while waited < settleLimitMilliseconds, !Interrupt.requested {
                Interrupt.sleep(milliseconds: settleMilliseconds)
                waited += settleMilliseconds
                let next = FolderSnapshot(roots: folders, skipping: skipping)
                if next == current { break }
                current = next
            }
            guard !Interrupt.requested else { break }
            let settled = current.changes(since: snapshot)
            snapshot = current
            say(CommandWording.watchChanged(settled.isEmpty ? changed : settled))
            await build()
        }
        say(CommandWording.watchStopped)
    }

    /// Prints a line at once (unbuffered): in a pipe or log file it must appear now, not when a buffer fills.
    private func say(_ line: String) {
        Terminal.write(line + "\n", to: .standardOutput)
    }
}
