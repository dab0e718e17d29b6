import ParticipatieModel

/// Turns an event file (`process/JJJJ-MM-DD-naam.md`) into an ``Event``, reporting every problem.
package enum EventParser {
    static let knownKeys = ["soort", "titel", "datum", "locatie", "deelnemers", "doelgroepen", "status", "neemt-over"]

    /// The event, with the position of each outcome id in `neemt-over`.
    static func parse(_ source: inout SourceFile) -> (Event, adoptedPositions: [String: SourcePosition])? {
        var fields = source.fields
        defer { source.fields = fields }
        fields.reportUnknownKeys(known: knownKeys)

        var kind: EventKind?
        if let (value, node) = fields.text("soort", required: true) {
            kind = EventKind(rawValue: value)
            if kind == nil {
                let suggestion = Suggestion.nearest(to: value, in: EventKind.allCases.map(\.rawValue))
                fields.report(at: node, Message.unknownKind(value, suggestion: suggestion))
            }
        }
        let title = fields.text("titel", required: true)?.value
        let dates = parseDates(&fields)
        let location = fields.text("locatie")?.value
        var participants: Participants?
        if let (value, node) = fields.text("deelnemers") {
            participants = Participants(text: value)
            if participants == nil { fields.report(at: node, Message.invalidParticipants(value)) }
        }
        let audiences = fields.list("doelgroepen").map(\.value)
        var status = EventStatus.afgerond
        if let (value, node) = fields.text("status") {
            if let parsed = EventStatus(rawValue: value) {
                status = parsed
            } else {
                fields.report(at: node, unknownValue("status", value, EventStatus.allCases.map(\.rawValue)))
            }
        }
        let adopted = ReferenceList.parse("neemt-over", &fields)
        if let entry = fields.entry("neemt-over"), let kind, kind != .besluit {
            fields.diagnostics.append(
                Diagnostic(
                    file: source.path, line: entry.keyMark.line, column: entry.keyMark.column, severity: .waarschuwing,
                    message: Message.adoptionOutsideDecision))
        }
        if let dates, let first = dates.first {
            checkFileNameDate(source.id, against: first, fields: &fields)
        } else if fileNameDate(source.id) == nil {
            fields.diagnostics.append(Diagnostic(file: source.path, message: Message.eventFileNameWithoutDate))
        }
        guard let kind, let title, let dates, !dates.isEmpty, !fields.diagnostics.containsErrors else { return nil }
        let event = Event(
            id: source.id, file: source.path, kind: kind, title: title, dates: dates, location: location,
            participants: participants, audiences: audiences, status: status, body: source.body,
            adoptedOutcomes: adopted.map(\.value))
        return (event, Dictionary(adopted.map { ($0.value, fields.position(of: $0.node)) }, uniquingKeysWith: { first, _ in first }))
    }

    /// `datum`: one day, one month, or a list of days.
    private static func parseDates(_ fields: inout FrontMatterFields) -> [EventDate]? {
        guard let entry = fields.entry("datum") else {
            fields.reportMissing("datum")
            return nil
        }
        if case .sequence = entry.value {
            let items = fields.list("datum")
            if items.isEmpty {
                fields.report(at: entry.value, Message.emptyDateList)
                return nil
            }
            var dates: [EventDate] = []
            var valid = true
            for (value, node) in items {
                guard let date = EventDate(iso: value) else {
                    fields.report(at: node, Message.invalidDate("datum", value))
                    valid = false
                    continue
                }
                if date.isMonthOnly {
                    fields.report(at: node, Message.monthInDateList(value))
                    valid = false
                } else if dates.contains(date) {
                    fields.report(at: node, Message.duplicateDate(value))
                    valid = false
                }
                dates.append(date)
            }
            return valid ? dates.sorted() : nil
        }
        guard let (value, node) = fields.text("datum", required: true) else { return nil }
        guard let date = EventDate(iso: value) else {
            fields.report(at: node, Message.invalidDate("datum", value))
            return nil
        }
        return [date]
    }

    /// The date a file name starts with: `2022-07-04-…` or `2023-07-…`. A space or `_` after the date
    /// counts as the `-` it should be (`2026-04-20 Gesprek.md` is dated 20 April, not April; its name
    /// gets a message of its own).
    package static func fileNameDate(_ id: String) -> EventDate? {
        // A date is ASCII, so its bytes are its characters; these short strings need no allocation.
        let utf8 = id.utf8
        func date(length: Int) -> EventDate? {
            guard utf8.count > length else { return nil }
            let separator = utf8[utf8.index(utf8.startIndex, offsetBy: length)]
            guard separator == UInt8(ascii: "-") || separator == UInt8(ascii: " ") || separator == UInt8(ascii: "_") else { return nil }
            return EventDate(iso: String(decoding: utf8.prefix(length), as: UTF8.self))
        }
        return date(length: 10) ?? date(length: 7)
    }

    private static func checkFileNameDate(_ id: String, against first: EventDate, fields: inout FrontMatterFields) {
        guard let fileDate = fileNameDate(id) else {
            fields.diagnostics.append(Diagnostic(file: fields.file, message: Message.eventFileNameWithoutDate))
            return
        }
        if fileDate != first, let entry = fields.entry("datum") {
            var node = entry.value
            if case .sequence(let sequence, _) = node, let firstNode = sequence.first { node = firstNode }
            fields.report(at: node, Message.fileNameDateMismatch(fileDate: fileDate.iso, firstDate: first.iso))
        }
    }

    static func unknownValue(_ key: String, _ value: String, _ allowed: [String]) -> String {
        Message.unknownValue(key, value, allowed: allowed, suggestion: Suggestion.nearest(to: value, in: allowed))
    }
}
