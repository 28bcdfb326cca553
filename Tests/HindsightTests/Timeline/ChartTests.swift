import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import HindsightTemplates
import Testing
@testable import Hindsight
@testable import HindsightCore
@testable import HindsightRender

/// The timeline chart: valid SVG, escaped labels, lanes, byte-identical (the archive charts: `ArchiveChartsTests`).
struct ChartTests {
    /// A code span keeps the markup as text, as it reaches the chart.
    static let hostile = #"`<script>alert("x")</script>` & 'quoted'"#

    static func theme() throws -> Theme { try Theme(files: .embeddedDefault) }

    static func chart(_ markdown: String) throws -> String {
        let incident = Fixtures.incident(markdown)
        let context = try #require(PageContext.incident(incident, config: SiteConfig())["incident"]?.object)
        return String(decoding: try theme().render("timeline-chart", context), as: UTF8.self)
    }

    static func svg(in html: String) throws -> XMLDocument {
        let start = try #require(html.range(of: "<svg class=\"chart\""))
        let end = try #require(html.range(of: "</svg>", range: start.upperBound..<html.endIndex))
        return try XMLDocument(xmlString: String(html[start.lowerBound..<end.upperBound]))
    }

    static let timeline = "# Nginx outage\n\nOn 2024-04-20.\n\n| Time (UTC) | Event |\n| --- | --- |\n| 10:00 | Deploy |\n| 10:05 | Site down |\n| 10:30 | \(hostile) |\n| 11:00 | Service restored |\n"

    @Test func svgParsesAsXMLWithTitleAndDescription() throws {
        let document = try Self.svg(in: try Self.chart(Self.timeline))
        func values(_ path: String) throws -> [String] { try document.nodes(forXPath: path).compactMap(\.stringValue) }
        #expect(try values("/*/@role") == ["img"])
        #expect(try values("/*/@viewBox").first?.hasPrefix("0 0 800 ") == true)
        #expect(try values("/*/@width").isEmpty)
        #expect(try values("/*/*[local-name()='title']") == ["Timeline of Nginx outage"])
        let description = try #require(try values("/*/*[local-name()='desc']").first)
        #expect(description.contains("Impact from 10:05 to 11:00, 55 min"))
        #expect(try document.nodes(forXPath: "//*[local-name()='g'][contains(@class,'event')]").count == 4)
        #expect(try document.nodes(forXPath: "//*[local-name()='rect'][@class='impact-window']").count == 1)
    }

    @Test func hostileLabelsAreEscaped() throws {
        let html = try Self.chart(Self.timeline)
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;"))
        let document = try Self.svg(in: html)
        let labels = try document.nodes(forXPath: "//*[local-name()='text']").compactMap(\.stringValue)
        #expect(labels.contains { $0.hasPrefix("<script>alert(\"x\")</script> & 'quoted'") })
    }

    @Test func labelsInTheSameLaneNeverOverlap() {
        var lanes = LabelLanes(width: 800)
        let first = lanes.place(at: 100, labelWidth: 150)
        let second = lanes.place(at: 120, labelWidth: 150)
        let third = lanes.place(at: 260, labelWidth: 50)
        let fourth = lanes.place(at: 780, labelWidth: 100)
        #expect(first.lane == 0 && second.lane == 1 && third.lane == 0)
        #expect(fourth.anchorsAtEnd && fourth.lane == 0)
    }

    @Test func uninterpretedTimelineIsEvenlySpacedAndSaysSo() throws {
        let html = try Self.chart("# Outage\n\n| Time | Event |\n| --- | --- |\n| Morning 1 | Deploy |\n| Later 2 | Restored |\n| Night 3 | Done |\n")
        #expect(html.contains("by-order"))
        #expect(html.contains("Times could not be read"))
        let document = try Self.svg(in: html)
        let places = try document.nodes(forXPath: "//*[local-name()='g'][contains(@class,'event')]/@transform").compactMap(\.stringValue)
        #expect(places == ["translate(24 0)", "translate(400 0)", "translate(776 0)"])
    }

    @Test func chartsAreByteIdenticalBetweenRenders() throws {
        #expect(try Self.chart(Self.timeline) == Self.chart(Self.timeline))
    }

    @Test func tickLabelsNearAnEdgeRunInward() {
        #expect(TimelineChart.anchor(at: 24, labels: ["09:00", "2024-10-07"]) == "start")
        #expect(TimelineChart.anchor(at: 400, labels: ["09:00", "2024-10-07"]) == "middle")
        #expect(TimelineChart.anchor(at: 776, labels: ["09:00", "2024-10-07"]) == "end")
    }

    @Test func incidentsJSONCarriesTimesPhasesAndMetrics() throws {
        let site = try TestSite()
        defer { site.remove() }
        try site.add("outage.md", Self.timeline)
        _ = site.build()
        let data = Data(try #require(site.output("incidents.json")).utf8)
        let json = try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
        let incident = try #require((json["incidents"] as? [[String: Any]])?.first)
        #expect(incident["start"] as? String == "2024-04-20T10:05:00+00:00")
        #expect(incident["end"] as? String == "2024-04-20T11:00:00+00:00")
        #expect(incident["duration_minutes"] as? Int == 55)
        let metrics = try #require(incident["metrics"] as? [String: Any])
        #expect(metrics["time_to_resolve_minutes"] as? Int == 55)
        #expect(metrics["time_to_detect_minutes"] as? Int == 25)
        #expect(metrics["time_to_acknowledge_minutes"] is NSNull)
        let entries = try #require(incident["timeline"] as? [[String: Any]])
        #expect(entries.first?["time"] as? String == "2024-04-20T10:00:00+00:00")
        #expect(entries.map { $0["phase"] as? String } == ["start", "impact", "detect", "resolve"])
    }
}
