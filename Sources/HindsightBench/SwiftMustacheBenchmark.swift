import ArgumentParser
import HindsightTemplates
import Mustache

/// The same pages with swift-mustache, the engine HindsightTemplates replaced, for the
/// comparison in BENCHMARKS.md. The context is converted to the `[String: Any]` it took
/// once, before the loop.
struct SwiftMustacheBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "templates-swift-mustache",
        abstract: "Render the incident template N times with swift-mustache (for callgrind).")

    @Option(help: "Pages to render.") var pages = 1000
    @Option(help: "The theme's folder.") var theme = "themes/default"
    @Option(help: "The incident page's context, as JSON.") var context = "Sources/HindsightBench/Fixtures/incident-context.json"

    func run() throws {
        MustacheContentTypes.register(FastHTML(), named: "FAST_HTML")
        // feed.json.mustache names JSON; the incident page never escapes with it.
        MustacheContentTypes.register(FastHTML(), named: "JSON")
        let typed = try BenchContext.read(context)
        let context = Self.plain(typed)
        let templates = try TemplateBenchmark.templates(in: theme)
        let library = MustacheLibrary(templates: try templates.mapValues { try MustacheTemplate(string: $0) })
        let ours = TemplateLibrary(try templates.mapValues { try Template($0) }).render("incident", typed)
        guard library.render(context, withTemplate: "incident") == ours else {
            throw ValidationError("swift-mustache and HindsightTemplates render different pages")
        }
        var bytes = 0
        for _ in 0..<pages { bytes += library.render(context, withTemplate: "incident")?.utf8.count ?? 0 }
        print("\(pages) pages, \(bytes) bytes")
    }

    static func plain(_ value: TemplateValue) -> Any {
        switch value {
        case .string(let text): text
        case .int(let number): number
        case .double(let number): number
        case .bool(let truth): truth
        case .list(let items): items.map(plain)
        case .object(let values): values.mapValues(plain)
        case .keyed: [String: Any]()
        }
    }

    /// Hindsight's FAST_HTML escaper for swift-mustache, as it was.
    struct FastHTML: MustacheContentType {
        func escapeText(_ text: String) -> String {
            guard text.utf8.contains(where: Self.isSpecial) else { return text }
            var escaped: [UInt8] = []
            escaped.reserveCapacity(text.utf8.count + 32)
            for byte in text.utf8 {
                switch byte {
                case UInt8(ascii: "&"): escaped += "&amp;".utf8
                case UInt8(ascii: "<"): escaped += "&lt;".utf8
                case UInt8(ascii: ">"): escaped += "&gt;".utf8
                case UInt8(ascii: "\""): escaped += "&quot;".utf8
                case UInt8(ascii: "'"): escaped += "&#39;".utf8
                default: escaped.append(byte)
                }
            }
            return String(decoding: escaped, as: UTF8.self)
        }

        private static func isSpecial(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
                || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
        }
    }
}
