import ArgumentParser
import Foundation
import HindsightTemplates

/// Renders the default theme's incident page N times with one engine, for a profiler to count
/// instructions (`valgrind --tool=callgrind`): run it at two page counts and divide the
/// difference by the difference in pages, so that loading the theme cancels out.
struct TemplateBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "templates",
        abstract: "Render the incident template N times (for callgrind).")

    @Option(help: "Pages to render.") var pages = 1000
    @Option(help: "The theme's folder.") var theme = "themes/default"
    @Option(help: "The incident page's context, as JSON.") var context = "Sources/HindsightBench/Fixtures/incident-context.json"

    func run() throws {
        let context = try BenchContext.read(context)
        let templates = try Self.templates(in: theme)
        let library = TemplateLibrary(try templates.mapValues { try Template($0) })
        var bytes = 0
        for _ in 0..<pages { bytes += library.render("incident", context)?.utf8.count ?? 0 }
        print("\(pages) pages, \(bytes) bytes")
    }

    /// Every `.mustache` file of the folder, by name without the extension.
    static func templates(in folder: String) throws -> [String: String] {
        var templates: [String: String] = [:]
        for file in try FileManager.default.contentsOfDirectory(atPath: folder) where file.hasSuffix(".mustache") {
            templates[String(file.dropLast(".mustache".count))] = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
        }
        return templates
    }
}
