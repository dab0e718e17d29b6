import Glibc
import Synchronization

/// Set from the signal handler; an atomic store is async-signal-safe.
private let interruptReceived = Atomic<Bool>(false)

/// Ctrl-C (SIGINT) and SIGTERM for long-running commands: instead of killing the process mid-write,
/// they set a flag that the command reads between steps, so it can stop cleanly.
public enum Interrupt {
    /// Routes SIGINT and SIGTERM to the flag from now on.
    public static func install() {
        signal(SIGINT) { _ in interruptReceived.store(true, ordering: .relaxed) }
        signal(SIGTERM) { _ in interruptReceived.store(true, ordering: .relaxed) }
        // A parent may start us with these signals blocked (a spawned process inherits the signal
        // mask of the thread that spawned it); then Ctrl-C would never arrive.
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGINT)
        sigaddset(&signals, SIGTERM)
        pthread_sigmask(SIG_UNBLOCK, &signals, nil)
    }

    /// Whether an interrupt arrived since ``install()``.
    public static var requested: Bool { interruptReceived.load(ordering: .relaxed) }

    /// Waits `milliseconds`, returning early when an interrupt arrives.
    public static func sleep(milliseconds: Int) {
        var left = milliseconds
        while left > 0, !requested {
            let step = min(left, 50)
            usleep(UInt32(step * 1000))
            left -= step
        }
    }
}
