/// How far one rendering may go before it stops with a ``TemplateRenderError``.
///
/// Mustache templates can describe far more text than they are long (a partial that includes the next
/// one twice, thirty times over; sections nested over a long list), and partials may include themselves.
/// These limits turn both into an error instead of exhausting memory or the stack.
public struct RenderLimits: Equatable, Sendable {
    /// The most bytes of UTF-8 the rendering may produce in total.
    public var outputBytes: Int
    /// The most partials (`{{>…}}`) and parents (`{{<…}}`) that may be rendered inside one another.
    public var partialDepth: Int
    /// The most nodes (texts, tags, list items) the rendering may visit: sections nested over long
    /// lists whose content renders nothing never reach the output limit, but take this many steps.
    public var steps: Int

    /// Limits of `outputBytes` bytes of output, `partialDepth` partials inside one another and `steps`
    /// nodes visited (by default no limit on steps).
    public init(outputBytes: Int, partialDepth: Int = RenderLimits.defaultPartialDepth, steps: Int = .max) {
        self.outputBytes = outputBytes
        self.partialDepth = partialDepth
        self.steps = steps
    }

    /// The partial depth used when none is given: deep enough for any template written by hand.
    public static let defaultPartialDepth = 64
}
