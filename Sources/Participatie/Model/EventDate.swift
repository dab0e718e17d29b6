/// A date as project leaders write it: a whole day (`2022-07-04`) or only a month (`2023-07`).
///
/// Dates are calendar values without a time zone: they never pass through `Foundation.Date`,
/// so a report built anywhere shows the same day.
public struct EventDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let year: Int
    /// 1 ... 12.
    public let month: Int
    /// 1 ... 31, or `nil` when only the month is known.
    public let day: Int?

    public init(year: Int, month: Int, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `JJJJ-MM-DD` or `JJJJ-MM`, checking that the day exists in that month.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3,
              parts[0].count == 4, parts[1].count == 2,
              parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let year = Int(parts[0]), let month = Int(parts[1]),
              year >= 1000, (1...12).contains(month) else { return nil }
        var day: Int?
        if parts.count == 3 {
            guard parts[2].count == 2, let value = Int(parts[2]),
                  value >= 1, value <= EventDate.daysIn(month: month, year: year) else { return nil }
            day = value
        }
        self.init(year: year, month: month, day: day)
    }

    /// Whether only the month is known.
    public var isMonthOnly: Bool { day == nil }

    /// `2022-07-04` or `2023-07`.
    public var iso: String {
        let base = "\(year)-\(month < 10 ? "0" : "")\(month)"
        guard let day else { return base }
        return base + "-\(day < 10 ? "0" : "")\(day)"
    }

    public var description: String { iso }

    /// A month-only date sorts before the days of that month.
    public static func < (lhs: EventDate, rhs: EventDate) -> Bool {
        (lhs.year, lhs.month, lhs.day ?? 0) < (rhs.year, rhs.month, rhs.day ?? 0)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
