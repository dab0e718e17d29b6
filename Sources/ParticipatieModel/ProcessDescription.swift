/// The process as a whole: `process/proces.md`.
public struct ProcessDescription: Hashable, Sendable {
    public let file: String
    public let title: String
    /// One or more municipalities (`gemeente`, a text or a list).
    public let municipalities: [String]
    public let governingBody: String
    public let level: ParticipationLevel
    /// The regulation the process follows, as the municipality names it.
    public let regulation: String
    /// The day (or month) the participation plan was adopted.
    public let participationPlan: EventDate?
    public let status: ReportStatus
    public let version: String
    /// The date of the report (`datum`): events after it cannot have taken place. Required for `definitief`.
    public let reportDate: EventDate?
    /// Who leads the process and answers the outcomes (`initiatiefnemer`), e.g. a developer under the
    /// Omgevingswet; `nil` when the municipality does.
    public let initiator: String?
    /// The municipality's own assessment of an initiator's process (`oordeel-gemeente`, Markdown).
    public let municipalAssessment: String?
    /// Kinds declared under `soorten`, in the order written.
    public let kinds: [EventKind]
    /// Phases (`fasen`), in chronological order.
    public let phases: [Phase]
    /// Markdown introductions printed above sections (a), (b) and (c).
    public let processIntroduction: String?
    public let outcomesIntroduction: String?
    public let responsesIntroduction: String?
    /// The Markdown body: introduction and formal procedure.
    public let body: String
    /// Texts the privacy check allows in the report, each with its reason (`openbaar:`).
    public let publicTexts: [PublicText]

    public init(
        file: String, title: String, municipalities: [String], governingBody: String,
        level: ParticipationLevel, regulation: String, participationPlan: EventDate?,
        status: ReportStatus, version: String, reportDate: EventDate? = nil, initiator: String? = nil,
        municipalAssessment: String? = nil, kinds: [EventKind] = [], phases: [Phase] = [],
        processIntroduction: String? = nil, outcomesIntroduction: String? = nil, responsesIntroduction: String? = nil,
        body: String = "", publicTexts: [PublicText] = []
    ) {
        self.file = file
        self.title = title
        self.municipalities = municipalities
        self.governingBody = governingBody
        self.level = level
        self.regulation = regulation
        self.participationPlan = participationPlan
        self.status = status
        self.version = version
        self.reportDate = reportDate
        self.initiator = initiator
        self.municipalAssessment = municipalAssessment
        self.kinds = kinds
        self.phases = phases
        self.processIntroduction = processIntroduction
        self.outcomesIntroduction = outcomesIntroduction
        self.responsesIntroduction = responsesIntroduction
        self.body = body
        self.publicTexts = publicTexts
    }

    /// Every kind the process knows: the built-in ones, then the declared ones.
    public var allKinds: [EventKind] { EventKind.builtIn + kinds }
}
