/// Runs every per-document rule. Part of the build's analysis, so `check` and `build`
/// report the same findings from one pass over each document.
package struct Linter: Sendable {
    let rules: [any LintRule]

    package init(settings: RuleSettings) {
        var rules: [any LintRule] = MissingFieldRule.all + [
            MissingSectionRule(id: "no-root-cause", section: RequiredSection("root cause")),
            MissingSectionRule(id: "no-action-items", section: RequiredSection("action items")),
            HeadingLevelRule(),
            EmptySectionRule(),
            PlaceholderRule(),
            FrontMatterKeysRule(),
            FrontMatterTypesRule(),
            FollowUpOwnerRule(),
        ]
        rules += settings.requiredSections.map { MissingSectionRule(id: "section-missing", section: RequiredSection($0)) }
        // A rule turned off costs nothing.
        self.rules = rules.filter { settings.level(of: $0.id) != .off }
    }

    func diagnostics(for parsed: ParsedDocument, incident: Incident) -> [Diagnostic] {
        let document = LintedDocument(parsed: parsed, incident: incident)
        return rules.flatMap { $0.diagnostics(in: document) }
    }
}
