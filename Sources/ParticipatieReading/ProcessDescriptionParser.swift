import ParticipatieModel

/// Turns `process/proces.md` into a ``ProcessDescription``, and into the ``ProcessContext`` the
/// other files are read with.
package enum ProcessDescriptionParser {
    static let knownKeys = [
        "titel", "gemeente", "bestuursorgaan", "participatieniveau", "verordening",
        "participatieplan", "status", "versie", "datum", "initiatiefnemer", "oordeel-gemeente", "soorten", "fasen",
        "toelichting-proces", "toelichting-uitkomsten", "toelichting-reacties", "openbaar",
    ]
    static let phaseKeys = ["naam", "van", "tot", "participatieniveau"]
    static let kindKeys = ["naam", "meervoud"]

    /// What parsing `proces.md` gives.
    struct Parsed: Sendable {
        /// `nil` when the file has errors.
        let description: ProcessDescription?
        /// Where `status`, `participatieniveau`, `participatieplan` and `openbaar` are, for checks across files.
        let positions: ProcessPositions
        /// What the other files are checked against; filled in as far as the file could be read.
        let context: ProcessContext
    }

    /// The kinds declared in the bytes of a `proces.md`, as far as they can be read (`participatie check`
    /// reports what cannot). For `participatie new`, which accepts them as kinds of event.
    package static func declaredKinds(ofFile bytes: [UInt8], path: String) -> [EventKind] {
        guard case .success(var source) = SourceFile.parse(bytes: bytes, path: path, id: "proces", checkingText: false) else { return [] }
        return parse(&source).context.declaredKinds
    }

    /// With `judgeAsConcept`, what only a `definitief` report needs (a `datum`) is not asked for: for
    /// reading an older version to compare with.
    static func parse(_ source: inout SourceFile, judgeAsConcept: Bool = false) -> Parsed {
        var fields = source.fields
        defer { source.fields = fields }
        fields.reportUnknownKeys(known: knownKeys)
        let title = fields.text("titel", required: true)?.value
        let municipalities = fields.list("gemeente", required: true).map(\.value)
        if municipalities.isEmpty, let entry = fields.entry("gemeente"), !fields.diagnostics.containsErrors {
            fields.report(at: entry.value, Message.emptyValue("gemeente"))
        }
        let governingBody = fields.text("bestuursorgaan", required: true)?.value
        var level: ParticipationLevel?
        var positions = ProcessPositions()
        if let (value, node) = fields.text("participatieniveau", required: true) {
            positions.level = node.position
            level = ParticipationLevel(rawValue: value)
            if level == nil {
                fields.report(at: node, EventParser.unknownValue("participatieniveau", value, ParticipationLevel.allCases.map(\.rawValue)))
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
        var statusNode: YAMLNode?
        if let (value, node) = fields.text("status") {
            statusNode = node
            positions.status = node.position
            if let parsed = ReportStatus(rawValue: value) {
                status = parsed
            } else {
                fields.report(at: node, EventParser.unknownValue("status", value, ReportStatus.allCases.map(\.rawValue)))
            }
        }
        var context = ProcessContext()
        context.isFinal = status == .definitief && !judgeAsConcept
        if let (value, node) = fields.text("datum") {
            if let date = EventDate(iso: value), date.isDay {
                context.reportDate = date
            } else {
                fields.report(at: node, EventDate(iso: value) == nil ? Message.invalidDate("datum", value) : Message.reportDateNotDay(value))
            }
        } else if status == .definitief, !judgeAsConcept {
            fields.report(at: statusNode!, Message.finalWithoutReportDate)
        }
        let version = fields.text("versie")?.value ?? ""
        let initiator = fields.text("initiatiefnemer")?.value
        let assessment = fields.text("oordeel-gemeente")
        if let assessment, initiator == nil {
            fields.report(at: assessment.node, severity: .waarschuwing, Message.assessmentWithoutInitiator)
        }
        parseKinds(&fields, into: &context)
        parsePhases(&fields, level: level ?? .informeren, into: &context, positions: &positions)
        let introductions = ["toelichting-proces", "toelichting-uitkomsten", "toelichting-reacties"]
            .map { fields.text($0)?.value }
        let publicTexts = parsePublicTexts(&fields, closingLine: source.frontMatter.bodyFirstLine - 1)
        positions.publicTexts = publicTexts.entries.map(\.1)
        positions.publicTextLines = publicTexts.lines
        guard let title, !municipalities.isEmpty, let governingBody, let level, let regulation,
            !fields.diagnostics.containsErrors
        else {
            return Parsed(description: nil, positions: positions, context: context)
        }
        let description = ProcessDescription(
            file: source.path, title: title, municipalities: municipalities, governingBody: governingBody, level: level,
            regulation: regulation, participationPlan: plan, status: status, version: version,
            reportDate: context.reportDate, initiator: initiator, municipalAssessment: assessment?.value,
            kinds: context.declaredKinds, phases: context.phases,
            processIntroduction: introductions[0], outcomesIntroduction: introductions[1],
            responsesIntroduction: introductions[2], body: source.body, publicTexts: publicTexts.entries.map(\.0))
        return Parsed(description: description, positions: positions, context: context)
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
            fields.reportUnknownKeys(in: pairs, known: ["tekst", "reden"])
            var text: String?, reason: String?
            for (keyNode, value) in pairs {
                guard case .scalar(let key) = keyNode else { continue }
                switch key.text {
                case "tekst": text = fields.text(of: value, key: "openbaar")
                case "reden": reason = fields.text(of: value, key: "openbaar")
                default: break
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

    /// `soorten`: a mapping from id to `{naam, meervoud}`.
    private static func parseKinds(_ fields: inout FrontMatterFields, into context: inout ProcessContext) {
        guard let entry = fields.entry("soorten") else { return }
        guard case .mapping(let pairs, _) = entry.value else {
            if case .scalar = entry.value, fields.text(of: entry.value) == nil { return }
            fields.report(at: entry.value, Message.kindsNotMapping)
            context.kindsAreKnown = false
            return
        }
        for (keyNode, value) in pairs {
            guard case .scalar(let key) = keyNode else { continue }
            let id = key.text
            if let builtIn = EventKind.builtIn(id: id) {
                fields.report(at: keyNode, Message.kindIsBuiltIn(id, label: builtIn.label))
                continue
            }
            guard TimelineBuilder.isSafeID(id) else {
                fields.report(at: keyNode, Message.kindUnsafeID(id))
                context.brokenKindIDs.insert(id)
                continue
            }
            guard case .mapping(let names, _) = value else {
                fields.report(at: value, Message.kindNotMapping(id))
                context.brokenKindIDs.insert(id)
                continue
            }
            fields.reportUnknownKeys(in: names, known: kindKeys)
            let singular = FrontMatterFields.value("naam", in: names).flatMap(fields.text(of:))
            let plural = FrontMatterFields.value("meervoud", in: names).flatMap(fields.text(of:))
            guard let singular, let plural else {
                fields.report(at: value, Message.kindMissingName(id, key: singular == nil ? "naam" : "meervoud"))
                context.brokenKindIDs.insert(id)
                continue
            }
            context.declaredKinds.append(EventKind(id: id, label: singular, pluralLabel: plural))
        }
    }

    /// `fasen`: a list of `{naam, van, tot, participatieniveau}`; without a level a phase has the process's.
    private static func parsePhases(
        _ fields: inout FrontMatterFields, level: ParticipationLevel, into context: inout ProcessContext, positions: inout ProcessPositions
    ) {
        guard let entry = fields.entry("fasen") else { return }
        let items: [YAMLNode]
        switch entry.value {
        case .sequence(let sequence, _): items = sequence
        case .scalar where fields.text(of: entry.value) == nil: return
        default:
            fields.report(at: entry.value, Message.phasesNotList)
            context.phasesAreBroken = true
            return
        }
        var phases: [(phase: Phase, start: YAMLNode)] = []
        var names: Set<String> = []
        for item in items {
            guard case .mapping(let pairs, _) = item else {
                fields.report(at: item, Message.phaseNotMapping)
                context.phasesAreBroken = true
                continue
            }
            fields.reportUnknownKeys(in: pairs, known: phaseKeys)
            let nameNode = FrontMatterFields.value("naam", in: pairs)
            let name = nameNode.flatMap(fields.text(of:))
            if name == nil { fields.report(at: item, Message.phaseMissing(nil, key: "naam")) }
            func date(_ key: String) -> (EventDate, YAMLNode)? {
                guard let node = FrontMatterFields.value(key, in: pairs), let text = fields.text(of: node) else {
                    fields.report(at: item, Message.phaseMissing(name, key: key))
                    return nil
                }
                guard let date = EventDate(iso: text) else {
                    fields.report(at: node, Message.invalidDate(key, text))
                    return nil
                }
                return (date, node)
            }
            let start = date("van"), end = date("tot")
            var phaseLevel = level
            if let node = FrontMatterFields.value("participatieniveau", in: pairs), let text = fields.text(of: node) {
                if let parsed = ParticipationLevel(rawValue: text) {
                    phaseLevel = parsed
                } else {
                    fields.report(
                        at: node, EventParser.unknownValue("participatieniveau", text, ParticipationLevel.allCases.map(\.rawValue)))
                    context.phasesAreBroken = true
                }
            }
            guard let name, let nameNode, let (startDate, startNode) = start, let (endDate, endNode) = end else {
                context.phasesAreBroken = true
                continue
            }
            if endDate.lastDay < startDate.firstDay {
                fields.report(at: endNode, Message.phaseEndsBeforeStart(name, start: startDate.iso, end: endDate.iso))
                context.phasesAreBroken = true
                continue
            }
            guard names.insert(name).inserted else {
                fields.report(at: nameNode, Message.duplicatePhase(name))
                context.phasesAreBroken = true
                continue
            }
            let phase = Phase(name: name, start: startDate, end: endDate, level: phaseLevel)
            if let other = phases.first(where: { $0.phase.overlaps(phase) }) {
                fields.report(at: startNode, Message.phasesOverlap(name, other: other.phase.name))
                context.phasesAreBroken = true
                continue
            }
            phases.append((phase, startNode))
            positions.phases[name] = item.position
        }
        context.phases = phases.map(\.phase).sorted { $0.start.firstDay < $1.start.firstDay }
    }
}
