/// The lines that differ between two texts, in order: what `participatie verschil` shows for a
/// changed text. Lines the texts share at the start and the end are skipped in one pass; what is left
/// is compared line by line (longest common subsequence) when it is small, and shown whole otherwise,
/// so a large text costs linear time.
enum LineDiff {
    /// A line only in the old text, or only in the new one.
    enum Line: Equatable {
        case removed(Substring)
        case added(Substring)
    }

    /// Most cells of the comparison table (old lines × new lines) compared line by line.
    static let tableLimit = 1_000_000

    static func changes(from old: String, to new: String) -> [Line] {
        let before = old.split(separator: "\n", omittingEmptySubsequences: false)
        let after = new.split(separator: "\n", omittingEmptySubsequences: false)
        var start = 0
        while start < before.count, start < after.count, before[start] == after[start] { start += 1 }
        var endBefore = before.count, endAfter = after.count
        while endBefore > start, endAfter > start, before[endBefore - 1] == after[endAfter - 1] {
            endBefore -= 1
            endAfter -= 1
        }
        let removed = Array(before[start..<endBefore]), added = Array(after[start..<endAfter])
        guard !removed.isEmpty, !added.isEmpty, removed.count * added.count <= tableLimit else {
            return removed.map(Line.removed) + added.map(Line.added)
        }
        // lengths[i][j]: the longest common subsequence of removed[i...] and added[j...].
        let columns = added.count + 1
        var lengths = [Int32](repeating: 0, count: (removed.count + 1) * columns)
        for i in stride(from: removed.count - 1, through: 0, by: -1) {
            for j in stride(from: added.count - 1, through: 0, by: -1) {
                lengths[i * columns + j] =
                    removed[i] == added[j]
                    ? lengths[(i + 1) * columns + j + 1] + 1 : max(lengths[(i + 1) * columns + j], lengths[i * columns + j + 1])
            }
        }
        var result: [Line] = []
        var i = 0, j = 0
        while i < removed.count || j < added.count {
            if i < removed.count, j < added.count, removed[i] == added[j] {
                i += 1
                j += 1
            } else if j == added.count || (i < removed.count && lengths[(i + 1) * columns + j] >= lengths[i * columns + j + 1]) {
                result.append(.removed(removed[i]))
                i += 1
            } else {
                result.append(.added(added[j]))
                j += 1
            }
        }
        return result
    }
}
