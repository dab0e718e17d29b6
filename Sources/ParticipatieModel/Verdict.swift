/// What the bestuursorgaan (or the initiator) did with an outcome (`besluit:` in a response file).
public enum Verdict: String, CaseIterable, Sendable {
    case overgenomen
    case deelsOvergenomen = "deels-overgenomen"
    case nietOvergenomen = "niet-overgenomen"
    /// The source a process was entered from does not say: shown as such, an error in a `definitief` report.
    case nietVermeld = "niet-vermeld"

    /// Dutch label for the report, e.g. "deels overgenomen".
    public var label: String { ModelWording.verdictLabel(self) }
}
