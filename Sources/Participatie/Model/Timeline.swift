/// The whole participation process as one model: the process description, its events in
/// chronological order, the outcomes and the responses, with the links between them.
public struct Timeline: Sendable {
    public let process: ProcessDescription
    /// Sorted by first date, then last date, then id; ``Event/number`` is filled in.
    public let events: [Event]
    /// Sorted by `volgorde`, then id.
    public let outcomes: [Outcome]
    /// Sorted by `volgorde` (missing last), then id.
    public let responses: [Response]
    public let statistics: Statistics

    /// Sorts and numbers the given values; references are taken as they are.
    public init(process: ProcessDescription, events: [Event], outcomes: [Outcome], responses: [Response]) {
        self.process = process
        // Sort indices rather than the events themselves: moving large structs costs more than comparing.
        let order = events.indices.sorted { left, right in
            let lhs = events[left], rhs = events[right]
            if lhs.firstDate != rhs.firstDate { return lhs.firstDate < rhs.firstDate }
            if lhs.lastDate != rhs.lastDate { return lhs.lastDate < rhs.lastDate }
            return lhs.id.utf8.lexicographicallyPrecedes(rhs.id.utf8)
        }
        var sorted = order.map { events[$0] }
        var counters: [EventKind: Int] = [:]
        for index in sorted.indices {
            counters[sorted[index].kind, default: 0] += 1
            sorted[index].number = counters[sorted[index].kind]!
        }
        self.events = sorted
        self.outcomes = outcomes.sorted { lhs, rhs in
            lhs.order != rhs.order ? lhs.order < rhs.order : lhs.id.utf8.lexicographicallyPrecedes(rhs.id.utf8)
        }
        self.responses = responses.sorted { lhs, rhs in
            let left = lhs.order ?? Int.max, right = rhs.order ?? Int.max
            return left != right ? left < right : lhs.id.utf8.lexicographicallyPrecedes(rhs.id.utf8)
        }
        self.statistics = Statistics(events: sorted)
    }

    /// The event with this id.
    public func event(withID id: String) -> Event? { events.first { $0.id == id } }
    /// The outcome with this id.
    public func outcome(withID id: String) -> Outcome? { outcomes.first { $0.id == id } }

    /// The responses that answer the outcome, in report order.
    public func responses(answering outcome: Outcome) -> [Response] {
        responses.filter { $0.outcomes.contains(outcome.id) }
    }

    /// The outcomes that list the event among their sources, in report order.
    public func outcomes(fedBy event: Event) -> [Outcome] {
        outcomes.filter { $0.sources.contains(event.id) }
    }

    /// Outcomes that no response answers (article 5 (c) leaves them open).
    public var unansweredOutcomes: [Outcome] {
        outcomes.filter { responses(answering: $0).isEmpty }
    }
}
