/// A time of day as an author wrote it: `10:35 PM`, `13:22`, `7 pm`, `18:50:28`.
struct ClockTime: Sendable, Hashable {
    enum Meridiem: Sendable, Hashable { case am, pm }

    /// As written: 1...12 with a meridiem, 0...23 without.
    var hour: Int
    var minute: Int
    var second = 0
    var meridiem: Meridiem?
    /// Written the way only a 24-hour clock is: with a leading zero (`03:00`) or as hours
    /// (`0300 hrs`, `03:00 hours`). Such a clock is never read in the afternoon.
    var isTwentyFourHour = false

    /// Seconds after midnight (12 AM is midnight, 12 PM is noon).
    var secondsAfterMidnight: Int {
        var hours = hour % 12
        switch meridiem {
        case .pm?: hours += 12
        case .am?: break
        case nil: hours = hour
        }
        return (hours * 60 + minute) * 60 + second
    }

    /// The reading an author who mixed up AM and PM meant; nil on a 24-hour clock, where
    /// there is nothing to mix up.
    var swapped: ClockTime? {
        guard let meridiem else { return nil }
        var other = self
        other.meridiem = meridiem == .am ? .pm : .am
        return other
    }

    /// `10:35 AM`, `13:22`: how a repair message names a reading.
    var written: String {
        let clock = "\(hour):\(NumberText.pad(minute))" + (second > 0 ? ":\(NumberText.pad(second))" : "")
        switch meridiem {
        case .am?: return clock + " AM"
        case .pm?: return clock + " PM"
        case nil: return clock
        }
    }
}
