import Testing
@testable import HindsightCore

/// Every rule fires on a document crafted to break it, and none fires on a clean one.
struct CheckRuleTests {
    @Test func cleanDocumentHasNoFindings() throws {
        let findings = try CheckFixtures.findings(for: CheckFixtures.clean)
        #expect(findings.isEmpty, "\(findings.map(\.formatted))")
    }

    @Test(arguments: [
        ("title: Orders database disk full\n", "", "no-title"),
        ("date: 2024-04-20\n", "", "no-date"),
        ("author: Ada Lovelace <ada@example.com>\n", "", "no-author"),
        ("## Root cause\n\nWAL archiving had silently failed since a credentials rotation.\n", "", "no-root-cause"),
        ("## Action items", "## Notes", "no-action-items"),
        ("## Timeline\n\n| Time (UTC) | Event |\n| --- | --- |\n| 10:00 | Writes start failing; disk usage alert fired |\n| 10:40 | Old WAL segments removed; writes resumed, incident resolved |\n", "", "no-timeline"),
        ("| 10:00 |", "| shift 2 |", "timeline-uninterpretable"),
        ("| 10:00 |", "| 10:00 PM |", "timeline-repaired"),
        ("| 10:00 | Writes start failing; disk usage alert fired |\n| 10:40 |",
         "| 2024-04-20 10:00 | Writes start failing; disk usage alert fired |\n| 2024-04-19 10:40 |", "timeline-out-of-order"),
        ("| Time (UTC) |", "| Time (UST) |", "timezone-unknown"),
        ("lasted 40 minutes", "lasted 3 hours", "duration-mismatch"),
        ("severity: SEV-2\n", "severity: SEV-2\nowner: ops\n", "front-matter-unknown-key"),
        ("services: [orders]\n", "services: {name: orders}\n", "front-matter-wrong-type"),
        ("date: 2024-04-20\n", "date: someday\n", "front-matter-wrong-type"),
        ("severity: SEV-2\n", "severity: SEV-2\ndetected_at: whenever\n", "front-matter-wrong-type"),
        ("severity: SEV-2\n", "severity: SEV-2\nduration_minutes: 2h\n", "front-matter-wrong-type"),
        ("title: Orders database disk full\n", "title: [a, b\n", "front-matter-invalid"),
        ("## Root cause", "#### Root cause", "headings-skip-level"),
        ("| Action | Owner | Status |\n| --- | --- | --- |\n| Alert on failed WAL archiving | Ada | Open |\n", "", "section-empty"),
        ("| Ada | Open |", "|  | Open |", "follow-up-no-owner"),
        ("date: 2024-04-20\n", "date: 2024-01-02\n", "follow-up-overdue"),
        ("WAL archiving had silently failed", "WAL archiving ([log](missing.log)) had silently failed", "broken-local-link"),
    ])
    func ruleFiresOnACraftedDocumentUnlessTurnedOff(old: String, new: String, rule: String) throws {
        let findings = try CheckFixtures.findings(replacing: old, with: new)
        #expect(findings.map(\.rule).contains(rule), "\(findings.map(\.formatted))")
        let off = try CheckFixtures.findings(replacing: old, with: new, settings: RuleSettings(levels: [rule: .off]))
        #expect(!off.map(\.rule).contains(rule))
    }

    @Test func summaryRuleFiresWhenThereIsNoProseAtAll() throws {
        let findings = try CheckFixtures.findings(for: "---\ntitle: Outage\n---\n\n## Timeline\n\n- 10:00 down\n")
        #expect(findings.map(\.rule).contains("no-summary"), "\(findings.map(\.formatted))")
    }

    @Test func findingsPointAtTheirLine() throws {
        let findings = try CheckFixtures.findings(replacing: "## Root cause", with: "#### Root cause")
        let skipped = try #require(findings.first { $0.rule == "headings-skip-level" })
        #expect(skipped.line == 20)
        let key = try #require(try CheckFixtures.findings(replacing: "severity: SEV-2\n", with: "severity: SEV-2\nowner: ops\n")
            .first { $0.rule == "front-matter-unknown-key" })
        #expect(key.line == 6)
        let link = try #require(try CheckFixtures.findings(replacing: "WAL archiving had", with: "WAL archiving ([log](missing.log)) had")
            .first { $0.rule == "broken-local-link" })
        #expect(link.line == 22)
    }

    @Test func slugsDeclaredTwiceAreAnErrorAndDerivedOnesAWarning() throws {
        let site = try TestSite()
        defer { site.remove() }
        try site.add("a.md", "---\nslug: outage\n---\n# One\n")
        try site.add("b.md", "---\nslug: outage\n---\n# Two\n")
        try site.add("c.md", "# Same title\n")
        try site.add("d.md", "# Same title\n")
        let findings = site.check().diagnostics.filter { $0.rule.contains("slug") }
        #expect(findings.map(\.rule) == ["duplicate-slug", "slug-renumbered"])
        #expect(findings.map(\.file) == ["content/b.md", "content/d.md"])
        #expect(findings.map(\.severity) == [.error, .warning])
    }

    @Test func requiredSectionsAreConfigurable() throws {
        let settings = RuleSettings(requiredSections: ["impact", "root cause"])
        let findings = try CheckFixtures.findings(for: CheckFixtures.clean, settings: settings)
        #expect(findings.map(\.rule) == ["section-missing"])
        #expect(findings.first?.message == "no “impact” section")
    }

    @Test func levelsAreConfigurable() throws {
        let settings = RuleSettings(levels: ["no-author": .error, "no-date": .off])
        let findings = try CheckFixtures.findings(replacing: "date: 2024-04-20\nauthor: Ada Lovelace <ada@example.com>\n",
                                                  with: "", settings: settings)
        #expect(findings.map(\.rule) == ["no-author"])
        #expect(findings.first?.severity == .error)
    }

    @Test func missingContentIsAWarningAndUnreadableContentAnError() throws {
        let site = try TestSite()
        defer { site.remove() }
        try site.add("bare.md", "Something broke.\n")
        try site.addBytes("latin1.md", [0x23, 0x20, 0xE9, 0x0A])
        let report = site.check()
        #expect(report.diagnostics.filter { $0.file == "content/bare.md" }.allSatisfy { $0.severity == .warning })
        #expect(report.diagnostics.contains { $0.file == "content/latin1.md" && $0.severity == .error })
    }

    @Test func checkWritesNothing() throws {
        let site = try TestSite()
        defer { site.remove() }
        try site.add("a.md", CheckFixtures.clean)
        _ = site.check()
        #expect(!site.exists("public"))
    }

    @Test func buildReportsTheSameFindings() throws {
        let site = try TestSite()
        defer { site.remove() }
        try site.add("a.md", CheckFixtures.clean.replacingOccurrences(of: "## Root cause", with: "#### Root cause"))
        #expect(site.build().diagnostics == site.check().diagnostics)
        #expect(!site.check().diagnostics.isEmpty)
    }
}

/// Sections are recognised under the names and shapes authors give them.
struct RequiredSectionTests {
    @Test(arguments: ["Root cause", "ROOT CAUSE AND RESOLUTION", "Root causes", "Contributing factors", "Cause"])
    func namesARootCause(heading: String) {
        #expect(RequiredSection("root cause").isNamed(by: heading))
    }

    @Test(arguments: ["Because of this", "Resolution", "Causeway outage"])
    func doesNotNameARootCause(heading: String) {
        #expect(!RequiredSection("root cause").isNamed(by: heading))
    }

    @Test(arguments: ["Corrective and Preventive Measures", "Action items", "Follow-up", "Next steps"])
    func namesActionItems(heading: String) {
        #expect(RequiredSection("action items").isNamed(by: heading))
    }

    @Test func labelsWrittenAsLinesOrParagraphStartsCount() throws {
        let labelled = "---\ntitle: T\n---\n\nRoot Cause and Resolution:\nThe disk filled.\n\n*Action items:* alert on disk usage.\n"
        let findings = try CheckFixtures.findings(for: labelled)
        #expect(!findings.contains { $0.rule == "no-root-cause" || $0.rule == "no-action-items" })
        let prose = "---\ntitle: T\n---\n\nWe looked for the root cause for a long while, and then, at last, we found what had caused it.\n"
        #expect(try CheckFixtures.findings(for: prose).contains { $0.rule == "no-root-cause" })
    }
}
