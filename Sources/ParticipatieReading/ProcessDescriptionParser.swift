import ParticipatieModel

/// Turns `process/proces.md` into a ``ProcessDescription``.
enum ProcessDescriptionParser {
    static let knownKeys = [
        "titel", "gemeente", "bestuursorgaan", "participatieniveau", "verordening",
        "participatieplan", "status", "versie", "toelichting-proces",
        "toelichting-uitkomsten", "toelichting-reacties", "openbaar",
    ]

    static func parse(_ source: inout SourceFile) -> (ProcessDescription, ProcessPositions)? {
        var fields = source.fields
        defer { source.fields = fields }
        fields.reportUnknownKeys(known: knownKeys)
        let title = fields.text("titel", required: true)?.value
        let municipality = fields.text("gemeente", required: true)?.value
        let governingBody = fields.text("bestuursorgaan", required: true)?.value
        var level: ParticipationLevel?
        var positions = ProcessPositions()
        if let (value, node) = fields.text("participatieniveau", required: true) {
            positions.level = node.position
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
            positions.participationPlan = node.position
            if plan == nil { fields.report(at: node, Message.invalidDate("participatieplan", value)) }
        }
        var status = ReportStatus.concept
        if let (value, node) = fields.text("status") {
            positions.status = node.position
            if let parsed = ReportStatus(rawValue: value) {
                status = parsed
            } else {
                fields.report(at: node, EventParser.unknownValue("status", value, ReportStatus.allCases.map(\.rawValue)))
            }
        }
        let version = fields.text("versie")?.value ?? ""
        let introductions = ["toelichting-proces", "toelichting-uitkomsten", "toelichting-reacties"]
            .map { fields.text($0)?.value }
        let publicTexts = parsePublicTexts(&fields, closingLine: source.frontMatter.bodyFirstLine - 1)
        positions.publicTexts = publicTexts.entries.map(\.1)
        positions.publicTextLines = publicTexts.lines
        guard let title, let municipality, let governingBody, let level, let regulation,
            !fields.diagnostics.containsErrors
        else { return nil }
        let description = ProcessDescription(
            file: source.path, title: title, municipality: municipality, governingBody: governingBody, level: level,
            regulation: regulation, participationPlan: plan, status: status, version: version,
            processIntroduction: introductions[0], outcomesIntroduction: introductions[1],
            responsesIntroduction: introductions[2], body: source.body, publicTexts: publicTexts.entries.map(\.0))
        return (description, positions)
    }

    /// The texts a report may publish although they hold personal data: `openbaar`, a list of
    /// `{tekst, reden}`. Each needs both; a text of fewer than ``PrivacyCheck/shortestPublicText``
    /// characters would allow far more than meant.
    static func parsePublicTexts(
        _ fields: inout FrontMatterFields, closingLine: Int
    ) -> (entries: [(PublicText, SourcePosition)], lines: Range<Int>?) {
        guard let index = fields.entries.firstIndex(where: { $0.key == "openbaar" }) else { return ([], nil) }
        let entry = fields.entries[index]
        let end = index + 1 < fields.entries.count ? fields.entries[index + 1].keyMark.line : closingLine
        let lines = entry.keyMark.line..<max(end, entry.keyMark.line + 1)
        let items: [YAMLNode]
        switch entry.value {
        case .sequence(let sequence, _): items = sequence
        case .scalar: return (fields.text("openbaar") == nil ? [] : reportNotList(&fields, entry.value), lines)
        case .mapping: return (reportNotList(&fields, entry.value), lines)
        }
        var result: [(PublicText, SourcePosition)] = []
        for item in items {
            guard case .mapping(let pairs, let position) = item else {
                fields.report(at: item, Message.publicTextNotMapping)
                continue
            }
            var text: String?, reason: String?
            for (keyNode, value) in pairs {
                guard case .scalar(let key) = keyNode else { continue }
                switch key.text {
                case "tekst": text = fields.text(of: value, key: "openbaar")
                case "reden": reason = fields.text(of: value, key: "openbaar")
                default:
                    fields.diagnostics.append(
                        Diagnostic(
                            file: fields.file, line: key.position.line, column: key.position.column, severity: .waarschuwing,
                            message: Message.unknownKey(key.text, suggestion: Suggestion.nearest(to: key.text, in: ["tekst", "reden"]))))
                }
            }
            guard let text, !text.isEmpty else {
                fields.report(at: item, Message.publicTextMissing("tekst"))
                continue
            }
            guard let reason, !reason.isEmpty else {
                fields.report(at: item, Message.publicTextMissing("reden"))
                continue
            }
            guard text.unicodeScalars.count >= PrivacyCheck.shortestPublicText else {
                fields.report(at: item, Message.publicTextTooShort(text, minimum: PrivacyCheck.shortestPublicText))
                continue
            }
            result.append((PublicText(text: text, reason: reason), position))
        }
        return (result, lines)
    }

    private static func reportNotList(_ fields: inout FrontMatterFields, _ node: YAMLNode) -> [(PublicText, SourcePosition)] {
        fields.report(at: node, Message.expectedList("openbaar"))
        return []
    }
}
