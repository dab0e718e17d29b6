/// What changed between two versions of a process: events, outcomes and responses added, removed
/// and changed (field by field, text by text), and the fields of `proces.md`.
///
/// Fields are named by their key in the files (`titel`, `datum`, …); `tekst` is the Markdown body.
/// A file that was renamed is recognised when its title or its text stayed the same: it is one item
/// that changed, with ``ItemChange/previousID``, not one removed and one added. References between
/// files (`bronnen`, `uitkomsten`, `neemt-over`) are compared through such renames, so renaming an
/// event does not change the outcomes that name it.
public struct ProcessChanges: Sendable, Hashable {
    /// Changed fields of `proces.md`, in the order of the file format.
    public let process: [FieldChange]
    public let events: ItemChanges
    public let outcomes: ItemChanges
    public let responses: ItemChanges

    /// Whether nothing changed.
    public var isEmpty: Bool { process.isEmpty && events.isEmpty && outcomes.isEmpty && responses.isEmpty }

    /// One field that differs; `nil` for a field without a value on that side.
    public struct FieldChange: Sendable, Hashable {
        public let key: String
        public let old: String?
        public let new: String?
    }

    /// One item (event, outcome or response) as the changes name it.
    public struct Item: Sendable, Hashable {
        public let id: String
        public let file: String
        public let title: String
    }

    /// An item that exists in both versions and differs.
    public struct ItemChange: Sendable, Hashable {
        /// The item as it is now.
        public let item: Item
        /// The id it had before, when the file was renamed.
        public let previousID: String?
        public let previousFile: String?
        public let fields: [FieldChange]
    }

    /// The changes of one kind of item.
    public struct ItemChanges: Sendable, Hashable {
        /// In the order of the new version.
        public let added: [Item]
        /// In the order of the old version.
        public let removed: [Item]
        /// In the order of the new version.
        public let changed: [ItemChange]

        public var isEmpty: Bool { added.isEmpty && removed.isEmpty && changed.isEmpty }
    }

    /// The changes from `old` to `new`.
    public init(from old: Timeline, to new: Timeline) {
        process = ProcessChanges.fieldChanges(ProcessChanges.fields(of: old.process), ProcessChanges.fields(of: new.process))
        let (events, eventRenames) = ProcessChanges.compare(
            old.events, new.events, id: \.id, file: \.file, title: \.title, body: \.body, fields: { event, _ in ProcessChanges.fields(of: event) })
        // Outcomes name events; compare them with old event ids read as the new ones.
        let (outcomes, outcomeRenames) = ProcessChanges.compare(
            old.outcomes, new.outcomes, id: \.id, file: \.file, title: \.title, body: \.body,
            fields: { outcome, isOld in ProcessChanges.fields(of: outcome, renaming: isOld ? eventRenames : [:]) })
        let (responses, _) = ProcessChanges.compare(
            old.responses, new.responses, id: \.id, file: \.file, title: \.title, body: \.body,
            fields: { response, isOld in ProcessChanges.fields(of: response, renaming: isOld ? outcomeRenames : [:]) })
        // Decisions name outcomes: compare events once more now that outcome renames are known.
        let (finalEvents, _) =
            outcomeRenames.isEmpty
            ? (events, eventRenames)
            : ProcessChanges.compare(
                old.events, new.events, id: \.id, file: \.file, title: \.title, body: \.body,
                fields: { event, isOld in ProcessChanges.fields(of: event, renaming: isOld ? outcomeRenames : [:]) })
        self.events = finalEvents
        self.outcomes = outcomes
        self.responses = responses
    }

    // MARK: Fields

    static func fields(of process: ProcessDescription) -> [(String, String?)] {
        [
            ("titel", process.title), ("gemeente", list(process.municipalities)), ("bestuursorgaan", process.governingBody),
            ("participatieniveau", process.level.rawValue), ("verordening", process.regulation),
            ("participatieplan", process.participationPlan?.iso), ("status", process.status.rawValue),
            ("versie", process.version.isEmpty ? nil : process.version), ("datum", process.reportDate?.iso),
            ("initiatiefnemer", process.initiator), ("oordeel-gemeente", process.municipalAssessment.map(trimmed)),
            ("soorten", list(process.kinds.map { "\($0.id) (\($0.label), \($0.pluralLabel))" }, separator: "; ")),
            (
                "fasen",
                list(process.phases.map { "\($0.name): \($0.start.iso) tot \($0.end.iso), \($0.level.rawValue)" }, separator: "; ")
            ),
            ("toelichting-proces", process.processIntroduction.map(trimmed)),
            ("toelichting-uitkomsten", process.outcomesIntroduction.map(trimmed)),
            ("toelichting-reacties", process.responsesIntroduction.map(trimmed)),
            ("openbaar", list(process.publicTexts.map { "\($0.text) (\($0.reason))" }, separator: "; ")),
            ("tekst", text(process.body)),
        ]
    }

    static func fields(of event: Event, renaming outcomes: [String: String] = [:]) -> [(String, String?)] {
        [
            ("soort", event.kind.id), ("titel", event.title), ("datum", event.dates.map(\.iso).joined(separator: ", ")),
            ("tijd", event.time?.description), ("locatie", event.location), ("link", event.link),
            ("deelnemers", event.participants?.text), ("reacties", event.reactions?.text),
            ("doelgroepen", list(event.audiences)), ("besluitvormer", event.decisionMaker), ("status", event.status.rawValue),
            ("reeks", event.series), ("nummer", event.officialNumber.map(String.init)), ("fase", event.phase),
            ("bijlagen", list(event.attachments)),
            ("neemt-over", list(event.adoptedOutcomes.map { outcomes[$0] ?? $0 })), ("tekst", text(event.body)),
        ]
    }

    static func fields(of outcome: Outcome, renaming events: [String: String]) -> [(String, String?)] {
        [
            ("titel", outcome.title), ("volgorde", String(outcome.order)),
            ("bronnen", list(outcome.sources.map { events[$0] ?? $0 })), ("tekst", text(outcome.body)),
        ]
    }

    static func fields(of response: Response, renaming outcomes: [String: String]) -> [(String, String?)] {
        [
            ("titel", response.title), ("volgorde", response.order.map(String.init)),
            ("uitkomsten", list(response.outcomes.map { outcomes[$0] ?? $0 })), ("besluit", response.verdict.rawValue),
            ("motivering", response.motivation.map(trimmed)), ("verwerkt-in", list(response.usedIn)), ("tekst", text(response.body)),
        ]
    }

    private static func list(_ items: [String], separator: String = ", ") -> String? {
        items.isEmpty ? nil : items.joined(separator: separator)
    }

    /// A body without the white space at its end; `nil` when empty.
    private static func text(_ body: String) -> String? {
        let value = trimmed(body)
        return value.isEmpty ? nil : value
    }

    private static func trimmed(_ text: String) -> String {
        var end = text.endIndex
        while end > text.startIndex, let last = text[..<end].last, last.isWhitespace { end = text.index(before: end) }
        return String(text[..<end])
    }

    private static func fieldChanges(_ old: [(String, String?)], _ new: [(String, String?)]) -> [FieldChange] {
        zip(old, new).compactMap { old, new in old.1 == new.1 ? nil : FieldChange(key: new.0, old: old.1, new: new.1) }
    }

    // MARK: Items

    /// Compares two lists of items by id, pairing a removed and an added item as one renamed item
    /// when their title or text is the same. Returns the changes and the renames (old id → new id).
    private static func compare<Value>(
        _ old: [Value], _ new: [Value], id: (Value) -> String, file: (Value) -> String, title: (Value) -> String,
        body: (Value) -> String, fields: (Value, _ isOld: Bool) -> [(String, String?)]
    ) -> (ItemChanges, [String: String]) {
        func item(_ value: Value) -> Item { Item(id: id(value), file: file(value), title: title(value)) }
        let newIDs = Set(new.map(id)), oldIDs = Set(old.map(id))
        var removed = old.filter { !newIDs.contains(id($0)) }
        var added = new.filter { !oldIDs.contains(id($0)) }
        // Renames: for each removed item (by id), the first unpaired added item (by id) with the same
        // title and text, else the same text, else the same title. Looked up by key, so a folder of
        // thousands of renamed files is compared in linear time.
        func byID(_ lhs: Value, _ rhs: Value) -> Bool { id(lhs).utf8.lexicographicallyPrecedes(id(rhs).utf8) }
        // Each key's list is sorted by id; a cursor per key skips what was paired, so every list is
        // walked once in all.
        var lists: [String: [String]] = [:]
        var cursors: [String: Int] = [:]
        for value in added.sorted(by: byID) {
            let text = trimmed(body(value))
            lists["t\u{0}" + title(value), default: []].append(id(value))
            if !text.isEmpty {
                lists["b\u{0}" + text, default: []].append(id(value))
                lists["tb\u{0}" + title(value) + "\u{0}" + text, default: []].append(id(value))
            }
        }
        var paired = Set<String>()
        func firstUnpaired(_ key: String) -> String? {
            guard let list = lists[key] else { return nil }
            var cursor = cursors[key] ?? 0
            while cursor < list.count, paired.contains(list[cursor]) { cursor += 1 }
            cursors[key] = cursor
            return cursor < list.count ? list[cursor] : nil
        }
        let addedByID = Dictionary(added.map { (id($0), $0) }, uniquingKeysWith: { first, _ in first })
        var renames: [String: String] = [:]
        var pairedOld: [String: Value] = [:]
        for candidate in removed.sorted(by: byID) {
            let text = trimmed(body(candidate))
            let match =
                text.isEmpty
                ? firstUnpaired("t\u{0}" + title(candidate))
                : firstUnpaired("tb\u{0}" + title(candidate) + "\u{0}" + text) ?? firstUnpaired("b\u{0}" + text)
                    ?? firstUnpaired("t\u{0}" + title(candidate))
            guard let match, addedByID[match] != nil else { continue }
            renames[id(candidate)] = match
            pairedOld[match] = candidate
            paired.insert(match)
        }
        removed.removeAll { renames[id($0)] != nil }
        added.removeAll { paired.contains(id($0)) }
        let oldByID = Dictionary(old.map { (id($0), $0) }, uniquingKeysWith: { first, _ in first })
        var changed: [ItemChange] = []
        for value in new {
            let key = id(value)
            if let previous = pairedOld[key] {
                changed.append(
                    ItemChange(
                        item: item(value), previousID: id(previous), previousFile: file(previous),
                        fields: fieldChanges(fields(previous, true), fields(value, false))))
            } else if let previous = oldByID[key] {
                let differences = fieldChanges(fields(previous, true), fields(value, false))
                if !differences.isEmpty {
                    changed.append(ItemChange(item: item(value), previousID: nil, previousFile: nil, fields: differences))
                }
            }
        }
        return (ItemChanges(added: added.map(item), removed: removed.map(item), changed: changed), renames)
    }
}
