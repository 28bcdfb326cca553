@testable import HindsightCore
@testable import HindsightRender

/// Small archives for the relating tests: postmortems written in front matter and a
/// root-cause section, related as the build relates them.
enum RelatedFixtures {
    /// A postmortem with the given front matter values and root cause.
    static func document(_ name: String, title: String, date: String, services: [String] = [], tags: [String] = [],
                         related: [String] = [], summary: String, rootCause: String = "") -> Incident {
        var frontMatter = "---\ntitle: \"\(title)\"\ndate: \(date)\nslug: \(name)\n"
        if !services.isEmpty { frontMatter += "services: [\(services.joined(separator: ", "))]\n" }
        if !tags.isEmpty { frontMatter += "tags: [\(tags.joined(separator: ", "))]\n" }
        if !related.isEmpty { frontMatter += "related: [\(related.joined(separator: ", "))]\n" }
        frontMatter += "summary: \"\(summary)\"\n---\n"
        return Fixtures.incident(frontMatter + "\n## Root cause\n\n\(rootCause)\n", name: name + ".md")
    }

    /// The incidents newest first, as the build orders them, related; and the warnings.
    static func related(_ incidents: [Incident], jobs: Int = 1) -> (incidents: [Incident], diagnostics: [Diagnostic]) {
        var archive = incidents.sorted { ($0.date?.daysSince1970 ?? .min, $1.slug) > ($1.date?.daysSince1970 ?? .min, $0.slug) }
        let diagnostics = ArchiveRelations.relate(&archive, contentFolder: "content", jobs: jobs)
        return (archive, diagnostics)
    }

    /// A pool-exhaustion incident of checkout-api, and unrelated others.
    static var archive: [Incident] {
        [
            document("pool-1", title: "Checkout errors from connection pool exhaustion", date: "2024-01-10",
                     services: ["checkout-api"], tags: ["database"],
                     summary: "Checkout requests failed because the connection pool to Postgres was exhausted.",
                     rootCause: "A slow query held connections; pgbouncer queued clients until the pool ran dry."),
            document("pool-2", title: "Checkout latency: connection pool exhausted again", date: "2024-02-20",
                     services: ["checkout-api"], tags: ["database"],
                     summary: "The connection pool to Postgres was exhausted during the sale; checkout timed out.",
                     rootCause: "Long transactions kept pgbouncer connections busy, and the pool ran dry."),
            document("dns", title: "DNS resolution failures in the edge network", date: "2024-02-01",
                     services: ["edge"], tags: ["network"],
                     summary: "Resolvers returned SERVFAIL for internal names after a zone transfer broke.",
                     rootCause: "A malformed zone file was pushed to the secondary nameservers."),
            document("cert", title: "Expired TLS certificate on the login page", date: "2023-11-05",
                     services: ["auth"], tags: ["security"],
                     summary: "Browsers refused the login page because its certificate had expired.",
                     rootCause: "Renewal automation was disabled during a migration and nobody noticed."),
        ]
    }

    /// Incidents about other things each (a disk, a queue, a deploy…), so that the words
    /// of the incidents under test are rare in the archive, as in a real one.
    static var others: [Incident] {
        [("disk", "Disk full on the batch host", "Log rotation stopped and the disk filled up."),
         ("queue", "Billing queue backlog", "Kafka consumers lagged behind after a rebalance."),
         ("deploy", "Bad deploy of the search frontend", "A feature flag shipped enabled and broke the results page."),
         ("memory", "Memory leak in the image resizer", "Workers grew until the kernel killed them."),
         ("clock", "Clock skew broke token validation", "NTP stopped syncing on three hosts.")]
            .enumerated().map { index, other in
                document(other.0, title: other.1, date: "2022-0\(index + 1)-15", summary: other.2)
            }
    }

    static func named(_ slug: String, in incidents: [Incident]) -> Incident? {
        incidents.first { $0.slug == slug }
    }
}
