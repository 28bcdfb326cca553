import Testing
@testable import Hindsight
@testable import HindsightCore
@testable import HindsightRender

/// Each phase's keyword family, and the context that turns a keyword around: reversers,
/// partial restorations, keys that consume their words, quantities rather than symptoms.
struct PhaseFamilyTests {
    static func phase(_ text: String) -> Phase? { PhaseClassifier.phase(of: text) }

    @Test(arguments: [
        ("Search p99 rises from 180 ms to 3.4 s.", Phase.impact),
        ("Disk full. PostgreSQL stops accepting writes. checkout-api errors jump to 100%.", .impact),
        ("The whole website was not accessible.", .impact),
        ("Breakdown begins", .impact),
        ("The SaaS uptime metric shows a drop in availability.", .impact),
        ("Image error rate in real user monitoring rises to 20%.", .impact),
        ("Partner requests start failing during the TLS handshake, so our 5xx alerts stay silent.", .impact),
        ("Consumer lag above 1M on the orders topic; order confirmations delayed.", .impact),
        ("Packet loss between regions reaches 20%", .impact),
        ("Queue backlog grows past 1M messages", .impact),
        ("Checkout hangs for most customers", .impact),
        ("Customers get logged out randomly", .impact),
        ("Product pages render blank for users in EU", .impact),
        ("API responds with HTTP 429 to all clients", .impact),
        ("Sign-ups rejected with validation errors", .impact),
        ("Jobs stuck in pending state", .impact),
        ("Emails bounce for gmail recipients", .impact),
        ("Memory usage hits 100% and pods OOMKilled", .impact),
        ("Webhooks not delivered", .impact),
    ])
    func impactIsWhatUsersSee(text: String, phase: Phase) { #expect(Self.phase(text) == phase) }

    /// What users can do with the service again is its restoration; anything else said
    /// "again" is not.
    @Test func usersAbleToUseTheServiceAgainIsARestoration() {
        #expect(Self.phase("Users could access the site again.") == .resolve)
        #expect(Self.phase("Customers were able to pay again") == .resolve)
        #expect(Self.phase("Releasing connections so the gremlins can have peace again.") != .resolve)
        #expect(Self.phase("Users could not log in again.") == .impact)
    }

    /// An opening clause of what came before is not the event: the main clause is, when it
    /// names a phase; else the whole entry is read.
    @Test(arguments: [
        ("After reviewing database logs and confirming normal operation, investigation shifted to the deploy.", Phase.acknowledge),
        ("After the rollback, service was restored.", .resolve),
        ("After a restart, the team waited for the dashboards", .mitigate),
        ("Normal operation confirmed after reviewing the logs.", .resolve),
    ])
    func anOpeningClauseIsNotTheEvent(text: String, phase: Phase) { #expect(Self.phase(text) == phase) }

    /// What users saw, ended, is a restoration: the symptom's word is not impact then.
    @Test(arguments: [
        ("Hotfix v1.12.13+hotfix.1 published, crashes stopped.", Phase.resolve),
        ("The 5xx errors subsided after the cache warmed.", .resolve),
        ("Timeouts ceased at the edge.", .resolve),
        ("Hotfix published, crashes gone", .resolve),
        ("Fix deployed, errors stop", .resolve),
        ("Timeouts subside as the cache warms", .resolve),
        ("Error rate drops to zero", .resolve),
        ("Error count fell to 0 after the rollback", .resolve),
        ("Queue drained, no more delays", .resolve),
        ("Throughput dropped to zero", .impact),
        ("Requests started timing out", .impact),
        ("Checkout requests fail for all users.", .impact),
        ("Fail over to the replica", .mitigate),
        ("Rolled back; errors cleared by 15:12", .resolve),
        ("5xx rate jumps on the load balancers", .impact),
        ("Uploads stopped for every user.", .impact),
    ])
    func anEndedSymptomIsARestoration(text: String, phase: Phase) { #expect(Self.phase(text) == phase) }

    /// A fix, then what it brought back, told as the clause of its result, is the restoration;
    /// restoring under way is not.
    @Test(arguments: [
        ("A hotfix was developed and deployed, restoring product listings to the website.", Phase.resolve),
        ("Config corrected, resolving the issue for all tenants", .resolve),
        ("Began restoring services from the snapshot.", .mitigate),
        ("Database corrupted, restoring from backup", .mitigate),
        ("Post-deployment monitoring confirmed successful resolution of the issue.", .resolve),
        ("Post-deployment checks started", .other),
        ("Latency back to pre-outage levels", .resolve),
    ])
    func aFixsResultIsTheRestoration(text: String, phase: Phase) { #expect((Self.phase(text) ?? .other) == phase) }

    /// Service back, in the words teams use for it; what looks like them but is not.
    @Test(arguments: [
        ("Last error observed", Phase.resolve),
        ("Latency back within SLO", .resolve),
        ("Mitigation complete; payment success rate at 99.9%", .resolve),
        ("Disk expanded, writes accepted again", .resolve),
        ("All systems nominal", .resolve),
        ("Website is reachable", .resolve),
        ("Full service resumed", .resolve),
        ("Dashboards back to green", .resolve),
        ("Dashboard loads again after the cache flush.", .resolve),
        ("Users can no longer load the dashboard.", .impact),
        ("Errors no longer appear in the logs", .resolve),
        ("Requests are no longer failing", .resolve),
        ("The job fails again", .impact),
        ("Payments recover", .resolve),
        ("Queue drained, pushes delivered on time", .resolve),
        ("Engineers try to recover the database", .other),
        ("The nodes did not recover after the restart", .mitigate),
        ("Database restarted again", .mitigate),
        ("Requests failed again", .impact),
        ("On-call paged again", .detect),
        ("The last deploy before the freeze", .start),
        ("Karpenter noticed that a new version of Bottlerocket was available", .detect),
        ("Outage mitigated by restarting brokers", .mitigate),
    ])
    func serviceBackInTeamsWords(text: String, phase: Phase) { #expect((Self.phase(text) ?? .other) == phase) }

    @Test(arguments: [
        "Morning peak begins: traffic climbs from 90 to 610 requests/s.",
        "Assumed the cause was a traffic spike from a campaign.",
        "Jonas sees connections flat at 10, down from about 35.",
        "Decision: drop the slot.",
    ])
    func loadAndQuantitiesAreNotImpact(text: String) { #expect(Self.phase(text) != .impact) }

    /// A page of the site is not a page to the on-call, nor a push notification a notice.
    @Test(arguments: [
        "Slow page load times on mobile",
        "Broken links across all pages",
        "Engineers opened the landing page",
        "Editors launching the page to students",
        "Push notifications start being delayed",
        "The notification service falls over",
    ])
    func aPageOfTheSiteIsNoDetection(text: String) { #expect(Self.phase(text) != .detect) }

    @Test(arguments: [
        ("CheckoutLatencyP99High fires (p99 > 2 s for 5 minutes). Priya (on call) acknowledges.", Phase.detect),
        ("SearchErrorRateHigh pages Aiko (search on call).", .detect),
        ("The AccountDeletionProcessorErrorsOver10Mins alarm fires", .detect),
        ("Issue detected by monitoring alerts indicating increased response times.", .detect),
        ("Our support team started receiving calls from users", .detect),
        ("Priya gets a page from PagerDuty", .detect),
    ])
    func detectionIsAnAlertOrAReport(text: String, phase: Phase) { #expect(Self.phase(text) == phase) }

    @Test(arguments: [
        ("On-call engineer acknowledged the page", Phase.acknowledge),
        ("SEV1 declared. Marta takes incident command. Status page updated at 12:24.", .acknowledge),
        ("The incident was escalated to the DevOps team.", .acknowledge),
    ])
    func acknowledgementIsTheResponse(text: String, phase: Phase) { #expect(Self.phase(text) == phase) }

    @Test(arguments: [
        ("Rollback complete on all pods; p99 back under 600 ms.", Phase.mitigate),
        ("System functionality partially restored.", .mitigate),
        ("Resolution confirmed from six public resolvers. Image error rate falling.", .mitigate),
        ("Servers reverted to the last working change until the error is resolved.", .mitigate),
        ("Traffic redirection partially stabilized the system, but some users still saw errors.", .mitigate),
    ])
    func mitigationIsAFixOrAPartialRecovery(text: String, phase: Phase) { #expect(Self.phase(text) == phase) }

    @Test(arguments: [
        "Error rate back to its usual 0.2%. Incident moved to monitoring.",
        "Error rate under 0.1%. Incident moved to monitoring.",
        "Writes succeed again. Checkout error rate back under 1%.",
        "The AccountDeletionProcessorErrorsOver10Mins alarm stops firing",
        "Delete gke-resource-quotas and issue goes away",
        "@BenTheElder announces resolution is confirmed complete",
        "Server is now running normally and the website is loading properly.",
        "The problem was dealt with by Sunday 27th February 2200 hours (EAT).",
        "Cert renewed; HTTPS works again",
        "All services running smoothly",
        "Problem solved",
        "Everything works fine now",
        "Latency returned to pre-incident levels",
        "Application became available",
        "The outage was over",
        "Checkout success rate recovers",
        "Uptime monitor reports site up",
        "We declared the incident over",
        "Monitoring shows recovery complete",
    ])
    func restorationIsServiceBack(text: String) { #expect(Self.phase(text) == .resolve) }

    @Test(arguments: [
        "Incident closed.",
        "Supplier feed import starts, about four times normal volume.",
        "Ensuring Apache and MySQL are up and running.",
        "Service not restored yet.",
        "Incident escalated to the database team for further investigation and resolution.",
        "The on-call engineer dealt with the flood of support tickets.",
        // A concession, a check, a contraction's negation.
        "The website was not loading properly, even though the server and database were functioning correctly.",
        "The team fixed the bug and ran tests to make sure that it was properly solved",
        "The website still wasn't loading correctly.",
        // A bug solved is a fix, not the service back.
        "Kernel release solved emotes in other peers",
    ])
    func bookkeepingComparisonsAndChecksAreNoRestoration(text: String) { #expect(Self.phase(text) != .resolve) }
}
