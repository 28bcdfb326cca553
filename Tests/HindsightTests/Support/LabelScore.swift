import Foundation
@testable import HindsightCore

/// A field of the hand-made labels in `../shared/corpus/labels/`, scored as
/// `../shared/tools/score-extraction` scores it.
enum LabelledField: String, CaseIterable, Sendable, CustomStringConvertible {
    case title, date, authorName = "author_name", authorEmail = "author_email", authorURL = "author_url"
    case timelineCount = "timeline_count", timelineFirst = "timeline_first", timelineLast = "timeline_last"
    case duration

    var description: String { rawValue }
}

/// Which third of the labels a document belongs to. The validation slice (numbers ending in
/// 1, 4 or 7) stands for postmortems nobody tuned the rules on: its misses are never listed.
enum LabelSlice: String, Sendable {
    case tuning, validation

    init(file: String) {
        let number = (file as NSString).lastPathComponent.prefix { $0.isNumber }
        self = ["1", "4", "7"].contains(number.last.map(String.init) ?? "") ? .validation : .tuning
    }
}

/// One document's extraction compared with its label, field by field.
struct LabelComparison {
    let file: String
    /// Right or wrong per scored field; a field the label does not score is absent.
    private(set) var results: [LabelledField: Bool] = [:]
    /// What was expected and what came out, for the fields that missed.
    private(set) var misses: [LabelledField: String] = [:]

    init(file: String, label: [String: Any], incident: Incident) {
        self.file = file
        if let title = label["title"] as? String {
            let accepted = [title] + (label["title_alternatives"] as? [String] ?? [])
            record(.title, accepted.contains { Self.sameText($0, incident.title) }, want: title, got: incident.title)
        }
        let date = label["date"] as? String
        record(.date, date == incident.date?.description, want: date, got: incident.date?.description)
        compareAuthors(label["authors"] as? [[String: Any]] ?? [], incident.authors)
        compareTimeline(label, incident.timeline)
        if label.keys.contains("duration_minutes") {
            let want = label["duration_minutes"] as? Int, got = incident.timelineAnalysis.durationMinutes
            record(.duration, Self.agree(got, want), want: want, got: got)
        }
    }

    private mutating func compareAuthors(_ labelled: [[String: Any]], _ extracted: [Author]) {
        guard let first = labelled.first else {
            record(.authorName, extracted.isEmpty, want: "none", got: extracted.first?.name)
            return
        }
        let got = extracted.first
        record(.authorName, Self.sameText(first["name"] as? String, got?.name), want: first["name"] as? String, got: got?.name)
        let email = first["email"] as? String, url = first["url"] as? String
        record(.authorEmail, (email ?? "").lowercased() == (got?.email ?? "").lowercased(), want: email, got: got?.email)
        record(.authorURL, Self.trailingSlashless(url) == Self.trailingSlashless(got?.url), want: url, got: got?.url)
    }

    private mutating func compareTimeline(_ label: [String: Any], _ timeline: [TimelineEntry]) {
        let count = label["timeline_count"] as? Int ?? 0
        record(.timelineCount, count == timeline.count, want: count, got: timeline.count)
        for (field, entry) in [(LabelledField.timelineFirst, timeline.first), (.timelineLast, timeline.last)] {
            guard let want = label[field.rawValue] as? [String: Any] else {
                record(field, timeline.isEmpty, want: "none", got: entry.map { "\($0.rawTime) | \($0.text)" })
                continue
            }
            let wantTime = want["raw_time"] as? String, wantText = want["text"] as? String
            let right = Self.sameTime(wantTime, entry?.rawTime) && Self.sameText(wantText, entry?.text)
            record(field, right, want: "\(wantTime ?? "") | \(wantText ?? "")", got: entry.map { "\($0.rawTime) | \($0.text)" })
        }
    }

    private mutating func record(_ field: LabelledField, _ right: Bool, want: Any?, got: Any?) {
        results[field] = right
        if !right { misses[field] = "want \(want.map { "\($0)" } ?? "nil") got \(got.map { "\($0)" } ?? "nil")" }
    }

    /// Case, white space, punctuation and compatibility forms folded (NFKC, `[\W_]+` → space).
    static func folded(_ text: String?) -> String {
        (text ?? "").precomposedStringWithCompatibilityMapping.lowercased()
            .split { !($0.isLetter || $0.isNumber) || $0 == "_" }.joined(separator: " ")
    }

    static func sameText(_ a: String?, _ b: String?) -> Bool { folded(a) == folded(b) }

    /// White space folded; wrapping brackets, emphasis and a trailing separator dropped.
    static func cleanedTime(_ text: String?) -> String {
        let wrapping = Set("[]()*`_~ "), separator = Set(":-\u{2013}\u{2014} ")
        let folded = Substring((text ?? "").split(whereSeparator: \.isWhitespace).joined(separator: " "))
        return String(stripped(stripped(folded, wrapping).trimmingSuffix(separator), wrapping))
    }

    /// Python's `str.strip(characters)`.
    private static func stripped(_ text: Substring, _ characters: Set<Character>) -> Substring {
        text.drop { characters.contains($0) }.trimmingSuffix(characters)
    }

    static func sameTime(_ a: String?, _ b: String?) -> Bool { cleanedTime(a) == cleanedTime(b) }

    /// Within 10 % or 5 minutes, or both unknown.
    static func agree(_ got: Int?, _ want: Int?) -> Bool {
        guard let got, let want else { return got == nil && want == nil }
        return Double(abs(got - want)) <= max(5, 0.1 * Double(want))
    }

    private static func trailingSlashless(_ url: String?) -> String {
        var url = (url ?? "").lowercased()
        while url.hasSuffix("/") { url.removeLast() }
        return url
    }
}

/// A labelled corpus folder scored field by field.
struct CorpusScore: Sendable {
    struct Tally: Sendable {
        var right = 0, total = 0
        var share: Double { total == 0 ? 1 : Double(right) / Double(total) }
    }

    private(set) var tallies: [LabelSlice: [LabelledField: Tally]] = [:]
    /// Misses of the tuning slice only, as `file: want … got …`.
    private(set) var tuningMisses: [LabelledField: [String]] = [:]

    /// Extracts every labelled document of `folder` (`holberton`, `pro`) and compares it.
    init(folder: String) throws {
        for (file, label) in try Corpus.labels() where file.hasPrefix(folder + "/") {
            let incident = Fixtures.incident(try Corpus.text(file), name: (file as NSString).lastPathComponent)
            let comparison = LabelComparison(file: file, label: label, incident: incident)
            let slice = LabelSlice(file: file)
            for (field, right) in comparison.results {
                tallies[slice, default: [:]][field, default: Tally()].right += right ? 1 : 0
                tallies[slice, default: [:]][field, default: Tally()].total += 1
            }
            guard slice == .tuning else { continue }
            for (field, miss) in comparison.misses { tuningMisses[field, default: []].append("\(file): \(miss)") }
        }
    }

    func tally(_ field: LabelledField, in slices: [LabelSlice] = [.tuning, .validation]) -> Tally {
        slices.reduce(into: Tally()) { sum, slice in
            let tally = tallies[slice]?[field] ?? Tally()
            sum.right += tally.right
            sum.total += tally.total
        }
    }
}

private extension Substring {
    func trimmingSuffix(_ characters: Set<Character>) -> Substring {
        var text = self
        while let last = text.last, characters.contains(last) { text.removeLast() }
        return text
    }
}
