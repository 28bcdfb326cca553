import Foundation

/// A deterministic archive of postmortems shaped like the real corpus: front matter on
/// half of them, a timeline table of 6 to 15 rows, an action-item table, 3 to 8 KB of prose,
/// and one document in 200 padded to about 50 KB.
struct SyntheticArchive {
    let count: Int

    func write(to folder: String) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for index in 0..<count {
            let path = folder + "/" + String(format: "%05d", index) + ".md"
            try Data(document(index).utf8).write(to: URL(fileURLWithPath: path))
        }
    }

    func document(_ index: Int) -> String {
        var random = SplitMix64(seed: UInt64(index))
        let service = Self.services[random.below(Self.services.count)]
        let day = 1 + random.below(28), month = 1 + random.below(12), year = 2015 + random.below(11)
        let title = "\(service.capitalized) \(Self.failures[random.below(Self.failures.count)]) #\(index)"
        var text = index.isMultiple(of: 2)
            ? "---\ntitle: \"\(title)\"\ndate: \(year)-\(pad(month))-\(pad(day))\nseverity: SEV\(1 + random.below(3))\nservices: [\(service)]\ntags: [synthetic, \(service)]\nauthors:\n  - name: Engineer \(index % 97)\n    email: engineer\(index % 97)@example.com\n---\n\n"
            : "# \(title)\n\nOn \(Self.months[month - 1]) \(day), \(year), \(service) failed for our customers.\n\n"
        text += "## Summary\n\n" + prose(&random, sentences: 4 + random.below(4)) + "\n\n"
        text += "## Impact\n\n" + prose(&random, sentences: 3 + random.below(3)) + "\n\n"
        text += timeline(&random, service: service)
        text += "## Root cause\n\n" + prose(&random, sentences: 6 + random.below(8)) + "\n\n"
        text += "## Resolution\n\n" + prose(&random, sentences: 3 + random.below(5)) + "\n\n"
        text += actionItems(&random)
        text += "## Lessons learned\n\n" + (0..<(3 + random.below(3))).map { _ in "- " + sentence(&random) }.joined(separator: "\n") + "\n"
        if index % 200 == 199 {
            text += "\n## Appendix: logs\n\n" + (0..<60).map { _ in prose(&random, sentences: 6) }.joined(separator: "\n\n") + "\n"
        }
        if !index.isMultiple(of: 2) { text += "\n> By [Engineer \(index % 97)](https://example.com/e\(index % 97)) <engineer\(index % 97)@example.com>\n" }
        return text
    }

    private func timeline(_ random: inout SplitMix64, service: String) -> String {
        var minute = 9 * 60 + random.below(600)
        var rows = "## Timeline\n\n| Time (UTC) | Event |\n| --- | --- |\n"
        for row in 0..<(6 + random.below(10)) {
            let event = row == 0 ? "Deploy of \(service) starts" : Self.events[random.below(Self.events.count)]
            rows += "| \(pad(minute / 60 % 24)):\(pad(minute % 60)) | \(event) |\n"
            minute += 1 + random.below(25)
        }
        return rows + "\n"
    }

    private func actionItems(_ random: inout SplitMix64) -> String {
        var table = "## Action items\n\n| Action | Owner | Status |\n| --- | --- | --- |\n"
        for _ in 0..<(2 + random.below(5)) {
            table += "| \(sentence(&random)) | Engineer \(random.below(97)) | \(["Done", "In progress", "Open"][random.below(3)]) |\n"
        }
        return table + "\n"
    }

    private func prose(_ random: inout SplitMix64, sentences: Int) -> String {
        (0..<sentences).map { _ in sentence(&random) }.joined(separator: " ")
    }

    private func sentence(_ random: inout SplitMix64) -> String {
        let words = (0..<(8 + random.below(14))).map { _ in Self.words[random.below(Self.words.count)] }
        return words.joined(separator: " ").prefix(1).uppercased() + words.joined(separator: " ").dropFirst() + "."
    }

    private func pad(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }

    static let services = ["checkout", "search", "payments", "auth", "api-gateway", "nginx", "postgres", "redis", "dns", "cdn"]
    static let failures = ["outage", "latency spike", "error storm", "partial outage", "data delay", "degradation"]
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
    static let events = ["Alert fires for elevated 5xx rate", "On-call engineer acknowledges the page", "Errors spike to 40% of requests",
                         "Rollback initiated", "Rollback complete", "Traffic shifted to the standby region", "Root cause identified",
                         "Fix deployed", "Service restored, error rate back to normal", "Incident closed", "Customers report failures",
                         "Database failover started", "Cache warmed", "Status page updated"]
    static let words = ["the", "database", "connection", "pool", "was", "exhausted", "after", "deploy", "requests", "queued",
                        "latency", "rose", "and", "alerts", "fired", "on-call", "engineers", "rolled", "back", "service", "error",
                        "rate", "customers", "saw", "timeouts", "config", "change", "load", "balancer", "health", "checks", "failed",
                        "we", "added", "monitoring", "capacity", "region", "replica", "lag", "disk", "filled", "up", "retries", "storm"]
}

/// A small, fast, seedable generator, so that every run writes the same archive.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 &+ 1 }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}
