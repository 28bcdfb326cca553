/// One timeline entry's time, ready to be placed on the calendar: the day if the entry says
/// it, the clock readings it allows, its zone. A clock with AM or PM reads as written, then
/// swapped (a mix-up); a clock from 1 to 11 without either reads as written, then in the
/// afternoon (`1:34pm, 2:00, 2:20` on a twelve-hour clock whose author stopped writing PM),
/// unless it is written as a 24-hour clock (`03:00 hours`).
struct PlaceableTime: Sendable, Hashable {
    var date: CalendarDate?
    /// Empty for a day written without a time.
    var readings: [ClockTime]
    /// How the second reading departs from the written time.
    var alternative: ChronologicalReading.Departure
    var zone: Zone
    /// False when `date` is a stand-in (see `WrittenTime.isStandInDate`).
    var isDated = true
    /// Days after the previous event's day a time without a day falls on: 1 for `next day 02:00`.
    var daysAfter = 0
    /// The weekday a time without a date falls on (`on Friday`), 0 for Sunday.
    var weekday: Int?
    /// The day is written (a date or a weekday): no reading may move it.
    var isPinned: Bool { date != nil || weekday != nil }

    init?(_ written: WrittenTime, zone: Zone) {
        guard !written.isEmpty else { return nil }
        date = written.date
        isDated = !written.isStandInDate
        daysAfter = written.dayOffset
        weekday = written.date == nil ? written.weekday : nil
        readings = []
        alternative = .swapped
        if let clock = written.clock {
            readings = [clock]
            if let swapped = clock.swapped {
                readings.append(swapped)
            } else if (1...11).contains(clock.hour), !clock.isTwentyFourHour {
                var afternoon = clock
                afternoon.meridiem = .pm
                readings.append(afternoon)
                alternative = .afternoon
            }
        }
        self.zone = zone
    }

    /// The instant for one reading. A time without a day falls on the first day, from
    /// `day` on, that keeps it at or after `notBefore`: crossing midnight moves to the next day.
    /// A relative day counts from the timeline's first day (`timelineStart`), as authors mark
    /// every time after midnight "(next day)", not only the first.
    func instant(reading: ClockTime?, day: CalendarDate?, notBefore: Instant?, timelineStart: Instant? = nil) -> Instant {
        let seconds = reading?.secondsAfterMidnight ?? 0
        if let date {
            return at(days: date.daysSince1970, seconds: seconds, isDated: isDated, hasClock: reading != nil)
        }
        let previousDay = notBefore.map(localDay) ?? day?.daysSince1970 ?? 0
        var firstDay = previousDay
        if daysAfter > 0 { firstDay = max(previousDay, (timelineStart.map(localDay) ?? previousDay) + daysAfter) }
        if let weekday { firstDay += (weekday - CalendarDate.weekday(ofDay: firstDay) + 7) % 7 }
        let isDated = notBefore?.isDated ?? (day != nil)
        var candidate = at(days: firstDay, seconds: seconds, isDated: isDated, hasClock: true)
        while let notBefore, candidate < notBefore {
            candidate = at(days: Instant.floorDiv(candidate.localSeconds, 86_400) + 1, seconds: seconds, isDated: isDated, hasClock: true)
        }
        return candidate
    }

    /// The day, in this time's zone, on which an instant falls.
    func localDay(_ instant: Instant) -> Int {
        Instant.floorDiv(instant.utcSeconds + zone.offset(atUTC: instant.utcSeconds), 86_400)
    }

    private func at(days: Int, seconds: Int, isDated: Bool, hasClock: Bool) -> Instant {
        let local = days * 86_400 + seconds
        return Instant(local: local, offsetSeconds: zone.offset(atLocal: local), isDated: isDated, hasClock: hasClock)
    }
}
