import ParticipatieModel

/// Turns an event file (`process/JJJJ-MM-DD-naam.md`) into an ``Event``, reporting every problem.
package enum EventParser {
    static let knownKeys = [
        "soort", "titel", "datum", "tijd", "locatie", "link", "deelnemers", "reacties", "doelgroepen", "besluitvormer",
        "status", "reeks", "nummer", "fase", "bijlagen", "neemt-over",
    ]

    /// An event with the positions the checks across files need.
    struct Parsed: Sendable {
        let event: Event
        /// Where `nummer` is, or else where `reeks` is, for a number used twice.
        let numberPosition: SourcePosition?
        /// Where each outcome id in `neemt-over` is.
        let adoptedPositions: [String: SourcePosition]
    }

    static func parse(_ source: inout SourceFile, context: ProcessContext = .standard) -> Parsed? {
        var attachments: [AttachmentReference] = []
        return parse(&source, context: context, attachments: &attachments)
    }

    /// Parses the event; the items of `bijlagen` go into `attachments` also when the file has other
    /// errors, so a missing attachment is reported in the same run.
    static func parse(_ source: inout SourceFile, context: ProcessContext, attachments: inout [AttachmentReference]) -> Parsed? {
        var fields = source.fields
        defer { source.fields = fields }
        fields.reportUnknownKeys(known: knownKeys)

        var kind: EventKind?
        if let (value, node) = fields.text("soort", required: true) {
            kind = context.kind(value)
            // A kind whose declaration in proces.md is broken was reported there.
            if kind == nil, context.kindsAreKnown, !context.brokenKindIDs.contains(value) {
                let suggestion = Suggestion.nearest(to: value, in: context.kindIDs)
                fields.report(at: node, Message.unknownKind(value, suggestion: suggestion, allowed: context.kindIDs))
            }
        }
        let title = fields.text("titel", required: true)?.value
        let dates = parseDates(&fields)
        var time: EventTime?
        if let (value, node) = fields.text("tijd") {
            time = EventTime(text: value)
            if time == nil {
                fields.report(at: node, Message.invalidTime(value))
            } else if let first = dates?.first, !first.isDay {
                fields.report(at: node, Message.timeWithoutDay)
            }
        }
        let location = fields.text("locatie")?.value
        var link: String?
        if let (value, node) = fields.text("link") {
            if isSecureLink(value) {
                link = value
            } else {
                fields.report(at: node, Message.invalidLink(value))
            }
        }
        let participants = count("deelnemers", &fields)
        let reactions = count("reacties", &fields)
        let audiences = fields.list("doelgroepen")
        let decisionMaker = fields.text("besluitvormer")
        if let decisionMaker {
            if let kind, kind != .besluit {
                fields.report(at: decisionMaker.node, severity: .waarschuwing, Message.decisionMakerOnlyForDecisions)
            }
            for audience in audiences where audience.value.lowercased() == decisionMaker.value.lowercased() {
                fields.report(at: audience.node, severity: .waarschuwing, Message.decisionMakerInAudiences(audience.value))
            }
        }
        var status = EventStatus.afgerond
        var statusIsKnown = true
        let statusEntry = fields.text("status")
        if let (value, node) = statusEntry {
            if let parsed = EventStatus(rawValue: value) {
                status = parsed
            } else {
                fields.report(at: node, unknownValue("status", value, EventStatus.allCases.map(\.rawValue)))
                statusIsKnown = false
            }
        }
        let adopted = ReferenceList.parse("neemt-over", &fields)
        if let entry = fields.entry("neemt-over"), let kind, kind != .besluit {
            fields.diagnostics.append(
                Diagnostic(
                    file: source.path, line: entry.keyMark.line, column: entry.keyMark.column, severity: .waarschuwing,
                    message: Message.adoptionOutsideDecision))
        }
        let series = fields.text("reeks")
        var officialNumber: Int?
        let numberEntry = fields.text("nummer")
        if let (value, node) = numberEntry {
            if value.utf8.count <= 9, value.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), let number = Int(value), number > 0 {
                officialNumber = number
            } else {
                fields.report(at: node, Message.invalidNumber(value))
            }
        }
        attachments = fields.list("bijlagen").map { item in
            let name =
                item.value.hasPrefix(AttachmentReference.folderPrefix)
                ? String(item.value.dropFirst(AttachmentReference.folderPrefix.count)) : item.value
            let position = fields.position(of: item.node)
            return AttachmentReference(
                file: source.path, name: name, written: item.value, line: position.line, column: position.column)
        }
        if let dates, let first = dates.first {
            checkFileNameDate(source.id, against: first, fields: &fields)
        } else if fileNameDate(source.id) == nil {
            fields.diagnostics.append(Diagnostic(file: source.path, message: Message.eventFileNameWithoutDate))
        }
        var phase: String?
        if let dates { phase = phaseName(of: dates, fields: &fields, context: context) }
        // An unknown status is reported once, not judged against the date of the report as well.
        if let dates, let reportDate = context.reportDate, statusIsKnown {
            let node = statusEntry?.node ?? fields.entry("datum")!.value
            if status == .afgerond, reportDate < dates[dates.count - 1].firstDay {
                fields.report(at: node, Message.heldAfterReportDate(reportDate.iso))
            } else if status == .gepland, dates[dates.count - 1].lastDay < reportDate {
                fields.report(at: node, severity: context.isFinal ? .fout : .waarschuwing, Message.plannedBeforeReportDate(reportDate.iso))
            }
        }
        guard let kind, let title, let dates, !dates.isEmpty, !fields.diagnostics.containsErrors else { return nil }
        let event = Event(
            id: source.id, file: source.path, kind: kind, title: title, dates: dates, time: time, location: location,
            link: link, participants: participants, reactions: reactions, audiences: audiences.map(\.value),
            decisionMaker: decisionMaker?.value, status: status, series: series?.value, officialNumber: officialNumber,
            phase: phase, attachments: attachments.map(\.name), body: source.body, adoptedOutcomes: adopted.map(\.value))
        let numberNode = numberEntry?.node ?? series?.node
        return Parsed(
            event: event, numberPosition: numberNode.map(fields.position(of:)),
            adoptedPositions: Dictionary(adopted.map { ($0.value, fields.position(of: $0.node)) }, uniquingKeysWith: { first, _ in first }))
    }

    /// `https://` and at least one more character, without white space.
    static func isSecureLink(_ text: String) -> Bool {
        let scheme = "https://"
        return text.utf8.count > scheme.utf8.count && text.lowercased().hasPrefix(scheme)
            && !text.contains(where: { $0.isWhitespace })
    }

    /// `deelnemers` or `reacties`.
    private static func count(_ key: String, _ fields: inout FrontMatterFields) -> Count? {
        guard let (value, node) = fields.text(key) else { return nil }
        switch Count.parse(value) {
        case .success(let count):
            return count
        case .failure(.notACount):
            fields.report(at: node, Message.invalidCount(key, value))
        case .failure(.tooLarge):
            fields.report(at: node, Message.countTooLarge(key, value))
        case .failure(.descendingRange):
            fields.report(at: node, Message.descendingRange(key, value))
        }
        return nil
    }

    /// The phase the event belongs to: the one `fase` names, or else the one its first date falls in.
    private static func phaseName(of dates: [EventDate], fields: inout FrontMatterFields, context: ProcessContext) -> String? {
        let phases = context.phases
        if let (value, node) = fields.text("fase") {
            if context.phasesAreBroken { return nil }
            guard !phases.isEmpty else {
                fields.report(at: node, Message.phaseWithoutPhases)
                return nil
            }
            guard let phase = phases.first(where: { $0.name == value }) else {
                let names = phases.map(\.name)
                fields.report(at: node, Message.unknownPhase(value, suggestion: Suggestion.nearest(to: value, in: names), allowed: names))
                return nil
            }
            if !dates.contains(where: phase.overlaps) {
                fields.report(
                    at: node, severity: .waarschuwing,
                    Message.dateOutsideNamedPhase(dates[0].iso, phase: phase.name, period: "\(phase.start.iso) tot en met \(phase.end.iso)"))
            }
            return phase.name
        }
        guard !phases.isEmpty, !context.phasesAreBroken, let entry = fields.entry("datum") else { return nil }
        let first = dates[0]
        if let phase = phases.first(where: { $0.contains(first) }) { return phase.name }
        var node = entry.value
        if case .sequence(let items, _) = node, let firstNode = items.first { node = firstNode }
        let touched = phases.filter { $0.overlaps(first) }.map(\.name)
        fields.report(at: node, touched.isEmpty ? Message.eventOutsidePhases(first.iso) : Message.eventPartlyInPhases(first.iso, phases: touched))
        return nil
    }

    /// `datum`: one day, one month, one year, or a list of days.
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
                if !date.isDay {
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

    /// The date a file name starts with: `2022-07-04-…`, `2023-07-…` or `2022-…`. A space or `_` after the
    /// date counts as the `-` it should be (`2026-04-20 Gesprek.md` is dated 20 April, not April; its name
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
        return date(length: 10) ?? date(length: 7) ?? date(length: 4)
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
