import ParticipatieModel
import ParticipatieReading

/// The open-data view of a process: the whole ``Timeline`` as JSON, keys as in the files.
///
/// The schema is documented in `docs/export.md`. Key order is fixed, dates are ISO strings
/// (`2023-07` for a month), and the same input always gives the same bytes.
public enum TimelineExporter {
    /// Version of the export schema; raised when a key changes meaning or disappears.
    public static let schemaVersion = 1

    public static func json(_ timeline: Timeline) -> String {
        value(timeline).serialized() + "\n"
    }

    public static func value(_ timeline: Timeline) -> JSONValue {
        .object([
            ("schema", .number(schemaVersion)),
            ("proces", process(timeline.process)),
            ("gebeurtenissen", .array(timeline.events.map { event($0, in: timeline) })),
            ("uitkomsten", .array(timeline.outcomes.map { outcome($0, in: timeline) })),
            ("reacties", .array(timeline.responses.map(response))),
            ("statistiek", statistics(timeline.statistics)),
        ])
    }

    private static func process(_ process: ProcessDescription) -> JSONValue {
        .object([
            ("bestand", .string(process.file)),
            ("titel", .string(process.title)),
            ("gemeente", .string(process.municipality)),
            ("bestuursorgaan", .string(process.governingBody)),
            ("participatieniveau", .string(process.level.rawValue)),
            ("verordening", .string(process.regulation)),
            ("participatieplan", .optional(process.participationPlan?.iso)),
            ("status", .string(process.status.rawValue)),
            ("versie", .string(process.version)),
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
            ("soort", .string(event.kind.rawValue)),
            ("nummer", .number(event.number)),
            ("titel", .string(event.title)),
            ("datum", .array(event.dates.map { .string($0.iso) })),
            ("locatie", .optional(event.location)),
            (
                "deelnemers",
                event.participants.map {
                    .object([("aantal", .number($0.count)), ("ongeveer", .bool($0.isApproximate))])
                } ?? .null
            ),
            ("doelgroepen", .array(event.audiences.map(JSONValue.string))),
            ("status", .string(event.status.rawValue)),
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
            ("besluit", .string(response.verdict.rawValue)),
            ("motivering", .optional(response.motivation)),
            ("verwerkt-in", .array(response.usedIn.map(JSONValue.string))),
            ("tekst", .string(response.body)),
        ])
    }

    private static func statistics(_ statistics: Statistics) -> JSONValue {
        .object([
            ("aantal-gebeurtenissen", .number(statistics.eventCount)),
            ("per-soort", .object(statistics.countsByKind.map { ($0.kind.rawValue, .number($0.count)) })),
            (
                "deelnemers",
                .object([
                    ("totaal", .number(statistics.participantsTotal)),
                    ("waarvan-geschat", .number(statistics.participantsApproximate)),
                    ("gebeurtenissen-met-aantal", .number(statistics.eventsWithParticipants)),
                ])
            ),
            ("doelgroepen", .array(statistics.audiences.map(JSONValue.string))),
            ("eerste-datum", .optional(statistics.firstDate?.iso)),
            ("laatste-datum", .optional(statistics.lastDate?.iso)),
            ("afgerond", .number(statistics.heldCount)),
            ("gepland", .number(statistics.plannedCount)),
        ])
    }
}
