import ArgumentParser
import Foundation
import Hindsight
import HindsightCore
import HindsightRender

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site: one page per postmortem, an index and incidents.json.",
        discussion: """
            Problems are printed as `path:line:column: severity: message [rule]`, as `check` prints them. The exit code is 0 when \
            the site was built without errors, 1 when there were errors (or warnings with --strict); \
            the pages that could be built are written either way. The output folder is replaced \
            as a whole, and only if Hindsight made it; a content folder that is missing or holds no \
            postmortem never replaces a published site unless --allow-empty is given. Unchanged pages keep their files (and \
            modification times): the analysis of every document, the key of every page and the \
            previous site are cached in .hindsight-cache/ in the site folder, which can be deleted \
            at any time.
            """
    )

    @Option(name: .long, help: ArgumentHelp("Folder of Markdown postmortems, searched recursively.", valueName: "dir"))
    var content: String?

    @Option(name: .long, help: ArgumentHelp("Folder to write the site into.", valueName: "dir"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp(
        "Theme: a folder in themes/, or a path (with a / or starting with .); falls back file by file to the default theme.",
        valueName: "name"))
    var theme: String?

    @Option(name: .customLong("base-url"), help: ArgumentHelp("URL the site will be published at (for canonical links).", valueName: "url"))
    var baseURL: String?

    @Flag(name: .long, help: "Treat warnings as errors.")
    var strict = false

    @Flag(name: .customLong("unsafe-html"), help: "Keep raw HTML and javascript: links from documents (unsafe; off by default).")
    var unsafeHTML = false

    @Flag(name: .customLong("allow-empty"), help: "Let a missing or empty content folder replace a published site with an empty one.")
    var allowEmpty = false

    @Option(name: .long, help: ArgumentHelp("Worker threads (default: one per core).", valueName: "n"))
    var jobs: Int?

    @Flag(name: .customLong("no-cache"), help: "Rebuild everything, neither reading nor writing .hindsight-cache/.")
    var noCache = false

    func run() throws {
        let siteRoot = SiteSettings.root
        var config = try SiteSettings.load()
        if let content { config.contentFolder = content }
        if let output { config.outputFolder = output }
        if let theme {
            // A theme named on the command line that does not exist is a usage error (exit 2);
            // one named in hindsight.yml is a problem of the site, reported by the build (1).
            do {
                _ = try ThemeLocator.files(theme: theme, siteRoot: siteRoot)
            } catch {
                printError(error.diagnostic.formatted)
                throw ExitCode(2)
            }
            config.theme = theme
        }
        if let baseURL { config.baseURL = baseURL }
        if let jobs { config.jobs = jobs }
        config.strict = config.strict || strict
        config.allowUnsafeHTML = config.allowUnsafeHTML || unsafeHTML
        config.allowEmpty = config.allowEmpty || allowEmpty
        if config.allowUnsafeHTML {
            printError("warning: raw HTML and unsafe links from documents are kept (--unsafe-html); publish only trusted content")
        }

        let report = SiteBuilder(config: config, siteRoot: siteRoot, useCache: !noCache).build()
        for diagnostic in report.diagnostics { printError(diagnostic.formatted) }
        print(report.summaryLine + (report.wroteSite ? " → \(config.outputFolder)/" : "; the output folder was left as it was"))
        if report.failed(strict: config.strict) { throw ExitCode.failure }
    }
}

func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
