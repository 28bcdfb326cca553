import ArgumentParser

/// `hindsight theme …`: commands about themes.
struct ThemeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "theme",
        abstract: "Work with themes.",
        subcommands: [ThemeExportCommand.self]
    )
}
