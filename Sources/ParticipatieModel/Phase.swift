/// One phase of a process (`fasen:` in `proces.md`), with its own participation level.
public struct Phase: Hashable, Sendable {
    /// As `proces.md` names it; unique in the process.
    public let name: String
    /// The first day, month or year of the phase.
    public let start: EventDate
    /// The last day, month or year of the phase (a month or year counts whole).
    public let end: EventDate
    /// The participation level of this phase.
    public let level: ParticipationLevel

    /// A phase from `start` to `end` (both included).
    public init(name: String, start: EventDate, end: EventDate, level: ParticipationLevel) {
        self.name = name
        self.start = start
        self.end = end
        self.level = level
    }

    /// Whether every day `date` covers lies in the phase.
    public func contains(_ date: EventDate) -> Bool {
        !(date.firstDay < start.firstDay) && !(end.lastDay < date.lastDay)
    }

    /// Whether some day `date` covers lies in the phase.
    public func overlaps(_ date: EventDate) -> Bool {
        !(date.lastDay < start.firstDay) && !(end.lastDay < date.firstDay)
    }

    /// Whether the two phases share a day.
    public func overlaps(_ other: Phase) -> Bool {
        !(other.end.lastDay < start.firstDay) && !(end.lastDay < other.start.firstDay)
    }
}
