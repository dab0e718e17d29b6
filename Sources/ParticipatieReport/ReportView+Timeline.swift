import CommonMark
import Foundation
import ParticipatieModel
import ParticipatieReading

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

    /// The view of `timeline`, made in one go: see ``items(of:texts:)`` and ``init(timeline:warnings:fingerprint:processFileCount:templateFileCount:texts:items:)``.
    static func make(
        timeline: Timeline, checks: CheckResults, warnings: [Diagnostic], fingerprint: Fingerprint, processFileCount: Int,
        templateFileCount: Int, includesMarkdown: Bool = true, comparison: Comparison? = nil
    ) async -> ReportView {
        let texts = Texts(includesMarkdown: includesMarkdown)
        return ReportView(
            timeline: timeline, checks: checks, warnings: warnings, fingerprint: fingerprint, processFileCount: processFileCount,
            templateFileCount: templateFileCount, texts: texts, items: await items(of: timeline, texts: texts), comparison: comparison)
    }

    /// The parts of the view that take time: every event, outcome and response with its texts rendered,
    /// in parallel tasks, and the timeline figure, drawn meanwhile.
    struct Items: Sendable {
        let events: [EventView]
        let outcomes: [OutcomeView]
        let responses: [ResponseView]
        let timelineFigureHTML: String
    }

    /// Renders the ``Items`` of `timeline`.
    static func items(of timeline: Timeline, texts: Texts) async -> Items {
        async let figure = TimelineFigure(timeline: timeline).svg
        let events = await Parallel.map(timeline.events) { event in eventView(event, in: timeline, texts: texts) }
        let outcomes = await Parallel.map(Array(timeline.outcomes.enumerated())) { index, outcome in
            outcomeView(outcome, number: index + 1, in: timeline, texts: texts)
        }
        let responses = await Parallel.map(timeline.responses) { responseView($0, in: timeline, texts: texts) }
        return Items(events: events, outcomes: outcomes, responses: responses, timelineFigureHTML: await figure)
    }

    /// How Markdown texts are rendered for the two formats.
    struct Texts: Sendable {
        let includesMarkdown: Bool

        func html(_ markdown: String, _ level: Int) -> String {
            Markdown.html(from: markdown, topHeadingLevel: level)
        }

        func commonMark(_ markdown: String, _ level: Int) -> String {
            includesMarkdown ? Markdown.safeCommonMark(from: markdown, topHeadingLevel: level) : ""
        }
    }

    /// The view of `timeline` with its rendered `items`. `warnings` are shown only while the process is
    /// a concept; their file names should already be the ones a reader of the report recognises
    /// (`process/…`). Without `texts.includesMarkdown` every `…Markdown` value is empty (no template
    /// that is rendered uses them).
    init(
        timeline: Timeline, checks: CheckResults, warnings: [Diagnostic], fingerprint: Fingerprint, processFileCount: Int,
        templateFileCount: Int, texts: Texts, items: Items, comparison: Comparison? = nil
    ) {
        let process = timeline.process
        let statistics = timeline.statistics
        title = process.title
        municipality = ReportWording.list(process.municipalities)
        hasSeveralMunicipalities = process.municipalities.count > 1
        governingBody = process.governingBody
        initiator = process.initiator
        isInitiatorLed = process.initiator != nil
        reportDate = process.reportDate.map(ReportWording.date)
        level = ReportWording.levelLabel(process.level)
        regulation = process.regulation
        participationPlanDate = process.participationPlan.map(ReportWording.date)
        status = ReportWording.reportStatusLabel(process.status)
        isConcept = process.status == .concept
        isFinal = process.status == .definitief
        version = process.version.isEmpty ? nil : process.version
        self.fingerprint = fingerprint.value
        fingerprintShort = fingerprint.short
        cmarkVersion = Markdown.libraryVersion
        self.processFileCount = processFileCount
        self.templateFileCount = templateFileCount

        let shown = isConcept ? warnings : []
        self.warnings = shown.map {
            DiagnosticView(
                position: "\($0.file):\($0.line):\($0.column)", severity: $0.severity.rawValue,
                message: $0.message, text: $0.description)
        }
        hasWarnings = !shown.isEmpty
        warningCount = shown.count

        let introduction = ReportView.introduction(process.body)
        introductionHTML = introduction.html
        introductionHeadings = introduction.headings
        introductionMarkdown = texts.commonMark(process.body, HeadingLevel.introduction)

        // (a)
        processIntroductionHTML = process.processIntroduction.map { texts.html($0, HeadingLevel.sectionIntroduction) }
        processIntroductionMarkdown = process.processIntroduction.map { texts.commonMark($0, HeadingLevel.sectionIntroduction) }
        if let first = statistics.firstDate, let last = statistics.lastDate {
            period = ReportWording.period(from: first, to: last)
        } else {
            period = ""
        }
        eventCount = statistics.eventCount
        eventCountText = ReportWording.count(statistics.eventCount, "moment", "momenten")
        plannedCountText = statistics.plannedCount > 0 ? ReportWording.count(statistics.plannedCount, "moment", "momenten") : nil
        kindCounts = statistics.countsByKind.map {
            KindCountView(kindKey: $0.kind.id, label: $0.count == 1 ? $0.kind.label : $0.kind.pluralLabel, count: $0.count)
        }
        let participants = statistics.participants
        hasParticipants = participants.eventCount > 0
        participantsTotal = ReportWording.total(participants)
        participantsExact = ReportWording.number(participants.exact)
        // The split into counted and not counted only when the total has both.
        participantsApproximate = participants.exact > 0 ? ReportWording.inexactPart(participants) : nil
        participantsEventsText = ReportWording.count(participants.eventCount, "moment", "momenten")
        let withoutCount = statistics.eventCount - participants.eventCount
        eventsWithoutParticipantsText = withoutCount > 0 ? ReportWording.count(withoutCount, "moment", "momenten") : nil
        participantsAtSeveralEvents = participants.eventCount > 1
        let reactions = statistics.reactions
        hasReactions = reactions.eventCount > 0
        reactionsTotal = ReportWording.total(reactions)
        reactionsExact = ReportWording.number(reactions.exact)
        reactionsApproximate = reactions.exact > 0 ? ReportWording.inexactPart(reactions) : nil
        reactionsEventsText = ReportWording.count(reactions.eventCount, "moment", "momenten")
        reactionsAtSeveralEvents = reactions.eventCount > 1
        audiencesText = ReportWording.list(statistics.audiences)
        timelineFigureHTML = items.timelineFigureHTML
        events = items.events
        hasPhases = !process.phases.isEmpty
        phases = process.phases.enumerated().map { index, phase in
            let phaseEvents = items.events.filter { $0.phase == phase.name }
            return PhaseView(
                anchor: ReportView.anchor(forPhase: index + 1), name: phase.name, number: index + 1,
                period: ReportWording.period(from: phase.start, to: phase.end), level: ReportWording.levelLabel(phase.level),
                eventCountText: ReportWording.count(phaseEvents.count, "moment", "momenten"), events: phaseEvents,
                hasEvents: !phaseEvents.isEmpty)
        }

        // (b)
        outcomesIntroductionHTML = process.outcomesIntroduction.map { texts.html($0, HeadingLevel.sectionIntroduction) }
        outcomesIntroductionMarkdown = process.outcomesIntroduction.map { texts.commonMark($0, HeadingLevel.sectionIntroduction) }
        outcomes = items.outcomes
        outcomeCount = timeline.outcomes.count
        unansweredCount = timeline.unansweredOutcomes.count
        hasUnanswered = unansweredCount > 0

        // (c)
        responsesIntroductionHTML = process.responsesIntroduction.map { texts.html($0, HeadingLevel.sectionIntroduction) }
        responsesIntroductionMarkdown = process.responsesIntroduction.map { texts.commonMark($0, HeadingLevel.sectionIntroduction) }
        responses = items.responses
        responseCount = timeline.responses.count

        let notStated = timeline.responsesWithUnstatedOutcomes
        var overview = timeline.outcomes.map { outcome in
            let rows = ReportView.overviewRows(timeline.responses(answering: outcome))
            return OverviewGroupView(
                outcomeHref: "#" + ReportView.anchor(for: outcome), outcomeLabel: outcome.title,
                hasOutcome: true, rowCount: max(rows.count, 1), rows: rows, isUnanswered: rows.isEmpty && !notStated,
                answerNotStated: rows.isEmpty && notStated, outcomesNotStated: false)
        }
        let knownOutcomes = Set(timeline.outcomes.map(\.id))
        let unattached = timeline.responses.filter { !$0.outcomes.contains(where: knownOutcomes.contains) }
        // Responses that do not say which outcomes they answer, and those that answer none, in groups of their own.
        for group in [unattached.filter(\.outcomesNotStated), unattached.filter { !$0.outcomesNotStated }] where !group.isEmpty {
            let rows = ReportView.overviewRows(group)
            overview.append(
                OverviewGroupView(
                    outcomeHref: "", outcomeLabel: "", hasOutcome: false,
                    rowCount: rows.count, rows: rows, isUnanswered: false, answerNotStated: false,
                    outcomesNotStated: group[0].outcomesNotStated))
        }
        self.overview = overview
        hasOverview = !overview.isEmpty
        municipalAssessmentHTML = process.municipalAssessment.map { texts.html($0, HeadingLevel.sectionIntroduction) }
        municipalAssessmentMarkdown = process.municipalAssessment.map { texts.commonMark($0, HeadingLevel.sectionIntroduction) }

        // Changes since an earlier version
        hasComparison = comparison != nil
        comparisonLabel = comparison.map { ReportWording.comparisonLabel(version: $0.version, revision: $0.revision) } ?? ""
        comparisonRevision = comparison?.revision ?? ""
        changeGroups = comparison.map { ReportView.changeGroups($0.changes, in: timeline) } ?? []
        hasChanges = !changeGroups.isEmpty

        // What was checked
        self.checks = ReportView.checkViews(timeline: timeline, checks: checks)
        allChecksMet = self.checks.allSatisfy(\.isMet)
        publicTexts = checks.privacy.allowed.map {
            PublicTextView(text: $0.text.text, reason: $0.text.reason, occurrences: ReportWording.count($0.occurrences, "keer", "keer"))
        }
        hasPublicTexts = !publicTexts.isEmpty
    }

    /// The changes since an earlier version, per kind of item; kinds without changes are left out.
    static func changeGroups(_ changes: ProcessChanges, in timeline: Timeline) -> [ChangeGroupView] {
        func views(_ items: ProcessChanges.ItemChanges, anchor: (String) -> String) -> [ChangeView] {
            items.added.map {
                ChangeView(
                    kind: ReportWording.changeAdded, kindKey: "toegevoegd", label: $0.title, changeHref: "#" + anchor($0.id), changeDetail: nil)
            }
                + items.changed.map {
                    ChangeView(
                        kind: ReportWording.changeChanged, kindKey: "gewijzigd", label: $0.item.title, changeHref: "#" + anchor($0.item.id),
                        changeDetail: ReportWording.changeDetail(fields: $0.fields.map(\.key), previousID: $0.previousID))
                }
                + items.removed.map {
                    ChangeView(kind: ReportWording.changeRemoved, kindKey: "verwijderd", label: $0.title, changeHref: nil, changeDetail: nil)
                }
        }
        var groups: [ChangeGroupView] = []
        if !changes.process.isEmpty {
            groups.append(
                ChangeGroupView(
                    title: ReportWording.changesOfProcess,
                    changes: [
                        ChangeView(
                            kind: ReportWording.changeChanged, kindKey: "gewijzigd", label: timeline.process.title, changeHref: nil,
                            changeDetail: ReportWording.changeDetail(fields: changes.process.map(\.key), previousID: nil))
                    ]))
        }
        for (title, items, prefix) in [
            (ReportWording.changesOfEvents, changes.events, "gebeurtenis-"), (ReportWording.changesOfOutcomes, changes.outcomes, "uitkomst-"),
            (ReportWording.changesOfResponses, changes.responses, "reactie-"),
        ] where !items.isEmpty {
            groups.append(ChangeGroupView(title: title, changes: views(items) { prefix + $0 }))
        }
        return groups
    }

    /// The checks of the closing section, in the order article 5, personal data, the level's promises.
    static func checkViews(timeline: Timeline, checks: CheckResults) -> [CheckView] {
        func view(_ group: String, _ label: String, _ isMet: Bool, _ detail: String?) -> CheckView {
            CheckView(group: group, label: label, isMet: isMet, outcome: ReportWording.checkOutcome(isMet), detail: detail)
        }
        let unanswered = timeline.unansweredOutcomes.count
        let outcomes = timeline.outcomes.count
        let motivated = timeline.responses.filter { $0.verdict != .overgenomen }.count
        var result = [
            view(
                ReportWording.articleFive, ReportWording.articleFiveOverview, !timeline.events.isEmpty,
                ReportWording.count(timeline.events.count, "moment", "momenten")),
            view(
                ReportWording.articleFive, ReportWording.articleFiveOutcomes, outcomes > 0,
                outcomes > 0 ? ReportWording.count(outcomes, "uitkomst", "uitkomsten") : ReportWording.noOutcomesYet),
            view(
                ReportWording.articleFive, ReportWording.articleFiveResponses, unanswered == 0,
                ReportWording.responsesDetail(unanswered: unanswered, outcomes: outcomes, responses: timeline.responses.count)),
            view(
                ReportWording.articleFive, ReportWording.motivationCheck, true,
                motivated > 0 ? ReportWording.count(motivated, "reactie met motivering", "reacties met motivering") : nil),
        ]
        let privacy = checks.privacy
        result.append(
            view(
                ReportWording.privacyGroup, ReportWording.privacyCheck, privacy.findingCount == 0,
                ReportWording.privacyDetail(found: privacy.findingCount, allowed: privacy.allowed.filter { $0.occurrences > 0 }.count)))
        let level = timeline.process.level
        if checks.levelRules.isEmpty {
            result.append(view(ReportWording.levelGroup(level), ReportWording.noLevelRules(level), true, nil))
        }
        for rule in checks.levelRules {
            result.append(
                view(
                    ReportWording.levelGroup(rule.level, phase: rule.phase), ReportWording.levelRuleLabel(rule.rule), rule.isMet,
                    ReportWording.levelRuleDetail(rule, in: timeline)))
        }
        return result
    }

    // MARK: Items

    private static func eventView(_ event: Event, in timeline: Timeline, texts: Texts) -> EventView {
        let fed = timeline.outcomes(fedBy: event).map(ReportView.link(to:))
        let adopted = event.adoptedOutcomes.compactMap(timeline.outcome(withID:)).map(ReportView.link(to:))
        let attachments = event.attachments.map { LinkView(href: attachmentHref($0), label: $0, detail: nil) }
        return EventView(
            anchor: anchor(for: event), title: event.title,
            date: ReportWording.dates(event.dates), dateISO: event.firstDate.iso, time: event.time.map(ReportWording.time),
            kindKey: event.kind.id, kind: event.kind.label,
            numberedKind: ReportWording.numberedKind(event), numberLabel: ReportWording.numberLabel(event),
            series: event.series, phase: event.phase,
            location: event.location, isOnline: event.isOnline, link: event.link,
            participants: event.participants.map(ReportWording.count), reactions: event.reactions.map(ReportWording.count),
            audiences: event.audiences.isEmpty ? nil : ReportWording.list(event.audiences),
            decisionMaker: event.decisionMaker, attachments: attachments, hasAttachments: !attachments.isEmpty,
            isPlanned: event.status == .gepland,
            bodyHTML: texts.html(event.body, HeadingLevel.eventBody),
            bodyMarkdown: texts.commonMark(event.body, HeadingLevel.eventBody),
            fedOutcomes: fed, hasFedOutcomes: !fed.isEmpty,
            adoptedOutcomes: adopted, hasAdoptedOutcomes: !adopted.isEmpty)
    }

    private static func outcomeView(_ outcome: Outcome, number: Int, in timeline: Timeline, texts: Texts) -> OutcomeView {
        let sources = outcome.sources.compactMap(timeline.event(withID:)).map(ReportView.link(to:))
        let answers = timeline.responses(answering: outcome).map(ReportView.responseLink(to:))
        let notStated = answers.isEmpty && timeline.responsesWithUnstatedOutcomes
        return OutcomeView(
            anchor: anchor(for: outcome), title: outcome.title, number: number,
            bodyHTML: texts.html(outcome.body, HeadingLevel.outcomeBody),
            bodyMarkdown: texts.commonMark(outcome.body, HeadingLevel.outcomeBody),
            sources: sources, hasSources: !sources.isEmpty, sourcesNotStated: outcome.sourcesNotStated,
            answers: answers, isAnswered: !answers.isEmpty, isUnanswered: answers.isEmpty && !notStated,
            answerNotStated: notStated)
    }

    private static func responseView(_ response: Response, in timeline: Timeline, texts: Texts) -> ResponseView {
        let answered = response.outcomes.compactMap(timeline.outcome(withID:)).map(ReportView.link(to:))
        return ResponseView(
            anchor: anchor(for: response), title: response.title,
            verdict: response.verdict.label, verdictKey: response.verdict.rawValue,
            motivationHTML: response.motivation.map { texts.html($0, HeadingLevel.responseBody + 1) },
            motivationMarkdown: response.motivation.map { texts.commonMark($0, HeadingLevel.responseBody + 1) },
            usedIn: response.usedIn, hasUsedIn: !response.usedIn.isEmpty,
            bodyHTML: texts.html(response.body, HeadingLevel.responseBody),
            bodyMarkdown: texts.commonMark(response.body, HeadingLevel.responseBody),
            answeredOutcomes: answered, hasAnsweredOutcomes: !answered.isEmpty, outcomesNotStated: response.outcomesNotStated)
    }

    static func anchor(for event: Event) -> String { "gebeurtenis-" + event.id }
    static func anchor(forPhase number: Int) -> String { "fase-\(number)" }
    /// `bijlagen/verslag.pdf`, with every byte outside the characters a path may hold as written
    /// percent-encoded (a space as `%20`).
    static func attachmentHref(_ name: String) -> String {
        FolderScan.attachmentsFolder + "/" + name.addingPercentEncoding(withAllowedCharacters: unreservedCharacters)!
    }
    /// The characters a URL path may hold as they are (RFC 3986 "unreserved"); every other byte of the
    /// UTF-8 is written as `%XX`.
    private static let unreservedCharacters = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~")
    static func anchor(for outcome: Outcome) -> String { "uitkomst-" + outcome.id }
    static func anchor(for response: Response) -> String { "reactie-" + response.id }

    private static func link(to event: Event) -> LinkView {
        LinkView(href: "#" + anchor(for: event), label: event.title, detail: ReportWording.dates(event.dates))
    }

    private static func link(to outcome: Outcome) -> LinkView {
        LinkView(href: "#" + anchor(for: outcome), label: outcome.title, detail: nil)
    }

    private static func responseLink(to response: Response) -> ResponseLinkView {
        ResponseLinkView(
            href: "#" + anchor(for: response), label: response.title,
            verdict: response.verdict.label, verdictKey: response.verdict.rawValue)
    }

    private static func overviewRows(_ responses: [Response]) -> [OverviewRowView] {
        responses.enumerated().map { index, response in
            OverviewRowView(
                isFirst: index == 0, responseHref: "#" + anchor(for: response), responseLabel: response.title,
                verdict: response.verdict.label, verdictKey: response.verdict.rawValue)
        }
    }

    // MARK: Headings of proces.md

    /// Ids that the shipped templates use themselves; a heading never takes one of them.
    static let reservedAnchors: Set<String> = [
        "inhoud", "inhoudsopgave", "titelblad", "concept", "waarschuwingen", "proces", "cijfers", "tijdlijn",
        "momenten", "uitkomsten", "reacties", "overzicht", "oordeel-gemeente", "verantwoording", "controles", "herkomst", "wijzigingen",
        TimelineFigure.titleID,
        TimelineFigure.descriptionID,
    ]

    /// Prefixes of the ids of events, outcomes, responses and phases; a heading's id never starts with one.
    static let reservedPrefixes = ["gebeurtenis-", "uitkomst-", "reactie-", "fase-"]

    /// The introduction of `proces.md` as HTML, every second-level heading with an id, and those
    /// headings for the table of contents, as cmark's tree has them.
    static func introduction(_ markdown: String) -> (html: String, headings: [HeadingView]) {
        var used = reservedAnchors
        let (html, headings) = Markdown.html(
            from: markdown, topHeadingLevel: HeadingLevel.introduction,
            identifyingHeadingsOfLevel: 2
        ) { text in
            var anchor = slug(text)
            if reservedPrefixes.contains(where: anchor.hasPrefix) { anchor = "kop-" + anchor }
            if used.contains(anchor) {
                var counter = 2
                while used.contains(anchor + "-\(counter)") { counter += 1 }
                anchor += "-\(counter)"
            }
            used.insert(anchor)
            return anchor
        }
        return (html, headings.map { HeadingView(anchor: $0.id, label: $0.text) })
    }

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
