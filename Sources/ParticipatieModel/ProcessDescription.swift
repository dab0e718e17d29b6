/// The process as a whole: `process/proces.md`.
public struct ProcessDescription: Hashable, Sendable {
    public let file: String
    public let title: String
    public let municipality: String
    public let governingBody: String
    public let level: ParticipationLevel
    /// The regulation the process follows, e.g. "Participatieverordening gemeente Enschede 2022".
    public let regulation: String
    /// The day (or month) the participation plan was adopted.
    public let participationPlan: EventDate?
    public let status: ReportStatus
    public let version: String
    /// Markdown introductions printed above sections (a), (b) and (c).
    public let processIntroduction: String?
    public let outcomesIntroduction: String?
    public let responsesIntroduction: String?
    /// The Markdown body: introduction and formal procedure.
    public let body: String
    /// Texts the privacy check allows in the report, each with its reason (`openbaar:`).
    public let publicTexts: [PublicText]

    public init(
        file: String, title: String, municipality: String, governingBody: String,
        level: ParticipationLevel, regulation: String, participationPlan: EventDate?,
        status: ReportStatus, version: String, processIntroduction: String? = nil,
        outcomesIntroduction: String? = nil, responsesIntroduction: String? = nil, body: String = "",
        publicTexts: [PublicText] = []
    ) {
        self.file = file
        self.title = title
        self.municipality = municipality
        self.governingBody = governingBody
        self.level = level
        self.regulation = regulation
        self.participationPlan = participationPlan
        self.status = status
        self.version = version
        self.processIntroduction = processIntroduction
        self.outcomesIntroduction = outcomesIntroduction
        self.responsesIntroduction = responsesIntroduction
        self.body = body
        self.publicTexts = publicTexts
    }
}
