import Foundation
import PackagePlugin

/// Compiles `themes/default/` into the target that uses this plugin, so that the built
/// `hindsight` carries its default theme and works wherever it is copied: it runs
/// `EmbedTheme` over every file of the folder.
///
/// Every file is an input of the command, so editing one regenerates the Swift. Adding or
/// removing one needs this plugin to run again, which SwiftPM does only when it plans the
/// build again: when a file is added or removed under a target's folder. Hence the link
/// `themes-default` beside this file, to `themes/default/`: SwiftPM follows it when it looks
/// for changes (without it, a new theme file went unnoticed, and a removed one failed the
/// build with "missing inputs" until Package.swift changed).
@main
struct EmbedDefaultTheme: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let theme = context.package.directoryURL.appending(path: "themes/default")
        let relativePaths = try Self.files(under: theme)
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedTheme+Files.swift")
        return [
            .buildCommand(
                displayName: "Embedding the default theme (\(relativePaths.count) files)",
                executable: try context.tool(named: "EmbedTheme").url,
                arguments: [output.path(percentEncoded: false), theme.path(percentEncoded: false)] + relativePaths,
                inputFiles: relativePaths.map { theme.appending(path: $0) },
                outputFiles: [output]
            ),
        ]
    }

    /// Regular files below `folder`, relative and sorted, skipping hidden ones (editors'
    /// swap files, `.DS_Store`), as the theme loader does.
    private static func files(under folder: URL) throws -> [String] {
        let root = folder.standardizedFileURL.path(percentEncoded: false)
        guard let enumerator = FileManager.default.enumerator(
            at: folder, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]
        ) else { throw PluginError("cannot read \(root)") }
        var found: [String] = []
        for case let url as URL in enumerator where try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true {
            let path = url.standardizedFileURL.path(percentEncoded: false)
            found.append(String(path.dropFirst(root.count).drop(while: { $0 == "/" })))
        }
        guard !found.isEmpty else { throw PluginError("\(root) holds no files") }
        return found.sorted()
    }
}

struct PluginError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
