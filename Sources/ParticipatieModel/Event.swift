/// One dated moment of the participation process: a file directly in `process/`.
public struct Event: Hashable, Sendable, Identifiable {
    /// The file name without `.md`, e.g. `2022-07-04-startbijeenkomst`.
    public let id: String
    /// The file as the user would type it, e.g. `process/2022-07-04-startbijeenkomst.md`.
    public let file: String
    public let kind: EventKind
    public let title: String
    /// One or more dates, sorted; several for an event held on several days.
    public let dates: [EventDate]
    public let location: String?
    public let participants: Participants?
    public let audiences: [String]
    public let status: EventStatus
    /// The Markdown body.
    public let body: String
    /// For a decision: ids of the outcomes it adopts (`neemt-over`).
    public let adoptedOutcomes: [String]
    /// 1-based position among the events of the same kind in chronological order
    /// (the "3" of "3e kerngroep-vergadering"). Derived by ``Timeline``, never typed.
    public internal(set) var number: Int

    public init(
        id: String, file: String, kind: EventKind, title: String, dates: [EventDate],
        location: String? = nil, participants: Participants? = nil, audiences: [String] = [],
        status: EventStatus = .afgerond, body: String = "", adoptedOutcomes: [String] = [], number: Int = 0
    ) {
        self.id = id
        self.file = file
        self.kind = kind
        self.title = title
        self.dates = dates
        self.location = location
        self.participants = participants
        self.audiences = audiences
        self.status = status
        self.body = body
        self.adoptedOutcomes = adoptedOutcomes
        self.number = number
    }

    /// The first date, which places the event on the timeline.
    public var firstDate: EventDate { dates[0] }
    /// The last date.
    public var lastDate: EventDate { dates[dates.count - 1] }
    /// "3e kerngroep-vergadering".
    public var ordinalLabel: String { ModelWording.ordinal(number) + " " + kind.label }
}
