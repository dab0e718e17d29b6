import ParticipatieModel

/// Builds the ``Timeline`` from parsed files and checks what no single file can check:
/// duplicate ids, references between files and into `bijlagen/`, numbers used twice in a series,
/// responses for every outcome, and the rules for a `definitief` report.
struct TimelineBuilder {
    let entries: [FolderScan.Entry]
    /// The process folder as the user typed it, for messages that say where to add a file.
    let folder: String
    /// Outcome ids named in `uitkomsten` by response files that have errors: such an outcome is not
    /// reported as unanswered too, so the cause is reported once, not its echo.
    let outcomesOfBrokenResponses: Set<String>
    /// The files in `bijlagen/` that go with the report.
    let attachments: [Attachment]
    /// Files in `bijlagen/` that are there but do not go with the report (reported at the file).
    let refusedAttachments: Set<String>
    /// Whether the report is `definitief` and judged as such (see ``ProcessContext/isFinal``).
    let isFinal: Bool
    private(set) var diagnostics: [Diagnostic] = []
    /// What the participation level (of the process, or of each phase) promises and whether it is kept.
    private(set) var levelResults: [CheckResults.LevelRuleResult] = []
    /// Suggestions compare against every id; after this many, broken references get none, so a
    /// folder of thousands of files with renamed ids is still checked in seconds.
    private var suggestionsLeft = 100

    init(
        entries: [FolderScan.Entry], folder: String, isFinal: Bool = false, outcomesOfBrokenResponses: Set<String> = [],
        attachments: [Attachment] = [], refusedAttachments: Set<String> = []
    ) {
        self.entries = entries
        self.folder = folder
        self.isFinal = isFinal
        self.outcomesOfBrokenResponses = outcomesOfBrokenResponses
        self.attachments = attachments
        self.refusedAttachments = refusedAttachments
    }

    mutating func build(
        process: (ProcessDescription, ProcessPositions)?, events: [Event],
        numberPositions: [String: SourcePosition] = [:], adoptedPositions: [String: [String: SourcePosition]] = [:],
        outcomes: [(Outcome, sourcePositions: [String: SourcePosition])],
        responses: [(Response, outcomePositions: [String: SourcePosition])]
    ) -> Timeline? {
        var eventEntries: [FolderScan.Entry] = [], outcomeEntries: [FolderScan.Entry] = [], responseEntries: [FolderScan.Entry] = []
        eventEntries.reserveCapacity(entries.count)
        for entry in entries {
            switch entry.role {
            case .event: eventEntries.append(entry)
            case .outcome: outcomeEntries.append(entry)
            case .response: responseEntries.append(entry)
            case .process: break
            }
        }
        checkDuplicateIDs(eventEntries)
        checkDuplicateIDs(outcomeEntries)
        checkDuplicateIDs(responseEntries)

        // References are checked against every file that exists, parsed or not, so one broken
        // file does not cause a cascade of "does not exist" errors elsewhere.
        let eventIDs = eventEntries.map(\.id)
        let outcomeIDs = outcomeEntries.map(\.id)
        // Sets keep a folder of thousands of files with long reference lists linear.
        let eventIDSet = Set(eventIDs), outcomeIDSet = Set(outcomeIDs)
        // What a wrong reference is compared with, in a fixed order; made only once one is found.
        lazy var eventCandidates = Suggestion.Candidates(eventIDs.sorted())
        lazy var outcomeCandidates = Suggestion.Candidates(outcomeIDs.sorted())
        for (outcome, positions) in outcomes {
            for id in outcome.sources where !eventIDSet.contains(id) {
                report(
                    outcome.file, at: positions[id], Message.unknownEventReference(id, folder: folder, suggestion: suggest(id, in: eventCandidates)))
            }
        }
        for event in events where !event.adoptedOutcomes.isEmpty {
            for id in event.adoptedOutcomes where !outcomeIDSet.contains(id) {
                report(
                    event.file, at: adoptedPositions[event.id]?[id],
                    Message.unknownOutcomeReference(id, folder: folder, suggestion: suggest(id, in: outcomeCandidates)))
            }
        }
        for (response, positions) in responses {
            for id in response.outcomes where !outcomeIDSet.contains(id) {
                report(
                    response.file, at: positions[id],
                    Message.unknownOutcomeReference(id, folder: folder, suggestion: suggest(id, in: outcomeCandidates)))
            }
        }
        var orders: [Int: String] = [:]
        for (outcome, _) in outcomes.sorted(by: { $0.0.id.utf8.lexicographicallyPrecedes($1.0.id.utf8) }) {
            if let other = orders[outcome.order] {
                diagnostics.append(
                    Diagnostic(
                        file: outcome.file, severity: .waarschuwing,
                        message: Message.duplicateOrder(outcome.order, other: other)))
            } else {
                orders[outcome.order] = outcome.id
            }
        }
        let answered = Set(responses.flatMap { $0.0.outcomes })
        // When a response does not say which outcomes it answers, no outcome is known to be unanswered.
        let someNotStated =
            responses.contains { $0.0.outcomesNotStated } || outcomesOfBrokenResponses.contains(ReferenceList.notStated)
        // An outcome named by a broken response is not reported as unanswered (its cause is).
        let unanswered: [Outcome] =
            someNotStated
            ? [] : outcomes.map { $0.0 }.filter { !answered.contains($0.id) && !outcomesOfBrokenResponses.contains($0.id) }
        for outcome in unanswered {
            diagnostics.append(Diagnostic(file: outcome.file, severity: .waarschuwing, message: Message.outcomeWithoutResponse(folder: folder)))
        }

        guard let (description, positions) = process else { return nil }
        let statusPosition = positions.status
        if eventEntries.isEmpty {
            diagnostics.append(Diagnostic(file: description.file, message: Message.noEvents(folder: folder)))
        }
        // From raadplegen on, what the level promises reports a process without outcomes (below).
        let levels = description.phases.isEmpty ? [description.level] : description.phases.map(\.level)
        if outcomeEntries.isEmpty, (levels.max() ?? description.level) < LevelRule.outcomesRecorded.fromLevel {
            diagnostics.append(Diagnostic(file: description.file, severity: .waarschuwing, message: Message.noOutcomes(folder: folder)))
        }
        if isFinal {
            for outcome in unanswered {
                report(description.file, at: statusPosition, Message.finalWithUnansweredOutcome(outcome.id))
            }
            // A planned event before the date of the report is an error in its own file already.
            for event in events where event.status == .gepland {
                if let reportDate = description.reportDate, event.lastDate.lastDay < reportDate { continue }
                report(description.file, at: statusPosition, Message.finalWithPlannedEvent(event.id))
            }
        }
        let timeline = Timeline(process: description, events: events, outcomes: outcomes.map(\.0), responses: responses.map(\.0))
        checkNumbers(timeline, positions: numberPositions)
        let unansweredIDs = Set(unanswered.map(\.id))
        let promises = LevelPromises(file: description.file, positions: positions, folder: folder, isFinal: isFinal)
        let (levelDiagnostics, levelResults) = promises.check(timeline, unanswered: unansweredIDs)
        diagnostics += levelDiagnostics
        self.levelResults = levelResults
        return timeline
    }

    /// Two events of one series (or, without a series, of one kind) may not show the same number. A number
    /// from the order of dates never repeats on its own, so each event whose `nummer` is used twice is
    /// reported, naming another event with that number (one with a typed number first).
    private mutating func checkNumbers(_ timeline: Timeline, positions: [String: SourcePosition]) {
        // The numbering an event belongs to (its series, or else its kind) and its number there.
        struct NumberKey: Hashable {
            let series: String?
            let kind: String?
            let number: Int
        }
        func key(_ event: Event) -> NumberKey {
            NumberKey(series: event.series, kind: event.series == nil ? event.kind.id : nil, number: event.number)
        }
        // Only a typed number can meet another number: most processes have none, and cost nothing here.
        let typed = Set(timeline.events.filter { $0.officialNumber != nil }.map(key))
        guard !typed.isEmpty else { return }
        var groups: [NumberKey: [Event]] = [:]
        var order: [NumberKey] = []
        for event in timeline.events {
            let key = key(event)
            guard typed.contains(key) else { continue }
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(event)
        }
        for key in order {
            guard let group = groups[key], group.count > 1 else { continue }
            for event in group where event.officialNumber != nil {
                let others = group.filter { $0.id != event.id }
                let other = others.first { $0.officialNumber != nil } ?? others[0]
                report(
                    event.file, at: positions[event.id],
                    Message.duplicateNumber(
                        event.number, series: event.series, kind: event.kind.id, other: other.id, derived: other.officialNumber == nil))
            }
        }
    }

    /// Every link into `bijlagen/` and every item of an event's `bijlagen` must name a file that goes
    /// with the report.
    mutating func check(_ references: [AttachmentReference]) {
        guard !references.isEmpty else { return }
        let names = Set(attachments.map(\.name))
        let candidates = Suggestion.Candidates(attachments.map(\.name))
        for reference in references where !names.contains(reference.name) {
            let message =
                refusedAttachments.contains(reference.name)
                ? Message.refusedAttachment(reference.name, folder: folder)
                : Message.unknownAttachment(reference.written, folder: folder, suggestion: suggest(reference.name, in: candidates))
            diagnostics.append(Diagnostic(file: reference.file, line: reference.line, column: reference.column, message: message))
        }
    }

    /// Ids that differ only in case collide on macOS and Windows checkouts and in report anchors.
    private mutating func checkDuplicateIDs(_ files: [FolderScan.Entry]) {
        var seen: [String: Int] = [:]
        seen.reserveCapacity(files.count)
        for (position, file) in files.enumerated() {
            // Swift compares strings by canonical equivalence, so `é` and `e` + U+0301 are one key too.
            let key = file.id.lowercased()
            if let earlier = seen[key] {
                let other = files[earlier]
                // The same bytes apart from case, or the same text in another Unicode normalisation (NFC/NFD).
                let differsInCase = other.id.lowercased().utf8.elementsEqual(key.utf8)
                diagnostics.append(
                    Diagnostic(
                        file: file.path,
                        message: differsInCase
                            ? Message.duplicateID(file.id, other: other.path) : Message.duplicateIDNormalisation(file.id, other: other.path)))
            } else {
                seen[key] = position
            }
        }
        let unsafe = files.filter { !Self.isSafeID($0.id) }
        guard !unsafe.isEmpty else { return }
        let ids = Set(files.map(\.id))
        for file in unsafe {
            diagnostics.append(Diagnostic(file: file.path, severity: .waarschuwing, message: Self.fileNameMessage(file.id, taken: ids)))
        }
    }

    /// Lower-case ASCII letters, digits and single hyphens inside. Checked on bytes: once every
    /// byte is one of those, a byte is a character.
    static func isSafeID(_ id: String) -> Bool {
        let utf8 = id.utf8
        guard let first = utf8.first, let last = utf8.last, first != 45, last != 45 else { return false }
        var previous: UInt8 = 0
        for byte in utf8 {
            guard (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57) || byte == 45 else { return false }
            if byte == 45, previous == 45 { return false }
            previous = byte
        }
        return true
    }

    /// What is wrong with an unsafe id, and the file name it could have instead (as `participatie new`
    /// would name it), unless a file of the folder has that name already (`taken`: the ids of the folder).
    static func fileNameMessage(_ id: String, taken: Set<String> = []) -> String {
        let slug = Slug.make(id, maximumLength: Int.max)
        let suggested = slug.isEmpty || taken.contains(slug) ? nil : slug + ".md"
        let spaces = id.unicodeScalars.contains { $0.properties.isWhitespace }
        let capitals = id.unicodeScalars.contains { $0.properties.isUppercase }
        guard spaces || capitals else { return Message.unsafeFileName(suggested: suggested) }
        return Message.fileNameWithSpacesOrCapitals(spaces: spaces, capitals: capitals, suggested: suggested)
    }

    private mutating func suggest(_ id: String, in ids: Suggestion.Candidates) -> String? {
        guard suggestionsLeft > 0 else { return nil }
        suggestionsLeft -= 1
        return Suggestion.nearestID(to: id, in: ids)
    }

    private mutating func report(_ file: String, at position: SourcePosition?, _ message: String) {
        let position = position ?? .start
        diagnostics.append(Diagnostic(file: file, line: position.line, column: position.column, message: message))
    }
}
