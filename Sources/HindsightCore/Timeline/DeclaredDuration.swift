/// How long the incident lasted as front matter states it (`duration_minutes: 47`): the
/// author measured it, so it wins over the timeline's impact window and the prose.
struct DeclaredDuration: Sendable, Hashable {
    static let key = "duration_minutes"

    var minutes: Int
    /// The line of the key in the source file.
    var line: Int

    init?(_ frontMatter: FrontMatter?) {
        guard let frontMatter, let text = frontMatter.text(Self.key), let minutes = Self.minutes(text) else { return nil }
        self.minutes = minutes
        line = frontMatter.line(of: Self.key)
    }

    /// A whole number of minutes, zero or more; nil for anything else (`2h`, `-5`, `47.5`),
    /// which `front-matter-wrong-type` reports.
    static func minutes(_ text: String) -> Int? {
        Int(text.trimmed).flatMap { $0 >= 0 ? $0 : nil }
    }
}
