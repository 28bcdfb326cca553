import Foundation
import HindsightCore
import HindsightRender

/// Everything a build reads besides the documents, reduced to one fingerprint: when it
/// changes, no cached analysis and no previous page can be trusted.
///
/// - the generator's version and the cache format, and the size and modification time of the
///   running executable: the cache's binary form follows the model's stored properties, which
///   can change between two builds of one version (a developer's build, a patched package);
/// - every setting that changes the output (not `jobs`: output is the same on any number
///   of threads; not `strict`: it only changes the exit code, decided from the diagnostics);
/// - the bytes of every file of every source in the theme's fallback chain, the default
///   theme compiled into Hindsight included;
/// - the size and modification time of every other file in the content folder, since a
///   document's analysis depends on which files it links to exist (and assets are copied).
struct BuildInputs {
    static let cacheFormat = 12

    static func fingerprint(config: SiteConfig, contentRoot: String, outputRoot: String,
                            theme: ThemeFiles, otherContentFiles: [String]) -> UInt64 {
        var hasher = StableHasher()
        hasher.combine(Generator.version)
        hasher.combine(cacheFormat)
        let executable = Bundle.main.executablePath.flatMap { RawFile.stat(atPath: $0) }
        hasher.combine(executable?.size ?? -1)
        hasher.combine(executable?.modified ?? -1)
        for setting in [config.title, config.baseURL ?? "\u{0}", config.theme, config.contentFolder,
                        config.outputFolder, config.timezone, contentRoot, outputRoot] {
            hasher.combine(setting)
        }
        hasher.combine(config.allowUnsafeHTML)
        for (rule, level) in config.rules.levels.sorted(by: { $0.key < $1.key }) {
            hasher.combine(rule)
            hasher.combine(level.rawValue)
        }
        hasher.combine(config.rules.requiredSections.count)
        config.rules.requiredSections.forEach { hasher.combine($0) }
        for source in theme.sources {
            hasher.combine(source.description)
            for relative in source.files(includingHidden: true) {
                hasher.combine(relative)
                source.bytes(of: relative)?.withUnsafeBytes { hasher.combine(bytes: $0) }
            }
        }
        for relative in otherContentFiles {
            hasher.combine(relative)
            let stat = RawFile.stat(atPath: Path.join(contentRoot, relative))
            hasher.combine(stat?.size ?? -1)
            hasher.combine(stat?.modified ?? -1)
        }
        return hasher.value
    }
}
