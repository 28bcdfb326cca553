import Foundation
import Testing
@testable import Hindsight
@testable import HindsightRender

/// `rules:` and `required_sections:` in hindsight.yml.
struct CheckConfigTests {
    private func load(_ yaml: String) throws -> SiteConfig {
        let site = try TestSite()
        defer { site.remove() }
        try Fixtures.write(yaml, to: site.root + "/hindsight.yml")
        return try SiteConfig.load(siteRoot: site.root)
    }

    @Test func readsLevelsAndRequiredSections() throws {
        let config = try load("rules:\n  no-author: error\n  headings-skip-level: off\nrequired_sections: [summary, root cause]\n")
        #expect(config.rules.levels == ["no-author": .error, "headings-skip-level": .off])
        #expect(config.rules.requiredSections == ["summary", "root cause"])
    }

    @Test func unknownRuleIsAConfigError() throws {
        #expect {
            _ = try load("title: x\nrules:\n  no-such-rule: error\n")
        } throws: { error in
            let diagnostic = (error as? Theme.LoadError)?.diagnostic
            return diagnostic?.rule == "config-invalid" && diagnostic?.line == 2 && diagnostic?.message.contains("no-such-rule") == true
        }
    }

    @Test func unknownLevelIsAConfigError() throws {
        #expect(throws: Theme.LoadError.self) { _ = try load("rules:\n  no-author: loud\n") }
    }
}
