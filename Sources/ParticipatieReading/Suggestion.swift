import ParticipatieModel

/// Finds the nearest known word for a misspelt one ("kerngoep" → "kerngroep").
package enum Suggestion {
    /// Candidates prepared once for many lookups (lowercased, as scalars).
    package struct Candidates {
        fileprivate let entries: [(word: String, scalars: [Unicode.Scalar])]
        package init(_ words: [String]) { entries = words.map { ($0, Array($0.lowercased().unicodeScalars)) } }
    }

    /// The candidate with the smallest edit distance, if it is close enough to be a likely typo.
    package static func nearest(to word: String, in candidates: [String]) -> String? {
        nearest(to: word, in: Candidates(candidates))
    }

    /// As ``nearest(to:in:)-([String])``, for a list prepared once.
    ///
    /// Only distances up to 3 ever count, so each comparison is a banded edit distance that stops
    /// as soon as the bound is exceeded: linear in the word length, not quadratic.
    package static func nearest(to word: String, in candidates: Candidates) -> String? {
        let lowered = Array(word.lowercased().unicodeScalars)
        guard lowered.count <= 64 else { return nil }
        var best: (candidate: String, distance: Int)?
        for (candidate, other) in candidates.entries {
            var bound = max(1, min(3, other.count / 3))
            if let best { bound = min(bound, best.distance - 1) }
            if let distance = editDistance(lowered, other, bound: bound) { best = (candidate, distance) }
        }
        return best?.candidate
    }

    /// The id meant by a reference that does not exist: the nearest by edit distance (a typo), or else,
    /// in this order, an id that starts with the reference's words (`meer-groen` for
    /// `meer-groen-en-schaduw`), one that holds them (`startbijeenkomst` for
    /// `2022-07-04-startbijeenkomst`), one whose words the reference starts with
    /// (`2022-07-04-startbijeenkomst-theater`), or one that starts with the reference at all
    /// (`2024-02-01-start` for `2024-02-01-startbijeenkomst`). Words are the parts between `-`; among
    /// several of the same kind, the shortest id wins, then the first in byte order.
    package static func nearestID(to reference: String, in candidates: Candidates) -> String? {
        if let typo = nearest(to: reference, in: candidates) { return typo }
        let lowered = Array(reference.lowercased().unicodeScalars)
        let words = reference.lowercased().split(separator: "-", omittingEmptySubsequences: false)
        // One short word ("a", "de") says too little to point at one id.
        guard words.joined().count >= 3 else { return nil }
        var best: (candidate: String, rank: Int)?
        for (candidate, scalars) in candidates.entries {
            let candidateWords = String(String.UnicodeScalarView(scalars)).split(separator: "-", omittingEmptySubsequences: false)
            let rank: Int
            if candidateWords.starts(with: words) {
                rank = 0
            } else if containsRun(words, in: candidateWords) {
                rank = 1
            } else if words.starts(with: candidateWords), candidateWords.joined().count >= 3 {
                rank = 2
            } else if scalars.count > lowered.count, lowered.count >= 4, scalars.starts(with: lowered) {
                rank = 3
            } else {
                continue
            }
            if let current = best {
                let better =
                    rank < current.rank
                    || (rank == current.rank
                        && (candidate.count < current.candidate.count
                            || (candidate.count == current.candidate.count
                                && candidate.utf8.lexicographicallyPrecedes(current.candidate.utf8))))
                if !better { continue }
            }
            best = (candidate, rank)
        }
        return best?.candidate
    }

    /// Whether `words` occur one after another somewhere in `other`.
    private static func containsRun(_ words: [Substring], in other: [Substring]) -> Bool {
        guard !words.isEmpty, words.count <= other.count else { return false }
        for start in 0...(other.count - words.count) where other[start..<(start + words.count)].elementsEqual(words) {
            return true
        }
        return false
    }

    /// Levenshtein distance over characters.
    static func editDistance(_ lhs: String, _ rhs: String) -> Int {
        let left = Array(lhs.unicodeScalars), right = Array(rhs.unicodeScalars)
        return editDistance(left, right, bound: max(left.count, right.count))!
    }

    /// Levenshtein distance if it is at most `bound`, else `nil`; only cells within `bound` of
    /// the diagonal are computed. Plain `while` loops: this runs for every id in the folder.
    static func editDistance(_ left: [Unicode.Scalar], _ right: [Unicode.Scalar], bound: Int) -> Int? {
        guard bound >= 0, abs(left.count - right.count) <= bound else { return nil }
        if left.isEmpty { return right.count }
        if right.isEmpty { return left.count }
        let outside = bound + 1
        var previous = [Int](repeating: outside, count: right.count + 1)
        var current = [Int](repeating: outside, count: right.count + 1)
        var j = 0
        while j <= min(bound, right.count) {
            previous[j] = j
            j += 1
        }
        var i = 1
        while i <= left.count {
            let low = max(1, i - bound), high = min(right.count, i + bound)
            current[0] = i <= bound ? i : outside
            if low > 1 { current[low - 1] = outside }
            var rowMinimum = current[0]
            j = low
            while j <= high {
                let cost = left[i - 1] == right[j - 1] ? 0 : 1
                // Two-argument min: the variadic one allocates an array per cell in debug builds.
                let value = min(min(previous[j] + 1, current[j - 1] + 1), min(previous[j - 1] + cost, outside))
                current[j] = value
                if value < rowMinimum { rowMinimum = value }
                j += 1
            }
            if high < right.count { current[high + 1] = outside }
            if rowMinimum > bound { return nil }
            swap(&previous, &current)
            i += 1
        }
        return previous[right.count] <= bound ? previous[right.count] : nil
    }
}
