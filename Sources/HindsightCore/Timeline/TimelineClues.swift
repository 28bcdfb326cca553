/// What a document says around its timeline about the day and the zone its times are in,
/// and the site's default zone, from the most specific to the least.
struct TimelineClues: Sendable {
    struct Named: Sendable {
        var text: String
        var line: Int
    }

    /// The document's file as the user names it, for diagnostics.
    var file: String
    /// The incident's day (front matter, else prose), for times that do not say theirs.
    var day: CalendarDate?
    /// The order the document writes the day and the month of its all-numeric dates in,
    /// as its dates settle it (`DayMonthOrder`); nil when nothing does.
    var dayMonthOrder: DayGrammar.NumericOrder?
    /// A zone named by the time column's header (`Time (GMT + 2)`) or the timeline's heading.
    var headerZone: Named?
    /// Front matter `timezone`.
    var frontMatterZone: Named?
    /// A sentence of the document stating the zone ("All times in CET.").
    var statedZone: Named?
    /// `timezone` in `hindsight.yml`, else UTC.
    var siteZone: Zone = .utc
    var siteZoneName = "UTC"

    /// A time as written, read in the document's order of day and month and completed with
    /// the incident's year and the day of its day line.
    func completing(_ written: WrittenTime, day: CalendarDate?) -> WrittenTime {
        written.reading(in: dayMonthOrder).completing(year: self.day, day: day)
    }

    /// The zone for times that name none: the first clue that names a known zone. Unknown
    /// names are reported with the zone used instead.
    func timelineZone() -> (zone: Zone, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        for clue in namedZones {
            if let zone = ZoneNames.zone(named: clue.text) { return (zone, diagnostics) }
            diagnostics.append(unknownZone(clue.text, line: clue.line))
        }
        return (siteZone, diagnostics)
    }

    func unknownZone(_ name: String, line: Int) -> Diagnostic {
        Diagnostic(file: file, line: line, severity: .warning, rule: "timezone-unknown",
                   message: "unknown time zone “\(name)”; its times are read in \(fallbackName) instead (name a UTC offset such as “UTC+3”, or set front matter `timezone`)")
    }

    private var fallbackName: String {
        namedZones.first { ZoneNames.zone(named: $0.text) != nil }?.text ?? siteZoneName
    }

    /// The zones the document names, the closest to the timeline first.
    private var namedZones: [Named] {
        [headerZone, frontMatterZone, statedZone].compactMap { $0 }
    }
}
