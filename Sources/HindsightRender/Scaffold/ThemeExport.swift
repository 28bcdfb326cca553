import Foundation
import HindsightCore

/// `hindsight theme export`: writes the default theme compiled into Hindsight into a folder,
/// as the starting point of a theme of one's own.
public struct ThemeExport: Sendable {
    /// Where `hindsight theme export` writes when given no folder: a theme named `custom`,
    /// beside the site's `themes/default/` rather than over it, so exporting never changes
    /// the site until the theme is chosen.
    public static let defaultFolder = "themes/custom"

    /// The folder, as the user named it (relative to the site folder, or absolute).
    public let folder: String
    /// Replace files that exist already; without it, nothing is written when any does.
    public var overwrite: Bool

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    public init(folder: String = Self.defaultFolder, overwrite: Bool = false) {
        self.folder = folder
        self.overwrite = overwrite
    }

    /// The value of `--theme` (or `theme:`) that picks the exported folder from the site folder.
    public var themeName: String {
        let trimmed = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        let name = trimmed.dropFirst("themes/".count)
        if trimmed.hasPrefix("themes/"), !name.isEmpty, !ThemeLocator.isPath(String(name)) { return String(name) }
        return ThemeLocator.isPath(trimmed) ? trimmed : "./" + trimmed
    }

    /// Writes every file of the default theme; returns their paths, sorted.
    public func write() throws(Failure) -> [String] {
        let targets = EmbeddedTheme.paths.map { (relative: $0, path: Path.join(folder, $0)) }
        let existing = targets.map(\.path).filter { FileManager.default.fileExists(atPath: $0) }
        if !overwrite, let first = existing.first {
            let others = existing.count == 1 ? "" : " and \(existing.count - 1) more of the theme's files"
            throw Failure(description: "\(first)\(others) already exist; not overwriting them (--force does)")
        }
        for target in targets {
            let path = target.path
            do {
                try FileManager.default.createDirectory(atPath: Path.parent(of: path), withIntermediateDirectories: true)
                try Data(EmbeddedTheme.files[target.relative] ?? []).write(to: URL(fileURLWithPath: path))
            } catch {
                throw Failure(description: "cannot write \(path): \(error.localizedDescription)")
            }
        }
        return targets.map(\.path)
    }
}
