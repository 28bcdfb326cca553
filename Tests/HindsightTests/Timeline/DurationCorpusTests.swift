import Foundation
import Testing
@testable import Hindsight

/// Guards the impact durations against the hand-made labels of the real corpus, scored as
/// `score-extraction` scores them: right when within 10% or 5 minutes, or both absent.
@Suite(.enabled(if: Corpus.isAvailable, "needs ../shared/corpus"))
struct DurationCorpusTests {
    @Test(arguments: [("holberton/", 0.9), ("pro/", 0.78)])
    func labelledDurationsMatch(prefix: String, threshold: Double) throws {
        let labels = try Corpus.labels().filter { $0.key.hasPrefix(prefix) }
        #expect(labels.count > 10)
        let misses = try labels.compactMap { file, label -> String? in
            let incident = Fixtures.incident(try Corpus.text(file), name: (file as NSString).lastPathComponent)
            let got = incident.timelineAnalysis.durationMinutes, want = label["duration_minutes"] as? Int
            return Self.agree(got, want) ? nil : "\(file): want \(want.map(String.init) ?? "none") got \(got.map(String.init) ?? "none")"
        }
        let share = Double(labels.count - misses.count) / Double(labels.count)
        #expect(share >= threshold, "duration right in \(labels.count - misses.count) of \(labels.count): \(misses.sorted())")
    }

    private static func agree(_ got: Int?, _ want: Int?) -> Bool {
        guard let got, let want else { return got == nil && want == nil }
        return abs(got - want) <= max(5, Int((Double(want) * 0.1).rounded(.down)))
    }
}
