import MustacheEngine
import ParticipatieModel
import ParticipatieReading

/// What the report templates see: ready-to-print Dutch strings, counts and flags, with every
/// Markdown text already rendered by ``Markdown`` (`…HTML` for the HTML report, `…Markdown` for the
/// Markdown report). Templates read them through ``TemplateObject``.
///
/// The property names are the template variables documented in `docs/sjablonen.md`. Optional values
/// have names used nowhere else, because a missing value is looked up in the enclosing
/// sections. Anchors (`gebeurtenis-…`, `uitkomst-…`, `reactie-…`) are made here, so links always match.
struct ReportView: Sendable {
    // Title block
    let title: String
    /// "Enschede", or "Hof van Twente en Enschede".
    let municipality: String
    let hasSeveralMunicipalities: Bool
    let governingBody: String
    /// Who leads the process and answers in section (c) (`initiatiefnemer`).
    let initiator: String?
    let isInitiatorLed: Bool
    /// The date of the report, "30 juni 2023".
    let reportDate: String?
    let level: String
    let regulation: String
    let participationPlanDate: String?
    let status: String
    let isConcept: Bool
    let isFinal: Bool
    /// `versie`; `nil` when `proces.md` has none, so the report leaves the line out.
    let version: String?
    let fingerprint: String
    let fingerprintShort: String
    /// The version of libcmark the texts were rendered with, e.g. "0.30.2".
    let cmarkVersion: String
    let processFileCount: Int
    let templateFileCount: Int

    // Warnings (only in a concept report)
    let warnings: [DiagnosticView]
    let hasWarnings: Bool
    let warningCount: Int

    // Introduction and formal procedure (proces.md)
    let introductionHTML: String
    let introductionMarkdown: String
    let introductionHeadings: [HeadingView]

    // (a) The process
    let processIntroductionHTML: String?
    let processIntroductionMarkdown: String?
    let period: String
    let eventCount: Int
    let eventCountText: String
    let plannedCountText: String?
    let kindCounts: [KindCountView]
    let hasParticipants: Bool
    let participantsTotal: String
    let participantsExact: String
    /// The part of the total that is not counted exactly, when the total also has an exact part.
    let participantsApproximate: String?
    let participantsEventsText: String
    let eventsWithoutParticipantsText: String?
    /// Whether the people present were counted at more than one event, so the same people may be counted twice.
    let participantsAtSeveralEvents: Bool
    let hasReactions: Bool
    let reactionsTotal: String
    let reactionsExact: String
    let reactionsApproximate: String?
    let reactionsEventsText: String
    let reactionsAtSeveralEvents: Bool
    let audiencesText: String
    let timelineFigureHTML: String
    let events: [EventView]
    let hasPhases: Bool
    let phases: [PhaseView]

    // (b) Outcomes
    let outcomesIntroductionHTML: String?
    let outcomesIntroductionMarkdown: String?
    let outcomes: [OutcomeView]
    let outcomeCount: Int
    let unansweredCount: Int
    let hasUnanswered: Bool

    // (c) Responses
    let responsesIntroductionHTML: String?
    let responsesIntroductionMarkdown: String?
    let responses: [ResponseView]
    let responseCount: Int
    let overview: [OverviewGroupView]
    let hasOverview: Bool
    /// `oordeel-gemeente` of an initiator's process.
    let municipalAssessmentHTML: String?
    let municipalAssessmentMarkdown: String?

    // Changes since an earlier version (`build --sinds`)
    let hasComparison: Bool
    /// "versie 1.0", or "revisie 1a2b3c4" when that version has no `versie`.
    let comparisonLabel: String
    /// "1a2b3c4".
    let comparisonRevision: String
    let hasChanges: Bool
    let changeGroups: [ChangeGroupView]

    // Closing section: what was checked
    /// Every check that ran, in order: article 5, personal data, the level's promises.
    let checks: [CheckView]
    let allChecksMet: Bool
    /// Texts with personal data that `openbaar` allows, with the reason.
    let publicTexts: [PublicTextView]
    let hasPublicTexts: Bool

    /// A warning shown in a concept report.
    struct DiagnosticView: Sendable {
        /// `process/uitkomsten/x.md:1:1`.
        let position: String
        let severity: String
        let message: String
        /// The whole line as the command prints it.
        let text: String
    }

    /// A second-level heading of `proces.md`, for the table of contents.
    struct HeadingView: Sendable {
        let anchor: String
        let label: String
    }

    /// How many events of one kind there were.
    struct KindCountView: Sendable {
        let kindKey: String
        /// "bijeenkomsten" or, for one, "enquête".
        let label: String
        let count: Int
    }

    /// A link to an event, outcome or response.
    struct LinkView: Sendable {
        let href: String
        let label: String
        /// The date of an event; `nil` for outcomes and responses.
        let detail: String?
    }

    /// One phase of the process, with its events.
    struct PhaseView: Sendable {
        let anchor: String
        let name: String
        /// 1-based.
        let number: Int
        /// "maart 2024 tot en met juni 2024".
        let period: String
        let level: String
        let eventCountText: String
        let events: [EventView]
        let hasEvents: Bool
    }

    /// One moment of the process.
    ///
    /// A class, not a struct: a list of ten thousand is handed to the template engine as objects more
    /// than once, and a class instance is boxed by reference instead of copied field by field.
    final class EventView: Sendable {
        let anchor: String
        let title: String
        /// "4 juli 2022", "juli 2023", "2022", "13, 17, 18 en 24 april 2023".
        let date: String
        /// ISO date of the first day, e.g. `2022-07-04`.
        let dateISO: String
        /// "19.30 uur".
        let time: String?
        let kindKey: String
        /// "bijeenkomst".
        let kind: String
        /// "2e bijeenkomst"; just "enquête" when the process has only one; with a series
        /// "bijeenkomst, 2e in de reeks …"; with a number from the file "…, nr. 24 in de reeks …".
        let numberedKind: String
        /// "2e" or "nr. 24".
        let numberLabel: String
        let series: String?
        let phase: String?
        let location: String?
        let isOnline: Bool
        /// `https://…`.
        let link: String?
        /// "ca. 60", "1.060" or "80 à 100", as written.
        let participants: String?
        /// "meer dan 1.400", as written.
        let reactions: String?
        let audiences: String?
        let decisionMaker: String?
        let attachments: [LinkView]
        let hasAttachments: Bool
        let isPlanned: Bool
        let bodyHTML: String
        let bodyMarkdown: String
        /// The outcomes this event fed.
        let fedOutcomes: [LinkView]
        let hasFedOutcomes: Bool
        /// For a decision: the outcomes it adopts (`neemt-over`).
        let adoptedOutcomes: [LinkView]
        let hasAdoptedOutcomes: Bool

        init(
            anchor: String, title: String, date: String, dateISO: String, time: String?, kindKey: String, kind: String, numberedKind: String,
            numberLabel: String, series: String?, phase: String?, location: String?, isOnline: Bool, link: String?, participants: String?,
            reactions: String?, audiences: String?, decisionMaker: String?, attachments: [LinkView], hasAttachments: Bool, isPlanned: Bool,
            bodyHTML: String, bodyMarkdown: String, fedOutcomes: [LinkView], hasFedOutcomes: Bool, adoptedOutcomes: [LinkView],
            hasAdoptedOutcomes: Bool
        ) {
            self.anchor = anchor
            self.title = title
            self.date = date
            self.dateISO = dateISO
            self.time = time
            self.kindKey = kindKey
            self.kind = kind
            self.numberedKind = numberedKind
            self.numberLabel = numberLabel
            self.series = series
            self.phase = phase
            self.location = location
            self.isOnline = isOnline
            self.link = link
            self.participants = participants
            self.reactions = reactions
            self.audiences = audiences
            self.decisionMaker = decisionMaker
            self.attachments = attachments
            self.hasAttachments = hasAttachments
            self.isPlanned = isPlanned
            self.bodyHTML = bodyHTML
            self.bodyMarkdown = bodyMarkdown
            self.fedOutcomes = fedOutcomes
            self.hasFedOutcomes = hasFedOutcomes
            self.adoptedOutcomes = adoptedOutcomes
            self.hasAdoptedOutcomes = hasAdoptedOutcomes
        }
    }

    /// One main outcome.
    struct OutcomeView: Sendable {
        let anchor: String
        let title: String
        /// 1-based position in section (b).
        let number: Int
        let bodyHTML: String
        let bodyMarkdown: String
        let sources: [LinkView]
        let hasSources: Bool
        /// `bronnen: niet-vermeld`.
        let sourcesNotStated: Bool
        let answers: [ResponseLinkView]
        let isAnswered: Bool
        let isUnanswered: Bool
        /// No response names the outcome, and some response does not say which outcomes it answers.
        let answerNotStated: Bool
    }

    /// A link to a response, with its verdict.
    struct ResponseLinkView: Sendable {
        let href: String
        let label: String
        let verdict: String
        let verdictKey: String
    }

    /// The municipality's response to one or more outcomes.
    struct ResponseView: Sendable {
        let anchor: String
        let title: String
        let verdict: String
        let verdictKey: String
        let motivationHTML: String?
        let motivationMarkdown: String?
        let usedIn: [String]
        let hasUsedIn: Bool
        let bodyHTML: String
        let bodyMarkdown: String
        let answeredOutcomes: [LinkView]
        let hasAnsweredOutcomes: Bool
        /// `uitkomsten: niet-vermeld`.
        let outcomesNotStated: Bool
    }

    /// The revision a report compares with, and what changed since.
    struct Comparison: Sendable {
        /// "1a2b3c4".
        let revision: String
        let commit: String
        /// `versie` at that revision; empty when it had none.
        let version: String
        let changes: ProcessChanges
    }

    /// The changes of one kind of item (events, outcomes, responses, the process itself).
    struct ChangeGroupView: Sendable {
        /// "Gebeurtenissen".
        let title: String
        let changes: [ChangeView]
    }

    /// One item that was added, removed or changed.
    struct ChangeView: Sendable {
        /// "toegevoegd", "verwijderd" or "gewijzigd".
        let kind: String
        let kindKey: String
        /// The title of the item (or of the process).
        let label: String
        /// A link to the item in this report; `nil` for what was removed.
        let changeHref: String?
        /// "datum en tekst gewijzigd; hernoemd (was 2024-02-01-start.md)" (kan ontbreken).
        let changeDetail: String?
    }

    /// One check of the closing section and its outcome.
    struct CheckView: Sendable {
        /// "Artikel 5", "Persoonsgegevens", "Participatieniveau coproduceren".
        let group: String
        let label: String
        let isMet: Bool
        /// "in orde" or "niet in orde".
        let outcome: String
        let detail: String?
    }

    /// A text that may be published although it holds personal data.
    struct PublicTextView: Sendable {
        let text: String
        let reason: String
        /// "1 keer".
        let occurrences: String
    }

    /// One outcome in the overview table, with the rows of its responses.
    struct OverviewGroupView: Sendable {
        /// Empty for the group of responses that answer no outcome.
        let outcomeHref: String
        let outcomeLabel: String
        let hasOutcome: Bool
        let rowCount: Int
        let rows: [OverviewRowView]
        let isUnanswered: Bool
        /// No response names the outcome, and some response does not say which outcomes it answers.
        let answerNotStated: Bool
        /// The group of responses that do not say which outcomes they answer.
        let outcomesNotStated: Bool
    }

    /// One response in the overview table.
    struct OverviewRowView: Sendable {
        let isFirst: Bool
        let responseHref: String
        let responseLabel: String
        let verdict: String
        let verdictKey: String
    }

    /// Every stored property name above, at any depth: the names templates may use.
    /// A test compares this list with what `Mirror` finds, so it cannot go stale.
    static let templateVariables: Set<String> = [
        "adoptedOutcomes", "allChecksMet", "anchor", "answerNotStated", "answeredOutcomes", "answers", "attachments", "audiences",
        "audiencesText", "bodyHTML", "bodyMarkdown", "changeDetail", "changeGroups", "changeHref", "changes", "checks", "cmarkVersion",
        "comparisonLabel", "comparisonRevision", "count", "date", "dateISO", "decisionMaker", "detail", "eventCount", "eventCountText",
        "events", "eventsWithoutParticipantsText", "fedOutcomes", "fingerprint", "fingerprintShort", "governingBody", "group",
        "hasAdoptedOutcomes", "hasAnsweredOutcomes", "hasAttachments", "hasChanges", "hasComparison", "hasEvents", "hasFedOutcomes",
        "hasOutcome", "hasOverview", "hasParticipants", "hasPhases", "hasPublicTexts", "hasReactions", "hasSeveralMunicipalities",
        "hasSources", "hasUnanswered", "hasUsedIn", "hasWarnings", "href", "initiator", "introductionHTML", "introductionHeadings",
        "introductionMarkdown", "isAnswered", "isConcept", "isFinal", "isFirst", "isInitiatorLed", "isMet", "isOnline", "isPlanned",
        "isUnanswered", "kind", "kindCounts", "kindKey", "label", "level", "link", "location", "message", "motivationHTML",
        "motivationMarkdown", "municipalAssessmentHTML", "municipalAssessmentMarkdown", "municipality", "name", "number", "numberLabel",
        "numberedKind", "occurrences", "outcome", "outcomeCount", "outcomeHref", "outcomeLabel", "outcomes", "outcomesIntroductionHTML",
        "outcomesIntroductionMarkdown", "outcomesNotStated", "overview", "participants", "participantsApproximate",
        "participantsAtSeveralEvents", "participantsEventsText", "participantsExact", "participantsTotal", "participationPlanDate",
        "period", "phase", "phases", "plannedCountText", "position", "processFileCount", "processIntroductionHTML",
        "processIntroductionMarkdown", "publicTexts", "reactions", "reactionsApproximate", "reactionsAtSeveralEvents",
        "reactionsEventsText", "reactionsExact", "reactionsTotal", "reason", "regulation", "reportDate", "responseCount", "responseHref",
        "responseLabel", "responses", "responsesIntroductionHTML", "responsesIntroductionMarkdown", "rowCount", "rows", "series",
        "severity", "sources", "sourcesNotStated", "status", "templateFileCount", "text", "time", "timelineFigureHTML", "title",
        "unansweredCount", "usedIn", "verdict", "verdictKey", "version", "warningCount", "warnings",
    ]
}
