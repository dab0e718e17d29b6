import ParticipatieModel
import ParticipatieReading
/// A view whose fields templates can name.
protocol TemplateObject: Sendable {
    /// The value of the field `name`; `nil` when the view has no such field or the field has no value,
    /// in which case the renderer looks in the sections around the tag, as Mustache does.
    func templateValue(named name: String) -> TemplateValue?
}
