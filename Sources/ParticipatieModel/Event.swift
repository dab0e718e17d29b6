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
    /// When it started on its first day (`tijd`), for the order of events on one day.
    public let time: EventTime?
    public let location: String?
    /// Where to follow an online event (`link`); always `https://`.
    public let link: String?
    /// People present (`deelnemers`).
    public let participants: Count?
    /// Responses received: survey answers, reactions on a map, letters (`reacties`).
    public let reactions: Count?
    /// Groups reached or addressed (`doelgroepen`).
    public let audiences: [String]
    /// Who took the decision of a `besluit` (`besluitvormer`); never counted among the groups reached.
    public let decisionMaker: String?
    public let status: EventStatus
    /// The series the event belongs to (`reeks`); numbers run within it.
    public let series: String?
    /// The number the municipality gave the event (`nummer`).
    public let officialNumber: Int?
    /// The name of the phase the event belongs to (from `fase`, or from its date).
    public let phase: String?
    /// Files in `bijlagen/` that belong to the event (`bijlagen`), as names inside that folder.
    public let attachments: [String]
    /// The Markdown body.
    public let body: String
    /// For a decision: ids of the outcomes it adopts (`neemt-over`).
    public let adoptedOutcomes: [String]
    /// The number shown: ``officialNumber``, or else the 1-based position among the events of the same
    /// series (or, without a series, of the same kind) in chronological order. Derived by ``Timeline``.
    public internal(set) var number: Int
    /// How many events share the numbering of this one (its series, or else its kind). Derived by ``Timeline``.
    public internal(set) var groupSize: Int

    public init(
        id: String, file: String, kind: EventKind, title: String, dates: [EventDate], time: EventTime? = nil,
        location: String? = nil, link: String? = nil, participants: Count? = nil, reactions: Count? = nil,
        audiences: [String] = [], decisionMaker: String? = nil, status: EventStatus = .afgerond,
        series: String? = nil, officialNumber: Int? = nil, phase: String? = nil, attachments: [String] = [],
        body: String = "", adoptedOutcomes: [String] = [], number: Int = 0
    ) {
        self.id = id
        self.file = file
        self.kind = kind
        self.title = title
        self.dates = dates
        self.time = time
        self.location = location
        self.link = link
        self.participants = participants
        self.reactions = reactions
        self.audiences = audiences
        self.decisionMaker = decisionMaker
        self.status = status
        self.series = series
        self.officialNumber = officialNumber
        self.phase = phase
        self.attachments = attachments
        self.body = body
        self.adoptedOutcomes = adoptedOutcomes
        self.number = officialNumber ?? number
        self.groupSize = 0
    }

    /// The first date, which places the event on the timeline.
    public var firstDate: EventDate { dates[0] }
    /// The last date.
    public var lastDate: EventDate { dates[dates.count - 1] }
    /// Whether the event was held online (`locatie: online`).
    public var isOnline: Bool { location?.lowercased() == "online" }
    /// "3e kerngroep-vergadering".
    public var ordinalLabel: String { ModelWording.ordinal(number) + " " + kind.label }
}
