import MustacheEngine
import ParticipatieModel
import ParticipatieReading

// Each view answers a template's lookup with a plain `switch` over its stored properties.
//
// Keep every case equal to the stored property of that name, with `nil` both for an optional without
// value and for a name the view does not have (the renderer then looks in the enclosing section).
// `ReportViewLookupTests` compares the answers with `Mirror` for every stored property, so a property
// added without its case makes the tests fail.

extension ReportView: TemplateObject {
    func templateValue(named name: String) -> TemplateValue? {
        switch name {
        case "title": .text(title)
        case "municipality": .text(municipality)
        case "hasSeveralMunicipalities": .flag(hasSeveralMunicipalities)
        case "governingBody": .text(governingBody)
        case "initiator": initiator.map(TemplateValue.text)
        case "isInitiatorLed": .flag(isInitiatorLed)
        case "reportDate": reportDate.map(TemplateValue.text)
        case "level": .text(level)
        case "regulation": .text(regulation)
        case "participationPlanDate": participationPlanDate.map(TemplateValue.text)
        case "status": .text(status)
        case "isConcept": .flag(isConcept)
        case "isFinal": .flag(isFinal)
        case "version": .text(version)
        case "fingerprint": .text(fingerprint)
        case "fingerprintShort": .text(fingerprintShort)
        case "cmarkVersion": .text(cmarkVersion)
        case "processFileCount": .number(processFileCount)
        case "templateFileCount": .number(templateFileCount)
        case "warnings": .objects(warnings)
        case "hasWarnings": .flag(hasWarnings)
        case "warningCount": .number(warningCount)
        case "introductionHTML": .text(introductionHTML)
        case "introductionMarkdown": .text(introductionMarkdown)
        case "introductionHeadings": .objects(introductionHeadings)
        case "processIntroductionHTML": processIntroductionHTML.map(TemplateValue.text)
        case "processIntroductionMarkdown": processIntroductionMarkdown.map(TemplateValue.text)
        case "period": .text(period)
        case "eventCount": .number(eventCount)
        case "eventCountText": .text(eventCountText)
        case "plannedCountText": plannedCountText.map(TemplateValue.text)
        case "kindCounts": .objects(kindCounts)
        case "hasParticipants": .flag(hasParticipants)
        case "participantsTotal": .text(participantsTotal)
        case "participantsExact": .text(participantsExact)
        case "participantsApproximate": participantsApproximate.map(TemplateValue.text)
        case "participantsEventsText": .text(participantsEventsText)
        case "eventsWithoutParticipantsText": eventsWithoutParticipantsText.map(TemplateValue.text)
        case "participantsAtSeveralEvents": .flag(participantsAtSeveralEvents)
        case "hasReactions": .flag(hasReactions)
        case "reactionsTotal": .text(reactionsTotal)
        case "reactionsExact": .text(reactionsExact)
        case "reactionsApproximate": reactionsApproximate.map(TemplateValue.text)
        case "reactionsEventsText": .text(reactionsEventsText)
        case "reactionsAtSeveralEvents": .flag(reactionsAtSeveralEvents)
        case "audiencesText": .text(audiencesText)
        case "timelineFigureHTML": .text(timelineFigureHTML)
        case "events": .objects(events)
        case "hasPhases": .flag(hasPhases)
        case "phases": .objects(phases)
        case "outcomesIntroductionHTML": outcomesIntroductionHTML.map(TemplateValue.text)
        case "outcomesIntroductionMarkdown": outcomesIntroductionMarkdown.map(TemplateValue.text)
        case "outcomes": .objects(outcomes)
        case "outcomeCount": .number(outcomeCount)
        case "unansweredCount": .number(unansweredCount)
        case "hasUnanswered": .flag(hasUnanswered)
        case "responsesIntroductionHTML": responsesIntroductionHTML.map(TemplateValue.text)
        case "responsesIntroductionMarkdown": responsesIntroductionMarkdown.map(TemplateValue.text)
        case "responses": .objects(responses)
        case "responseCount": .number(responseCount)
        case "overview": .objects(overview)
        case "hasOverview": .flag(hasOverview)
        case "hasComparison": .flag(hasComparison)
        case "comparisonLabel": .text(comparisonLabel)
        case "comparisonRevision": .text(comparisonRevision)
        case "hasChanges": .flag(hasChanges)
        case "changeGroups": .objects(changeGroups)
        case "checks": .objects(checks)
        case "allChecksMet": .flag(allChecksMet)
        case "publicTexts": .objects(publicTexts)
        case "hasPublicTexts": .flag(hasPublicTexts)
        case "municipalAssessmentHTML": municipalAssessmentHTML.map(TemplateValue.text)
        case "municipalAssessmentMarkdown": municipalAssessmentMarkdown.map(TemplateValue.text)
        default: nil
        }
    }
}

extension ReportView.DiagnosticView: TemplateObject {
    func templateValue(named name: String) -> TemplateValue? {
        switch name {
        case "position": .text(position)
        case "severity": .text(severity)
        case "message": .text(message)
        case "text": .text(text)
        default: nil
        }
    }
}

extension ReportView.HeadingView: TemplateObject {
    func templateValue(named name: String) -> TemplateValue? {
        switch name {
        case "anchor": .text(anchor)
        case "label": .text(label)
        default: nil
        }
    }
}

extension ReportView.KindCountView: TemplateObject {
    func templateValue(named name: String) -> TemplateValue? {
        switch name {
        case "kindKey": .text(kindKey)
        case "label": .text(label)
        case "count": .number(count)
        default: nil
        }
    }
}

extension ReportView.LinkView: TemplateObject {
    func templateValue(named name: String) -> TemplateValue? {
        switch name {
        case "href": .text(href)
        case "label": .text(label)
        case "detail": detail.map(TemplateValue.text)
        default: nil
        }
    }
}

extension ReportView.PhaseView: TemplateObject {
    func templateValue(named name: String) -> TemplateValue? {
        switch name {
        case "anchor": .text(anchor)
        case "name": .text(self.name)
        case "number": .number(number)
        case "period": .text(period)
        case "level": .text(level)
        case "eventCountText": .text(eventCountText)
        case "events": .objects(events)
        case "hasEvents": .flag(hasEvents)
        default: nil
        }
    }
}

extension ReportView.EventView: TemplateObject {
    func templateValue(named name: String) -> TemplateValue? {
        switch name {
        case "anchor": .text(anchor)
        case "title": .text(title)
        case "date": .text(date)
        case "dateISO": .text(dateISO)
        case "time": time.map(TemplateValue.text)
        case "kindKey": .text(kindKey)
        case "kind": .text(kind)
        case "numberedKind": .text(numberedKind)
        case "numberLabel": .text(numberLabel)
        case "series": series.map(TemplateValue.text)
        case "phase": phase.map(TemplateValue.text)
        case "location": location.map(TemplateValue.text)
        case "isOnline": .flag(isOnline)
        case "link": link.map(TemplateValue.text)
        case "participants": participants.map(TemplateValue.text)
        case "reactions": reactions.map(TemplateValue.text)
        case "audiences": audiences.map(TemplateValue.text)
        case "decisionMaker": decisionMaker.map(TemplateValue.text)
        case "attachments": .objects(attachments)
        case "hasAttachments": .flag(hasAttachments)
        case "isPlanned": .flag(isPlanned)
        case "bodyHTML": .text(bodyHTML)
        case "bodyMarkdown": .text(bodyMarkdown)
        case "fedOutcomes": .objects(fedOutcomes)
        case "hasFedOutcomes": .flag(hasFedOutcomes)
        case "adoptedOutcomes": .objects(adoptedOutcomes)
        case "hasAdoptedOutcomes": .flag(hasAdoptedOutcomes)
        default: nil
        }
    }
}

extension ReportView.OutcomeView: TemplateObject {
    func templateValue(named name: String) -> TemplateValue? {
        switch name {
        case "anchor": .text(anchor)
        case "title": .text(title)
        case "number": .number(number)
        case "bodyHTML": .text(bodyHTML)
        case "bodyMarkdown": .text(bodyMarkdown)
        case "sources": .objects(sources)
        case "hasSources": .flag(hasSources)
        case "sourcesNotStated": .flag(sourcesNotStated)
        case "answers": .objects(answers)
        case "isAnswered": .flag(isAnswered)
        case "isUnanswered": .flag(isUnanswered)
        case "answerNotStated": .flag(answerNotStated)
        default: nil
        }
    }
}

extension ReportView.ResponseLinkView: TemplateObject {
    func templateValue(named name: String) -> TemplateValue? {
        switch name {
        case "href": .text(href)
        case "label": .text(label)
        case "verdict": .text(verdict)
        case "verdictKey": .text(verdictKey)
        default: nil
        }
    }
}

extension ReportView.ResponseView: TemplateObject {
    func templateValue(named name: String) -> TemplateValue? {
        switch name {
        case "anchor": .text(anchor)
        case "title": .text(title)
        case "verdict": .text(verdict)
        case "verdictKey": .text(verdictKey)
        case "motivationHTML": motivationHTML.map(TemplateValue.text)
        case "motivationMarkdown": motivationMarkdown.map(TemplateValue.text)
        case "usedIn": .texts(usedIn)
        case "hasUsedIn": .flag(hasUsedIn)
        case "bodyHTML": .text(bodyHTML)
        case "bodyMarkdown": .text(bodyMarkdown)
        case "answeredOutcomes": .objects(answeredOutcomes)
        case "hasAnsweredOutcomes": .flag(hasAnsweredOutcomes)
        case "outcomesNotStated": .flag(outcomesNotStated)
        default: nil
        }
    }
}

extension ReportView.OverviewGroupView: TemplateObject {
    func templateValue(named name: String) -> TemplateValue? {
        switch name {
        case "outcomeHref": .text(outcomeHref)
        case "outcomeLabel": .text(outcomeLabel)
        case "hasOutcome": .flag(hasOutcome)
        case "rowCount": .number(rowCount)
        case "rows": .objects(rows)
        case "isUnanswered": .flag(isUnanswered)
        case "answerNotStated": .flag(answerNotStated)
        case "outcomesNotStated": .flag(outcomesNotStated)
        default: nil
        }
    }
}

extension ReportView.OverviewRowView: TemplateObject {
    func templateValue(named name: String) -> TemplateValue? {
        switch name {
        case "isFirst": .flag(isFirst)
        case "responseHref": .text(responseHref)
        case "responseLabel": .text(responseLabel)
        case "verdict": .text(verdict)
        case "verdictKey": .text(verdictKey)
        default: nil
        }
    }
}

extension ReportView.CheckView: TemplateObject {
    func templateValue(named name: String) -> TemplateValue? {
        switch name {
        case "group": .text(group)
        case "label": .text(label)
        case "isMet": .flag(isMet)
        case "outcome": .text(outcome)
        case "detail": detail.map(TemplateValue.text)
        default: nil
        }
    }
}

extension ReportView.PublicTextView: TemplateObject {
    func templateValue(named name: String) -> TemplateValue? {
        switch name {
        case "text": .text(text)
        case "reason": .text(reason)
        case "occurrences": .text(occurrences)
        default: nil
        }
    }
}

extension ReportView.ChangeGroupView: TemplateObject {
    func templateValue(named name: String) -> TemplateValue? {
        switch name {
        case "title": .text(title)
        case "changes": .objects(changes)
        default: nil
        }
    }
}

extension ReportView.ChangeView: TemplateObject {
    func templateValue(named name: String) -> TemplateValue? {
        switch name {
        case "kind": .text(kind)
        case "kindKey": .text(kindKey)
        case "label": .text(label)
        case "changeHref": changeHref.map(TemplateValue.text)
        case "changeDetail": changeDetail.map(TemplateValue.text)
        default: nil
        }
    }
}
