/// Work spread over the cores with a task group, in chunks large enough to outweigh a task's cost.
package enum Parallel {
    /// `transform` applied to every element, in parallel tasks of `chunkSize` elements, results in
    /// the order of `elements`.
    package static func map<Element: Sendable, Result: Sendable>(
        _ elements: [Element], chunkSize: Int = 32, _ transform: @escaping @Sendable (Element) -> Result
    ) async -> [Result] {
        guard elements.count > chunkSize else { return elements.map(transform) }
        return await withTaskGroup(of: (Int, [Result]).self) { group in
            for start in stride(from: 0, to: elements.count, by: chunkSize) {
                let chunk = Array(elements[start..<min(start + chunkSize, elements.count)])
                group.addTask { (start, chunk.map(transform)) }
            }
            var chunks: [(Int, [Result])] = []
            chunks.reserveCapacity(elements.count / chunkSize + 1)
            for await chunk in group { chunks.append(chunk) }
            return chunks.sorted { $0.0 < $1.0 }.flatMap(\.1)
        }
    }
}
