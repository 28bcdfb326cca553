/// Every rule id Hindsight reports, with the level it has unless `hindsight.yml` says
/// otherwise. Only what cannot be read or published correctly is an error by default;
/// missing content is a warning, so a real archive builds and a team raises what it cares about.
public enum RuleCatalog {
    public static let defaultLevels: [String: RuleLevel] = [
        // The file cannot be read.
        "content-missing": .error, "content-empty": .error, "content-unreadable": .error, "file-unreadable": .error, "file-too-large": .error,
        "file-binary": .error, "invalid-utf8": .error, "nul-bytes": .warning, "empty-document": .warning,
        "document-huge": .warning,
        // The front matter cannot be read.
        "front-matter-invalid": .error, "front-matter-unterminated": .error,
        "front-matter-unknown-key": .warning, "front-matter-wrong-type": .warning,
        // The site cannot be published as written.
        "duplicate-slug": .error, "broken-local-link": .error, "slug-renumbered": .warning,
        "related-unknown": .warning,
        // Missing content.
        "no-title": .warning, "no-date": .warning, "no-author": .warning, "no-summary": .warning,
        "no-root-cause": .warning, "no-action-items": .warning, "no-timeline": .warning, "section-missing": .warning,
        // Structure.
        "headings-skip-level": .warning, "section-empty": .warning, "placeholder-left": .warning,
        // Follow-ups (see Check/FollowUpPolicy.swift).
        "follow-up-no-owner": .warning, "follow-up-overdue": .warning,
        // The timeline (see Timeline/TimelineAnalyser.swift).
        "timeline-repaired": .warning, "timeline-uninterpretable": .warning, "timeline-out-of-order": .warning,
        "timeline-long": .warning, "timezone-unknown": .warning, "duration-mismatch": .warning, "date-ambiguous": .warning,
    ]

    public static func isKnown(_ rule: String) -> Bool { defaultLevels[rule] != nil }
}
