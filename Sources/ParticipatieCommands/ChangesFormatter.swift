import ParticipatieModel
import ParticipatieReport

/// Writes ``ProcessChanges`` for `participatie verschil`: as text for people, or as JSON for tools.
enum ChangesFormatter {
    /// The output formats.
    enum Format: String, CaseIterable, Sendable {
        case tekst
        case json
    }

    /// Version of the `json` format; raised when a key changes meaning or disappears.
    static let schemaVersion = 1

    /// Fields whose value is a text of several lines; they are shown line by line.
    static let textFields: Set<String> = ["tekst", "toelichting-proces", "toelichting-uitkomsten", "toelichting-reacties", "motivering"]

    // MARK: Text

    static func text(_ changes: ProcessChanges, base: String, currentVersion: String, processFile: String) -> String {
        var lines = [CommandWording.verschilHeading(base: base, currentVersion: currentVersion), ""]
        lines.append("\(CommandWording.processSection) (\(processFile)): " + CommandWording.fieldCount(changes.process.count))
        lines += fieldLines(changes.process, indent: "  ")
        for (title, items) in [
            (CommandWording.eventsSection, changes.events), (CommandWording.outcomesSection, changes.outcomes),
            (CommandWording.responsesSection, changes.responses),
        ] {
            lines += ["", "\(title): " + CommandWording.changeCounts(items)]
            for item in items.added { lines.append("  + \(item.file): \(item.title)") }
            for item in items.removed { lines.append("  - \(item.file): \(item.title)") }
            for change in items.changed {
                let renamed = change.previousFile.map { " " + CommandWording.renamedFrom($0) } ?? ""
                lines.append("  ~ \(change.item.file): \(change.item.title)" + renamed)
                lines += fieldLines(change.fields, indent: "      ")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func fieldLines(_ fields: [ProcessChanges.FieldChange], indent: String) -> [String] {
        var lines: [String] = []
        for field in fields {
            let old = field.old ?? "", new = field.new ?? ""
            if textFields.contains(field.key) || old.contains("\n") || new.contains("\n") {
                lines.append(indent + field.key + ":")
                for line in LineDiff.changes(from: old, to: new) {
                    // An empty line shows as a lone sign, without white space at the end.
                    switch line {
                    case .removed(let text): lines.append(indent + "  -" + (text.isEmpty ? "" : " " + text))
                    case .added(let text): lines.append(indent + "  +" + (text.isEmpty ? "" : " " + text))
                    }
                }
            } else {
                lines.append(indent + "\(field.key): \(field.old ?? CommandWording.noValue) → \(field.new ?? CommandWording.noValue)")
            }
        }
        return lines
    }

    // MARK: JSON

    static func json(_ changes: ProcessChanges, baseCommit: String, baseVersion: String, currentVersion: String) -> JSONValue {
        func version(_ text: String) -> JSONValue { text.isEmpty ? .null : .string(text) }
        return .object([
            ("schema", .number(schemaVersion)),
            ("van", .object([("revisie", .string(baseCommit)), ("versie", version(baseVersion))])),
            ("naar", .object([("revisie", .null), ("versie", version(currentVersion))])),
            ("proces", .array(changes.process.map(field))),
            ("gebeurtenissen", items(changes.events)),
            ("uitkomsten", items(changes.outcomes)),
            ("reacties", items(changes.responses)),
        ])
    }

    private static func field(_ change: ProcessChanges.FieldChange) -> JSONValue {
        .object([
            ("veld", .string(change.key)), ("oud", change.old.map(JSONValue.string) ?? .null),
            ("nieuw", change.new.map(JSONValue.string) ?? .null),
        ])
    }

    private static func item(_ item: ProcessChanges.Item) -> [(String, JSONValue)] {
        [("id", .string(item.id)), ("bestand", .string(item.file)), ("titel", .string(item.title))]
    }

    private static func items(_ changes: ProcessChanges.ItemChanges) -> JSONValue {
        .object([
            ("toegevoegd", .array(changes.added.map { .object(item($0)) })),
            ("verwijderd", .array(changes.removed.map { .object(item($0)) })),
            (
                "gewijzigd",
                .array(
                    changes.changed.map { change in
                        .object(
                            item(change.item) + [
                                ("vorige-id", change.previousID.map(JSONValue.string) ?? .null),
                                ("vorig-bestand", change.previousFile.map(JSONValue.string) ?? .null),
                                ("velden", .array(change.fields.map(field))),
                            ])
                    })
            ),
        ])
    }
}
