import ArgumentParser
import Foundation
import Hindsight
import HindsightRender

struct ThemeExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the default theme into a folder, to make a theme of your own from it.",
        discussion: """
            Writes every file of the default theme built into hindsight (templates, styles, scripts, \
            archetypes/ for `new`, serve/ for `serve`) and prints each path. Existing files are left \
            alone, and nothing is written, unless --force is given. A theme needs only the files it \
            changes: delete the others, and they keep coming from the default theme as it improves.
            """
    )

    @Argument(help: ArgumentHelp("Folder to write the theme into.", valueName: "dir"))
    var folder = ThemeExport.defaultFolder

    @Flag(name: .long, help: "Overwrite files that exist already.")
    var force = false

    func run() throws {
        let export = ThemeExport(folder: folder, overwrite: force)
        do {
            for path in try export.write() { print(path) }
        } catch {
            printError("error: \(error)")
            throw ExitCode.failure
        }
        printError("Build with it: hindsight build --theme \(export.themeName), or `theme: \(export.themeName)` in hindsight.yml")
    }
}
