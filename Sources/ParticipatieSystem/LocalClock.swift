import Glibc

/// Today's date in the local time zone: the only place the tool reads the clock.
public enum LocalClock {
    /// Year, month (1 ... 12) and day (1 ... 31) of today.
    public static func today() -> (year: Int, month: Int, day: Int) {
        var now = time(nil)
        var parts = tm()
        localtime_r(&now, &parts)
        return (Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1, Int(parts.tm_mday))
    }
}
