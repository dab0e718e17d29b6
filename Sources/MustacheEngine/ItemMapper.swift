/// Runs independent pieces of work side by side, for rendering the items of a long list on all cores.
///
/// The engine itself imports nothing beyond the standard library; a caller that wants concurrency
/// supplies the threads through this protocol. Whatever the mapper does, the output is the same bytes,
/// and a rendering that stops with an error stops with the same error, as without it.
public protocol ItemMapper: Sendable {
    /// `transform` applied to `0..<count`, in that order; the calls may run at the same time.
    func map<Result: Sendable>(_ count: Int, _ transform: @Sendable (Int) -> Result) -> [Result]
}
