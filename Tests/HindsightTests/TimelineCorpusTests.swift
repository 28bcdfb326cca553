import Foundation
import Testing
@testable import Hindsight

/// Guards the timeline extraction against the hand-made labels of the real corpus.
@Suite(.enabled(if: Corpus.isAvailable, "needs ../shared/corpus"))
struct TimelineCorpusTests {
    @Test func labelledTimelineCountsMatch() throws {
        let labels = try Corpus.labels().filter { $0.key.hasPrefix("holberton/") || $0.key.hasPrefix("pro/") }
        #expect(labels.count > 50)
        let matching = try labels.filter { file, label in
            let incident = Fixtures.incident(try Corpus.text(file), name: (file as NSString).lastPathComponent)
            return incident.timeline.count == (label["timeline_count"] as? Int ?? 0)
        }
        let share = Double(matching.count) / Double(labels.count)
        #expect(share >= 0.95, "timeline_count matches in \(matching.count) of \(labels.count) labelled documents")
    }

    @Test func labelledFirstEntriesMatch() throws {
        let labels = try Corpus.labels().filter { $0.key.hasPrefix("holberton/") || $0.key.hasPrefix("pro/") }
        let withTimeline = labels.filter { $0.value["timeline_first"] is [String: Any] }
        let matching = try withTimeline.filter { file, label in
            let first = label["timeline_first"] as? [String: Any]
            let incident = Fixtures.incident(try Corpus.text(file), name: (file as NSString).lastPathComponent)
            return incident.timeline.first?.rawTime == first?["raw_time"] as? String
        }
        #expect(Double(matching.count) / Double(max(withTimeline.count, 1)) >= 0.9)
    }
}
