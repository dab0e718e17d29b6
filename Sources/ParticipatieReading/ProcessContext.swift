import ParticipatieModel

/// What `proces.md` tells the reader of every other file: the kinds it declares, its phases, the date
/// of the report and whether the report is `definitief`.
///
/// `proces.md` is parsed before the other files, so each of them is checked against it in its own
/// task. What `proces.md` could not say (its front matter is broken, a declaration has an error) is
/// not judged in the other files: the cause is reported once, in `proces.md`.
struct ProcessContext: Sendable {
    /// Kinds declared under `soorten`, in the order written.
    var declaredKinds: [EventKind] = []
    /// Ids under `soorten` whose declaration has an error: events of those kinds are not reported.
    var brokenKindIDs: Set<String> = []
    /// Whether the kinds are known; `false` when `proces.md` or its `soorten` could not be read.
    var kindsAreKnown = true
    var phases: [Phase] = []
    /// Whether `fasen` is there but could not be read whole: the phases of events are not judged.
    var phasesAreBroken = false
    /// The date of the report (`datum`).
    var reportDate: EventDate?
    /// Whether the report is `definitief` and judged as such (not when `judgeAsConcept`, as for an
    /// earlier revision in `verschil`).
    var isFinal = false

    /// For a folder without `proces.md`: only the built-in kinds, no phases, no date.
    static let standard = ProcessContext()

    /// For a `proces.md` whose front matter cannot be read: nothing is judged that depends on it.
    static let unknown = ProcessContext(kindsAreKnown: false, phasesAreBroken: true)

    /// The kind with this id: built in or declared.
    func kind(_ id: String) -> EventKind? {
        EventKind.builtIn(id: id) ?? declaredKinds.first { $0.id == id }
    }

    /// Every id a `soort` may have, built-in ones first.
    var kindIDs: [String] { EventKind.builtIn.map(\.id) + declaredKinds.map(\.id) }
}
