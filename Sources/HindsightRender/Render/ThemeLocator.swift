import Foundation
import HindsightCore

/// Finds a theme by the name `--theme` or `theme:` gives: a folder under the site's
/// `themes/`, or a path (one that contains a `/` or starts with `.`, relative to the site
/// folder). Whatever the theme lacks comes from the site's own `themes/default/`, if it has
/// one, then from the default theme compiled into Hindsight; so `default` always exists.
public enum ThemeLocator {
    public static let defaultName = "default"

    public static func files(theme name: String, siteRoot: String) throws(Theme.LoadError) -> ThemeFiles {
        let siteDefault = Path.absolute(Path.join(siteRoot, "themes/" + defaultName))
        var folders = isFolder(siteDefault) ? [siteDefault] : []
        if name != defaultName {
            let folder = Path.absolute(folder(of: name, siteRoot: siteRoot))
            guard isFolder(folder) else { throw missing(name, siteRoot: siteRoot) }
            if folder != siteDefault { folders.insert(folder, at: 0) }
        }
        return ThemeFiles(sources: folders.map(ThemeSource.folder) + [.embeddedDefault])
    }

    /// Whether `name` is a path rather than a name under `themes/`.
    static func isPath(_ name: String) -> Bool {
        name.contains("/") || name.hasPrefix(".")
    }

    /// The folder `name` stands for, as the user would write it from the site folder.
    private static func folder(of name: String, siteRoot: String) -> String {
        isPath(name) ? (name.hasPrefix("/") ? name : Path.join(siteRoot, name)) : Path.join(siteRoot, "themes/" + name)
    }

    private static func missing(_ name: String, siteRoot: String) -> Theme.LoadError {
        let lookedIn = isPath(name) ? name : "themes/" + name
        let from = lookedIn.hasPrefix("/") ? "" : " (from \(Path.absolute(siteRoot)))"
        return Theme.LoadError(diagnostic: Diagnostic(
            file: "", line: 0, severity: .error, rule: "theme-missing",
            message: "no theme “\(name)”: looked in \(lookedIn)\(from)"))
    }

    private static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
