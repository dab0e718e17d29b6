/// What the bestuursorgaan did with an outcome (`besluit:` in a response file).
public enum Verdict: String, CaseIterable, Sendable {
    case overgenomen
    case deelsOvergenomen = "deels-overgenomen"
    case nietOvergenomen = "niet-overgenomen"

    /// Dutch label for the report, e.g. "deels overgenomen".
    public var label: String { ModelWording.verdictLabel(self) }
}
