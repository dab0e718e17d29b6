/// The lines that differ between two texts, in order: what `participatie verschil` shows for a
/// changed text. Lines the texts share at the start and the end are skipped in one pass; what is left
/// is compared line by line with the standard library's `difference(from:)` when it is small, and
/// shown whole otherwise, so a large text costs linear time.
enum LineDiff {
    /// A line only in the old text, or only in the new one.
    enum Line: Equatable {
        case removed(Substring)
        case added(Substring)
    }

    /// Above this many pairs of old and new lines, the middle is shown whole instead of compared.
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
        // The standard library's difference (Myers): a shortest edit script. Shown in order, the lines
        // removed at a place before the lines added there.
        var removedOffsets = Set<Int>(), addedOffsets = Set<Int>()
        for change in added.difference(from: removed) {
            switch change {
            case .remove(let offset, _, _): removedOffsets.insert(offset)
            case .insert(let offset, _, _): addedOffsets.insert(offset)
            }
        }
        var result: [Line] = []
        var i = 0, j = 0
        while i < removed.count || j < added.count {
            if removedOffsets.contains(i) {
                result.append(.removed(removed[i]))
                i += 1
            } else if addedOffsets.contains(j) {
                result.append(.added(added[j]))
                j += 1
            } else {
                i += 1
                j += 1
            }
        }
        return result
    }
}
