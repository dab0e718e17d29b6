import ParticipatieModel
import ParticipatieSystem

/// Today's date for `participatie new`.
///
/// `PARTICIPATIE_VANDAAG=2024-05-01` fixes it, for tests and for adding events in hindsight.
enum Today {
    static let environmentVariable = "PARTICIPATIE_VANDAAG"

    static func date() throws -> EventDate {
        if let value = Environment.value(environmentVariable) {
            guard let date = EventDate(iso: value), date.isDay else {
                throw NewEntryError.wrongUse(CommandWording.invalidToday(variable: environmentVariable, value))
            }
            return date
        }
        let today = LocalClock.today()
        return EventDate(year: today.year, month: today.month, day: today.day)
    }
}
