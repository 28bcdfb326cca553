import Foundation
import HindsightCore
import Yams

/// Site settings: `hindsight.yml` in the site folder, then command-line options on top.
public struct SiteConfig: Sendable {
    public var title = "Postmortems"
    /// Where the site will be published, for canonical URLs; links stay relative regardless.
    public var baseURL: String?
    public var theme = "default"
    public var contentFolder = "content"
    public var outputFolder = "public"
    /// Render raw HTML and `javascript:`-style links as written (off: neutralised).
    public var allowUnsafeHTML = false
    /// Let a content folder that is missing or holds no postmortem replace a published site
    /// with an empty one (off: such a build fails and leaves the site as it was).
    public var allowEmpty = false
    /// Turn warnings into errors.
    public var strict = false
    /// The zone of timeline times that name none: an abbreviation (`CET`), an offset
    /// (`UTC+2`) or an IANA name (`Europe/Paris`).
    public var timezone = "UTC"
    /// Worker threads for the per-document stages; 0 means one per core.
    public var jobs = 0
    /// Rule levels and required sections (`rules:`, `required_sections:`).
    public var rules = RuleSettings()
    /// When follow-ups are overdue (`follow_up_days:`), and the day their ages count to.
    public var followUps = FollowUpPolicy()

    public init() {}

    public static let fileName = "hindsight.yml"

    /// Reads `hindsight.yml` when it exists; a file that does not parse is an error.
    public static func load(siteRoot: String) throws(Theme.LoadError) -> SiteConfig {
        var config = SiteConfig()
        let path = Path.join(siteRoot, fileName)
        guard let text = FileContents.text(atPath: path) else { return config }
        let fields: [String: FrontMatter.Field]
        do {
            fields = try YAMLFrontMatter.parse(text, firstLine: 1)
        } catch {
            throw Theme.LoadError(diagnostic: Diagnostic(file: fileName, line: error.line, severity: .error,
                                                         rule: "config-invalid", message: error.message))
        }
        let settings = FrontMatter(syntax: .yaml, fields: fields)
        config.title = settings.text("title") ?? config.title
        config.baseURL = settings.text("base_url")
        config.theme = settings.text("theme") ?? config.theme
        config.contentFolder = settings.text("content") ?? config.contentFolder
        config.outputFolder = settings.text("output") ?? config.outputFolder
        if let timezone = settings.text("timezone") {
            guard ZoneNames.zone(named: timezone) != nil else {
                throw Theme.LoadError(diagnostic: Diagnostic(file: fileName, line: settings.line(of: "timezone"), severity: .error,
                                                             rule: "config-invalid", message: "unknown time zone “\(timezone)” in `timezone`"))
            }
            config.timezone = timezone
        }
        if let days = settings.text("follow_up_days") {
            guard let count = Int(days), count >= 0 else {
                throw Theme.LoadError(diagnostic: Diagnostic(file: fileName, line: settings.line(of: "follow_up_days"), severity: .error,
                                                             rule: "config-invalid", message: "`follow_up_days` must be a whole number of days, not “\(days)”"))
            }
            config.followUps.followUpDays = count
        }
        do {
            config.rules = try RuleSettings(config: settings)
        } catch {
            throw Theme.LoadError(diagnostic: Diagnostic(file: fileName, line: error.line, severity: .error,
                                                         rule: "config-invalid", message: error.message))
        }
        config.allowUnsafeHTML = settings.flag("unsafe_html")
        config.allowEmpty = settings.flag("allow_empty")
        return config
    }
}

private extension FrontMatter {
    /// A yes/no setting: `true`, `yes` or `on` in any case; anything else, or nothing, is no.
    func flag(_ key: String) -> Bool {
        text(key).map { ["true", "yes", "on"].contains($0.lowercased()) } ?? false
    }
}
