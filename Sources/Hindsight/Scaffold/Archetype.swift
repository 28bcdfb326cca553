import Foundation
import Mustache

/// The template `hindsight new` fills in: `archetypes/postmortem.md` of the site's theme,
/// falling back to the default theme's, like Hugo's archetypes. A Mustache template whose
/// values (`title`, `date`, `author`, `severity`, `services`) come quoted for YAML: write
/// them with triple braces.
public struct Archetype: Sendable {
    public static let relativePath = "archetypes/postmortem.md"

    /// Where the template was found, for messages.
    public let path: String
    private let template: MustacheTemplate

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    public init(theme: ThemeFiles) throws(Failure) {
        guard let file = theme.file(Self.relativePath) else {
            throw Failure(description: "no \(Self.relativePath) in the theme (looked in \(theme.description))")
        }
        let text = file.text
        do {
            template = try MustacheTemplate(string: text)
        } catch {
            throw Failure(description: TemplateSyntaxError(path: file.location, text: text).diagnostic(for: error).formatted)
        }
        path = file.location
    }

    func render(_ postmortem: NewPostmortem) -> String {
        var values: [String: Any] = ["title": YAMLQuoted.scalar(postmortem.title), "date": postmortem.date.description]
        values["author"] = postmortem.author.map(YAMLQuoted.scalar)
        values["severity"] = postmortem.severity.map(YAMLQuoted.scalar)
        values["services"] = postmortem.services.isEmpty ? nil : YAMLQuoted.list(postmortem.services)
        return template.render(values)
    }
}
