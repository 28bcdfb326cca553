import Testing
@testable import HindsightCore
@testable import HindsightRender

/// The archive charts' axis: periods, gaps in time, and labels that fit.
struct PeriodAxisTests {
    static func date(_ text: String) -> CalendarDate {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        return CalendarDate(year: parts[0], month: parts[1], day: parts[2])!
    }

    static func quarter(_ year: Int, _ quarter: Int) -> Period { Period(date("\(year)-\(quarter * 3 - 2)-01"), length: .quarter) }

    @Test func aLongEmptyStretchIsOneGapAndAShortOneKeepsItsPeriods() throws {
        let axis = try #require(PeriodAxis(dates: ["2010-02-01", "2024-01-05", "2024-11-30"].map(Self.date)))
        #expect(axis.length == .quarter)
        #expect(axis.slots == [
            .period(Self.quarter(2010, 1)), .gap(first: Self.quarter(2010, 2), last: Self.quarter(2023, 4)),
            .period(Self.quarter(2024, 1)), .period(Self.quarter(2024, 2)), .period(Self.quarter(2024, 3)), .period(Self.quarter(2024, 4)),
        ])
        #expect(axis.label(1) == "2010 Q2 – 2023 Q4")
        let gaps = axis.gaps().compactMap(\.object)
        #expect(gaps.map { $0["title"]?.string } == ["No incidents from 2010 Q2 to 2023 Q4"])
    }

    @Test func tooManyQuartersAreCountedInYears() throws {
        let dates = (2000...2020).map { Self.date("\($0)-06-15") }
        let axis = try #require(PeriodAxis(dates: dates))
        #expect(axis.length == .year)
        #expect(axis.slots.count == 21)
        #expect(axis.slot(of: Self.date("2020-01-01")) == 20)
    }

    @Test func slotsFillThePlotAndStayInsideIt() throws {
        let axis = try #require(PeriodAxis(dates: ["1980-10-27", "2016-11-08", "2026-07-01"].map(Self.date)))
        #expect(axis.span(0).from == PeriodAxis.plotStart)
        #expect(abs(axis.span(axis.slots.count - 1).to - PeriodAxis.plotEnd) < 1e-9)
        for slot in axis.slots.indices { #expect(axis.span(slot).from < axis.span(slot).to) }
    }

    /// At the narrowest chart, each label ends before the next starts and inside the chart.
    @Test func tickLabelsNeverOverlapNorLeaveTheChart() throws {
        let dates = (0..<400).map { CalendarDate(daysSince1970: 14_000 + $0 * 9)! }
        let axis = try #require(PeriodAxis(dates: dates))
        let ticks = axis.ticks().compactMap(\.object)
        #expect(ticks.count >= 4)
        var previousEnd = -Double.infinity
        for tick in ticks {
            let x = try #require(tick["x"]?.string.flatMap { Double($0.dropLast()) })
            let label = try #require(tick["label"]?.string)
            let start = x / 100 * PeriodAxis.narrowestWidth
            let end = start + ChartLabel.numericWidth(label, fontSize: ChartLabel.axisFontSize)
            #expect(start >= previousEnd)
            #expect(end <= PeriodAxis.narrowestWidth)
            previousEnd = end
        }
    }

    @Test func anArchiveWithoutDatesHasNoAxis() {
        #expect(PeriodAxis(dates: []) == nil)
    }
}
