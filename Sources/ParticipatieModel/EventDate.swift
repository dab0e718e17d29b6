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
        // Byte by byte: every date and every event file name is read this way. Only ASCII digits
        // and `-` are accepted, so a byte is a character here.
        let utf8 = text.utf8
        guard utf8.count == 7 || utf8.count == 10 else { return nil }
        var year = 0, month = 0, day = 0
        for (offset, byte) in utf8.enumerated() {
            if offset == 4 || offset == 7 {
                guard byte == UInt8(ascii: "-") else { return nil }
                continue
            }
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            let digit = Int(byte - UInt8(ascii: "0"))
            if offset < 4 {
                year = year * 10 + digit
            } else if offset < 7 {
                month = month * 10 + digit
            } else {
                day = day * 10 + digit
            }
        }
        guard year >= 1000, (1...12).contains(month) else { return nil }
        if utf8.count == 10 {
            guard day >= 1, day <= EventDate.daysIn(month: month, year: year) else { return nil }
            self.init(year: year, month: month, day: day)
        } else {
            self.init(year: year, month: month, day: nil)
        }
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
