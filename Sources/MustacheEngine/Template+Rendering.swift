extension Template {
    /// Renders this template with `view` and hands the text to `write` as UTF-8, in consecutive parts of
    /// about a megabyte.
    ///
    /// `name` is how errors name this template. Partials and parents are looked up by name in `partials`;
    /// a name that is not there renders nothing. Rendering stops with a ``TemplateRenderError`` as soon
    /// as it would go past `limits`; the parts handed on before stay handed on.
    public func render(
        _ view: TemplateValue, name: String = "", partials: [String: Template] = [:],
        limits: RenderLimits, into write: ([UInt8]) -> Void
    ) throws(TemplateRenderError) {
        try TemplateRenderer.render(self, name: name, view: view, partials: partials, limits: limits, into: write)
    }

    /// Renders this template with `view` into one text; see ``render(_:name:partials:limits:into:)``.
    public func rendered(
        _ view: TemplateValue, name: String = "", partials: [String: Template] = [:],
        limits: RenderLimits
    ) throws(TemplateRenderError) -> String {
        var bytes: [UInt8] = []
        try render(view, name: name, partials: partials, limits: limits) { bytes += $0 }
        return String(decoding: bytes, as: UTF8.self)
    }
}
