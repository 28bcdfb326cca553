import ArgumentParser
import Foundation
import Hindsight
import HindsightCore

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show where each value Hindsight reads from one postmortem came from.",
        discussion: """
            Reads FILE as `build` does (the settings of hindsight.yml, its time zone included) and \
            prints, for each field of incidents.json that extraction decides, its value, where it \
            came from (a word such as front-matter, heading, table, timeline or stated, the line \
            and what exactly), the other readings it was preferred to, and the front-matter key \
            that would override it. A relative FILE is looked for in the current folder, then in \
            the content folder. Exit code: 0, or 1 when the file gives no incident.
            """
    )

    @Argument(help: ArgumentHelp("The Markdown postmortem.", valueName: "file"))
    var file: String

    @Option(name: .long, help: ArgumentHelp("Folder of Markdown postmortems.", valueName: "dir"))
    var content: String?

    func run() throws {
        var config = try SiteSettings.load()
        if let content { config.contentFolder = content }
        do {
            print(try DocumentExplanation(path: file, config: config, siteRoot: SiteSettings.root).text, terminator: "")
        } catch {
            printError(error.diagnostic.formatted)
            throw ExitCode.failure
        }
    }
}
