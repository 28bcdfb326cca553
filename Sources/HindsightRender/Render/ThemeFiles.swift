/// A theme's files, looked up file by file through its sources, most specific first: the
/// user's theme, the site's own `themes/default/`, then the default compiled into Hindsight.
/// Rendering, `hindsight new` and `hindsight serve` all read themes through it.
public struct ThemeFiles: Sendable, Hashable, CustomStringConvertible {
    public let sources: [ThemeSource]

    public init(sources: [ThemeSource]) {
        self.sources = sources
    }

    /// Hindsight's own default theme alone.
    public static let embeddedDefault = ThemeFiles(sources: [.embeddedDefault])

    /// The file at `relative`, from the first source that has it.
    public func file(_ relative: String) -> ThemeFile? {
        for source in sources {
            if let bytes = source.bytes(of: relative) { return ThemeFile(relativePath: relative, source: source, bytes: bytes) }
        }
        return nil
    }

    /// Every file of the theme, each from the first source that has it, by relative path.
    public func allFiles() -> [ThemeFile] {
        var seen: Set<String> = []
        var found: [ThemeFile] = []
        for source in sources {
            for relative in source.files() where seen.insert(relative).inserted {
                if let bytes = source.bytes(of: relative) {
                    found.append(ThemeFile(relativePath: relative, source: source, bytes: bytes))
                }
            }
        }
        return found.sorted { $0.relativePath < $1.relativePath }
    }

    /// The folders on disk, to watch for changes while serving.
    public var folders: [String] { sources.compactMap(\.folder) }

    public var description: String { sources.map(\.description).joined(separator: ", ") }
}

/// One file of a theme, with the source it came from.
public struct ThemeFile: Sendable, Hashable {
    public let relativePath: String
    public let source: ThemeSource
    public let bytes: [UInt8]

    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Where it comes from, for messages.
    public var location: String { source.location(of: relativePath) }
}
