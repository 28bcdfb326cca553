/// One piece of a parsed template, with the position of the tag it comes from.
struct TemplateNode: Sendable {
    /// Indirect: walking the tree copies each node it visits, and a boxed payload copies
    /// with one retain where a name's arrays and a section's body would take one each
    /// (9 % fewer instructions per page).
    indirect enum Kind: Sendable {
        /// Text written as it is, as UTF-8.
        case text([UInt8])
        /// `{{name}}` (escaped) or `{{{name}}}` and `{{&name}}` (as it is).
        case variable(TemplateName, escaped: Bool)
        /// `{{#name}}…{{/name}}`, or `{{^name}}…{{/name}}` when inverted.
        case section(TemplateName, inverted: Bool, body: [TemplateNode])
        /// `{{>name}}`; `indentation` is the whitespace before a partial alone on its line,
        /// which every line of the partial gets.
        case partial(String, indentation: [UInt8]?)
        /// `{{% CONTENT_TYPE: JSON}}`: how the rest of the template escapes values.
        case contentType(TemplateContentType)
    }

    var kind: Kind
    var position: TemplatePosition
}
