/// The rules as a site configured them: a level per rule id and the sections every
/// postmortem must have.
public struct RuleSettings: Sendable, Hashable {
    /// Levels set in `hindsight.yml`, overriding `RuleCatalog.defaultLevels`.
    public var levels: [String: RuleLevel] = [:]
    /// Section names (`root cause`) each document must have a heading for (`section-missing`).
    public var requiredSections: [String] = []

    public init(levels: [String: RuleLevel] = [:], requiredSections: [String] = []) {
        self.levels = levels
        self.requiredSections = requiredSections
    }

    public func level(of rule: String) -> RuleLevel? {
        levels[rule] ?? RuleCatalog.defaultLevels[rule]
    }

    /// Drops the findings of rules turned off and gives the others the severity the site
    /// set; a rule the site did not configure keeps the severity it was reported with (some,
    /// like `content-unreadable`, tell a skipped symbolic link from an unreadable file).
    public func apply(to diagnostics: [Diagnostic]) -> [Diagnostic] {
        guard !levels.isEmpty else { return diagnostics }
        return diagnostics.compactMap { diagnostic in
            guard let level = levels[diagnostic.rule] else { return diagnostic }
            guard let severity = level.severity else { return nil }
            var configured = diagnostic
            configured.severity = severity
            return configured
        }
    }
}
