import CommonMark
import MustacheEngine
import Testing

@testable import ParticipatieCommands
@testable import ParticipatieModel
@testable import ParticipatieReading
@testable import ParticipatieReport
@testable import ParticipatieSystem

/// The views answer templates by name (`TemplateObject`) with a `switch`; every answer must be the
/// stored property of that name, as `Mirror` finds it, or templates would show the wrong value.
@Suite("Eindverslag: variabelen zonder Mirror")
struct ReportViewLookupTests {
    /// The view of a fixture, as `participatie build` makes it.
    static func view(_ directory: String) async throws -> ReportView {
        let result = await ProcessReader.read(directory: directory, displayPath: "process")
        let timeline = try #require(result.timeline)
        return await ReportView.make(
            timeline: timeline, checks: try #require(result.checks), warnings: result.diagnostics, fingerprint: Fingerprint(inputs: []),
            processFileCount: result.inputs.count, templateFileCount: 7, comparison: ComparisonFixture.comparison(for: timeline))
    }

    /// The stored property as `Mirror` finds it: an optional unwrapped, `nil` for none.
    static func mirrorValue(of object: Any, _ label: String) -> Any? {
        guard let value = Mirror(reflecting: object).children.first(where: { $0.label == label })?.value else { return nil }
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first?.value
    }

    /// The shape of a value, to compare a ``TemplateValue`` with a stored property: `text(…)`,
    /// `number(…)`, `flag(…)`, `list[…]` or `object(Type)`.
    static func shape(_ value: TemplateValue) -> String {
        switch value {
        case .text(let text): "text(\(text))"
        case .number(let number): "number(\(number))"
        case .flag(let flag): "flag(\(flag))"
        case .list(let items): "list[" + items.map(shape).joined(separator: ", ") + "]"
        case .object(let object): "object(\(type(of: object)))"
        }
    }

    static func shape(mirrored value: Any) -> String {
        switch value {
        case let text as String: "text(\(text))"
        case let number as Int: "number(\(number))"
        case let flag as Bool: "flag(\(flag))"
        case let items as [Any]: "list[" + items.map { shape(mirrored: $0) }.joined(separator: ", ") + "]"
        default: "object(\(type(of: value)))"
        }
    }

    /// Compares `templateValue(named:)` with `Mirror` for every stored property of `object` and of the views
    /// nested in it; returns the labels seen per type.
    @discardableResult
    static func expectSameAnswers(_ object: Any, seen: inout [String: Set<String>]) -> Int {
        guard let view = object as? any TemplateObject else {
            Issue.record("\(type(of: object)) antwoordt niet op naam")
            return 0
        }
        var compared = 0
        for child in Mirror(reflecting: object).children {
            guard let label = child.label else { continue }
            seen["\(type(of: object))", default: []].insert(label)
            let expected = mirrorValue(of: object, label)
            let actual = view.templateValue(named: label)
            #expect((actual == nil) == (expected == nil), "\(type(of: object)).\(label)")
            if let expected, let actual {
                #expect(shape(actual) == shape(mirrored: expected), "\(type(of: object)).\(label)")
                if let items = expected as? [Any] {
                    for item in items where !(item is String) { compared += expectSameAnswers(item, seen: &seen) }
                }
            }
            compared += 1
        }
        #expect(view.templateValue(named: "geen-variabele") == nil)
        return compared
    }

    @Test("elke variabele geeft hetzelfde als Mirror, bij het meegeleverde proces en de testprocessen")
    func sameAsMirror() async throws {
        var seen: [String: Set<String>] = [:]
        let shipped = try await Self.view(packageRoot.appendingPathComponent("process").path)
        #expect(Self.expectSameAnswers(shipped, seen: &seen) > 500)
        for fixture in ["minimal", "concept-met-waarschuwingen", "woningbouw-dorp", "reeks-met-bureau", "omgevingswet-initiatief"] {
            Self.expectSameAnswers(try await Self.view(Fixtures.path(fixture)), seen: &seen)
        }
        // Every view type was reached, so none is left to Mirror.
        #expect(
            seen.keys.sorted() == [
                "ChangeGroupView", "ChangeView", "CheckView", "DiagnosticView", "EventView", "HeadingView", "KindCountView", "LinkView",
                "OutcomeView", "OverviewGroupView", "OverviewRowView", "PhaseView", "PublicTextView", "ReportView", "ResponseLinkView",
                "ResponseView",
            ])
        #expect(seen.values.reduce(Set()) { $0.union($1) } == ReportView.templateVariables)
    }

    @Test("optionele waarden: in de processen komen zowel een waarde als geen waarde voor")
    func optionalsCoverBothCases() async throws {
        var views = [try await Self.view(packageRoot.appendingPathComponent("process").path)]
        for fixture in ["minimal", "woningbouw-dorp", "reeks-met-bureau", "omgevingswet-initiatief"] {
            views.append(try await Self.view(Fixtures.path(fixture)))
        }
        let events = views.flatMap(\.events), responses = views.flatMap(\.responses)
        func both<Value>(_ values: [Value?]) -> Bool { values.contains { $0 == nil } && values.contains { $0 != nil } }
        #expect(both(events.map(\.location)) && both(events.map(\.participants)) && both(events.map(\.reactions)))
        #expect(both(events.map(\.time)) && both(events.map(\.link)) && both(events.map(\.decisionMaker)))
        #expect(both(events.map(\.series)) && both(events.map(\.phase)))
        #expect(both(responses.map(\.motivationHTML)))
        #expect(both(views.map(\.participationPlanDate)) && both(views.map(\.reportDate)) && both(views.map(\.initiator)))
        #expect(both(views.map(\.municipalAssessmentHTML)) && both(views.map(\.participantsApproximate)))
        let location = try #require(events.first { $0.location != nil }?.templateValue(named: "location"))
        #expect(Self.shape(location).hasPrefix("text("))
    }
}
