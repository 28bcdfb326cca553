import Foundation
@testable import Hindsight
@testable import HindsightCore

/// A small archive for the browsing tests: three incidents across two years, sharing an
/// author, a service and (written two ways) a severity, built into a temporary site.
struct BrowseSite {
    static let newest = """
        ---
        title: Checkout "latency" after the cache migration
        date: 2025-03-03
        severity: SEV2
        services: [checkout, redis]
        tags: [cache]
        authors:
          - name: Ada Lovelace
            url: https://example.com/ada
        summary: Checkout p99 rose to 4 s.
        ---
        ## Timeline

        | Time (UTC) | Event |
        | --- | --- |
        | 14:02 | Migration starts |
        | 14:49 | Resolved |

        ## Root cause

        A forgotten zeppelin flag kept the old cluster warm.
        """

    static let middle = """
        ---
        title: Search outage
        date: 2025-01-14
        severity: sev2
        services: [search]
        tags: [Redis]
        authors: [Grace Hopper, Ada Lovelace]
        summary: Search returned nothing.
        ---
        The index was empty.
        """

    static let oldest = """
        ---
        title: DNS expiry
        date: 2024-11-29
        severity: SEV1
        services: [dns]
        authors: [Grace Hopper]
        summary: Images failed to load.
        ---
        The domain lapsed.
        """

    var site: TestSite
    let report: BuildReport

    init(baseURL: String? = nil) throws {
        site = try TestSite()
        site.config.baseURL = baseURL
        try site.add("a.md", Self.newest)
        try site.add("b.md", Self.middle)
        try site.add("c.md", Self.oldest)
        report = site.build()
    }

    func page(_ relative: String) -> String { site.output(relative) ?? "" }

    func exists(_ relative: String) -> Bool { site.output(relative) != nil }

    func incident(titled title: String) -> Incident {
        report.incidents.first { $0.title.hasPrefix(title) }!
    }

    func remove() { site.remove() }
}
