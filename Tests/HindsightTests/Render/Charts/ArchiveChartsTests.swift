import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import HindsightTemplates
import Testing
@testable import HindsightCore
@testable import HindsightRender

/// The archive charts' geometry: nearest-rank percentiles, scales that cover the data,
/// unknown durations apart and counted, nothing joining periods, every mark inside its SVG.
struct ArchiveChartsTests {
    static func incident(_ date: String, resolve: Int?, detect: Int? = nil, title: String = "Outage", severity: String? = nil) -> Incident {
        var incident = Fixtures.incident("# \(title)\n")
        incident.date = PeriodAxisTests.date(date)
        incident.title = title
        incident.severity = severity
        incident.timelineAnalysis.metrics.timeToResolve = resolve
        incident.timelineAnalysis.metrics.timeToDetect = detect
        return incident
    }

    static func html(_ incidents: [Incident]) throws -> String {
        let context = try #require(ArchiveCharts.context(incidents))
        return String(decoding: try Theme(files: .embeddedDefault).render("archive-charts", ["archiveCharts": .object(context)]), as: UTF8.self)
    }

    static func svgs(in html: String) throws -> [XMLDocument] {
        try html.components(separatedBy: "<svg class=\"chart archive-chart\"").dropFirst().map { figure in
            try XMLDocument(xmlString: "<svg class=\"chart archive-chart\"" + figure.components(separatedBy: "</svg>")[0] + "</svg>")
        }
    }

    /// A quarter's worth of every shape of data: minutes to a year and more, zeros, unknowns, gaps.
    static let archive: [Incident] = {
        var incidents = [incident("1990-12-14", resolve: 600_000), incident("2016-11-08", resolve: 0, detect: 0)]
        for day in 0..<120 {
            let date = CalendarDate(daysSince1970: 17_500 + day * 23)!
            incidents.append(incident(date.description, resolve: day % 7 == 0 ? nil : (day * 97) % 20_000, detect: day % 3 == 0 ? nil : day % 40,
                                      severity: ["SEV1", "SEV2", "SEV3", nil][day % 4]))
        }
        return incidents
    }()

    @Test func percentilesAreByNearestRank() throws {
        let tenths = try #require(Percentiles(Array(1...10)))
        #expect(tenths.median == 5 && tenths.p90 == 9 && tenths.count == 10)
        let four = try #require(Percentiles([40, 10, 30, 20]))
        #expect(four.median == 20 && four.p90 == 40)
        let one = try #require(Percentiles([7]))
        #expect(one.median == 7 && one.p90 == 7)
        #expect(Percentiles([]) == nil)
    }

    @Test func theDurationScaleEndsOnRoundDurationsAroundTheData() {
        let scale = DurationScale(covering: [3, 200, 230], top: 18, bottom: 168)
        #expect(scale.bottom == 1 && scale.top == 360)
        let labels = scale.gridlines().compactMap { $0.object?["label"]?.string }
        #expect(labels == ["1 min", "10 min", "1 h", "6 h"])
        #expect(scale.y(360) == 18 && scale.y(1) == 168)
        #expect(scale.y(230) > 18 && scale.y(230) < scale.y(60))
        let long = DurationScale(covering: [45, 50_000], top: 18, bottom: 168)
        #expect(long.bottom == 10 && long.top == 525_600)
    }

    @Test func countsGoUpInRoundStepsToAtLeastTheBusiestPeriod() {
        #expect(PeriodCounts.step(for: 1) == 1)
        #expect(PeriodCounts.step(for: 4) == 1)
        #expect(PeriodCounts.step(for: 7) == 2)
        #expect(PeriodCounts.step(for: 17) == 5)
        #expect(PeriodCounts.step(for: 130) == 50)
    }

    @Test func unknownDurationsAreDrawnApartFromTheScaleAndCounted() throws {
        let incidents = [Self.incident("2024-01-10", resolve: 120), Self.incident("2024-02-10", resolve: nil),
                         Self.incident("2024-03-10", resolve: 30), Self.incident("2024-03-11", resolve: 45)]
        let durations = try #require(ArchiveCharts.context(incidents)?["durations"]?.list).compactMap(\.object)
        let resolve = try #require(durations.first { $0["id"]?.string == "resolve" })
        let dots = try #require(resolve["dots"]?.list).compactMap(\.object)
        let unknown = try #require(resolve["unknownDots"]?.list).compactMap(\.object)
        #expect(dots.count == 3)
        #expect(unknown.count == 1)
        #expect(resolve["unknownLabel"]?.string == "Unknown: 1 of 4")
        let plotBottom = DurationDistribution.frame.plotBottom
        #expect(dots.allSatisfy { Double($0["y"]!.string!)! <= plotBottom })
        #expect(unknown.allSatisfy { Double($0["y"]!.string!)! > DurationDistribution.frame.axisLabelY })
        #expect(unknown.first?["tooltip"]?.string == "2024-02-10 · Outage · time to resolve unknown")
    }

    @Test func aDurationKnownForNoIncidentIsSaidNotDrawn() throws {
        let context = try #require(ArchiveCharts.context([Self.incident("2024-01-10", resolve: 120)]))
        let charted = try #require(context["durations"]?.list).compactMap { $0.object?["id"]?.string }
        #expect(charted == ["resolve"])
        #expect(context["unknownEverywhere"]?.string == "The time to detect and to mitigate are unknown for every dated incident.")
    }

    @Test func mediansAndP90sAreMarkedPerPeriodAndNothingJoinsPeriods() throws {
        let incidents = [10, 20, 30, 40, 50].map { Self.incident("2024-01-\($0 / 10 + 10)", resolve: $0) }
            + [Self.incident("2024-07-01", resolve: 5)]
        let resolve = try #require(ArchiveCharts.context(incidents)?["durations"]?.list?.last?.object)
        #expect(resolve["medians"]?.list?.compactMap { $0.object?["tooltip"]?.string } == ["2024 Q1: median 30 min of 5 known"])
        #expect(resolve["p90s"]?.list?.compactMap { $0.object?["tooltip"]?.string } == ["2024 Q1: p90 50 min of 5 known"])
        let html = try Self.html(incidents)
        #expect(!html.contains("<polyline") && !html.contains("<path"))
    }

    /// Across in percent of the width, down in pixels of the stated height: every mark of
    /// every chart lies inside, a dot's radius included.
    @Test func everyCoordinateIsInsideItsChart() throws {
        let documents = try Self.svgs(in: try Self.html(Self.archive))
        #expect(documents.count == 3)
        for document in documents {
            func rootAttribute(_ name: String) throws -> String? { try document.nodes(forXPath: "/*/@\(name)").first?.stringValue }
            let height = try #require(try rootAttribute("height").flatMap(Double.init))
            #expect(try rootAttribute("width") == "100%")
            #expect(try rootAttribute("viewBox") == nil)
            for node in try document.nodes(forXPath: "//*[@x or @x1 or @cx or @y or @y1 or @cy]") {
                guard let element = node as? XMLElement else { continue }
                func value(_ name: String) -> String? { element.attribute(forName: name)?.stringValue }
                let radius = value("r").flatMap(Double.init) ?? 0
                for name in ["x", "x1", "x2", "cx"] {
                    guard let text = value(name) else { continue }
                    let percent = try #require(text.hasSuffix("%") ? Double(text.dropLast()) : nil, "\(name)=\(text) is not in percent")
                    #expect((0...100).contains(percent), "\(name)=\(text)")
                }
                for name in ["y", "y1", "y2", "cy"] {
                    guard let text = value(name), let y = Double(text) else { continue }
                    #expect(y - radius >= 0 && y + radius <= height, "\(name)=\(text) outside 0…\(height)")
                }
                if let x = value("x").flatMap({ Double($0.dropLast()) }), let width = value("width").flatMap({ Double($0.dropLast()) }) {
                    #expect(x + width <= 100.001)
                }
            }
        }
    }

    @Test func theTableFallbackHasARowPerPeriodAndGap() throws {
        let incidents = [Self.incident("2010-02-01", resolve: 30), Self.incident("2024-01-05", resolve: nil), Self.incident("2024-01-06", resolve: 90)]
        let rows = try #require(ArchiveCharts.context(incidents)?["tableRows"]?.list).compactMap(\.object)
        #expect(rows.map { $0["period"]?.string } == ["2010 Q1", "2010 Q2 – 2023 Q4", "2024 Q1"])
        #expect(rows.map { row in if case .int(let count)? = row["count"] { count } else { -1 } } == [1, 0, 2])
        let resolveCells = rows.map { $0["durations"]?.list?.last?.object?["text"]?.string }
        #expect(resolveCells == ["30 min · p90 30 min", "", "1 h 30 min · p90 1 h 30 min · 1 unknown"])
        let html = try Self.html(incidents)
        #expect(html.contains("<details class=\"chart-table\">"))
    }

    @Test func severitiesColourTheDotsAndHaveALegend() throws {
        let context = try #require(ArchiveCharts.context(Self.archive))
        let legend = try #require(context["legend"]?.list).compactMap { $0.object?["label"]?.string }
        #expect(legend == ["SEV1", "SEV2", "SEV3", "no severity"])
        let plain = try #require(ArchiveCharts.context([Self.incident("2024-01-10", resolve: 5)]))
        #expect(plain["legend"]?.list?.isEmpty == true)
    }

    @Test func titlesAreEscapedInTooltips() throws {
        let html = try Self.html([Self.incident("2024-01-10", resolve: 5, title: "<script>alert(1)</script> & co")])
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"))
        #expect(throws: Never.self) { try Self.svgs(in: html) }
    }

    @Test func eachChartHasATitleAndADescription() throws {
        for document in try Self.svgs(in: try Self.html(Self.archive)) {
            #expect(try document.nodes(forXPath: "/*/*[local-name()='title']").first?.stringValue?.isEmpty == false)
            #expect(try document.nodes(forXPath: "/*/*[local-name()='desc']").first?.stringValue?.isEmpty == false)
        }
    }

    @Test func chartsAreByteIdenticalBetweenRenders() throws {
        #expect(try Self.html(Self.archive) == Self.html(Self.archive.reversed().reversed()))
    }
}
