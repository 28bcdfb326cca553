/// The words that mark each phase in timeline entries, checked from the phase that says
/// most to the one that says least: "Rollback done, service restored" is a resolution,
/// "Alert: site down" a detection. A key matches a word that starts with it when it is
/// five letters or more ("rollback" matches "rollbacks"), the word itself otherwise; keys
/// of two words match two words in a row.
enum PhaseKeywords {
    static let ordered: [(phase: Phase, keys: [String])] = [
        (.resolve, ["restored", "resolved", "recovered", "operational", "stabiliz", "stabilis", "stable", "normal",
                    "back online", "back up", "up and", "working again", "all clear", "closed", "fully functional",
                    "functionality restored", "traffic back", "healthy"]),
        (.mitigate, ["rollback", "rolled back", "rolling back", "roll back", "revert", "failover", "failed over", "fix",
                     "fixed", "fixes", "patch", "patched", "hotfix", "restart", "reboot", "mitigat", "workaround",
                     "redeploy", "flushed", "cleared", "reroute", "rerouted", "scaled", "disabled", "removed",
                     "replaced", "corrected", "applied", "restoring", "recovering", "temporary"]),
        (.acknowledge, ["acknowledg", "ack", "acked", "responded", "response", "investigat", "joined", "triage",
                        "escalat", "engaged", "assembled", "war room", "began looking", "started looking",
                        "looking into", "assigned", "on call engineer", "incident declared", "declared"]),
        (.detect, ["alert", "alerted", "alerts", "alarm", "page", "paged", "pager", "pagers", "detect", "noticed",
                   "notified", "notification", "report", "reported", "reports", "monitor", "discover", "complain",
                   "flagged", "spotted", "observed", "identified", "pagerduty"]),
        (.impact, ["outage", "down", "downtime", "unavailable", "unreachable", "unresponsive", "inaccessible",
                   "error", "errors", "500", "502", "503", "504", "failing", "failure", "failed", "fails", "crash",
                   "crashed", "degrad", "slow", "latency", "timeout", "timeouts", "timed out", "unable", "broken",
                   "spike", "spiked", "impact", "impacted", "affected", "stopped", "lost", "offline", "not accessible",
                   "not responding", "exhausted", "overload", "saturat"]),
        (.start, ["deploy", "deployed", "upgrad", "release", "released", "push", "pushed", "merge", "merged", "migrat",
                  "change", "changed", "changes", "config", "maintenance", "update", "updated", "install", "rollout",
                  "rolled out", "launch", "initiated", "introduced", "trigger", "scheduled", "begins", "started"]),
    ]

    /// Words that turn the next keyword around: "not restored", "no errors".
    static let negations: Set<String> = ["not", "no", "never", "without", "still", "yet"]

    struct Key {
        var phase: Phase
        /// The rank of the phase in `ordered`: lower says more.
        var rank: Int
        var words: [String]

        func matches(_ text: ArraySlice<String>) -> Bool {
            guard words.count <= text.count else { return false }
            return zip(words, text).allSatisfy { key, word in key.count >= 5 ? word.hasPrefix(key) : word == key }
        }
    }

    /// Keys by their lead: the first word, cut to five letters. A word finds its candidate
    /// keys with two look-ups (itself and its first five letters) instead of a scan.
    static let byLead: [String: [Key]] = {
        var index: [String: [Key]] = [:]
        for (rank, entry) in ordered.enumerated() {
            for key in entry.keys {
                let words = key.split(separator: " ").map(String.init)
                index[String(words[0].prefix(5)), default: []].append(Key(phase: entry.phase, rank: rank, words: words))
            }
        }
        return index
    }()

    /// The keys that may start at `word`.
    static func candidates(for word: String) -> [Key] {
        let lead = String(word.prefix(5))
        return (byLead[word] ?? []) + (lead != word ? byLead[lead] ?? [] : [])
    }
}
