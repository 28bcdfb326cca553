import ArgumentParser
import Foundation
import Hindsight
import HindsightCore
import HindsightRender

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Start a postmortem: write content/YYYY-MM-DD-slug.md from the theme's template.",
        discussion: """
            The template is archetypes/postmortem.md in the theme (the default theme has one). \
            The author is taken from `git config user.name` and `user.email` when set. \
            An existing file is never overwritten.
            """
    )

    @Argument(help: "The incident's title.")
    var title: String

    @Option(name: .long, help: ArgumentHelp("The incident's day (default: today).", valueName: "YYYY-MM-DD"))
    var date: String?

    @Option(name: .long, help: ArgumentHelp("Severity, as your team names it (SEV1, major…).", valueName: "level"))
    var severity: String?

    @Option(name: .long, help: ArgumentHelp("A service affected; repeat for several.", valueName: "name"))
    var service: [String] = []

    @Option(name: .long, help: ArgumentHelp("Folder of Markdown postmortems.", valueName: "dir"))
    var content: String?

    func validate() throws {
        guard !title.trimmingCharacters(in: .whitespaces).isEmpty else { throw ValidationError("The title is empty.") }
        if let date, CalendarDate(iso8601: date) == nil { throw ValidationError("--date must be a real day written YYYY-MM-DD.") }
    }

    func run() throws {
        let siteRoot = FileManager.default.currentDirectoryPath
        do {
            let config = try SiteConfig.load(siteRoot: siteRoot)
            let archetype = try Archetype(theme: ThemeLocator.files(theme: config.theme, siteRoot: siteRoot))
            let postmortem = NewPostmortem(title: title, date: date.flatMap(CalendarDate.init(iso8601:)) ?? .today(),
                                           author: GitIdentity.author(in: siteRoot), severity: severity, services: service)
            print(try postmortem.write(into: content ?? config.contentFolder, from: archetype))
        } catch let error as Theme.LoadError {
            printError(error.diagnostic.formatted)
            throw ExitCode.failure
        } catch {
            printError("error: \(error)")
            throw ExitCode.failure
        }
    }
}
