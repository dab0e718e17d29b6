import Mustache
import Testing
@testable import Participatie

/// The views answer swift-mustache by name (`MustacheParent`) instead of through `Mirror`; every
/// answer must be the one `Mirror` would give, or templates would render differently.
@Suite("Eindverslag: variabelen zonder Mirror")
struct ReportViewLookupTests {
    /// The view of a fixture, as `participatie build` makes it.
    static func view(_ directory: String) throws -> ReportView {
        let result = ProcessReader.read(directory: directory, displayPath: "process")
        let timeline = try #require(result.timeline)
        return ReportView(timeline: timeline, warnings: result.diagnostics, fingerprint: Fingerprint(inputs: []),
                          processFileCount: result.inputs.count, templateFileCount: 7)
    }

    /// What swift-mustache's `Mirror` lookup gives: the stored property, an optional unwrapped, `nil` for none.
    static func mirrorValue(of object: Any, _ label: String) -> Any? {
        guard let value = Mirror(reflecting: object).children.first(where: { $0.label == label })?.value else { return nil }
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first?.value
    }

    /// Compares `child(named:)` with `Mirror` for every stored property of `object` and of the views
    /// nested in it; returns the labels seen per type.
    @discardableResult
    static func expectSameAnswers(_ object: Any, seen: inout [String: Set<String>]) -> Int {
        guard let parent = object as? any MustacheParent else {
            Issue.record("\(type(of: object)) antwoordt niet op naam")
            return 0
        }
        var compared = 0
        for child in Mirror(reflecting: object).children {
            guard let label = child.label else { continue }
            seen["\(type(of: object))", default: []].insert(label)
            let expected = mirrorValue(of: object, label)
            let actual = parent.child(named: label)
            #expect((actual == nil) == (expected == nil), "\(type(of: object)).\(label)")
            if let expected, let actual {
                #expect("\(type(of: actual))" == "\(type(of: expected))", "\(type(of: object)).\(label)")
                #expect(String(describing: actual) == String(describing: expected), "\(type(of: object)).\(label)")
                if let items = expected as? [Any] {
                    for item in items where !(item is String) { compared += expectSameAnswers(item, seen: &seen) }
                }
            }
            compared += 1
        }
        #expect(parent.child(named: "geen-variabele") == nil)
        return compared
    }

    @Test("elke variabele geeft hetzelfde als Mirror, bij het meegeleverde proces en 'minimal'")
    func sameAsMirror() throws {
        var seen: [String: Set<String>] = [:]
        let shipped = try Self.view(packageRoot.appendingPathComponent("process").path)
        let minimal = try Self.view(Fixtures.path("minimal"))
        #expect(Self.expectSameAnswers(shipped, seen: &seen) > 500)
        Self.expectSameAnswers(minimal, seen: &seen)
        // Every view type was reached, so none is left to Mirror.
        #expect(seen.keys.sorted() == [
            "DiagnosticView", "EventView", "HeadingView", "KindCountView", "LinkView", "OutcomeView",
            "OverviewGroupView", "OverviewRowView", "ReportView", "ResponseLinkView", "ResponseView",
        ])
        #expect(seen.values.reduce(Set()) { $0.union($1) } == ReportView.templateVariables)
    }

    @Test("optionele waarden: in de twee processen komen zowel een waarde als geen waarde voor")
    func optionalsCoverBothCases() throws {
        let views = try [Self.view(packageRoot.appendingPathComponent("process").path), Self.view(Fixtures.path("minimal"))]
        let events = views.flatMap(\.events), responses = views.flatMap(\.responses)
        #expect(events.contains { $0.location == nil } && events.contains { $0.location != nil })
        #expect(events.contains { $0.participants == nil } && events.contains { $0.participants != nil })
        #expect(responses.contains { $0.motivationHTML == nil } && responses.contains { $0.motivationHTML != nil })
        #expect(views.contains { $0.participationPlanDate == nil } || views.contains { $0.participationPlanDate != nil })
        #expect(events.first { $0.location != nil }?.child(named: "location") is String)
    }
}
