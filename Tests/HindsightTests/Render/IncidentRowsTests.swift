import Testing
@testable import Hindsight

/// An incident's row is rendered once and given each root afterwards: both copies must be
/// exactly what rendering the row for that root gives, whatever the document holds.
@Suite struct IncidentRowsTests {
    private let theme: Theme

    init() throws { theme = try Theme(folders: [ThemeLocator.bundledDefault]) }

    private func expectSameAsTwoRenders(_ markdown: String) {
        let incident = Fixtures.incident(markdown)
        let rows = IncidentRows(incident, theme: theme)
        #expect(rows.index == theme.render("incident-row", PageContext.summary(incident, root: "")))
        #expect(rows.term == theme.render("incident-row", PageContext.summary(incident, root: TaxonomyPageContext.termRoot)))
    }

    @Test func rowsWithEveryKindOfLinkMatchTheirOwnRenders() {
        expectSameAsTwoRenders("""
            ---
            title: Checkout latency
            date: 2025-03-03
            severity: SEV2
            services: [checkout, redis]
            tags: [cache]
            authors: [{name: Ada Lovelace, url: "https://example.com/ada"}, Grace Hopper]
            ---
            It lasted 47 minutes.
            """)
    }

    @Test func aDocumentHoldingTheStandInKeepsItsText() {
        let escaped = IncidentRows.rootStandIn.replacingOccurrences(of: "\u{1}", with: "\\x01")
        let markdown = "---\ntitle: \"\(escaped)Outage\"\nservices: [\"\(escaped)api\"]\n---\nOn 2024-03-01 it failed.\n"
        #expect(Fixtures.incident(markdown).title.hasPrefix(IncidentRows.rootStandIn))
        expectSameAsTwoRenders(markdown)
    }

    @Test func theStandInIsFoundAnywhereInAContext() {
        #expect(IncidentRows.holdsStandIn(["a": [["b": "x\u{1}"]]] as [String: Any]))
        #expect(!IncidentRows.holdsStandIn(["a": [["b": "x"]], "c": true] as [String: Any]))
    }
}
