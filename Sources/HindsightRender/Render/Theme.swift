import Foundation
import HindsightCore
import HindsightTemplates

/// A theme: Mustache templates plus static files (CSS, icons, scripts). A user's theme
/// overrides the default theme file by file: whatever it lacks comes from the default.
public struct Theme: Sendable {
    public let library: TemplateLibrary
    /// Static files to copy into the site, sorted by their path in it.
    public let staticFiles: [ThemeFile]

    public struct LoadError: Error, CustomStringConvertible {
        public var diagnostic: Diagnostic
        public var description: String { diagnostic.formatted }

        package init(diagnostic: Diagnostic) {
            self.diagnostic = diagnostic
        }
    }

    public init(files theme: ThemeFiles) throws(LoadError) {
        var templates: [String: Template] = [:]
        var files: [ThemeFile] = []
        for file in theme.allFiles() {
            if file.relativePath.hasSuffix(".mustache") {
                templates[String(file.relativePath.dropLast(".mustache".count))] = try Self.template(file)
            } else if !Self.isThemeOnly(file.relativePath) {
                files.append(file)
            }
        }
        guard templates["index"] != nil, templates["incident"] != nil else {
            throw LoadError(diagnostic: Diagnostic(
                file: theme.sources.first?.description ?? "themes", line: 1, severity: .error, rule: "theme-incomplete",
                message: "the theme has no index.mustache or incident.mustache (looked in \(theme.description))"))
        }
        library = TemplateLibrary(templates)
        staticFiles = files
    }

    /// The template's output as UTF-8, as it is written out: pages never need it as a
    /// `String`, and decoding one (validating its UTF-8) was a quarter of rendering a page.
    public func render(_ template: String, _ context: [String: TemplateValue]) -> [UInt8] {
        library.renderBytes(template, .object(context)) ?? []
    }

    private static func template(_ file: ThemeFile) throws(LoadError) -> Template {
        do {
            return try Template(file.text)
        } catch {
            throw LoadError(diagnostic: Diagnostic(error, in: file.location))
        }
    }

    /// Folders the theme keeps for other commands, never copied into the site:
    /// `archetypes/` for `hindsight new`, `serve/` for `hindsight serve`.
    static let themeOnlyFolders = ["archetypes", "serve"]

    private static func isThemeOnly(_ relative: String) -> Bool {
        themeOnlyFolders.contains { relative.hasPrefix($0 + "/") }
    }
}
