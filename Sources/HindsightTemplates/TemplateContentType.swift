/// How a template escapes the values it places with `{{name}}`, chosen with the pragma
/// `{{% CONTENT_TYPE: NAME}}` for the rest of the template file (partials start again
/// at HTML).
public enum TemplateContentType: String, Sendable, CaseIterable {
    case html = "HTML"
    /// The name the default theme used when the HTML escaper was swift-mustache's and a faster
    /// one had to be chosen by name: the same escaping as `html`, kept so themes stay valid.
    case fastHTML = "FAST_HTML"
    case text = "TEXT"
    /// The inside of a JSON string literal (the JSON Feed).
    case json = "JSON"

    func write(_ bytes: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
        switch self {
        case .html, .fastHTML: HTMLEscaping.write(bytes, into: &output)
        case .text: output.append(contentsOf: bytes)
        case .json: JSONStringEscaping.write(bytes, into: &output)
        }
    }
}
