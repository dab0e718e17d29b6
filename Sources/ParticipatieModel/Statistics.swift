/// Summary figures of a process, derived from its events.
public struct Statistics: Hashable, Sendable {
    /// Number of events per kind, in the order of the kinds given (built-in first, then declared);
    /// kinds without events are left out.
    public let countsByKind: [KindCount]
    public let eventCount: Int
    /// People present (`deelnemers`), added up over the events that give a number: the same people
    /// may be counted at several events.
    public let participants: CountTotal
    /// Responses (`reacties`: survey answers, map reactions, letters), added up; never added to ``participants``.
    public let reactions: CountTotal
    /// Every audience named, sorted, without duplicates. Decision makers are not audiences.
    public let audiences: [String]
    /// The date that starts first, and the one that ends last (a year alone ends on 31 December).
    public let firstDate: EventDate?
    public let lastDate: EventDate?
    public let heldCount: Int
    public let plannedCount: Int

    /// The number of events of one kind.
    public struct KindCount: Hashable, Sendable {
        public let kind: EventKind
        public let count: Int
    }

    /// Computes the figures in one pass over `events`; `kinds` gives the order of ``countsByKind``
    /// (a kind missing from it follows, in order of first appearance).
    public init(events: [Event], kinds: [EventKind] = EventKind.builtIn) {
        var order = kinds
        var position = Dictionary(kinds.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
        var counts = [Int](repeating: 0, count: kinds.count)
        var held = 0, planned = 0
        var participants: [Count] = [], reactions: [Count] = []
        var seen = Set<String>()
        var audiences: [String] = []
        var first: EventDate?, last: EventDate?
        for event in events {
            if let index = position[event.kind.id] {
                counts[index] += 1
            } else {
                position[event.kind.id] = order.count
                order.append(event.kind)
                counts.append(1)
            }
            if let count = event.participants { participants.append(count) }
            if let count = event.reactions { reactions.append(count) }
            for audience in event.audiences where seen.insert(audience.lowercased()).inserted {
                audiences.append(audience)
            }
            // By the days a date covers: a year alone ends on 31 December, after its months.
            if first.map({ event.firstDate.firstDay < $0.firstDay }) ?? true { first = event.firstDate }
            if last.map({ $0.lastDay < event.lastDate.lastDay }) ?? true { last = event.lastDate }
            if event.status == .afgerond { held += 1 } else { planned += 1 }
        }
        countsByKind = zip(order, counts).compactMap { kind, count in
            count == 0 ? nil : KindCount(kind: kind, count: count)
        }
        eventCount = events.count
        self.participants = CountTotal(participants)
        self.reactions = CountTotal(reactions)
        self.audiences = audiences.sorted { $0.lowercased().utf8.lexicographicallyPrecedes($1.lowercased().utf8) }
        firstDate = first
        lastDate = last
        heldCount = held
        plannedCount = planned
    }
}
