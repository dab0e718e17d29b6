import ParticipatieModel
import ParticipatieReading

/// The open-data view of a process: the whole ``Timeline`` as JSON, keys as in the files.
///
/// The schema is documented in `docs/export.md`. Key order is fixed, dates are ISO strings
/// (`2023-07` for a month), and the same input always gives the same bytes.
public enum TimelineExporter {
    /// Version of the export schema; raised when a key changes meaning or disappears.
    public static let schemaVersion = 2

    /// The JSON text of `timeline` and its `attachments` (the files of `bijlagen/`), ending in a line feed.
    public static func json(_ timeline: Timeline, attachments: [Attachment] = []) -> String {
        value(timeline, attachments: attachments).serialized() + "\n"
    }

    /// The JSON value of `timeline` and its `attachments`, before it is written out.
    public static func value(_ timeline: Timeline, attachments: [Attachment] = []) -> JSONValue {
        .object([
            ("schema", .number(schemaVersion)),
            ("proces", process(timeline.process)),
            ("gebeurtenissen", .array(timeline.events.map { event($0, in: timeline) })),
            ("uitkomsten", .array(timeline.outcomes.map { outcome($0, in: timeline) })),
            ("reacties", .array(timeline.responses.map(response))),
            (
                "bijlagen",
                .array(
                    attachments.map {
                        .object([("naam", .string($0.name)), ("bestand", .string($0.path)), ("grootte", .number($0.size))])
                    })
            ),
            ("statistiek", statistics(timeline.statistics)),
        ])
    }

    /// The word for how a count was qualified, as the export writes it.
    static func qualifierName(_ qualifier: Count.Qualifier) -> String {
        switch qualifier {
        case .exact: "exact"
        case .estimate: "schatting"
        case .atLeast: "ondergrens"
        case .almost: "bijna"
        case .range: "bereik"
        }
    }

    private static func count(_ count: Count?) -> JSONValue {
        guard let count else { return .null }
        return .object([
            ("tekst", .string(count.text)),
            ("soort", .string(qualifierName(count.qualifier))),
            ("minimum", .number(count.lower)),
            ("maximum", count.upper.map(JSONValue.number) ?? .null),
        ])
    }

    private static func total(_ total: CountTotal) -> JSONValue {
        .object([
            ("gebeurtenissen-met-aantal", .number(total.eventCount)),
            ("exact", .number(total.exact)),
            ("minimum", .number(total.lower)),
            ("maximum", total.upper.map(JSONValue.number) ?? .null),
            ("met-schattingen", .bool(total.hasEstimate)),
        ])
    }

    private static func process(_ process: ProcessDescription) -> JSONValue {
        .object([
            ("bestand", .string(process.file)),
            ("titel", .string(process.title)),
            ("gemeente", .array(process.municipalities.map(JSONValue.string))),
            ("bestuursorgaan", .string(process.governingBody)),
            ("participatieniveau", .string(process.level.rawValue)),
            ("verordening", .string(process.regulation)),
            ("participatieplan", .optional(process.participationPlan?.iso)),
            ("status", .string(process.status.rawValue)),
            ("versie", .string(process.version)),
            ("datum", .optional(process.reportDate?.iso)),
            ("initiatiefnemer", .optional(process.initiator)),
            ("oordeel-gemeente", .optional(process.municipalAssessment)),
            (
                "soorten",
                .array(
                    process.kinds.map {
                        .object([("id", .string($0.id)), ("naam", .string($0.label)), ("meervoud", .string($0.pluralLabel))])
                    })
            ),
            (
                "fasen",
                .array(
                    process.phases.map {
                        .object([
                            ("naam", .string($0.name)), ("van", .string($0.start.iso)), ("tot", .string($0.end.iso)),
                            ("participatieniveau", .string($0.level.rawValue)),
                        ])
                    })
            ),
            ("toelichting-proces", .optional(process.processIntroduction)),
            ("toelichting-uitkomsten", .optional(process.outcomesIntroduction)),
            ("toelichting-reacties", .optional(process.responsesIntroduction)),
            ("tekst", .string(process.body)),
        ])
    }

    private static func event(_ event: Event, in timeline: Timeline) -> JSONValue {
        .object([
            ("id", .string(event.id)),
            ("bestand", .string(event.file)),
            ("soort", .string(event.kind.id)),
            ("reeks", .optional(event.series)),
            ("nummer", .number(event.number)),
            ("nummer-opgegeven", .bool(event.officialNumber != nil)),
            ("titel", .string(event.title)),
            ("datum", .array(event.dates.map { .string($0.iso) })),
            ("tijd", .optional(event.time?.iso)),
            ("fase", .optional(event.phase)),
            ("locatie", .optional(event.location)),
            ("online", .bool(event.isOnline)),
            ("link", .optional(event.link)),
            ("deelnemers", count(event.participants)),
            ("reacties", count(event.reactions)),
            ("doelgroepen", .array(event.audiences.map(JSONValue.string))),
            ("besluitvormer", .optional(event.decisionMaker)),
            ("status", .string(event.status.rawValue)),
            ("bijlagen", .array(event.attachments.map(JSONValue.string))),
            ("uitkomsten", .array(timeline.outcomes(fedBy: event).map { .string($0.id) })),
            ("tekst", .string(event.body)),
        ])
    }

    private static func outcome(_ outcome: Outcome, in timeline: Timeline) -> JSONValue {
        .object([
            ("id", .string(outcome.id)),
            ("bestand", .string(outcome.file)),
            ("titel", .string(outcome.title)),
            ("volgorde", .number(outcome.order)),
            ("bronnen", .array(outcome.sources.map(JSONValue.string))),
            ("bronnen-vermeld", .bool(!outcome.sourcesNotStated)),
            ("reacties", .array(timeline.responses(answering: outcome).map { .string($0.id) })),
            ("tekst", .string(outcome.body)),
        ])
    }

    private static func response(_ response: Response) -> JSONValue {
        .object([
            ("id", .string(response.id)),
            ("bestand", .string(response.file)),
            ("titel", .string(response.title)),
            ("volgorde", response.order.map(JSONValue.number) ?? .null),
            ("uitkomsten", .array(response.outcomes.map(JSONValue.string))),
            ("uitkomsten-vermeld", .bool(!response.outcomesNotStated)),
            ("besluit", .string(response.verdict.rawValue)),
            ("motivering", .optional(response.motivation)),
            ("verwerkt-in", .array(response.usedIn.map(JSONValue.string))),
            ("tekst", .string(response.body)),
        ])
    }

    private static func statistics(_ statistics: Statistics) -> JSONValue {
        .object([
            ("aantal-gebeurtenissen", .number(statistics.eventCount)),
            ("per-soort", .object(statistics.countsByKind.map { ($0.kind.id, .number($0.count)) })),
            ("deelnemers", total(statistics.participants)),
            ("reacties", total(statistics.reactions)),
            ("doelgroepen", .array(statistics.audiences.map(JSONValue.string))),
            ("eerste-datum", .optional(statistics.firstDate?.iso)),
            ("laatste-datum", .optional(statistics.lastDate?.iso)),
            ("afgerond", .number(statistics.heldCount)),
            ("gepland", .number(statistics.plannedCount)),
        ])
    }
}
