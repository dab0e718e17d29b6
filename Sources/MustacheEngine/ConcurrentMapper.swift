/// A way to compute several results at the same time, lent to the renderer by its caller: the engine
/// starts no threads of its own.
///
/// Given one, the renderer renders the items of a long list (``TemplateRenderer/parallelItems`` or
/// more) in chunks, each chunk by a renderer of its own that starts in the state the list's first item
/// would see, and joins their text in order. The text is the same, byte for byte, as without a mapper.
/// Where that cannot be promised (a chunk stops at an error or a limit, the chunks together go past a
/// limit, or a chunk's output depends on whether the one before it ended a line), the rest of the list
/// is rendered item by item instead, as without a mapper, so errors are the same too.
public protocol ConcurrentMapper: Sendable {
    /// `transform(0)`, `transform(1)`, … `transform(count - 1)`, in that order; the calls may run at the
    /// same time, on other threads.
    func map<Result: Sendable>(count: Int, _ transform: @escaping @Sendable (Int) -> Result) -> [Result]
}
