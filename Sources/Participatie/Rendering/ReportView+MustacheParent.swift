import Mustache

// swift-mustache asks a `MustacheParent` for a template variable before falling back to `Mirror`,
// which costs a reflection walk over all stored properties for every `{{tag}}` (most of the build
// time of a large process). Each view answers with a plain `switch` instead.
//
// Keep every case equal to what `Mirror` would give: the stored property of that name, and `nil`
// both for an optional without value and for a name the view does not have (swift-mustache then
// looks in the enclosing section). `ReportViewLookupTests` compares the two for every stored
// property, so a property added without its case makes the tests fail.

extension ReportView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "municipality": municipality
        case "governingBody": governingBody
        case "level": level
        case "regulation": regulation
        case "participationPlanDate": participationPlanDate
        case "status": status
        case "isConcept": isConcept
        case "isFinal": isFinal
        case "version": version
        case "fingerprint": fingerprint
        case "fingerprintShort": fingerprintShort
        case "processFileCount": processFileCount
        case "templateFileCount": templateFileCount
        case "warnings": warnings
        case "hasWarnings": hasWarnings
        case "warningCount": warningCount
        case "introductionHTML": introductionHTML
        case "introductionMarkdown": introductionMarkdown
        case "introductionHeadings": introductionHeadings
        case "processIntroductionHTML": processIntroductionHTML
        case "processIntroductionMarkdown": processIntroductionMarkdown
        case "period": period
        case "eventCount": eventCount
        case "eventCountText": eventCountText
        case "plannedCountText": plannedCountText
        case "kindCounts": kindCounts
        case "hasParticipants": hasParticipants
        case "participantsTotal": participantsTotal
        case "participantsExact": participantsExact
        case "participantsApproximate": participantsApproximate
        case "participantsEventsText": participantsEventsText
        case "eventsWithoutParticipantsText": eventsWithoutParticipantsText
        case "audiencesText": audiencesText
        case "timelineFigureHTML": timelineFigureHTML
        case "events": events
        case "outcomesIntroductionHTML": outcomesIntroductionHTML
        case "outcomesIntroductionMarkdown": outcomesIntroductionMarkdown
        case "outcomes": outcomes
        case "outcomeCount": outcomeCount
        case "unansweredCount": unansweredCount
        case "hasUnanswered": hasUnanswered
        case "responsesIntroductionHTML": responsesIntroductionHTML
        case "responsesIntroductionMarkdown": responsesIntroductionMarkdown
        case "responses": responses
        case "responseCount": responseCount
        case "overview": overview
        case "hasOverview": hasOverview
        default: nil
        }
    }
}

extension ReportView.DiagnosticView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "position": position
        case "severity": severity
        case "message": message
        case "text": text
        default: nil
        }
    }
}

extension ReportView.HeadingView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "anchor": anchor
        case "label": label
        default: nil
        }
    }
}

extension ReportView.KindCountView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "kindKey": kindKey
        case "label": label
        case "count": count
        default: nil
        }
    }
}

extension ReportView.LinkView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "href": href
        case "label": label
        case "detail": detail
        default: nil
        }
    }
}

extension ReportView.EventView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "anchor": anchor
        case "title": title
        case "date": date
        case "dateISO": dateISO
        case "kindKey": kindKey
        case "kind": kind
        case "numberedKind": numberedKind
        case "location": location
        case "participants": participants
        case "audiences": audiences
        case "isPlanned": isPlanned
        case "bodyHTML": bodyHTML
        case "bodyMarkdown": bodyMarkdown
        case "fedOutcomes": fedOutcomes
        case "hasFedOutcomes": hasFedOutcomes
        default: nil
        }
    }
}

extension ReportView.OutcomeView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "anchor": anchor
        case "title": title
        case "number": number
        case "bodyHTML": bodyHTML
        case "bodyMarkdown": bodyMarkdown
        case "sources": sources
        case "hasSources": hasSources
        case "answers": answers
        case "isAnswered": isAnswered
        case "isUnanswered": isUnanswered
        default: nil
        }
    }
}

extension ReportView.ResponseLinkView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "href": href
        case "label": label
        case "verdict": verdict
        case "verdictKey": verdictKey
        default: nil
        }
    }
}

extension ReportView.ResponseView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "anchor": anchor
        case "title": title
        case "verdict": verdict
        case "verdictKey": verdictKey
        case "motivationHTML": motivationHTML
        case "motivationMarkdown": motivationMarkdown
        case "usedIn": usedIn
        case "hasUsedIn": hasUsedIn
        case "bodyHTML": bodyHTML
        case "bodyMarkdown": bodyMarkdown
        case "answeredOutcomes": answeredOutcomes
        case "hasAnsweredOutcomes": hasAnsweredOutcomes
        default: nil
        }
    }
}

extension ReportView.OverviewGroupView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "outcomeHref": outcomeHref
        case "outcomeLabel": outcomeLabel
        case "hasOutcome": hasOutcome
        case "rowCount": rowCount
        case "rows": rows
        case "isUnanswered": isUnanswered
        default: nil
        }
    }
}

extension ReportView.OverviewRowView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "isFirst": isFirst
        case "responseHref": responseHref
        case "responseLabel": responseLabel
        case "verdict": verdict
        case "verdictKey": verdictKey
        default: nil
        }
    }
}
