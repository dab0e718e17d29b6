import Participatie
#if canImport(Glibc)
import Glibc
#endif

/// Today's date for `participatie new`: the only place the tool reads the clock.
///
/// `PARTICIPATIE_VANDAAG=2024-05-01` fixes it, for tests and for adding events in hindsight.
enum Today {
    static let environmentVariable = "PARTICIPATIE_VANDAAG"

    static func date() throws -> EventDate {
        if let value = getenv(environmentVariable).map({ String(cString: $0) }) {
            guard let date = EventDate(iso: value), !date.isMonthOnly else {
                throw NewEntryError.wrongUse(CommandWording.invalidToday(variable: environmentVariable, value))
            }
            return date
        }
        var now = time(nil)
        var parts = tm()
        localtime_r(&now, &parts)
        return EventDate(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
    }
}
