import Foundation
import Testing

@testable import ParticipatieCommands
@testable import ParticipatieModel
@testable import ParticipatieSystem

/// The comparison of two models, the line-by-line view of a text, and running a program.
@Suite("Vergelijken van twee versies")
struct ProcessChangesTests {
    private static let process = ProcessDescription(
        file: "process/proces.md", title: "Marktplein", municipalities: ["Voorbeeldstad"], governingBody: "college",
        level: .adviseren, regulation: "verordening", participationPlan: nil, status: .concept, version: "1")

    private func event(_ id: String, _ title: String, body: String = "", date: EventDate = EventDate(year: 2024, month: 5, day: 1)) -> Event {
        Event(id: id, file: "process/\(id).md", kind: .bijeenkomst, title: title, dates: [date], body: body)
    }

    private func timeline(events: [Event], outcomes: [Outcome] = [], responses: [Response] = []) -> Timeline {
        Timeline(process: Self.process, events: events, outcomes: outcomes, responses: responses)
    }

    @Test func theSameProcessHasNoChanges() {
        let events = [event("2024-05-01-a", "A", body: "Tekst.")]
        #expect(ProcessChanges(from: timeline(events: events), to: timeline(events: events)).isEmpty)
    }

    @Test func aRenamedFileIsFoundByItsTextOrItsTitle() {
        let old = timeline(events: [event("2024-05-01-a", "Avond", body: "Dezelfde tekst."), event("2024-05-02-b", "Middag", body: "Oud.")])
        let new = timeline(events: [event("2024-05-03-x", "Andere titel", body: "Dezelfde tekst."), event("2024-05-04-y", "Middag", body: "Nieuw.")])
        let changes = ProcessChanges(from: old, to: new).events
        #expect(changes.added == [] && changes.removed == [])
        #expect(changes.changed.map(\.previousID) == ["2024-05-01-a", "2024-05-02-b"])
        #expect(changes.changed.map { $0.fields.map(\.key) } == [["titel"], ["tekst"]])
    }

    @Test func referencesAreComparedThroughRenames() {
        let oldEvent = event("2024-05-01-a", "Avond"), newEvent = event("2024-05-08-a", "Avond", date: EventDate(year: 2024, month: 5, day: 8))
        let old = timeline(
            events: [oldEvent],
            outcomes: [Outcome(id: "groen", file: "process/uitkomsten/groen.md", title: "Groen", order: 1, sources: [oldEvent.id])])
        let new = timeline(
            events: [newEvent],
            outcomes: [Outcome(id: "groen", file: "process/uitkomsten/groen.md", title: "Groen", order: 1, sources: [newEvent.id])])
        let changes = ProcessChanges(from: old, to: new)
        #expect(changes.outcomes.isEmpty)
        #expect(changes.events.changed.map(\.fields) == [[ProcessChanges.FieldChange(key: "datum", old: "2024-05-01", new: "2024-05-08")]])
    }

    @Test func manyRenamedFilesWithTheSameTitleArePairedInOrder() {
        let old = timeline(events: (1...2000).map { event(String(format: "2024-01-01-%04d", $0), "Overleg") })
        let new = timeline(events: (1...2000).map { event(String(format: "2024-01-01-n%04d", $0), "Overleg") })
        let changes = ProcessChanges(from: old, to: new).events
        #expect(changes.added.isEmpty && changes.removed.isEmpty)
        #expect(changes.changed.count == 2000)
        #expect(changes.changed.first?.previousID == "2024-01-01-0001")
    }

    @Test func lineDiffShowsOnlyWhatDiffers() {
        #expect(
            LineDiff.changes(from: "a\nb\nc\nd", to: "a\nB\nc\nd\ne") == [.removed("b"), .added("B"), .added("e")])
        #expect(LineDiff.changes(from: "zelfde", to: "zelfde") == [])
        let large = (1...3000).map(String.init).joined(separator: "\n")
        // Too large to compare line by line in the middle: the middle is shown whole, still in order.
        let changed = LineDiff.changes(from: "x\n" + large, to: "y\n" + large.replacingOccurrences(of: "\n1500\n", with: "\nvijftienhonderd\n"))
        #expect(changed.first == .removed("x") && changed.contains(.added("vijftienhonderd")))
    }

    @Test("de regels die verschillen: een kortste reeks, in volgorde, op willekeurige teksten")
    func lineDifferenceIsShortestAndInOrder() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            let old = (0..<Int.random(in: 0...12, using: &generator)).map { _ in ["a", "b", "c", ""].randomElement(using: &generator)! }
            let new = (0..<Int.random(in: 0...12, using: &generator)).map { _ in ["a", "b", "c", ""].randomElement(using: &generator)! }
            let changes = LineDiff.changes(from: old.joined(separator: "\n"), to: new.joined(separator: "\n"))
            // What stays is the same lines on both sides: the old lines without the removed ones and the
            // new lines without the added ones.
            var kept: [String: Int] = [:]
            for line in old.joined(separator: "\n").split(separator: "\n", omittingEmptySubsequences: false) { kept[String(line), default: 0] += 1 }
            for line in new.joined(separator: "\n").split(separator: "\n", omittingEmptySubsequences: false) { kept[String(line), default: 0] -= 1 }
            var removedCount = 0, addedCount = 0
            for change in changes {
                switch change {
                case .removed(let line):
                    removedCount += 1
                    kept[String(line), default: 0] -= 1
                case .added(let line):
                    addedCount += 1
                    kept[String(line), default: 0] += 1
                }
            }
            #expect(kept.values.allSatisfy { $0 == 0 }, "\(old) → \(new)")
            // Shortest: as many lines stay as the longest common subsequence has.
            let a = old.joined(separator: "\n").split(separator: "\n", omittingEmptySubsequences: false)
            let b = new.joined(separator: "\n").split(separator: "\n", omittingEmptySubsequences: false)
            var lengths = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
            for i in stride(from: a.count - 1, through: 0, by: -1) {
                for j in stride(from: b.count - 1, through: 0, by: -1) {
                    lengths[i][j] = a[i] == b[j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
                }
            }
            #expect(removedCount == a.count - lengths[0][0] && addedCount == b.count - lengths[0][0], "\(old) → \(new)")
        }
    }

    @Test func aProgramIsFedAndReadAtTheSameTime() throws {
        // More than any pipe holds, in and out at once.
        let input = [UInt8]((0..<(3 << 20)).map { UInt8(truncatingIfNeeded: $0 % 251) })
        let output = try Subprocess.run("cat", [], input: input).get()
        #expect(output.status == 0)
        #expect(output.standardOutput == input)
        let failed = try Subprocess.run("sh", ["-c", "echo fout >&2; exit 3"]).get()
        #expect(failed.status == 3 && failed.standardError == Array("fout\n".utf8))
        #expect(throws: SystemError(.noSuchFileOrDirectory)) { try Subprocess.run("participatie-bestaat-niet", []).get() }
        // A program that stops reading early ends the writing, not this process.
        let early = try Subprocess.run("head", ["-c", "10"], input: input).get()
        #expect(early.standardOutput.count == 10)
        #expect(throws: SystemError(.fileTooLarge)) { try Subprocess.run("cat", [], input: input, outputLimit: 1 << 20).get() }
    }
}
