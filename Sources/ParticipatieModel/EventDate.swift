/// A date as project leaders write it: a whole day (`2022-07-04`), only a month (`2023-07`) or only
/// a year (`2022`).
///
/// Dates are calendar values without a time zone: they never pass through `Foundation.Date`,
/// so a report built anywhere shows the same day.
public struct EventDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let year: Int
    /// 1 ... 12, or `nil` when only the year is known.
    public let month: Int?
    /// 1 ... 31, or `nil` when only the month or the year is known.
    public let day: Int?

    /// A day, a month (`day` `nil`) or a year (`month` and `day` `nil`). A day without a month is
    /// read as a year.
    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = month == nil ? nil : day
    }

    /// Parses `JJJJ-MM-DD`, `JJJJ-MM` or `JJJJ`, checking that the day exists in that month.
    public init?(iso text: String) {
        // Byte by byte: every date and every event file name is read this way. Only ASCII digits
        // and `-` are accepted, so a byte is a character here.
        let utf8 = text.utf8
        guard utf8.count == 4 || utf8.count == 7 || utf8.count == 10 else { return nil }
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
        guard year >= 1000 else { return nil }
        switch utf8.count {
        case 4:
            self.init(year: year)
        case 7:
            guard (1...12).contains(month) else { return nil }
            self.init(year: year, month: month)
        default:
            guard (1...12).contains(month), day >= 1, day <= EventDate.daysIn(month: month, year: year) else { return nil }
            self.init(year: year, month: month, day: day)
        }
    }

    /// Whether only the year is known.
    public var isYearOnly: Bool { month == nil }
    /// Whether the day is known.
    public var isDay: Bool { day != nil }

    /// `2022-07-04`, `2023-07` or `2022`.
    public var iso: String {
        guard let month else { return "\(year)" }
        let base = "\(year)-\(month < 10 ? "0" : "")\(month)"
        guard let day else { return base }
        return base + "-\(day < 10 ? "0" : "")\(day)"
    }

    public var description: String { iso }

    /// The first day this date covers: the day itself, the first of the month or 1 January.
    public var firstDay: EventDate { EventDate(year: year, month: month ?? 1, day: day ?? 1) }

    /// The last day this date covers: the day itself, the last of the month or 31 December.
    public var lastDay: EventDate {
        guard let month else { return EventDate(year: year, month: 12, day: 31) }
        return EventDate(year: year, month: month, day: day ?? EventDate.daysIn(month: month, year: year))
    }

    /// A year sorts before its months, a month before its days.
    public static func < (lhs: EventDate, rhs: EventDate) -> Bool {
        (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
    }

    /// Number of days in a month of the Gregorian calendar.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
