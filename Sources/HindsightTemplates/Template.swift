/// A Mustache template, parsed once into a tree.
public struct Template: Sendable {
    let nodes: [TemplateNode]

    /// - Throws: `TemplateError`, in words, at the line and column of the tag at fault.
    public init(_ text: String) throws(TemplateError) {
        nodes = try TemplateParser.parse(text)
    }

    /// Renders with `partials` for `{{>name}}` (a partial missing from it renders as nothing).
    public func render(_ context: TemplateValue, partials: TemplateLibrary = TemplateLibrary()) -> String {
        String(decoding: renderBytes(context, partials: partials), as: UTF8.self)
    }

    public func renderBytes(_ context: TemplateValue, partials: TemplateLibrary = TemplateLibrary()) -> [UInt8] {
        var renderer = TemplateRenderer(context: context, partials: partials)
        renderer.render(nodes)
        return renderer.output
    }
}
