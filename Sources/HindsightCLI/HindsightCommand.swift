import ArgumentParser
import Foundation
import HindsightRender

@main
struct HindsightCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hindsight",
        abstract: "Turn a folder of incident postmortems (Markdown) into a static HTML archive.",
        discussion: """
            Reads `hindsight.yml` from the current folder when it exists (title, base_url, theme, rules, required_sections, \
            content, output, unsafe_html, allow_empty); command-line options override it.
            """,
        version: Generator.version,
        subcommands: [BuildCommand.self, CheckCommand.self, ExplainCommand.self, NewCommand.self, ServeCommand.self, ThemeCommand.self],
        defaultSubcommand: BuildCommand.self
    )

    /// Exit codes CI can rely on: 0 success, 1 problems in the documents, 2 a usage error
    /// (ArgumentParser's own default for those would be 64).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            guard exitCode(for: error) == .validationFailure else { exit(withError: error) }
            printError(fullMessage(for: error))
            Foundation.exit(2)
        }
    }
}
