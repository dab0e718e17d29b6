import Testing

@testable import ParticipatieReading

/// Every case recorded from the old implementation gives the same tree, position and message now,
/// except that libyaml's English problem is now Dutch, a key that is a collection is reported by the
/// composer (the first one only), and the changes listed in ``DeliberateChanges``.
@Suite("Zelfde uitkomst als de oude lezer")
struct RecordedCaseTests {
    @Test(arguments: CaseCatalog.all.map(\.name))
    func sameOutcomeAsBefore(_ name: String) throws {
        let yaml = try #require(CaseCatalog.all.first { $0.name == name }?.yaml)
        let recorded = try #require(RecordedOutcomes.byName[name], "niet opgenomen: \(name)")
        #expect(Reading.outcome(yaml) == Self.expectedNow(name, recorded))
    }

    @Test func everyCaseWasRecordedAndEveryChangeIsACase() {
        let names = Set(CaseCatalog.all.map(\.name))
        #expect(names.count == CaseCatalog.all.count)
        #expect(names == Set(RecordedOutcomes.byName.keys))
        #expect(Set(DeliberateChanges.byName.keys).isSubset(of: names))
        for (name, change) in DeliberateChanges.byName {
            #expect(change.now != RecordedOutcomes.byName[name].map { Self.translated($0.outcome) }, "\(name)")
        }
    }

    /// The old outcome as it reads now.
    static func expectedNow(_ name: String, _ recorded: RecordedOutcomes.Recorded) -> String {
        if let change = DeliberateChanges.byName[name] { return change.now }
        // The old composer gave the tree, and the field reader reported each key that was a collection.
        if let first = recorded.diagnostics.first, first.hasSuffix(": sleutel moet gewone tekst zijn") { return first }
        return translated(recorded.outcome)
    }

    /// `outcome` with libyaml's English problem (and Yams' "but found another document") in Dutch.
    static func translated(_ outcome: String) -> String {
        let frame = "ongeldige YAML in front matter ("
        guard let open = outcome.firstRange(of: frame) else { return outcome }
        let rest = outcome[open.upperBound...]
        let close = rest.firstRange(of: "); ")?.lowerBound ?? rest.index(before: rest.endIndex)
        let english = String(rest[..<close])
        let dutch =
            english == "but found another document"
            ? "hier begint een tweede document, en front matter mag er maar één bevatten"
            : Message.dutch(LibyamlProblem(libyamlText: english))
        return String(outcome[..<open.upperBound]) + dutch + String(rest[close...])
    }
}
