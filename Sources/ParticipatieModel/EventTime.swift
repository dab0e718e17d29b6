/// The time an event started on its (first) day (`tijd: 19:30`): orders events of one day.
public struct EventTime: Hashable, Sendable, Comparable, CustomStringConvertible {
    // Two bytes, not sixteen: every event carries an optional time.
    private let storedHour: UInt8
    private let storedMinute: UInt8

    /// 0 ... 23.
    public var hour: Int { Int(storedHour) }
    /// 0 ... 59.
    public var minute: Int { Int(storedMinute) }

    /// A time of day on a 24-hour clock (`hour` 0 ... 23, `minute` 0 ... 59).
    public init(hour: Int, minute: Int) {
        storedHour = UInt8(hour)
        storedMinute = UInt8(minute)
    }

    /// Parses `UU:MM` (also `U:MM`), on a 24-hour clock.
    public init?(text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].utf8.count), parts[1].utf8.count == 2,
            parts.allSatisfy({ $0.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") } }),
            let hour = Int(parts[0]), let minute = Int(parts[1]), hour < 24, minute < 60
        else { return nil }
        self.init(hour: hour, minute: minute)
    }

    /// `19:30`, `09:05`.
    public var iso: String { (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)" }

    public var description: String { iso }

    public static func < (lhs: EventTime, rhs: EventTime) -> Bool { (lhs.hour, lhs.minute) < (rhs.hour, rhs.minute) }
}
