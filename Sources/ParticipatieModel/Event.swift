/// One dated moment of the participation process: a file directly in `process/`.
public struct Event: Hashable, Sendable, Identifiable {
    /// What the file says, kept behind one reference: an event is copied often on its way to the
    /// report (sorting, numbering, counting, the figure), and a copy then costs one retain instead of
    /// one per text and list (measured in docs/prestaties.md).
    private struct Fields: Hashable, Sendable {
        let id: String
        let file: String
        let kind: EventKind
        let title: String
        let dates: [EventDate]
        let time: EventTime?
        let location: String?
        let link: String?
        let participants: Count?
        let reactions: Count?
        let audiences: [String]
        let decisionMaker: String?
        let status: EventStatus
        let series: String?
        let officialNumber: Int?
        let phase: String?
        let attachments: [String]
        let body: String
        let adoptedOutcomes: [String]
    }

    private final class Box: Sendable {
        let fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private let box: Box

    /// The file name without `.md`, e.g. `2022-07-04-startbijeenkomst`.
    public var id: String { box.fields.id }
    /// The file as the user would type it, e.g. `process/2022-07-04-startbijeenkomst.md`.
    public var file: String { box.fields.file }
    public var kind: EventKind { box.fields.kind }
    public var title: String { box.fields.title }
    /// One or more dates, sorted; several for an event held on several days.
    public var dates: [EventDate] { box.fields.dates }
    /// When it started on its first day (`tijd`), for the order of events on one day.
    public var time: EventTime? { box.fields.time }
    public var location: String? { box.fields.location }
    /// Where to follow an online event (`link`); always `https://`.
    public var link: String? { box.fields.link }
    /// People present (`deelnemers`).
    public var participants: Count? { box.fields.participants }
    /// Responses received: survey answers, reactions on a map, letters (`reacties`).
    public var reactions: Count? { box.fields.reactions }
    /// Groups reached or addressed (`doelgroepen`).
    public var audiences: [String] { box.fields.audiences }
    /// Who took the decision of a `besluit` (`besluitvormer`); never counted among the groups reached.
    public var decisionMaker: String? { box.fields.decisionMaker }
    public var status: EventStatus { box.fields.status }
    /// The series the event belongs to (`reeks`); numbers run within it.
    public var series: String? { box.fields.series }
    /// The number the municipality gave the event (`nummer`).
    public var officialNumber: Int? { box.fields.officialNumber }
    /// The name of the phase the event belongs to (from `fase`, or from its date).
    public var phase: String? { box.fields.phase }
    /// Files in `bijlagen/` that belong to the event (`bijlagen`), as names inside that folder.
    public var attachments: [String] { box.fields.attachments }
    /// The Markdown body.
    public var body: String { box.fields.body }
    /// For a decision: ids of the outcomes it adopts (`neemt-over`).
    public var adoptedOutcomes: [String] { box.fields.adoptedOutcomes }
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
        box = Box(
            Fields(
                id: id, file: file, kind: kind, title: title, dates: dates, time: time, location: location, link: link, participants: participants,
                reactions: reactions, audiences: audiences, decisionMaker: decisionMaker, status: status, series: series,
                officialNumber: officialNumber, phase: phase, attachments: attachments, body: body, adoptedOutcomes: adoptedOutcomes))
        self.number = officialNumber ?? number
        self.groupSize = 0
    }

    public static func == (lhs: Event, rhs: Event) -> Bool {
        (lhs.box === rhs.box || lhs.box.fields == rhs.box.fields) && lhs.number == rhs.number && lhs.groupSize == rhs.groupSize
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(box.fields)
        hasher.combine(number)
        hasher.combine(groupSize)
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
