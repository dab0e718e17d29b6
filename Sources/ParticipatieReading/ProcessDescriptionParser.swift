import ParticipatieModel

/// Turns `process/proces.md` into a ``ProcessDescription``.
enum ProcessDescriptionParser {
    static let knownKeys = [
        "titel", "gemeente", "bestuursorgaan", "participatieniveau", "verordening",
        "participatieplan", "status", "versie", "toelichting-proces",
        "toelichting-uitkomsten", "toelichting-reacties",
    ]

    static func parse(_ source: inout SourceFile) -> (ProcessDescription, statusPosition: SourcePosition?)? {
        var fields = source.fields
        defer { source.fields = fields }
        fields.reportUnknownKeys(known: knownKeys)
        let title = fields.text("titel", required: true)?.value
        let municipality = fields.text("gemeente", required: true)?.value
        let governingBody = fields.text("bestuursorgaan", required: true)?.value
        var level: ParticipationLevel?
        if let (value, node) = fields.text("participatieniveau", required: true) {
            level = ParticipationLevel(rawValue: value)
            if level == nil {
                fields.report(
                    at: node,
                    EventParser.unknownValue(
                        "participatieniveau", value,
                        ParticipationLevel.allCases.map(\.rawValue)))
            }
        }
        let regulation = fields.text("verordening", required: true)?.value
        var plan: EventDate?
        if let (value, node) = fields.text("participatieplan") {
            plan = EventDate(iso: value)
            if plan == nil { fields.report(at: node, Message.invalidDate("participatieplan", value)) }
        }
        var status = ReportStatus.concept
        var statusNode: YAMLNode?
        if let (value, node) = fields.text("status") {
            statusNode = node
            if let parsed = ReportStatus(rawValue: value) {
                status = parsed
            } else {
                fields.report(at: node, EventParser.unknownValue("status", value, ReportStatus.allCases.map(\.rawValue)))
            }
        }
        let version = fields.text("versie")?.value ?? ""
        let introductions = ["toelichting-proces", "toelichting-uitkomsten", "toelichting-reacties"]
            .map { fields.text($0)?.value }
        guard let title, let municipality, let governingBody, let level, let regulation,
            !fields.diagnostics.containsErrors
        else { return nil }
        let description = ProcessDescription(
            file: source.path, title: title, municipality: municipality, governingBody: governingBody, level: level,
            regulation: regulation, participationPlan: plan, status: status, version: version,
            processIntroduction: introductions[0], outcomesIntroduction: introductions[1],
            responsesIntroduction: introductions[2], body: source.body)
        return (description, statusNode.map(fields.position(of:)))
    }
}
