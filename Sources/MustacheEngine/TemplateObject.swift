/// A value with named fields that templates can refer to, such as a view model.
///
/// Views answer with a ``TemplateValue`` instead of being inspected at run time, so rendering needs no
/// reflection and no dynamic casts.
public protocol TemplateObject: Sendable {
    /// The value of the field `name`; `nil` when there is no such field or it has no value, in which case
    /// the renderer looks in the contexts around the tag, as Mustache does.
    func templateValue(named name: String) -> TemplateValue?
}
