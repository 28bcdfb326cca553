@testable import Hindsight
@testable import HindsightCore

extension TestSite {
    func check() -> CheckReport {
        SiteBuilder(config: config, siteRoot: root).check()
    }
}

enum CheckFixtures {
    /// A postmortem every rule accepts.
    static let clean = """
        ---
        title: Orders database disk full
        date: 2024-04-20
        author: Ada Lovelace <ada@example.com>
        severity: SEV-2
        services: [orders]
        ---

        ## Summary

        The orders database ran out of disk and rejected writes. The outage lasted 40 minutes.

        ## Timeline

        | Time (UTC) | Event |
        | --- | --- |
        | 10:00 | Writes start failing; disk usage alert fired |
        | 10:40 | Old WAL segments removed; writes resumed, incident resolved |

        ## Root cause

        WAL archiving had silently failed since a credentials rotation.

        ## Action items

        | Action | Owner | Status |
        | --- | --- | --- |
        | Alert on failed WAL archiving | Ada | Open |

        """

    /// `clean` with `old` replaced by `new`, checked alone in a fresh site.
    static func findings(replacing old: String, with new: String, settings: RuleSettings = RuleSettings()) throws -> [Diagnostic] {
        precondition(clean.contains(old), "fixture lacks \(old)")
        return try findings(for: clean.replacingOccurrences(of: old, with: new), settings: settings)
    }

    static func findings(for document: String, settings: RuleSettings = RuleSettings()) throws -> [Diagnostic] {
        var site = try TestSite()
        defer { site.remove() }
        site.config.rules = settings
        try site.add("doc.md", document)
        return site.check().diagnostics
    }
}
