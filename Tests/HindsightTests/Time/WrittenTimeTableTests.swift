import Foundation
import Testing
@testable import HindsightCore

/// The grammar of written times against a table of forms taken from real postmortems
/// (`written-times.tsv`: the form as written, then what it means). Readings use the table's
/// notation: `date=`, `dates=` (day and month could swap), `day=` (no year), `clock=` (24-hour),
/// `zone=` (as `Zone.label`, `?ABC` when unknown), `end=` (a range's end), `relative=+1`, or
/// `none` for numbers that are not times.
@Suite struct WrittenTimeTableTests {
    struct Row: CustomStringConvertible, Sendable {
        var written: String
        var reading: String
        var description: String { written }
    }

    static let rows: [Row] = {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("written-times.tsv").path
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").dropFirst().compactMap { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            return fields.count == 2 ? Row(written: String(fields[0]), reading: String(fields[1])) : nil
        }
    }()

    @Test func tableHoldsAtLeast300Forms() {
        #expect(Self.rows.count >= 300)
        #expect(Set(Self.rows.map(\.written)).count == Self.rows.count, "a form is listed twice")
    }

    /// Each form is read where a time is expected (a timeline's time column), where `10.35`
    /// and `0900` are times; each number that is no time (`2.50 GB`, `14.04`, `v1.12.13`)
    /// must read as none inside prose, where such numbers stand.
    @Test func everyFormReadsAsItMeans() {
        let misses = Self.rows.compactMap { row -> String? in
            let got = row.reading == "none" ? Self.proseReading(of: row.written) : Self.notation(TimeGrammar.reading(of: row.written))
            return Self.normalized(got) == Self.normalized(row.reading) ? nil : "\(row.written)\n    want \(row.reading)\n    got  \(got)"
        }
        #expect(misses.isEmpty, "\(misses.count) of \(Self.rows.count) forms misread:\n\(misses.joined(separator: "\n"))")
    }

    static func proseReading(of written: String) -> String {
        let tokens = TextToken.tokenize(Substring(written))
        return TimeGrammar.firstPhrase(in: tokens, setting: .prose, requiringClock: false).map { notation($0.time) } ?? "none"
    }

    static func notation(_ time: WrittenTime) -> String {
        var parts: [String] = []
        if let date = time.date {
            parts.append(time.otherOrder.map { "dates=\([date, $0].map(\.description).sorted().joined(separator: ","))" } ?? "date=\(date)")
        } else if let day = time.monthDay {
            parts.append("day=\(NumberText.pad(day.month))-\(NumberText.pad(day.day))")
        }
        if let clock = time.clock { parts.append("clock=" + clockNotation(clock)) }
        if let zone = time.zone { parts.append("zone=" + (zone.zone?.label ?? "?" + zone.text)) }
        let endDay = time.endDate?.description ?? time.endMonthDay.map { "\(NumberText.pad($0.month))-\(NumberText.pad($0.day))" }
        switch (endDay, time.endClock) {
        case let (day?, clock?): parts.append("end=\(day)T\(clockNotation(clock))")
        case let (day?, nil): parts.append("end=\(day)")
        case let (nil, clock?): parts.append("end=\(clockNotation(clock))")
        case (nil, nil): break
        }
        if time.dayOffset != 0 { parts.append("relative=+\(time.dayOffset)") }
        return parts.isEmpty ? "none" : parts.joined(separator: " ")
    }

    private static func clockNotation(_ clock: ClockTime) -> String {
        let seconds = clock.secondsAfterMidnight
        let text = "\(NumberText.pad(seconds / 3600)):\(NumberText.pad(seconds / 60 % 60))"
        return seconds % 60 == 0 ? text : text + ":\(NumberText.pad(seconds % 60))"
    }

    /// `:00` seconds dropped and the two readings of `dates=` in one order, as `notation` writes them.
    static func normalized(_ reading: String) -> String {
        reading.split(separator: " ").map { part -> String in
            var part = String(part)
            if part.hasPrefix("dates=") { part = "dates=" + part.dropFirst(6).split(separator: ",").sorted().joined(separator: ",") }
            if part.hasPrefix("clock=") || part.hasPrefix("end="), part.hasSuffix(":00"), part.filter({ $0 == ":" }).count == 2 {
                part.removeLast(3)
            }
            return part
        }.joined(separator: " ")
    }
}
