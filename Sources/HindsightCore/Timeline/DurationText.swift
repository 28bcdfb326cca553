/// Durations for people: `45 min`, `2 h 7 min`, `3 d 4 h`.
package enum DurationText {
    package static func minutes(_ total: Int) -> String {
        let days = total / 1440, hours = total % 1440 / 60, minutes = total % 60
        if days > 0 { return hours > 0 ? "\(days) d \(hours) h" : "\(days) d" }
        if hours > 0 { return minutes > 0 ? "\(hours) h \(minutes) min" : "\(hours) h" }
        return "\(minutes) min"
    }
}
