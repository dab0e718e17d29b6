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

    /// Computes the figures in one pass over `events`.
    public init(events: [Event]) {
        var counts = [Int](repeating: 0, count: EventKind.allCases.count)
        var total = 0, approximate = 0, withParticipants = 0, held = 0, planned = 0
        var seen = Set<String>()
        var audiences: [String] = []
        var first: EventDate?, last: EventDate?
        for event in events {
            counts[EventKind.allCases.firstIndex(of: event.kind)!] += 1
            if let participants = event.participants {
                total += participants.count
                withParticipants += 1
                if participants.isApproximate { approximate += participants.count }
            }
            for audience in event.audiences where seen.insert(audience.lowercased()).inserted {
                audiences.append(audience)
            }
            if first.map({ event.firstDate < $0 }) ?? true { first = event.firstDate }
            if last.map({ $0 < event.lastDate }) ?? true { last = event.lastDate }
            if event.status == .afgerond { held += 1 } else { planned += 1 }
        }
        countsByKind = zip(EventKind.allCases, counts).compactMap { kind, count in
            count == 0 ? nil : KindCount(kind: kind, count: count)
        }
        eventCount = events.count
        participantsTotal = total
        participantsApproximate = approximate
        eventsWithParticipants = withParticipants
        self.audiences = audiences.sorted { $0.lowercased().utf8.lexicographicallyPrecedes($1.lowercased().utf8) }
        firstDate = first
        lastDate = last
        heldCount = held
        plannedCount = planned
    }
}
