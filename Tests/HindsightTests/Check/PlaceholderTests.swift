import Foundation
import Testing
@testable import Hindsight
@testable import HindsightCore
@testable import HindsightRender

/// An unedited `hindsight new` scaffold is reported (`placeholder-left`) at each of its
/// prompts, and its `00:00` rows are never measured; a real event at midnight is.
@Suite struct PlaceholderTests {
    private static func scaffold() throws -> String {
        let archetype = try Archetype(theme: .embeddedDefault)
        return archetype.render(NewPostmortem(title: "Checkout latency", date: try #require(CalendarDate(iso8601: "2024-04-20"))))
    }

    /// The check's findings and the incident the build reads from `document`.
    private static func read(_ document: String) throws -> (findings: [Diagnostic], incident: Incident) {
        let site = try TestSite()
        defer { site.remove() }
        try site.add("doc.md", document)
        let findings = site.check().diagnostics.filter { $0.rule == "placeholder-left" }
        let incident = try #require(SiteBuilder(config: site.config, siteRoot: site.root).read(excluding: []).incidents.first)
        return (findings, incident)
    }

    @Test func aFreshScaffoldIsReportedAtEachPromptAndNotMeasured() throws {
        let text = try Self.scaffold()
        let (findings, incident) = try Self.read(text)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let promptLines = lines.indices.filter { lines[$0].hasPrefix("_") || (lines[$0].hasPrefix("|") && lines[$0].contains("| _")) }.map { $0 + 1 }
        #expect(promptLines.count == 9)
        #expect(findings.map(\.line) == promptLines)
        #expect(findings.allSatisfy { $0.severity == .warning })
        let rows = findings.filter { $0.message.hasPrefix("placeholder row left from the template: 00:00 “") }
        #expect(rows.count == 3)
        #expect(findings.contains { $0.message == "placeholder left from the template: “What happened, to whom, and for how long, in two or three sentences.”; replace it with this incident's own words" })
        #expect(incident.timeline.count == 3, "the rows are still shown")
        #expect(incident.timelineAnalysis.durationMinutes == nil)
        #expect(incident.timelineAnalysis.metrics == IncidentMetrics())
    }

    @Test func aFilledInScaffoldHasNoPlaceholder() throws {
        var text = try Self.scaffold()
        for (prompt, words) in [
            ("_What happened, to whom, and for how long, in two or three sentences._", "Checkout was slow for 40 minutes."),
            ("_Who was affected and how: users, requests, orders, revenue._", "Every shopper; a third of orders timed out."),
            ("| 00:00 | _Impact started: the first sign of trouble._ |", "| 09:10 | Impact started: p99 latency rose to 9 s |"),
            ("| 00:00 | _Detected: how we found out._ |", "| 09:20 | Detected: the latency alert paged the on-call |"),
            ("| 00:00 | _Resolved: service restored._ |", "| 09:50 | Resolved: the cache was warmed and latency recovered |"),
            ("_Why it happened: the technical cause and the conditions that let it through._", "A cold cache after the deploy."),
            ("_What stopped the impact, and what restored the service._", "Warming the cache by hand."),
            ("| _What will prevent it from happening again_ | _Name_ | Open |", "| Warm the cache before switching traffic | Ada | Open |"),
            ("_What went well, what went wrong, where we got lucky._", "The alert fired quickly."),
        ] {
            #expect(text.contains(prompt))
            text = text.replacingOccurrences(of: prompt, with: words)
        }
        let (findings, incident) = try Self.read(text)
        #expect(findings.isEmpty, "\(findings.map(\.formatted))")
        #expect(incident.timelineAnalysis.durationMinutes == 40)
    }

    @Test func aRealEventAtMidnightIsMeasured() throws {
        let text = """
            # Batch jobs failed

            On 2024-04-20 the nightly batch failed.

            ## Timeline

            | Time | Event |
            | --- | --- |
            | 00:00 | Impact started: the nightly batch failed to start |
            | 00:15 | Detected: the batch monitor paged the on-call |
            | 00:45 | Resolved: the scheduler was restarted and the batch ran |

            """
        let (findings, incident) = try Self.read(text)
        #expect(findings.isEmpty)
        #expect(incident.timelineAnalysis.durationMinutes == 45)
        #expect(incident.timelineAnalysis.metrics.timeToDetect == 15)
    }

    /// A team's own archetype, written with the same conventions, as a list.
    @Test func anArchetypeOfOnesOwnIsCaughtToo() throws {
        let text = """
            # Outage

            On 2024-04-20 it broke.

            ## What happened

            _Tell the story._

            ## Timeline

            - 00:00 _Impact started_
            - 00:00 — _Resolved_

            """
        let (findings, incident) = try Self.read(text)
        #expect(findings.map(\.line) == [7, 11, 12])
        #expect(incident.timelineAnalysis.durationMinutes == nil)
    }

    /// Italics among the author's own words are theirs, not a prompt.
    @Test func italicsOfTheAuthorsOwnAreNotPlaceholders() throws {
        let text = """
            # Outage

            _This postmortem is blameless._

            On 2024-04-20 the api failed. _Nobody_ noticed for an hour.

            ## Timeline

            *(All times UTC.)*

            ### 09:00

            The api failed.

            ## Lessons

            We learned a lot.

            _Written by the SRE team._

            """
        #expect(try Self.read(text).findings.isEmpty)
    }
}
