import Foundation

extension ReportView {
    /// Heading levels that nested Markdown texts start at, so the report never skips a level:
    /// h1 title, h2 sections, h3 outcomes and responses, h4 events.
    enum HeadingLevel {
        static let introduction = 2
        static let sectionIntroduction = 3
        static let outcomeBody = 4
        static let responseBody = 4
        static let eventBody = 5
    }

    /// The view of `timeline`. `warnings` are shown only while the process is a concept; their
    /// file names should already be the ones a reader of the report recognises (`process/…`).
    /// Without `includesMarkdown` every `…Markdown` value is empty (no template that is rendered uses them).
    /// The texts of events, outcomes and responses are rendered on all cores.
    init(timeline: Timeline, warnings: [Diagnostic], fingerprint: Fingerprint, processFileCount: Int, templateFileCount: Int,
         includesMarkdown: Bool = true) {
        let commonMark: @Sendable (String, Int) -> String = { includesMarkdown ? Markdown.safeCommonMark(from: $0, topHeadingLevel: $1) : "" }
        let process = timeline.process
        let statistics = timeline.statistics
        title = process.title
        municipality = process.municipality
        governingBody = process.governingBody
        level = Wording.levelLabel(process.level)
        regulation = process.regulation
        participationPlanDate = process.participationPlan.map(Wording.date)
        status = Wording.reportStatusLabel(process.status)
        isConcept = process.status == .concept
        isFinal = process.status == .definitief
        version = process.version
        self.fingerprint = fingerprint.value
        fingerprintShort = fingerprint.short
        self.processFileCount = processFileCount
        self.templateFileCount = templateFileCount

        let shown = isConcept ? warnings : []
        self.warnings = shown.map {
            DiagnosticView(position: "\($0.file):\($0.line):\($0.column)", severity: $0.severity.rawValue,
                           message: $0.message, text: $0.description)
        }
        hasWarnings = !shown.isEmpty
        warningCount = shown.count

        let introduction = ReportView.anchoringHeadings(
            in: Markdown.html(from: process.body, topHeadingLevel: HeadingLevel.introduction))
        introductionHTML = introduction.html
        introductionHeadings = introduction.headings
        introductionMarkdown = commonMark(process.body, HeadingLevel.introduction)

        // (a)
        processIntroductionHTML = process.processIntroduction.map { Markdown.html(from: $0, topHeadingLevel: HeadingLevel.sectionIntroduction) }
        processIntroductionMarkdown = process.processIntroduction.map { commonMark($0, HeadingLevel.sectionIntroduction) }
        if let first = statistics.firstDate, let last = statistics.lastDate {
            period = Wording.period(from: first, to: last)
        } else {
            period = ""
        }
        eventCount = statistics.eventCount
        eventCountText = Wording.count(statistics.eventCount, "moment", "momenten")
        plannedCountText = statistics.plannedCount > 0 ? Wording.count(statistics.plannedCount, "moment", "momenten") : nil
        kindCounts = statistics.countsByKind.map {
            KindCountView(kindKey: $0.kind.rawValue, label: $0.count == 1 ? $0.kind.label : $0.kind.pluralLabel, count: $0.count)
        }
        hasParticipants = statistics.eventsWithParticipants > 0
        let approximate = statistics.participantsApproximate
        participantsTotal = (approximate > 0 ? "ca. " : "") + Wording.number(statistics.participantsTotal)
        participantsExact = Wording.number(statistics.participantsTotal - approximate)
        participantsApproximate = approximate > 0 ? "ca. " + Wording.number(approximate) : nil
        participantsEventsText = Wording.count(statistics.eventsWithParticipants, "moment", "momenten")
        let withoutCount = statistics.eventCount - statistics.eventsWithParticipants
        eventsWithoutParticipantsText = withoutCount > 0 ? Wording.count(withoutCount, "moment", "momenten") : nil
        audiencesText = Wording.list(statistics.audiences)

        let kindTotals = Dictionary(statistics.countsByKind.map { ($0.kind, $0.count) }, uniquingKeysWith: +)
        // The figure is drawn on another thread while the events are rendered.
        (timelineFigureHTML, events) = ReportBuilder.concurrently({ TimelineFigure(timeline: timeline).svg }, {
            ProcessReader.concurrentMap(timeline.events) { event in
                let fed = timeline.outcomes(fedBy: event).map(ReportView.link(to:))
                return EventView(
                    anchor: ReportView.anchor(for: event), title: event.title,
                    date: Wording.dates(event.dates), dateISO: event.firstDate.iso,
                    kindKey: event.kind.rawValue, kind: event.kind.label,
                    numberedKind: Wording.numberedKind(event.kind, number: event.number, of: kindTotals[event.kind] ?? 0),
                    location: event.location, participants: event.participants.map(Wording.participants),
                    audiences: event.audiences.isEmpty ? nil : Wording.list(event.audiences),
                    isPlanned: event.status == .gepland,
                    bodyHTML: Markdown.html(from: event.body, topHeadingLevel: HeadingLevel.eventBody),
                    bodyMarkdown: commonMark(event.body, HeadingLevel.eventBody),
                    fedOutcomes: fed, hasFedOutcomes: !fed.isEmpty)
            }
        })

        // (b)
        outcomesIntroductionHTML = process.outcomesIntroduction.map { Markdown.html(from: $0, topHeadingLevel: HeadingLevel.sectionIntroduction) }
        outcomesIntroductionMarkdown = process.outcomesIntroduction.map { commonMark($0, HeadingLevel.sectionIntroduction) }
        outcomes = ProcessReader.concurrentMap(Array(timeline.outcomes.enumerated())) { index, outcome in
            let sources = outcome.sources.compactMap(timeline.event(withID:)).map(ReportView.link(to:))
            let answers = timeline.responses(answering: outcome).map(ReportView.responseLink(to:))
            return OutcomeView(
                anchor: ReportView.anchor(for: outcome), title: outcome.title, number: index + 1,
                bodyHTML: Markdown.html(from: outcome.body, topHeadingLevel: HeadingLevel.outcomeBody),
                bodyMarkdown: commonMark(outcome.body, HeadingLevel.outcomeBody),
                sources: sources, hasSources: !sources.isEmpty,
                answers: answers, isAnswered: !answers.isEmpty, isUnanswered: answers.isEmpty)
        }
        outcomeCount = timeline.outcomes.count
        unansweredCount = timeline.unansweredOutcomes.count
        hasUnanswered = unansweredCount > 0

        // (c)
        responsesIntroductionHTML = process.responsesIntroduction.map { Markdown.html(from: $0, topHeadingLevel: HeadingLevel.sectionIntroduction) }
        responsesIntroductionMarkdown = process.responsesIntroduction.map { commonMark($0, HeadingLevel.sectionIntroduction) }
        responses = ProcessReader.concurrentMap(timeline.responses) { response in
            let answered = response.outcomes.compactMap(timeline.outcome(withID:)).map(ReportView.link(to:))
            return ResponseView(
                anchor: ReportView.anchor(for: response), title: response.title,
                verdict: response.verdict.label, verdictKey: response.verdict.rawValue,
                motivationHTML: response.motivation.map { Markdown.html(from: $0, topHeadingLevel: HeadingLevel.responseBody + 1) },
                motivationMarkdown: response.motivation.map { commonMark($0, HeadingLevel.responseBody + 1) },
                usedIn: response.usedIn, hasUsedIn: !response.usedIn.isEmpty,
                bodyHTML: Markdown.html(from: response.body, topHeadingLevel: HeadingLevel.responseBody),
                bodyMarkdown: commonMark(response.body, HeadingLevel.responseBody),
                answeredOutcomes: answered, hasAnsweredOutcomes: !answered.isEmpty)
        }
        responseCount = timeline.responses.count

        var overview = timeline.outcomes.map { outcome in
            let rows = ReportView.overviewRows(timeline.responses(answering: outcome))
            return OverviewGroupView(outcomeHref: "#" + ReportView.anchor(for: outcome), outcomeLabel: outcome.title,
                                     hasOutcome: true, rowCount: max(rows.count, 1), rows: rows, isUnanswered: rows.isEmpty)
        }
        let knownOutcomes = Set(timeline.outcomes.map(\.id))
        let unattached = timeline.responses.filter { !$0.outcomes.contains(where: knownOutcomes.contains) }
        if !unattached.isEmpty {
            let rows = ReportView.overviewRows(unattached)
            overview.append(OverviewGroupView(outcomeHref: "", outcomeLabel: "", hasOutcome: false,
                                              rowCount: rows.count, rows: rows, isUnanswered: false))
        }
        self.overview = overview
        hasOverview = !overview.isEmpty
    }

    static func anchor(for event: Event) -> String { "gebeurtenis-" + event.id }
    static func anchor(for outcome: Outcome) -> String { "uitkomst-" + outcome.id }
    static func anchor(for response: Response) -> String { "reactie-" + response.id }

    private static func link(to event: Event) -> LinkView {
        LinkView(href: "#" + anchor(for: event), label: event.title, detail: Wording.dates(event.dates))
    }

    private static func link(to outcome: Outcome) -> LinkView {
        LinkView(href: "#" + anchor(for: outcome), label: outcome.title, detail: nil)
    }

    private static func responseLink(to response: Response) -> ResponseLinkView {
        ResponseLinkView(href: "#" + anchor(for: response), label: response.title,
                         verdict: response.verdict.label, verdictKey: response.verdict.rawValue)
    }

    private static func overviewRows(_ responses: [Response]) -> [OverviewRowView] {
        responses.enumerated().map { index, response in
            OverviewRowView(isFirst: index == 0, responseHref: "#" + anchor(for: response), responseLabel: response.title,
                            verdict: response.verdict.label, verdictKey: response.verdict.rawValue)
        }
    }

    // MARK: Headings of proces.md

    /// Ids that the shipped templates use themselves; a heading never takes one of them.
    static let reservedAnchors: Set<String> = [
        "inhoud", "inhoudsopgave", "titelblad", "concept", "waarschuwingen", "proces", "cijfers", "tijdlijn",
        "momenten", "uitkomsten", "reacties", "overzicht", "verantwoording", TimelineFigure.titleID, TimelineFigure.descriptionID,
    ]

    /// Prefixes of the ids of events, outcomes and responses; a heading's id never starts with one.
    static let reservedPrefixes = ["gebeurtenis-", "uitkomst-", "reactie-"]

    /// Gives every `<h2>` of a cmark fragment an id and returns the headings for the table of contents.
    ///
    /// Safe cmark output contains no raw HTML, so every `<h2>` in it is a heading that cmark made.
    static func anchoringHeadings(in html: String) -> (html: String, headings: [HeadingView]) {
        var result = ""
        var headings: [HeadingView] = []
        var used = reservedAnchors
        var rest = Substring(html)
        while let open = rest.firstRange(of: "<h2>"), let close = rest[open.upperBound...].firstRange(of: "</h2>") {
            let inner = rest[open.upperBound..<close.lowerBound]
            let label = plainText(fromHTML: String(inner))
            var anchor = slug(label)
            if reservedPrefixes.contains(where: anchor.hasPrefix) { anchor = "kop-" + anchor }
            if used.contains(anchor) {
                var counter = 2
                while used.contains(anchor + "-\(counter)") { counter += 1 }
                anchor += "-\(counter)"
            }
            used.insert(anchor)
            headings.append(HeadingView(anchor: anchor, label: label))
            result += rest[..<open.lowerBound] + "<h2 id=\"\(anchor)\">" + inner + "</h2>"
            rest = rest[close.upperBound...]
        }
        result += rest
        return (result, headings)
    }

    /// The text of an HTML fragment: tags dropped, the entities cmark writes (`&lt;`, `&gt;`, `&quot;`,
    /// `&amp;`) decoded.
    static func plainText(fromHTML html: String) -> String {
        var text = ""
        var inTag = false
        let scalars = html.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            index = scalars.index(after: index)
            switch scalar {
            case "<":
                inTag = true
            case ">":
                inTag = false
            case _ where inTag:
                continue
            case "&":
                let rest = html.unicodeScalars[index...]
                if let entity = entities.first(where: { rest.starts(with: $0.name.unicodeScalars) }) {
                    text.unicodeScalars.append(entity.scalar)
                    index = scalars.index(index, offsetBy: entity.name.unicodeScalars.count)
                } else {
                    text.unicodeScalars.append(scalar)
                }
            default:
                text.unicodeScalars.append(scalar)
            }
        }
        return text
    }

    /// The entities cmark writes, without their `&`.
    private static let entities: [(name: String, scalar: Unicode.Scalar)] = [
        ("lt;", "<"), ("gt;", ">"), ("quot;", "\""), ("amp;", "&"),
    ]

    /// "Formele procedure" → "formele-procedure"; accents are dropped, other characters become dashes.
    static func slug(_ text: String) -> String {
        var result = ""
        var pendingDash = false
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingDash, !result.isEmpty { result += "-" }
                pendingDash = false
                result += String(scalar).lowercased()
            } else {
                pendingDash = true
            }
        }
        return result.isEmpty ? "kop" : result
    }
}
