/// Templates by name, which are each other's partials.
public struct TemplateLibrary: Sendable {
    private let templates: [String: Template]

    public init(_ templates: [String: Template] = [:]) {
        self.templates = templates
    }

    public subscript(name: String) -> Template? { templates[name] }

    /// The template `name` rendered with `context`, or nil when there is no such template.
    public func render(_ name: String, _ context: TemplateValue) -> String? {
        templates[name]?.render(context, partials: self)
    }

    /// `render(_:_:)`'s UTF-8, as the renderer wrote it: for output that is only written out.
    public func renderBytes(_ name: String, _ context: TemplateValue) -> [UInt8]? {
        templates[name]?.renderBytes(context, partials: self)
    }
}
