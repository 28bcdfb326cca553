import Foundation
import HindsightCore

/// One layer of a theme: a folder on disk, or the default theme compiled into Hindsight.
public enum ThemeSource: Sendable, Hashable, CustomStringConvertible {
    /// An absolute path.
    case folder(String)
    case embeddedDefault

    /// Regular files, relative and sorted. Hidden ones (editors' swap files, `.DS_Store`)
    /// are left out unless asked for: the build cache fingerprints them too, in case a
    /// theme reads one one day.
    public func files(includingHidden: Bool = false) -> [String] {
        switch self {
        case .embeddedDefault:
            return EmbeddedTheme.paths
        case .folder(let folder):
            guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
            var found: [String] = []
            while let relative = enumerator.nextObject() as? String {
                guard includingHidden || !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else { continue }
                // Followed links count: a theme may link a file in from elsewhere.
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: Path.join(folder, relative), isDirectory: &isDirectory),
                   !isDirectory.boolValue {
                    found.append(relative)
                }
            }
            return found.sorted()
        }
    }

    public func bytes(of relative: String) -> [UInt8]? {
        switch self {
        case .embeddedDefault: EmbeddedTheme.files[relative]
        case .folder(let folder): RawFile.bytes(atPath: Path.join(folder, relative))
        }
    }

    /// The folder to watch for changes while serving; the embedded theme never changes.
    public var folder: String? {
        if case .folder(let folder) = self { folder } else { nil }
    }

    /// Where a file comes from, for messages.
    public func location(of relative: String) -> String {
        Path.join(description, relative)
    }

    public var description: String {
        switch self {
        case .embeddedDefault: "(built-in default theme)"
        case .folder(let folder): folder
        }
    }
}
