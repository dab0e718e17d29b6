import Dispatch
import Foundation
import MustacheEngine
import Synchronization

/// Lends the template engine all cores, to render the items of long lists (the moments of a large
/// process) in chunks at the same time.
///
/// The calling thread and one Dispatch thread for each further core take the next index in turn until
/// none is left. Not `DispatchQueue.concurrentPerform`: called from a thread of Swift's cooperative
/// pool, where the build runs, it ran every iteration on that one thread (docs/prestaties.md).
struct AllCores: ConcurrentMapper {
    func map<Result: Sendable>(count: Int, _ transform: @escaping @Sendable (Int) -> Result) -> [Result] {
        let helpers = min(count, ProcessInfo.processInfo.activeProcessorCount) - 1
        guard helpers > 0 else { return (0..<count).map(transform) }
        let work = Work<Result>(count: count)
        let group = DispatchGroup()
        for _ in 0..<helpers {
            DispatchQueue.global().async(group: group) { work.run(transform) }
        }
        work.run(transform)
        group.wait()
        return work.results()
    }

    /// The indices not yet taken and the results so far, shared by the threads of one `map`.
    private final class Work<Result: Sendable>: Sendable {
        private let count: Int
        private let next = Atomic<Int>(0)
        private let slots: Mutex<[Result?]>

        init(count: Int) {
            self.count = count
            slots = Mutex([Result?](repeating: nil, count: count))
        }

        /// Computes results for the next free indices until none is left.
        func run(_ transform: @Sendable (Int) -> Result) {
            while true {
                let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard index < count else { return }
                let result = transform(index)
                slots.withLock { $0[index] = result }
            }
        }

        /// Every result, in order; called once all threads are done, so every slot is filled.
        func results() -> [Result] {
            slots.withLock { slots in slots.map { $0! } }
        }
    }
}
