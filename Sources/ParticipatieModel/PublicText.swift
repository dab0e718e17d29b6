/// A text that `proces.md` allows in the published report although the privacy check finds
/// personal data in it (`openbaar:`), for example an official named in a public role.
public struct PublicText: Hashable, Sendable {
    /// The text as written under `tekst`.
    public let text: String
    /// Why it may be published (`reden`).
    public let reason: String

    public init(text: String, reason: String) {
        self.text = text
        self.reason = reason
    }
}
