/// The words that mark each phase in timeline entries, checked from the phase that says
/// most to the one that says least: "Rollback done, service restored" is a resolution,
/// "Alert: site down" a detection, "Engineers found the site unresponsive" the impact.
/// A key matches a word that starts with it when it is five letters or more ("rollback"
/// matches "rollbacks"), the word itself otherwise; keys of several words match them in a row,
/// and the words they match are not read again.
///
/// Closing the incident ("Incident closed", "postmortem written") is bookkeeping, not a
/// phase: the restoration it follows is the moment that counts. A resolution is one when it
/// happened ("resolution confirmed"), not when it is a goal ("escalated for resolution").
/// A load spike or a deploy is not impact: impact is what users see (errors, latency, an
/// unreachable site).
enum PhaseKeywords {
    static let ordered: [(phase: Phase, keys: [String])] = [
        (.resolve, [
            // Service back.
            "restored", "restoration", "resolved", "recovered", "recovers", "service recovery", "full recovery", "operational",
            "stabiliz", "stabilis", "stable", "normal", "usual", "baseline", "healthy", "all clear", "fully functional",
            "nominal", "all green", "back to green", "green again", "within slo", "back within", "resumed", "resumes",
            "is reachable", "was reachable", "on time",
            // A mitigation said to be whole. ("Outage mitigated" alone is not: see ImpactMarker.)
            "fully mitigated", "mitigation complete", "mitigation completed", "mitigation confirmed",
            "back online", "back up", "back in service", "traffic back", "up and running", "is working", "are working",
            "is up", "was up", "are up", "were up", "now up", "returned a 200", "returns 200", "200 ok", "status 200",
            "fixed the problem", "fixed the issue", "resolved the problem", "resolved the issue",
            "now working", "working again", "functional again", "available again", "accessible again",
            "reachable again", "serving again", "running again", "succeed again", "succeeds again",
            "works again", "worked again", "work again", "loads again", "responds again", "connects again", "runs again",
            "site up", "website up", "service up",
            "recovery confirmed", "recovery complete", "recovery completed",
            // The incident said to be over: "We declared the incident over".
            "incident over", "incident is over", "incident was over", "outage over", "outage is over", "outage was over",
            // Working as it should: "All services running smoothly", "Problem solved".
            "smoothly", "works fine", "working fine", "works properly", "working properly", "works correctly",
            "working correctly", "loads correctly", "loading correctly", "functioning properly", "functioning correctly",
            "problem solved", "issue solved", "problem was solved", "issue was solved", "fix worked", "confirm stability",
            "confirm resolution", "successful resolution", "pre incident", "pre outage", "live again", "is live",
            "became available", "becomes available",
            // A resolution that happened.
            "issue resolution", "full resolution", "resolution confirmed", "resolution is confirmed",
            "resolution complete", "resolution was confirmed", "resolution was verified", "resolution verified",
            // The problem handled, in the passive: "The problem was dealt with by Sunday 22:00".
            "was dealt with", "were dealt with", "has been dealt with",
            // The symptom or its alarm gone.
            "goes away", "went away", "go away", "stops firing", "stopped firing", "alarm cleared", "alert cleared",
            "errors ceased", "error ceased", "errors stopped", "http 200", "200 codes",
            "alerts cleared", "to monitoring",
        ]),
        (.mitigate, [
            "rollback", "rolled back", "rolling back", "roll back", "revert", "failover", "failed over", "fail over", "fix",
            "fixed", "fixes", "fixing", "patch", "patched", "hotfix", "hot fix", "restart", "reboot", "mitigat", "workaround",
            "redeploy", "flushed", "cleared", "reroute", "rerouted", "redirect", "scaled", "disabled", "removed",
            "replaced", "corrected", "applied", "restoring", "recovering", "paused", "solved", "drained", "draining",
            // The symptom easing, not yet gone.
            "falls", "fell",
            // What a rollback goes back to, not service back: "rolled back to a stable version".
            "stable version", "stable release", "stable build", "stable commit", "stable revision", "stable image",
        ]),
        // Telling people is neither detecting nor fixing: "the mailing list is notified",
        // "status update posted", "customers were emailed".
        (.other, [
            "mailing list", "announcement", "announced", "announces", "tweet", "tweeted", "blog post", "newsletter",
            "posts an update", "posted an update", "posts incident update", "incident update", "status update",
            "customers were notified", "notified customers", "notify customers", "users were notified", "notified users",
            "emailed", "communicat", "press release",
        ]),
        (.detect, [
            "alert", "alerted", "alerts", "alarm", "page", "paged", "pages", "pager", "pagers", "pagerduty", "fires",
            "fired", "detect", "notic", "notified", "notification", "report", "reported", "reports", "reporting",
            "discover", "complain", "flagged", "spotted", "observed", "calls from",
        ]),
        (.impact, [
            // The service gone.
            "outage", "downtime", "unavailable", "unreachable", "unresponsive", "inaccessible", "offline", "breakdown", "disruption",
            "disrupted",
            "not accessible", "not responding", "not loading", "is down", "was down", "are down", "were down",
            "went down", "goes down", "go down", "being down", "site down", "service down", "server down",
            "website down",
            // Requests failing or slow.
            "error", "errors", "500", "502", "503", "504", "5 xx", "failing", "failure", "failures", "failed", "fails", "fail",
            "crash", "crashed", "exceptions", "degrad", "slow", "slowdown", "slowdowns", "latency", "p 99", "p 95", "timeout",
            "timeouts", "timed out", "timing out", "unable", "broken", "stopped", "stops", "lost", "exhausted", "drop in",
            "drop of", "dropped", "dropping", "delayed", "delays", "packet loss", "data loss", "backlog", "stuck",
            "hang", "hangs", "hanging", "hung", "rejected", "rejecting", "rejects", "bounce", "bounces", "bounced", "bouncing", "blank",
            "logged out", "out of memory", "oom", "oomkilled", "429", "4 xx",
            "not delivered", "not processed", "not received", "not receiving", "not updating", "not syncing",
            // Users who could not.
            "couldn", "could not", "cannot", "can not", "can t", "not able", "not working", "stopped working",
            "isn t working", "wasn t working", "weren t working", "aren t working",
            // Said in so many words.
            "impact", "impacted", "affected", "users see", "customers see", "problem starts", "problem started",
            "problems start", "problems started", "issue starts", "issue started", "issue began",
        ]),
        (.acknowledge, [
            "acknowledg", "ack", "acked", "responded", "investigat", "joined", "joins", "triage", "escalat", "engaged",
            "pinged", "ping", "pings", "on call", "oncall",
            "assembled", "war room", "began looking", "begins looking", "started looking", "looking into", "assigned",
            "declared", "declares", "incident command", "bridge", "status page",
            // Acknowledging a page is not another page.
            "acknowledg the page", "acknowledg the alert", "acknowledg the alarm", "acknowledg the pager",
            "acknowledg page", "acknowledg alert", "ack the page", "ack the alert",
        ]),
        (.start, [
            "deploy", "deployed", "upgrad", "release", "released", "push", "pushed", "merge", "merged", "migrat",
            "change", "changed", "changes", "config", "maintenance", "update", "updated", "install", "rollout",
            "rolled out", "launch", "initiated", "introduced", "trigger", "scheduled", "uploaded", "tuned",
        ]),
    ]

    /// Words that turn a keyword a few words later around: "not restored", "no errors",
    /// "four times normal", "higher than usual".
    static let negations: Set<String> = [
        "not", "no", "never", "without", "yet", "than", "times", "above",
        // "wasn't loading correctly": the contraction's first part, as the words are split at its apostrophe.
        "wasn", "isn", "aren", "weren", "doesn", "didn", "don",
    ]

    /// How many words before a keyword a negation still reaches ("not yet fully restored").
    static let negationReach = 3

    /// Words that turn the keyword right before them around: "alerts stay silent", "the
    /// page was not sent", "alarms never fired".
    static let trailingNegations: Set<String> = ["not", "never", "silent"]

    /// How many words after a keyword a trailing negation still reaches.
    static let trailingNegationReach = 2

    /// Words that make the rest of their clause a condition, a check or a concession, not an
    /// event: "until the error is resolved", "ensuring Apache and MySQL are up and running",
    /// "to make sure it was solved".
    static let conditions: Set<String> = [
        "until", "unless", "if", "once", "whether", "ensure", "ensuring", "checking", "sure",
        // "even though the server and database were functioning correctly": a concession, not the event.
        "though", "although",
    ]

    /// Words that say a restoration is not complete: "partially restored", "error rate
    /// falling". Such an entry is a mitigation.
    static let partial: Set<String> = ["partially", "partial", "falling", "improving", "decreasing", "some", "most", "majority"]

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
    /// keys with one look-up (its first five letters) instead of a scan.
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

    /// The keys that may start at `word`: one look-up, as a lead has at most five letters
    /// (a longer word is never one) and a shorter word is its own first five.
    static func candidates(for word: String) -> [Key] {
        // A word of at most five bytes is its own lead, with no need to walk its characters.
        byLead[word.utf8.count <= 5 ? word : String(word.prefix(5))] ?? []
    }
}
