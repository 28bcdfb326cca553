import Foundation
import Mustache

/// A theme: Mustache templates plus static files (CSS, icons, scripts). A user's theme
/// overrides the default theme file by file: whatever it lacks comes from the default.
public struct Theme: Sendable {
    public let library: MustacheLibrary
    /// Static files to copy into the site: path in the site → absolute source path.
    public let staticFiles: [String: String]

    public struct LoadError: Error, CustomStringConvertible {
        public var diagnostic: Diagnostic
        public var description: String { diagnostic.formatted }
    }

    /// - Parameters:
    ///   - folders: theme folders, most specific first (the user's theme, then the default).
    public init(folders: [String]) throws(LoadError) {
        Self.registerContentTypes
        var templates: [String: MustacheTemplate] = [:]
        var files: [String: String] = [:]
        for folder in folders.reversed() {
            for relative in Self.files(in: folder) {
                let path = Path.join(folder, relative)
                if relative.hasSuffix(".mustache") {
                    let name = String(relative.dropLast(".mustache".count))
                    templates[name] = try Self.template(at: path)
                } else if !Self.isThemeOnly(relative) {
                    files[relative] = path
                }
            }
        }
        guard templates["index"] != nil, templates["incident"] != nil else {
            throw LoadError(diagnostic: Diagnostic(
                file: folders.first ?? "themes", line: 1, severity: .error, rule: "theme-incomplete",
                message: "the theme has no index.mustache or incident.mustache (looked in \(folders.joined(separator: ", ")))"))
        }
        library = MustacheLibrary(templates: templates)
        staticFiles = files
    }

    /// The escapers the themes' `{{% CONTENT_TYPE: …}}` pragmas name, registered once
    /// before any template is parsed.
    static let registerContentTypes: Void = {
        JSONStringContentType.registered
        FastHTMLContentType.registered
    }()

    public func render(_ template: String, _ context: [String: Any]) -> String {
        library.render(context, withTemplate: template) ?? ""
    }

    private static func template(at path: String) throws(LoadError) -> MustacheTemplate {
        let text = FileContents.text(atPath: path) ?? ""
        do {
            return try MustacheTemplate(string: text)
        } catch {
            throw LoadError(diagnostic: TemplateSyntaxError(path: path, text: text).diagnostic(for: error))
        }
    }

    /// Folders the theme keeps for other commands, never copied into the site:
    /// `archetypes/` for `hindsight new`, `serve/` for `hindsight serve`.
    static let themeOnlyFolders = ["archetypes", "serve"]

    private static func isThemeOnly(_ relative: String) -> Bool {
        themeOnlyFolders.contains { relative.hasPrefix($0 + "/") }
    }

    /// Regular files below `folder`, relative, skipping hidden ones.
    private static func files(in folder: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var found: [String] = []
        while let relative = enumerator.nextObject() as? String {
            guard !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else { continue }
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: Path.join(folder, relative), isDirectory: &isDirectory), !isDirectory.boolValue {
                found.append(relative)
            }
        }
        return found.sorted()
    }
}
