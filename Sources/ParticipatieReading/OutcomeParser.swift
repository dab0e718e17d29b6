import ParticipatieModel

/// Turns `process/uitkomsten/*.md` into an ``Outcome``.
package enum OutcomeParser {
    static let knownKeys = ["titel", "volgorde", "bronnen"]

    static func parse(_ source: inout SourceFile) -> (Outcome, sourcePositions: [String: SourcePosition])? {
        var fields = source.fields
        defer { source.fields = fields }
        fields.reportUnknownKeys(known: knownKeys)
        let title = fields.text("titel", required: true)?.value
        let order = OrderField.parse(&fields, required: true)
        let (sources, notStated) = ReferenceList.parseAllowingNotStated("bronnen", &fields)
        guard let title, let order, !fields.diagnostics.containsErrors else { return nil }
        let outcome = Outcome(
            id: source.id, file: source.path, title: title, order: order,
            sources: sources.map(\.value), sourcesNotStated: notStated != nil, body: source.body)
        return (outcome, Dictionary(sources.map { ($0.value, fields.position(of: $0.node)) }, uniquingKeysWith: { first, _ in first }))
    }
}

/// Turns `process/reacties/*.md` into a ``Response``.
enum ResponseParser {
    static let knownKeys = ["titel", "volgorde", "uitkomsten", "besluit", "motivering", "verwerkt-in"]

    static func parse(
        _ source: inout SourceFile, context: ProcessContext = .standard
    ) -> (
        Response, outcomePositions: [String: SourcePosition]
    )? {
        var fields = source.fields
        defer { source.fields = fields }
        fields.reportUnknownKeys(known: knownKeys)
        let title = fields.text("titel", required: true)?.value
        let order = OrderField.parse(&fields, required: false)
        let (outcomes, outcomesNotStated) = ReferenceList.parseAllowingNotStated("uitkomsten", &fields)
        if let outcomesNotStated, context.isFinal { fields.report(at: outcomesNotStated, Message.notStatedOutcomesInFinal) }
        var verdict: Verdict?
        if let (value, node) = fields.text("besluit", required: true) {
            verdict = Verdict(rawValue: value)
            if verdict == nil {
                fields.report(at: node, EventParser.unknownValue("besluit", value, Verdict.allCases.map(\.rawValue)))
            } else if verdict == .nietVermeld, context.isFinal {
                fields.report(at: node, Message.notStatedVerdictInFinal)
            }
        }
        let motivation = fields.text("motivering")?.value
        if let verdict, verdict == .deelsOvergenomen || verdict == .nietOvergenomen, motivation == nil {
            let node = fields.entry("motivering")?.value ?? fields.entry("besluit")!.value
            fields.report(at: node, Message.missingMotivation(verdict))
        }
        let usedIn = fields.list("verwerkt-in").map(\.value)
        if outcomes.isEmpty, outcomesNotStated == nil, fields.entry("uitkomsten") != nil || !fields.diagnostics.containsErrors {
            let position = fields.entry("uitkomsten")?.value
            let diagnostic =
                position.map { fields.diagnostic(at: $0, severity: .waarschuwing, Message.responseWithoutOutcome) }
                ?? Diagnostic(file: source.path, severity: .waarschuwing, message: Message.responseWithoutOutcome)
            fields.diagnostics.append(diagnostic)
        }
        guard let title, let verdict, !fields.diagnostics.containsErrors else { return nil }
        let response = Response(
            id: source.id, file: source.path, title: title, order: order,
            outcomes: outcomes.map(\.value), outcomesNotStated: outcomesNotStated != nil, verdict: verdict, motivation: motivation,
            usedIn: usedIn, body: source.body)
        return (response, Dictionary(outcomes.map { ($0.value, fields.position(of: $0.node)) }, uniquingKeysWith: { first, _ in first }))
    }
}

extension OutcomeParser {
    /// The `volgorde` of an outcome file's bytes, or `nil` when it has none or cannot be read
    /// (`participatie check` reports why). For `participatie new`, which numbers a new outcome after the others.
    package static func order(ofFile bytes: [UInt8], path: String, id: String) -> Int? {
        guard case .success(var source) = SourceFile.parse(bytes: bytes, path: path, id: id, checkingText: false),
            let text = source.fields.text("volgorde")?.value, text.count <= 9
        else { return nil }
        return Int(text)
    }
}

/// `volgorde`: a whole number.
enum OrderField {
    static func parse(_ fields: inout FrontMatterFields, required: Bool) -> Int? {
        guard let (value, node) = fields.text("volgorde", required: required) else { return nil }
        guard value.count <= 9, let order = Int(value) else {
            fields.report(at: node, Message.invalidOrder(value))
            return nil
        }
        return order
    }
}

/// A list of ids (`bronnen`, `uitkomsten`), with duplicates reported.
enum ReferenceList {
    /// The value that says the source a process was entered from does not give the list.
    static let notStated = "niet-vermeld"

    /// The list, or `niet-vermeld` instead of it: then the ids are empty and the node of that value is
    /// given. `niet-vermeld` among ids is an error.
    static func parseAllowingNotStated(
        _ key: String, _ fields: inout FrontMatterFields
    ) -> (
        [(value: String, node: YAMLNode)], notStated: YAMLNode?
    ) {
        let items = parse(key, &fields)
        guard let marker = items.first(where: { $0.value == notStated }) else { return (items, nil) }
        if items.count > 1 {
            fields.report(at: marker.node, Message.notStatedWithIDs(key))
            return (items.filter { $0.value != notStated }, nil)
        }
        return ([], marker.node)
    }

    /// Accepts "2022-07-04-startbijeenkomst.md" as well as the bare id.
    static func bareID(_ text: String) -> String {
        text.hasSuffix(".md") ? String(text.dropLast(3)) : text
    }

    static func parse(_ key: String, _ fields: inout FrontMatterFields) -> [(value: String, node: YAMLNode)] {
        var seen = Set<String>()
        var result: [(value: String, node: YAMLNode)] = []
        for item in fields.list(key) {
            let id = bareID(item.value)
            guard seen.insert(id).inserted else {
                fields.report(at: item.node, severity: .waarschuwing, Message.duplicateReference(id))
                continue
            }
            result.append((id, item.node))
        }
        return result
    }
}
