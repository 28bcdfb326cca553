import ArgumentParser
import Hindsight

@main
struct HindsightCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hindsight",
        abstract: "Turn a folder of incident postmortems (Markdown) into a static HTML archive.",
        discussion: """
            Reads `hindsight.yml` from the current folder when it exists (title, base_url, theme, \
            content, output, unsafe_html); command-line options override it.
            """,
        version: Generator.version,
        subcommands: [BuildCommand.self],
        defaultSubcommand: BuildCommand.self
    )
}
