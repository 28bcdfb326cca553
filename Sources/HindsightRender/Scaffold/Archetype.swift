import Foundation
import HindsightCore
import HindsightTemplates

/// The template `hindsight new` fills in: `archetypes/postmortem.md` of the site's theme,
/// falling back to the default theme's, like Hugo's archetypes. A Mustache template whose
/// values (`title`, `date`, `author`, `severity`, `services`) come quoted for YAML: write
/// them with triple braces.
public struct Archetype: Sendable {
    public static let relativePath = "archetypes/postmortem.md"

    /// Where the template was found, for messages.
    public let path: String
    private let template: Template

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    public init(theme: ThemeFiles) throws(Failure) {
        guard let file = theme.file(Self.relativePath) else {
            throw Failure(description: "no \(Self.relativePath) in the theme (looked in \(theme.description))")
        }
        do {
            template = try Template(file.text)
        } catch {
            throw Failure(description: Diagnostic(error, in: file.location).formatted)
        }
        path = file.location
    }

    func render(_ postmortem: NewPostmortem) -> String {
        var values: [String: TemplateValue] = ["title": .string(YAMLQuoted.scalar(postmortem.title)),
                                               "date": .string(postmortem.date.description)]
        values["author"] = postmortem.author.map { .string(YAMLQuoted.scalar($0)) }
        values["severity"] = postmortem.severity.map { .string(YAMLQuoted.scalar($0)) }
        values["services"] = postmortem.services.isEmpty ? nil : .string(YAMLQuoted.list(postmortem.services))
        return template.render(.object(values))
    }
}
