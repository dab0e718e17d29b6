import Synchronization
import Testing

@testable import ParticipatieReport

/// The mapper that lends the template engine all cores.
@Suite("Alle kernen: resultaten op volgorde")
struct AllCoresTests {
    @Test("elk resultaat één keer berekend en op zijn plaats", arguments: [0, 1, 2, 1_000])
    func inOrder(_ count: Int) {
        let calls = Mutex([Int](repeating: 0, count: count))
        let results = AllCores().map(count: count) { index in
            calls.withLock { $0[index] += 1 }
            return "nr. \(index)"
        }
        #expect(results == (0..<count).map { "nr. \($0)" })
        #expect(calls.withLock { $0 } == [Int](repeating: 1, count: count))
    }
}
