@testable import ParticipatieModel
@testable import ParticipatieReport

/// A comparison for a view model made from one timeline: an "earlier version" without its first
/// event, with the second event under another title, an event that is gone now, and another `versie`.
/// Every kind of change appears, with and without a link.
enum ComparisonFixture {
    static func comparison(for timeline: Timeline) -> ReportView.Comparison {
        var events = timeline.events
        let first = events.removeFirst()
        if !events.isEmpty {
            let second = events[0]
            events[0] = Event(
                id: second.id, file: second.file, kind: second.kind, title: second.title + " (oud)", dates: second.dates,
                body: second.body)
        }
        events.append(Event(id: "2000-01-01-weg", file: "process/2000-01-01-weg.md", kind: .brief, title: "Weg", dates: [first.firstDate]))
        let old = timeline.process
        let process = ProcessDescription(
            file: old.file, title: old.title, municipalities: old.municipalities, governingBody: old.governingBody, level: old.level,
            regulation: old.regulation, participationPlan: old.participationPlan, status: old.status, version: old.version + "-oud")
        let earlier = Timeline(process: process, events: events, outcomes: timeline.outcomes, responses: timeline.responses)
        return ReportView.Comparison(
            revision: "1a2b3c4", commit: "1a2b3c4d5e6f", version: process.version, changes: ProcessChanges(from: earlier, to: timeline))
    }
}
