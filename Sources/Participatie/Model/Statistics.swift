/// Summary figures of a process, derived from its events.
public struct Statistics: Hashable, Sendable {
    /// Number of events per kind, in the order of ``EventKind/allCases``; kinds without events are left out.
    public let countsByKind: [KindCount]
    public let eventCount: Int
    /// Sum of all participant counts, exact and approximate.
    public let participantsTotal: Int
    /// The part of ``participantsTotal`` that comes from estimates (`ca. 60`).
    public let participantsApproximate: Int
    /// Events that give a participant count.
    public let eventsWithParticipants: Int
    /// Every audience named, sorted, without duplicates.
    public let audiences: [String]
    public let firstDate: EventDate?
    public let lastDate: EventDate?
    public let heldCount: Int
    public let plannedCount: Int

    /// The number of events of one kind.
    public struct KindCount: Hashable, Sendable {
        public let kind: EventKind
        public let count: Int
    }

    public init(events: [Event]) {
        countsByKind = EventKind.allCases.compactMap { kind in
            let count = events.filter { $0.kind == kind }.count
            return count == 0 ? nil : KindCount(kind: kind, count: count)
        }
        eventCount = events.count
        let counted = events.compactMap(\.participants)
        participantsTotal = counted.reduce(0) { $0 + $1.count }
        participantsApproximate = counted.filter(\.isApproximate).reduce(0) { $0 + $1.count }
        eventsWithParticipants = counted.count
        var seen = Set<String>()
        var audiences: [String] = []
        for audience in events.flatMap(\.audiences) where seen.insert(audience.lowercased()).inserted {
            audiences.append(audience)
        }
        self.audiences = audiences.sorted { $0.lowercased().utf8.lexicographicallyPrecedes($1.lowercased().utf8) }
        firstDate = events.map(\.firstDate).min()
        lastDate = events.map(\.lastDate).max()
        heldCount = events.filter { $0.status == .afgerond }.count
        plannedCount = events.filter { $0.status == .gepland }.count
    }
}
