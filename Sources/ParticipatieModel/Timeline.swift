/// The whole participation process as one model: the process description, its events in
/// chronological order, the outcomes and the responses, with the links between them.
public struct Timeline: Sendable {
    public let process: ProcessDescription
    /// Sorted by first date, then time (none first), then last date, then id; ``Event/number`` and
    /// ``Event/groupSize`` are filled in.
    public let events: [Event]
    /// Sorted by `volgorde`, then id.
    public let outcomes: [Outcome]
    /// Sorted by `volgorde` (missing last), then id.
    public let responses: [Response]
    public let statistics: Statistics

    /// Positions in ``events``, ``outcomes`` and ``responses``, built once so the lookups below take
    /// constant time instead of a scan: a report of 10,000 events makes one lookup per event.
    private let eventIndex: [String: Int]
    private let outcomeIndex: [String: Int]
    /// Event id → positions of the outcomes that list it among their sources, in report order.
    private let outcomesBySource: [String: [Int]]
    /// Outcome id → positions of the responses that answer it, in report order.
    private let responsesByOutcome: [String: [Int]]

    /// Sorts and numbers the given values; references are taken as they are.
    public init(process: ProcessDescription, events: [Event], outcomes: [Outcome], responses: [Response]) {
        self.process = process
        // Sort indices by keys taken out once, rather than the events themselves: copying an event
        // for each comparison costs more than comparing. On one day, an event without a time comes first.
        let keys = events.map { (first: $0.firstDate, time: $0.time, last: $0.lastDate, id: $0.id) }
        let order = keys.indices.sorted { left, right in
            let lhs = keys[left], rhs = keys[right]
            if lhs.first != rhs.first { return lhs.first < rhs.first }
            if lhs.time != rhs.time {
                guard let left = lhs.time else { return true }
                guard let right = rhs.time else { return false }
                return left < right
            }
            if lhs.last != rhs.last { return lhs.last < rhs.last }
            return lhs.id.utf8.lexicographicallyPrecedes(rhs.id.utf8)
        }
        var sorted = order.map { events[$0] }
        Timeline.number(&sorted)
        self.events = sorted
        self.outcomes = outcomes.sorted { lhs, rhs in
            lhs.order != rhs.order ? lhs.order < rhs.order : lhs.id.utf8.lexicographicallyPrecedes(rhs.id.utf8)
        }
        self.responses = responses.sorted { lhs, rhs in
            let left = lhs.order ?? Int.max, right = rhs.order ?? Int.max
            return left != right ? left < right : lhs.id.utf8.lexicographicallyPrecedes(rhs.id.utf8)
        }
        self.statistics = Statistics(events: sorted, kinds: process.allKinds)
        eventIndex = Timeline.firstPositions(of: sorted.map(\.id))
        outcomeIndex = Timeline.firstPositions(of: self.outcomes.map(\.id))
        outcomesBySource = Timeline.positions(self.outcomes.map(\.sources))
        responsesByOutcome = Timeline.positions(self.responses.map(\.outcomes))
    }

    /// Numbers `events` (sorted) within their series, or without a series within their kind (counting
    /// every event of the kind, in a series or not: the "4e bijeenkomst" is the fourth of the process);
    /// a number given in the file (`nummer`) is kept.
    static func number(_ events: inout [Event]) {
        var byKind: [String: Int] = [:], bySeries: [String: Int] = [:]
        var positions: [Int] = []
        positions.reserveCapacity(events.count)
        for event in events {
            byKind[event.kind.id, default: 0] += 1
            if let series = event.series {
                bySeries[series, default: 0] += 1
                positions.append(bySeries[series]!)
            } else {
                positions.append(byKind[event.kind.id]!)
            }
        }
        for index in events.indices {
            let event = events[index]
            events[index].number = event.officialNumber ?? positions[index]
            events[index].groupSize = event.series.map { bySeries[$0]! } ?? byKind[event.kind.id]!
        }
    }

    /// The events of the phase with this name, in chronological order.
    public func events(inPhase name: String) -> [Event] { events.filter { $0.phase == name } }

    /// The event with this id.
    public func event(withID id: String) -> Event? { eventIndex[id].map { events[$0] } }
    /// The outcome with this id.
    public func outcome(withID id: String) -> Outcome? { outcomeIndex[id].map { outcomes[$0] } }

    /// The responses that answer the outcome, in report order.
    public func responses(answering outcome: Outcome) -> [Response] {
        (responsesByOutcome[outcome.id] ?? []).map { responses[$0] }
    }

    /// The outcomes that list the event among their sources, in report order.
    public func outcomes(fedBy event: Event) -> [Outcome] {
        (outcomesBySource[event.id] ?? []).map { outcomes[$0] }
    }

    /// Outcomes that no response answers (article 5 (c) leaves them open). When a response does not
    /// say which outcomes it answers (`uitkomsten: niet-vermeld`), no outcome counts as unanswered:
    /// see ``outcomesWithUnstatedResponse``.
    public var unansweredOutcomes: [Outcome] {
        responsesWithUnstatedOutcomes ? [] : outcomes.filter { responses(answering: $0).isEmpty }
    }

    /// Outcomes that no response names while some response does not say which outcomes it answers:
    /// whether they were answered is not stated.
    public var outcomesWithUnstatedResponse: [Outcome] {
        responsesWithUnstatedOutcomes ? outcomes.filter { responses(answering: $0).isEmpty } : []
    }

    /// Whether some response has `uitkomsten: niet-vermeld`.
    public var responsesWithUnstatedOutcomes: Bool { responses.contains { $0.outcomesNotStated } }

    /// Each id → its first position (a duplicate id is an error reported elsewhere; the first one wins,
    /// as a scan would find it).
    private static func firstPositions(of ids: [String]) -> [String: Int] {
        var index: [String: Int] = [:]
        index.reserveCapacity(ids.count)
        for (position, id) in ids.enumerated() where index[id] == nil { index[id] = position }
        return index
    }

    /// Each referenced id → the positions of the items that reference it, ascending, each item once.
    private static func positions(_ references: [[String]]) -> [String: [Int]] {
        var index: [String: [Int]] = [:]
        for (position, ids) in references.enumerated() {
            for id in Set(ids) { index[id, default: []].append(position) }
        }
        return index
    }
}
