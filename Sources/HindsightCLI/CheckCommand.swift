import ArgumentParser
import Foundation
import Hindsight
import HindsightCore

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Lint the postmortems without building the site.",
        discussion: """
            Reads the content folder as `build` does and prints every finding as \
            `path:line:column: severity: message [rule]`, then a count. Rule levels (off, warning, \
            error) and required sections are set in hindsight.yml under `rules:` and \
            `required_sections:`. Exit code: 0 when there are no errors, 1 when there are \
            (or warnings with --strict), 2 on usage errors. Nothing is written.
            """
    )

    @Option(name: .long, help: ArgumentHelp("Folder of Markdown postmortems, searched recursively.", valueName: "dir"))
    var content: String?

    @Option(name: .long, help: ArgumentHelp("text, github (workflow commands that annotate pull requests) or json.", valueName: "format"))
    var format: CheckFormat = .text

    @Flag(name: .long, help: "Fail on warnings too.")
    var strict = false

    @Option(name: .long, help: ArgumentHelp("Worker threads (default: one per core).", valueName: "n"))
    var jobs: Int?

    func run() throws {
        let siteRoot = SiteSettings.root
        var config = try SiteSettings.load()
        if let content { config.contentFolder = content }
        if let jobs { config.jobs = jobs }
        let report = SiteBuilder(config: config, siteRoot: siteRoot).check()
        print(format.render(report), terminator: "")
        if report.failed(strict: strict || config.strict) { throw ExitCode.failure }
    }
}

extension CheckFormat: ExpressibleByArgument {}
