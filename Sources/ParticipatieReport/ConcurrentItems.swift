import Dispatch
import MustacheEngine
import Synchronization

/// Renders the items of a long list on all cores (see ``ItemMapper``): the report's event list is
/// rendered twice, and at 10,000 events that is the longest stretch of the build on one core.
struct ConcurrentItems: ItemMapper {
    func map<Result: Sendable>(_ count: Int, _ transform: @Sendable (Int) -> Result) -> [Result] {
        let results = Mutex<[Result?]>(Array(repeating: nil, count: count))
        DispatchQueue.concurrentPerform(iterations: count) { index in
            let result = transform(index)
            results.withLock { $0[index] = result }
        }
        return results.withLock { $0.map { $0! } }
    }
}
