import Foundation
import Testing
@testable import HindsightCore

/// Follow-up extraction against `../shared/corpus/labels/followups.json`, scored as
/// `../shared/tools/score-followups` scores a build: the count, and the text, owner and
/// status of the first and last items. Each threshold is a ratchet, the share measured
/// when it was last raised: raise it when extraction improves, never lower it.
@Suite(.enabled(if: Corpus.isAvailable, "needs ../shared/corpus"))
struct LabelledFollowUpTests {
    enum Field: String, CaseIterable, CustomStringConvertible {
        case count, firstText = "first_text", firstOwner = "first_owner", firstStatus = "first_status"
        case lastText = "last_text", lastOwner = "last_owner", lastStatus = "last_status"

        var description: String { rawValue }
    }

    static let ratchets: [String: [Field: Double]] = [
        "holberton": [.count: 0.87, .firstText: 0.95, .firstOwner: 0.97, .firstStatus: 0.95,
                      .lastText: 0.89, .lastOwner: 0.97, .lastStatus: 0.97],
        "pro": [.count: 0.81, .firstText: 0.84, .firstOwner: 0.91, .firstStatus: 0.84,
                .lastText: 0.83, .lastOwner: 0.89, .lastStatus: 0.84],
    ]

    struct Tally { var right = 0, total = 0 }

    /// Per folder: the tally of each field over both slices, of the validation slice alone,
    /// and the tuning slice's misses (the validation slice's are never listed).
    static let scores: [String: (all: [Field: Tally], validation: [Field: Tally], misses: [Field: [String]])] = {
        guard let root = Corpus.root, let data = FileManager.default.contents(atPath: root + "/labels/followups.json"),
              let labels = try? JSONSerialization.jsonObject(with: data) as? [String: [String: Any]] else { return [:] }
        var scores: [String: (all: [Field: Tally], validation: [Field: Tally], misses: [Field: [String]])] = [:]
        for (file, label) in labels {
            let folder = String(file.prefix { $0 != "/" })
            guard ratchets[folder] != nil, let text = try? Corpus.text(file) else { continue }
            let items = Fixtures.incident(text, name: (file as NSString).lastPathComponent).followUps
            let slice = LabelSlice(file: file)
            var score = scores[folder] ?? ([:], [:], [:])
            for (field, right, miss) in compare(label, items) {
                score.all[field, default: Tally()].total += 1
                score.all[field, default: Tally()].right += right ? 1 : 0
                if slice == .validation {
                    score.validation[field, default: Tally()].total += 1
                    score.validation[field, default: Tally()].right += right ? 1 : 0
                } else if !right {
                    score.misses[field, default: []].append("\(file): \(miss)")
                }
            }
            scores[folder] = score
        }
        return scores
    }()

    /// The scorer's rules: a missing end wants no items; a labelled end the build lacks is
    /// wrong on text, owner and status.
    static func compare(_ label: [String: Any], _ items: [FollowUp]) -> [(Field, Bool, String)] {
        let count = label["count"] as? Int ?? 0
        var results: [(Field, Bool, String)] = [(.count, count == items.count, "want \(count) got \(items.count)")]
        for (fields, item) in [([Field.firstText, .firstOwner, .firstStatus], items.first), ([.lastText, .lastOwner, .lastStatus], items.last)] {
            let key = fields[0] == .firstText ? "first" : "last"
            guard let want = label[key] as? [String: Any] else {
                results.append((fields[0], item == nil, "want none got \(item?.text ?? "")"))
                continue
            }
            let text = want["text"] as? String, owner = want["owner"] as? String, status = want["status"] as? String ?? "unknown"
            results.append((fields[0], LabelComparison.sameText(text, item?.text), "want \(text ?? "nil") got \(item?.text ?? "nil")"))
            results.append((fields[1], item != nil && LabelComparison.sameText(owner, item?.owner), "want \(owner ?? "nil") got \(item?.owner ?? "nil")"))
            results.append((fields[2], item?.status.rawValue == status, "want \(status) got \(item?.status.rawValue ?? "nil")"))
        }
        return results
    }

    @Test(arguments: ["holberton", "pro"], Field.allCases)
    func fieldHoldsItsRatchet(folder: String, field: Field) throws {
        let score = try #require(Self.scores[folder])
        let threshold = try #require(Self.ratchets[folder]?[field])
        let all = score.all[field] ?? Tally(), validation = score.validation[field] ?? Tally()
        #expect(all.total > 0)
        let share = (Double(all.right) / Double(all.total) * 100).rounded() / 100
        let report = """
            \(folder) \(field): \(all.right) of \(all.total) right (\(String(format: "%.2f", share))), ratchet \(threshold); \
            validation slice \(validation.right) of \(validation.total), its misses held back; tuning misses:
            \(score.misses[field, default: []].sorted().joined(separator: "\n"))
            """
        print(report)
        #expect(share >= threshold, "\(report)")
    }
}
