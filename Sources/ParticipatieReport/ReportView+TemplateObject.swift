import MustacheEngine
import ParticipatieModel
import ParticipatieReading

// Each view answers a template's lookup in two steps: a table takes the name to a case of the view's
// `Field` enum (one hash, instead of a `switch` over strings that compares the name with every case,
// which a name the view does not have, a field of an enclosing section or an optional without value,
// would otherwise go through whole), and a `switch` over that case gives the value. The table holds
// plain enum cases, not closures: a closure taken from a table is called with its context retained and
// released, one shared object per table, and with list items rendered on both cores the two cores took
// turns owning that object's reference count on every lookup (see docs/prestaties.md).
//
// Keep every case equal to the stored property of that name, with `nil` both for an optional without
// value and for a name the view does not have (the renderer then looks in the enclosing section).
// `ReportViewLookupTests` compares the answers with `Mirror` for every stored property, so a property
// added without its case makes the tests fail.

extension ReportView: TemplateObject {
    func templateValue(named name: String) -> TemplateValue? {
        guard let field = Self.fields[name] else { return nil }
        return switch field {
        case .title: .text(self.title)
        case .municipality: .text(self.municipality)
        case .hasSeveralMunicipalities: .flag(self.hasSeveralMunicipalities)
        case .governingBody: .text(self.governingBody)
        case .initiator: self.initiator.map(TemplateValue.text)
        case .isInitiatorLed: .flag(self.isInitiatorLed)
        case .reportDate: self.reportDate.map(TemplateValue.text)
        case .level: .text(self.level)
        case .regulation: .text(self.regulation)
        case .participationPlanDate: self.participationPlanDate.map(TemplateValue.text)
        case .status: .text(self.status)
        case .isConcept: .flag(self.isConcept)
        case .isFinal: .flag(self.isFinal)
        case .version: self.version.map(TemplateValue.text)
        case .fingerprint: .text(self.fingerprint)
        case .fingerprintShort: .text(self.fingerprintShort)
        case .cmarkVersion: .text(self.cmarkVersion)
        case .processFileCount: .number(self.processFileCount)
        case .templateFileCount: .number(self.templateFileCount)
        case .warnings: .objects(self.warnings)
        case .hasWarnings: .flag(self.hasWarnings)
        case .warningCount: .number(self.warningCount)
        case .introductionHTML: .text(self.introductionHTML)
        case .introductionMarkdown: .text(self.introductionMarkdown)
        case .introductionHeadings: .objects(self.introductionHeadings)
        case .processIntroductionHTML: self.processIntroductionHTML.map(TemplateValue.text)
        case .processIntroductionMarkdown: self.processIntroductionMarkdown.map(TemplateValue.text)
        case .period: .text(self.period)
        case .eventCount: .number(self.eventCount)
        case .eventCountText: .text(self.eventCountText)
        case .plannedCountText: self.plannedCountText.map(TemplateValue.text)
        case .kindCounts: .objects(self.kindCounts)
        case .hasParticipants: .flag(self.hasParticipants)
        case .participantsTotal: .text(self.participantsTotal)
        case .participantsExact: .text(self.participantsExact)
        case .participantsApproximate: self.participantsApproximate.map(TemplateValue.text)
        case .participantsEventsText: .text(self.participantsEventsText)
        case .eventsWithoutParticipantsText: self.eventsWithoutParticipantsText.map(TemplateValue.text)
        case .participantsAtSeveralEvents: .flag(self.participantsAtSeveralEvents)
        case .hasReactions: .flag(self.hasReactions)
        case .reactionsTotal: .text(self.reactionsTotal)
        case .reactionsExact: .text(self.reactionsExact)
        case .reactionsApproximate: self.reactionsApproximate.map(TemplateValue.text)
        case .reactionsEventsText: .text(self.reactionsEventsText)
        case .reactionsAtSeveralEvents: .flag(self.reactionsAtSeveralEvents)
        case .audiencesText: .text(self.audiencesText)
        case .timelineFigureHTML: .text(self.timelineFigureHTML)
        case .events: .objects(self.events)
        case .hasPhases: .flag(self.hasPhases)
        case .phases: .objects(self.phases)
        case .outcomesIntroductionHTML: self.outcomesIntroductionHTML.map(TemplateValue.text)
        case .outcomesIntroductionMarkdown: self.outcomesIntroductionMarkdown.map(TemplateValue.text)
        case .outcomes: .objects(self.outcomes)
        case .outcomeCount: .number(self.outcomeCount)
        case .unansweredCount: .number(self.unansweredCount)
        case .hasUnanswered: .flag(self.hasUnanswered)
        case .responsesIntroductionHTML: self.responsesIntroductionHTML.map(TemplateValue.text)
        case .responsesIntroductionMarkdown: self.responsesIntroductionMarkdown.map(TemplateValue.text)
        case .responses: .objects(self.responses)
        case .responseCount: .number(self.responseCount)
        case .overview: .objects(self.overview)
        case .hasOverview: .flag(self.hasOverview)
        case .hasComparison: .flag(self.hasComparison)
        case .comparisonLabel: .text(self.comparisonLabel)
        case .comparisonRevision: .text(self.comparisonRevision)
        case .hasChanges: .flag(self.hasChanges)
        case .changeGroups: .objects(self.changeGroups)
        case .checks: .objects(self.checks)
        case .allChecksMet: .flag(self.allChecksMet)
        case .publicTexts: .objects(self.publicTexts)
        case .hasPublicTexts: .flag(self.hasPublicTexts)
        case .municipalAssessmentHTML: self.municipalAssessmentHTML.map(TemplateValue.text)
        case .municipalAssessmentMarkdown: self.municipalAssessmentMarkdown.map(TemplateValue.text)
        }
    }

    private enum Field: String, CaseIterable {
        case title, municipality, hasSeveralMunicipalities, governingBody, initiator, isInitiatorLed, reportDate
        case level, regulation, participationPlanDate, status, isConcept, isFinal, version, fingerprint
        case fingerprintShort, cmarkVersion, processFileCount, templateFileCount, warnings, hasWarnings, warningCount
        case introductionHTML, introductionMarkdown, introductionHeadings, processIntroductionHTML
        case processIntroductionMarkdown, period, eventCount, eventCountText, plannedCountText, kindCounts
        case hasParticipants, participantsTotal, participantsExact, participantsApproximate, participantsEventsText
        case eventsWithoutParticipantsText, participantsAtSeveralEvents, hasReactions, reactionsTotal, reactionsExact
        case reactionsApproximate, reactionsEventsText, reactionsAtSeveralEvents, audiencesText, timelineFigureHTML
        case events, hasPhases, phases, outcomesIntroductionHTML, outcomesIntroductionMarkdown, outcomes
        case outcomeCount, unansweredCount, hasUnanswered, responsesIntroductionHTML, responsesIntroductionMarkdown
        case responses, responseCount, overview, hasOverview, hasComparison, comparisonLabel, comparisonRevision
        case hasChanges, changeGroups, checks, allChecksMet, publicTexts, hasPublicTexts, municipalAssessmentHTML
        case municipalAssessmentMarkdown
    }
    private static let fields = Dictionary(uniqueKeysWithValues: Field.allCases.map { ($0.rawValue, $0) })
}

extension ReportView.DiagnosticView: TemplateObject {
    func templateValue(named name: String) -> TemplateValue? {
        guard let field = Self.fields[name] else { return nil }
        return switch field {
        case .position: .text(self.position)
        case .severity: .text(self.severity)
        case .message: .text(self.message)
        case .text: .text(self.text)
        }
    }

    private enum Field: String, CaseIterable {
        case position, severity, message, text
    }
    private static let fields = Dictionary(uniqueKeysWithValues: Field.allCases.map { ($0.rawValue, $0) })
}

extension ReportView.HeadingView: TemplateObject {
    func templateValue(named name: String) -> TemplateValue? {
        guard let field = Self.fields[name] else { return nil }
        return switch field {
        case .anchor: .text(self.anchor)
        case .label: .text(self.label)
        }
    }

    private enum Field: String, CaseIterable {
        case anchor, label
    }
    private static let fields = Dictionary(uniqueKeysWithValues: Field.allCases.map { ($0.rawValue, $0) })
}

extension ReportView.KindCountView: TemplateObject {
    func templateValue(named name: String) -> TemplateValue? {
        guard let field = Self.fields[name] else { return nil }
        return switch field {
        case .kindKey: .text(self.kindKey)
        case .label: .text(self.label)
        case .count: .number(self.count)
        }
    }

    private enum Field: String, CaseIterable {
        case kindKey, label, count
    }
    private static let fields = Dictionary(uniqueKeysWithValues: Field.allCases.map { ($0.rawValue, $0) })
}

extension ReportView.LinkView: TemplateObject {
    func templateValue(named name: String) -> TemplateValue? {
        guard let field = Self.fields[name] else { return nil }
        return switch field {
        case .href: .text(self.href)
        case .label: .text(self.label)
        case .detail: self.detail.map(TemplateValue.text)
        }
    }

    private enum Field: String, CaseIterable {
        case href, label, detail
    }
    private static let fields = Dictionary(uniqueKeysWithValues: Field.allCases.map { ($0.rawValue, $0) })
}

extension ReportView.PhaseView: TemplateObject {
    func templateValue(named name: String) -> TemplateValue? {
        guard let field = Self.fields[name] else { return nil }
        return switch field {
        case .anchor: .text(self.anchor)
        case .name: .text(self.name)
        case .number: .number(self.number)
        case .period: .text(self.period)
        case .level: .text(self.level)
        case .eventCountText: .text(self.eventCountText)
        case .events: .objects(self.events)
        case .hasEvents: .flag(self.hasEvents)
        }
    }

    private enum Field: String, CaseIterable {
        case anchor, name, number, period, level, eventCountText, events, hasEvents
    }
    private static let fields = Dictionary(uniqueKeysWithValues: Field.allCases.map { ($0.rawValue, $0) })
}

extension ReportView.EventView: TemplateObject {
    func templateValue(named name: String) -> TemplateValue? {
        guard let field = Self.fields[name] else { return nil }
        return switch field {
        case .anchor: .text(self.anchor)
        case .title: .text(self.title)
        case .date: .text(self.date)
        case .dateISO: .text(self.dateISO)
        case .time: self.time.map(TemplateValue.text)
        case .kindKey: .text(self.kindKey)
        case .kind: .text(self.kind)
        case .numberedKind: .text(self.numberedKind)
        case .numberLabel: .text(self.numberLabel)
        case .series: self.series.map(TemplateValue.text)
        case .phase: self.phase.map(TemplateValue.text)
        case .location: self.location.map(TemplateValue.text)
        case .isOnline: .flag(self.isOnline)
        case .link: self.link.map(TemplateValue.text)
        case .participants: self.participants.map(TemplateValue.text)
        case .reactions: self.reactions.map(TemplateValue.text)
        case .audiences: self.audiences.map(TemplateValue.text)
        case .decisionMaker: self.decisionMaker.map(TemplateValue.text)
        case .attachments: .objects(self.attachments)
        case .hasAttachments: .flag(self.hasAttachments)
        case .isPlanned: .flag(self.isPlanned)
        case .bodyHTML: .text(self.bodyHTML)
        case .bodyMarkdown: .text(self.bodyMarkdown)
        case .fedOutcomes: .objects(self.fedOutcomes)
        case .hasFedOutcomes: .flag(self.hasFedOutcomes)
        case .adoptedOutcomes: .objects(self.adoptedOutcomes)
        case .hasAdoptedOutcomes: .flag(self.hasAdoptedOutcomes)
        }
    }

    private enum Field: String, CaseIterable {
        case anchor, title, date, dateISO, time, kindKey, kind, numberedKind, numberLabel, series, phase, location
        case isOnline, link, participants, reactions, audiences, decisionMaker, attachments, hasAttachments
        case isPlanned, bodyHTML, bodyMarkdown, fedOutcomes, hasFedOutcomes, adoptedOutcomes, hasAdoptedOutcomes
    }
    private static let fields = Dictionary(uniqueKeysWithValues: Field.allCases.map { ($0.rawValue, $0) })
}

extension ReportView.OutcomeView: TemplateObject {
    func templateValue(named name: String) -> TemplateValue? {
        guard let field = Self.fields[name] else { return nil }
        return switch field {
        case .anchor: .text(self.anchor)
        case .title: .text(self.title)
        case .number: .number(self.number)
        case .bodyHTML: .text(self.bodyHTML)
        case .bodyMarkdown: .text(self.bodyMarkdown)
        case .sources: .objects(self.sources)
        case .hasSources: .flag(self.hasSources)
        case .sourcesNotStated: .flag(self.sourcesNotStated)
        case .answers: .objects(self.answers)
        case .isAnswered: .flag(self.isAnswered)
        case .isUnanswered: .flag(self.isUnanswered)
        case .answerNotStated: .flag(self.answerNotStated)
        }
    }

    private enum Field: String, CaseIterable {
        case anchor, title, number, bodyHTML, bodyMarkdown, sources, hasSources, sourcesNotStated, answers
        case isAnswered, isUnanswered, answerNotStated
    }
    private static let fields = Dictionary(uniqueKeysWithValues: Field.allCases.map { ($0.rawValue, $0) })
}

extension ReportView.ResponseLinkView: TemplateObject {
    func templateValue(named name: String) -> TemplateValue? {
        guard let field = Self.fields[name] else { return nil }
        return switch field {
        case .href: .text(self.href)
        case .label: .text(self.label)
        case .verdict: .text(self.verdict)
        case .verdictKey: .text(self.verdictKey)
        }
    }

    private enum Field: String, CaseIterable {
        case href, label, verdict, verdictKey
    }
    private static let fields = Dictionary(uniqueKeysWithValues: Field.allCases.map { ($0.rawValue, $0) })
}

extension ReportView.ResponseView: TemplateObject {
    func templateValue(named name: String) -> TemplateValue? {
        guard let field = Self.fields[name] else { return nil }
        return switch field {
        case .anchor: .text(self.anchor)
        case .title: .text(self.title)
        case .verdict: .text(self.verdict)
        case .verdictKey: .text(self.verdictKey)
        case .motivationHTML: self.motivationHTML.map(TemplateValue.text)
        case .motivationMarkdown: self.motivationMarkdown.map(TemplateValue.text)
        case .usedIn: .texts(self.usedIn)
        case .hasUsedIn: .flag(self.hasUsedIn)
        case .bodyHTML: .text(self.bodyHTML)
        case .bodyMarkdown: .text(self.bodyMarkdown)
        case .answeredOutcomes: .objects(self.answeredOutcomes)
        case .hasAnsweredOutcomes: .flag(self.hasAnsweredOutcomes)
        case .outcomesNotStated: .flag(self.outcomesNotStated)
        }
    }

    private enum Field: String, CaseIterable {
        case anchor, title, verdict, verdictKey, motivationHTML, motivationMarkdown, usedIn, hasUsedIn, bodyHTML
        case bodyMarkdown, answeredOutcomes, hasAnsweredOutcomes, outcomesNotStated
    }
    private static let fields = Dictionary(uniqueKeysWithValues: Field.allCases.map { ($0.rawValue, $0) })
}

extension ReportView.OverviewGroupView: TemplateObject {
    func templateValue(named name: String) -> TemplateValue? {
        guard let field = Self.fields[name] else { return nil }
        return switch field {
        case .outcomeHref: .text(self.outcomeHref)
        case .outcomeLabel: .text(self.outcomeLabel)
        case .hasOutcome: .flag(self.hasOutcome)
        case .rowCount: .number(self.rowCount)
        case .rows: .objects(self.rows)
        case .isUnanswered: .flag(self.isUnanswered)
        case .answerNotStated: .flag(self.answerNotStated)
        case .outcomesNotStated: .flag(self.outcomesNotStated)
        }
    }

    private enum Field: String, CaseIterable {
        case outcomeHref, outcomeLabel, hasOutcome, rowCount, rows, isUnanswered, answerNotStated, outcomesNotStated
    }
    private static let fields = Dictionary(uniqueKeysWithValues: Field.allCases.map { ($0.rawValue, $0) })
}

extension ReportView.OverviewRowView: TemplateObject {
    func templateValue(named name: String) -> TemplateValue? {
        guard let field = Self.fields[name] else { return nil }
        return switch field {
        case .isFirst: .flag(self.isFirst)
        case .responseHref: .text(self.responseHref)
        case .responseLabel: .text(self.responseLabel)
        case .verdict: .text(self.verdict)
        case .verdictKey: .text(self.verdictKey)
        }
    }

    private enum Field: String, CaseIterable {
        case isFirst, responseHref, responseLabel, verdict, verdictKey
    }
    private static let fields = Dictionary(uniqueKeysWithValues: Field.allCases.map { ($0.rawValue, $0) })
}

extension ReportView.CheckView: TemplateObject {
    func templateValue(named name: String) -> TemplateValue? {
        guard let field = Self.fields[name] else { return nil }
        return switch field {
        case .group: .text(self.group)
        case .label: .text(self.label)
        case .isMet: .flag(self.isMet)
        case .outcome: .text(self.outcome)
        case .detail: self.detail.map(TemplateValue.text)
        }
    }

    private enum Field: String, CaseIterable {
        case group, label, isMet, outcome, detail
    }
    private static let fields = Dictionary(uniqueKeysWithValues: Field.allCases.map { ($0.rawValue, $0) })
}

extension ReportView.PublicTextView: TemplateObject {
    func templateValue(named name: String) -> TemplateValue? {
        guard let field = Self.fields[name] else { return nil }
        return switch field {
        case .text: .text(self.text)
        case .reason: .text(self.reason)
        case .occurrences: .text(self.occurrences)
        }
    }

    private enum Field: String, CaseIterable {
        case text, reason, occurrences
    }
    private static let fields = Dictionary(uniqueKeysWithValues: Field.allCases.map { ($0.rawValue, $0) })
}

extension ReportView.ChangeGroupView: TemplateObject {
    func templateValue(named name: String) -> TemplateValue? {
        guard let field = Self.fields[name] else { return nil }
        return switch field {
        case .title: .text(self.title)
        case .changes: .objects(self.changes)
        }
    }

    private enum Field: String, CaseIterable {
        case title, changes
    }
    private static let fields = Dictionary(uniqueKeysWithValues: Field.allCases.map { ($0.rawValue, $0) })
}

extension ReportView.ChangeView: TemplateObject {
    func templateValue(named name: String) -> TemplateValue? {
        guard let field = Self.fields[name] else { return nil }
        return switch field {
        case .kind: .text(self.kind)
        case .kindKey: .text(self.kindKey)
        case .label: .text(self.label)
        case .changeHref: self.changeHref.map(TemplateValue.text)
        case .changeDetail: self.changeDetail.map(TemplateValue.text)
        }
    }

    private enum Field: String, CaseIterable {
        case kind, kindKey, label, changeHref, changeDetail
    }
    private static let fields = Dictionary(uniqueKeysWithValues: Field.allCases.map { ($0.rawValue, $0) })
}
