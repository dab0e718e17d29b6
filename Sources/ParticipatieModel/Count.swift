/// A number of people or responses as a project leader writes it: exact (`1.400`), an estimate
/// (`ca. 60`), a lower bound (`ruim 200`), just under a number (`bijna 60`) or a range (`80 à 100`).
///
/// The text is kept for display; ``lower`` and ``upper`` are the bounds that figures are made from.
public struct Count: Hashable, Sendable {
    /// How the number was qualified.
    public enum Qualifier: String, Sendable, CaseIterable {
        /// `1400`, `1.400`.
        case exact
        /// `ca. 60`, `circa 60`, `ongeveer 60`, `zo'n 60`, `± 60`, `+/- 60`, `~60`.
        case estimate
        /// `ruim 200`, `meer dan 1400`, `minstens 50`, `ten minste 50`, `200+`: no upper bound.
        case atLeast
        /// `bijna 60`: an estimate just under the number.
        case almost
        /// `80 à 100`, `80-100`, `80 tot 100`, `tussen 80 en 100`.
        case range
    }

    /// The largest number accepted: 999.999.999.
    public static let limit = 999_999_999

    /// The values, boxed: an event without a count holds a null pointer, one with a count a single
    /// reference (a report of 10,000 events keeps several copies of every event).
    private final class Storage: Sendable {
        let text: String
        let qualifier: Qualifier
        let lower: Int
        let upper: Int?

        init(text: String, qualifier: Qualifier, lower: Int, upper: Int?) {
            self.text = text
            self.qualifier = qualifier
            self.lower = lower
            self.upper = upper
        }
    }

    private let storage: Storage

    /// The text as written, with runs of white space made single.
    public var text: String { storage.text }
    /// How the number was qualified.
    public var qualifier: Qualifier { storage.qualifier }
    /// The number itself; for a range its start, for `bijna 60` and `ruim 200` the number named.
    public var lower: Int { storage.lower }
    /// The end of a range; the number itself for exact numbers and estimates; `nil` for a lower bound.
    public var upper: Int? { storage.upper }

    /// A count with its text as written and its bounds.
    public init(text: String, qualifier: Qualifier, lower: Int, upper: Int?) {
        storage = Storage(text: text, qualifier: qualifier, lower: lower, upper: upper)
    }

    public static func == (lhs: Count, rhs: Count) -> Bool {
        lhs.text == rhs.text && lhs.qualifier == rhs.qualifier && lhs.lower == rhs.lower && lhs.upper == rhs.upper
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(text)
        hasher.combine(lower)
    }

    /// An exact number, written as digits.
    public init(exactly value: Int) {
        self.init(text: String(value), qualifier: .exact, lower: value, upper: value)
    }

    /// Whether the number was counted rather than estimated or bounded.
    public var isExact: Bool { qualifier == .exact }
}

/// Counts of several events added up, keeping what is exact apart from what is not.
///
/// The same people may be counted at several events: a total is never a number of different people.
public struct CountTotal: Hashable, Sendable {
    /// Events that give a count.
    public let eventCount: Int
    /// Events whose count is not exact.
    public let inexactEventCount: Int
    /// The sum of the exact counts.
    public let exact: Int
    /// The sum of the other counts' lower values (an estimate counts with its number).
    public let approximate: Int
    /// The sum of the other counts' upper values; `nil` when one of them has no upper bound.
    public let approximateUpper: Int?
    /// Whether an estimate (`ca.`, `bijna`) is among them.
    public let hasEstimate: Bool

    /// Adds up `counts`.
    public init(_ counts: [Count]) {
        var exact = 0, approximate = 0, inexact = 0, hasEstimate = false
        var upper: Int? = 0
        for count in counts {
            if count.isExact {
                exact += count.lower
                continue
            }
            inexact += 1
            approximate += count.lower
            upper = upper.flatMap { sum in count.upper.map { sum + $0 } }
            if count.qualifier == .estimate || count.qualifier == .almost { hasEstimate = true }
        }
        eventCount = counts.count
        inexactEventCount = inexact
        self.exact = exact
        self.approximate = approximate
        approximateUpper = upper
        self.hasEstimate = hasEstimate
    }

    /// The lowest the total can be read as.
    public var lower: Int { exact + approximate }
    /// The highest; `nil` when a count has no upper bound.
    public var upper: Int? { approximateUpper.map { exact + $0 } }
    /// Whether any count is not exact.
    public var hasInexact: Bool { inexactEventCount > 0 }
}
