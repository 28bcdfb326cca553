import Foundation

/// Finds theme folders: `themes/NAME` in the site folder, falling back to the default
/// theme, which is the site's own `themes/default` if it has one, else the one that
/// ships with Hindsight's sources.
public enum ThemeLocator {
    /// The default theme beside Hindsight's sources (this file is Sources/Hindsight/Render/).
    static var bundledDefault: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("themes/default").path
    }

    public static func folders(theme name: String, siteRoot: String) -> [String] {
        let themes = Path.join(siteRoot, "themes")
        var folders: [String] = []
        if name != "default" || FileManager.default.fileExists(atPath: Path.join(themes, name)) {
            folders.append(name.contains("/") ? name : Path.join(themes, name))
        }
        let siteDefault = Path.join(themes, "default")
        if name != "default" && FileManager.default.fileExists(atPath: siteDefault) { folders.append(siteDefault) }
        if let environment = ProcessInfo.processInfo.environment["HINDSIGHT_DEFAULT_THEME"] { folders.append(environment) }
        folders.append(bundledDefault)
        var seen: Set<String> = []
        return folders.map(Path.absolute).filter { seen.insert($0).inserted }
    }
}
