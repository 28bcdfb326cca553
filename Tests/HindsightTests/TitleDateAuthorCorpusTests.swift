import Foundation
import Testing
@testable import Hindsight

/// The labelled real postmortems: most of them must come out as a careful reader reads them.
@Suite(.enabled(if: Corpus.isAvailable, "needs ../shared/corpus"))
struct TitleDateAuthorCorpusTests {
    struct Scores {
        var title: [Bool] = []
        var date: [Bool] = []
        var authors: [Bool] = []
    }

    let scores: Scores

    init() throws {
        var scores = Scores()
        for (file, label) in try Corpus.labels() {
            let name = String(file.split(separator: "/").last ?? "")
            let incident = Fixtures.incident(try Corpus.text(file), name: name)
            if let title = label["title"] as? String {
                let accepted = [title] + (label["title_alternatives"] as? [String] ?? [])
                scores.title.append(accepted.map(Self.folded).contains(Self.folded(incident.title)))
            }
            scores.date.append((label["date"] as? String) == incident.date?.description)
            let names = (label["authors"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
            scores.authors.append(names.map(Self.folded) == incident.authors.map { Self.folded($0.name) })
        }
        self.scores = scores
    }

    @Test func titles() { #expect(Self.share(scores.title) >= 0.95) }
    @Test func dates() { #expect(Self.share(scores.date) >= 0.92) }
    @Test func authors() { #expect(Self.share(scores.authors) >= 0.95) }

    private static func share(_ results: [Bool]) -> Double {
        results.isEmpty ? 0 : Double(results.filter { $0 }.count) / Double(results.count)
    }

    /// Compared as the scoring rules say: case, white space and punctuation folded.
    private static func folded(_ text: String) -> String {
        text.lowercased().split { !$0.isLetter && !$0.isNumber }.joined(separator: " ")
    }
}
