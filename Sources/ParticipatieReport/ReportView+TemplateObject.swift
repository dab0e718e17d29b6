import MustacheEngine
import ParticipatieModel
import ParticipatieReading

// Each view answers a template's lookup from a table of its stored properties by name: one hash
// instead of a `switch` that compares the name with every case, which a name the view does not have
// (a field of an enclosing section, or an optional without value) would otherwise go through whole.
//
// Keep every entry equal to the stored property of that name, with `nil` both for an optional without
// value and for a name the view does not have (the renderer then looks in the enclosing section).
// `ReportViewLookupTests` compares the answers with `Mirror` for every stored property, so a property
// added without its entry makes the tests fail.

extension ReportView: TemplateObject {
    func templateValue(named name: String) -> TemplateValue? {
        guard let field = Self.fields[name] else { return nil }
        return field(self)
    }

    private static let fields: [String: @Sendable (ReportView) -> TemplateValue?] = [
        "title": { .text($0.title) },
        "municipality": { .text($0.municipality) },
        "hasSeveralMunicipalities": { .flag($0.hasSeveralMunicipalities) },
        "governingBody": { .text($0.governingBody) },
        "initiator": { $0.initiator.map(TemplateValue.text) },
        "isInitiatorLed": { .flag($0.isInitiatorLed) },
        "reportDate": { $0.reportDate.map(TemplateValue.text) },
        "level": { .text($0.level) },
        "regulation": { .text($0.regulation) },
        "participationPlanDate": { $0.participationPlanDate.map(TemplateValue.text) },
        "status": { .text($0.status) },
        "isConcept": { .flag($0.isConcept) },
        "isFinal": { .flag($0.isFinal) },
        "version": { $0.version.map(TemplateValue.text) },
        "fingerprint": { .text($0.fingerprint) },
        "fingerprintShort": { .text($0.fingerprintShort) },
        "cmarkVersion": { .text($0.cmarkVersion) },
        "processFileCount": { .number($0.processFileCount) },
        "templateFileCount": { .number($0.templateFileCount) },
        "warnings": { .objects($0.warnings) },
        "hasWarnings": { .flag($0.hasWarnings) },
        "warningCount": { .number($0.warningCount) },
        "introductionHTML": { .text($0.introductionHTML) },
        "introductionMarkdown": { .text($0.introductionMarkdown) },
        "introductionHeadings": { .objects($0.introductionHeadings) },
        "processIntroductionHTML": { $0.processIntroductionHTML.map(TemplateValue.text) },
        "processIntroductionMarkdown": { $0.processIntroductionMarkdown.map(TemplateValue.text) },
        "period": { .text($0.period) },
        "eventCount": { .number($0.eventCount) },
        "eventCountText": { .text($0.eventCountText) },
        "plannedCountText": { $0.plannedCountText.map(TemplateValue.text) },
        "kindCounts": { .objects($0.kindCounts) },
        "hasParticipants": { .flag($0.hasParticipants) },
        "participantsTotal": { .text($0.participantsTotal) },
        "participantsExact": { .text($0.participantsExact) },
        "participantsApproximate": { $0.participantsApproximate.map(TemplateValue.text) },
        "participantsEventsText": { .text($0.participantsEventsText) },
        "eventsWithoutParticipantsText": { $0.eventsWithoutParticipantsText.map(TemplateValue.text) },
        "participantsAtSeveralEvents": { .flag($0.participantsAtSeveralEvents) },
        "hasReactions": { .flag($0.hasReactions) },
        "reactionsTotal": { .text($0.reactionsTotal) },
        "reactionsExact": { .text($0.reactionsExact) },
        "reactionsApproximate": { $0.reactionsApproximate.map(TemplateValue.text) },
        "reactionsEventsText": { .text($0.reactionsEventsText) },
        "reactionsAtSeveralEvents": { .flag($0.reactionsAtSeveralEvents) },
        "audiencesText": { .text($0.audiencesText) },
        "timelineFigureHTML": { .text($0.timelineFigureHTML) },
        "events": { .objects($0.events) },
        "hasPhases": { .flag($0.hasPhases) },
        "phases": { .objects($0.phases) },
        "outcomesIntroductionHTML": { $0.outcomesIntroductionHTML.map(TemplateValue.text) },
        "outcomesIntroductionMarkdown": { $0.outcomesIntroductionMarkdown.map(TemplateValue.text) },
        "outcomes": { .objects($0.outcomes) },
        "outcomeCount": { .number($0.outcomeCount) },
        "unansweredCount": { .number($0.unansweredCount) },
        "hasUnanswered": { .flag($0.hasUnanswered) },
        "responsesIntroductionHTML": { $0.responsesIntroductionHTML.map(TemplateValue.text) },
        "responsesIntroductionMarkdown": { $0.responsesIntroductionMarkdown.map(TemplateValue.text) },
        "responses": { .objects($0.responses) },
        "responseCount": { .number($0.responseCount) },
        "overview": { .objects($0.overview) },
        "hasOverview": { .flag($0.hasOverview) },
        "hasComparison": { .flag($0.hasComparison) },
        "comparisonLabel": { .text($0.comparisonLabel) },
        "comparisonRevision": { .text($0.comparisonRevision) },
        "hasChanges": { .flag($0.hasChanges) },
        "changeGroups": { .objects($0.changeGroups) },
        "checks": { .objects($0.checks) },
        "allChecksMet": { .flag($0.allChecksMet) },
        "publicTexts": { .objects($0.publicTexts) },
        "hasPublicTexts": { .flag($0.hasPublicTexts) },
        "municipalAssessmentHTML": { $0.municipalAssessmentHTML.map(TemplateValue.text) },
        "municipalAssessmentMarkdown": { $0.municipalAssessmentMarkdown.map(TemplateValue.text) },
    ]
}

extension ReportView.DiagnosticView: TemplateObject {
    func templateValue(named name: String) -> TemplateValue? {
        guard let field = Self.fields[name] else { return nil }
        return field(self)
    }

    private static let fields: [String: @Sendable (ReportView.DiagnosticView) -> TemplateValue?] = [
        "position": { .text($0.position) },
        "severity": { .text($0.severity) },
        "message": { .text($0.message) },
        "text": { .text($0.text) },
    ]
}

extension ReportView.HeadingView: TemplateObject {
    func templateValue(named name: String) -> TemplateValue? {
        guard let field = Self.fields[name] else { return nil }
        return field(self)
    }

    private static let fields: [String: @Sendable (ReportView.HeadingView) -> TemplateValue?] = [
        "anchor": { .text($0.anchor) },
        "label": { .text($0.label) },
    ]
}

extension ReportView.KindCountView: TemplateObject {
    func templateValue(named name: String) -> TemplateValue? {
        guard let field = Self.fields[name] else { return nil }
        return field(self)
    }

    private static let fields: [String: @Sendable (ReportView.KindCountView) -> TemplateValue?] = [
        "kindKey": { .text($0.kindKey) },
        "label": { .text($0.label) },
        "count": { .number($0.count) },
    ]
}

extension ReportView.LinkView: TemplateObject {
    func templateValue(named name: String) -> TemplateValue? {
        guard let field = Self.fields[name] else { return nil }
        return field(self)
    }

    private static let fields: [String: @Sendable (ReportView.LinkView) -> TemplateValue?] = [
        "href": { .text($0.href) },
        "label": { .text($0.label) },
        "detail": { $0.detail.map(TemplateValue.text) },
    ]
}

extension ReportView.PhaseView: TemplateObject {
    func templateValue(named name: String) -> TemplateValue? {
        guard let field = Self.fields[name] else { return nil }
        return field(self)
    }

    private static let fields: [String: @Sendable (ReportView.PhaseView) -> TemplateValue?] = [
        "anchor": { .text($0.anchor) },
        "name": { .text($0.name) },
        "number": { .number($0.number) },
        "period": { .text($0.period) },
        "level": { .text($0.level) },
        "eventCountText": { .text($0.eventCountText) },
        "events": { .objects($0.events) },
        "hasEvents": { .flag($0.hasEvents) },
    ]
}

extension ReportView.EventView: TemplateObject {
    func templateValue(named name: String) -> TemplateValue? {
        guard let field = Self.fields[name] else { return nil }
        return field(self)
    }

    private static let fields: [String: @Sendable (ReportView.EventView) -> TemplateValue?] = [
        "anchor": { .text($0.anchor) },
        "title": { .text($0.title) },
        "date": { .text($0.date) },
        "dateISO": { .text($0.dateISO) },
        "time": { $0.time.map(TemplateValue.text) },
        "kindKey": { .text($0.kindKey) },
        "kind": { .text($0.kind) },
        "numberedKind": { .text($0.numberedKind) },
        "numberLabel": { .text($0.numberLabel) },
        "series": { $0.series.map(TemplateValue.text) },
        "phase": { $0.phase.map(TemplateValue.text) },
        "location": { $0.location.map(TemplateValue.text) },
        "isOnline": { .flag($0.isOnline) },
        "link": { $0.link.map(TemplateValue.text) },
        "participants": { $0.participants.map(TemplateValue.text) },
        "reactions": { $0.reactions.map(TemplateValue.text) },
        "audiences": { $0.audiences.map(TemplateValue.text) },
        "decisionMaker": { $0.decisionMaker.map(TemplateValue.text) },
        "attachments": { .objects($0.attachments) },
        "hasAttachments": { .flag($0.hasAttachments) },
        "isPlanned": { .flag($0.isPlanned) },
        "bodyHTML": { .text($0.bodyHTML) },
        "bodyMarkdown": { .text($0.bodyMarkdown) },
        "fedOutcomes": { .objects($0.fedOutcomes) },
        "hasFedOutcomes": { .flag($0.hasFedOutcomes) },
        "adoptedOutcomes": { .objects($0.adoptedOutcomes) },
        "hasAdoptedOutcomes": { .flag($0.hasAdoptedOutcomes) },
    ]
}

extension ReportView.OutcomeView: TemplateObject {
    func templateValue(named name: String) -> TemplateValue? {
        guard let field = Self.fields[name] else { return nil }
        return field(self)
    }

    private static let fields: [String: @Sendable (ReportView.OutcomeView) -> TemplateValue?] = [
        "anchor": { .text($0.anchor) },
        "title": { .text($0.title) },
        "number": { .number($0.number) },
        "bodyHTML": { .text($0.bodyHTML) },
        "bodyMarkdown": { .text($0.bodyMarkdown) },
        "sources": { .objects($0.sources) },
        "hasSources": { .flag($0.hasSources) },
        "sourcesNotStated": { .flag($0.sourcesNotStated) },
        "answers": { .objects($0.answers) },
        "isAnswered": { .flag($0.isAnswered) },
        "isUnanswered": { .flag($0.isUnanswered) },
        "answerNotStated": { .flag($0.answerNotStated) },
    ]
}

extension ReportView.ResponseLinkView: TemplateObject {
    func templateValue(named name: String) -> TemplateValue? {
        guard let field = Self.fields[name] else { return nil }
        return field(self)
    }

    private static let fields: [String: @Sendable (ReportView.ResponseLinkView) -> TemplateValue?] = [
        "href": { .text($0.href) },
        "label": { .text($0.label) },
        "verdict": { .text($0.verdict) },
        "verdictKey": { .text($0.verdictKey) },
    ]
}

extension ReportView.ResponseView: TemplateObject {
    func templateValue(named name: String) -> TemplateValue? {
        guard let field = Self.fields[name] else { return nil }
        return field(self)
    }

    private static let fields: [String: @Sendable (ReportView.ResponseView) -> TemplateValue?] = [
        "anchor": { .text($0.anchor) },
        "title": { .text($0.title) },
        "verdict": { .text($0.verdict) },
        "verdictKey": { .text($0.verdictKey) },
        "motivationHTML": { $0.motivationHTML.map(TemplateValue.text) },
        "motivationMarkdown": { $0.motivationMarkdown.map(TemplateValue.text) },
        "usedIn": { .texts($0.usedIn) },
        "hasUsedIn": { .flag($0.hasUsedIn) },
        "bodyHTML": { .text($0.bodyHTML) },
        "bodyMarkdown": { .text($0.bodyMarkdown) },
        "answeredOutcomes": { .objects($0.answeredOutcomes) },
        "hasAnsweredOutcomes": { .flag($0.hasAnsweredOutcomes) },
        "outcomesNotStated": { .flag($0.outcomesNotStated) },
    ]
}

extension ReportView.OverviewGroupView: TemplateObject {
    func templateValue(named name: String) -> TemplateValue? {
        guard let field = Self.fields[name] else { return nil }
        return field(self)
    }

    private static let fields: [String: @Sendable (ReportView.OverviewGroupView) -> TemplateValue?] = [
        "outcomeHref": { .text($0.outcomeHref) },
        "outcomeLabel": { .text($0.outcomeLabel) },
        "hasOutcome": { .flag($0.hasOutcome) },
        "rowCount": { .number($0.rowCount) },
        "rows": { .objects($0.rows) },
        "isUnanswered": { .flag($0.isUnanswered) },
        "answerNotStated": { .flag($0.answerNotStated) },
        "outcomesNotStated": { .flag($0.outcomesNotStated) },
    ]
}

extension ReportView.OverviewRowView: TemplateObject {
    func templateValue(named name: String) -> TemplateValue? {
        guard let field = Self.fields[name] else { return nil }
        return field(self)
    }

    private static let fields: [String: @Sendable (ReportView.OverviewRowView) -> TemplateValue?] = [
        "isFirst": { .flag($0.isFirst) },
        "responseHref": { .text($0.responseHref) },
        "responseLabel": { .text($0.responseLabel) },
        "verdict": { .text($0.verdict) },
        "verdictKey": { .text($0.verdictKey) },
    ]
}

extension ReportView.CheckView: TemplateObject {
    func templateValue(named name: String) -> TemplateValue? {
        guard let field = Self.fields[name] else { return nil }
        return field(self)
    }

    private static let fields: [String: @Sendable (ReportView.CheckView) -> TemplateValue?] = [
        "group": { .text($0.group) },
        "label": { .text($0.label) },
        "isMet": { .flag($0.isMet) },
        "outcome": { .text($0.outcome) },
        "detail": { $0.detail.map(TemplateValue.text) },
    ]
}

extension ReportView.PublicTextView: TemplateObject {
    func templateValue(named name: String) -> TemplateValue? {
        guard let field = Self.fields[name] else { return nil }
        return field(self)
    }

    private static let fields: [String: @Sendable (ReportView.PublicTextView) -> TemplateValue?] = [
        "text": { .text($0.text) },
        "reason": { .text($0.reason) },
        "occurrences": { .text($0.occurrences) },
    ]
}

extension ReportView.ChangeGroupView: TemplateObject {
    func templateValue(named name: String) -> TemplateValue? {
        guard let field = Self.fields[name] else { return nil }
        return field(self)
    }

    private static let fields: [String: @Sendable (ReportView.ChangeGroupView) -> TemplateValue?] = [
        "title": { .text($0.title) },
        "changes": { .objects($0.changes) },
    ]
}

extension ReportView.ChangeView: TemplateObject {
    func templateValue(named name: String) -> TemplateValue? {
        guard let field = Self.fields[name] else { return nil }
        return field(self)
    }

    private static let fields: [String: @Sendable (ReportView.ChangeView) -> TemplateValue?] = [
        "kind": { .text($0.kind) },
        "kindKey": { .text($0.kindKey) },
        "label": { .text($0.label) },
        "changeHref": { $0.changeHref.map(TemplateValue.text) },
        "changeDetail": { $0.changeDetail.map(TemplateValue.text) },
    ]
}
