import Foundation

/// A time zone as a document or the site settings give it: a fixed offset (`UTC+2`, `PST`)
/// or a region (`Europe/Paris`), whose offset follows daylight saving time.
package enum Zone: Sendable, Hashable {
    case fixed(seconds: Int)
    case region(TimeZone)

    static let utc = Zone.fixed(seconds: 0)

    /// The offset from UTC in force at a wall-clock time, given as seconds since 1970 as if
    /// that wall clock were UTC.
    func offset(atLocal local: Int) -> Int {
        switch self {
        case .fixed(let seconds):
            return seconds
        case .region(let zone):
            let guess = zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(local)))
            return zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(local - guess)))
        }
    }

    /// The offset in force at an instant.
    package func offset(atUTC utc: Int) -> Int {
        switch self {
        case .fixed(let seconds): seconds
        case .region(let zone): zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(utc)))
        }
    }
}

extension Zone {
    /// `UTC`, `UTC+02:00`, `Europe/Paris`: how an axis names its zone.
    package var label: String {
        switch self {
        case .fixed(0): return "UTC"
        case .fixed(let seconds):
            let minutes = abs(seconds) / 60
            return "UTC" + (seconds < 0 ? "-" : "+") + "\(NumberText.pad(minutes / 60)):\(NumberText.pad(minutes % 60))"
        case .region(let zone):
            return zone.identifier
        }
    }
}
