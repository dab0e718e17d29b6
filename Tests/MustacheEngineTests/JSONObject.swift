import MustacheEngine

/// A JSON object as a view.
struct JSONObject: TemplateObject {
    let fields: [String: JSONValue]

    func templateValue(named name: String) -> TemplateValue? {
        fields[name]?.templateValue
    }
}
