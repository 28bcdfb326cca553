import Foundation

/// The zone names postmortems use, read without a network or a guess: one table of common
/// abbreviations, the names written out (`Eastern time`, `East Africa Time`), `UTC`/`GMT`
/// with an offset (`GMT + 2`, `UTC-5`, `UTC+05:30`), a bare offset (`+02:00`), and IANA names
/// (`Europe/Paris`, `US/Pacific`) through Foundation. Every reader of zones asks here.
package enum ZoneNames {
    /// Fixed offsets in minutes. Abbreviations are ambiguous in general (IST, CST); this
    /// table picks the reading postmortems mean most often, and says so by being explicit.
    static let abbreviations: [String: Int] = [
        "UTC": 0, "GMT": 0, "Z": 0, "WET": 0,
        "HST": -600, "AKST": -540, "AKDT": -480,
        "PST": -480, "PDT": -420,
        "MST": -420, "MDT": -360,
        "CST": -360, "CDT": -300,
        "EST": -300, "EDT": -240,
        "BRT": -180, "ART": -180,
        "BST": 60, "CET": 60, "CEST": 120, "WAT": 60, "WEST": 60,
        "EET": 120, "EEST": 180, "CAT": 120, "SAST": 120,
        "EAT": 180, "MSK": 180, "GST": 240, "PKT": 300, "IST": 330, "NPT": 345,
        "WIB": 420, "ICT": 420, "SGT": 480, "HKT": 480, "PHT": 480, "AWST": 480,
        "JST": 540, "KST": 540, "AEST": 600, "AEDT": 660, "NZST": 720, "NZDT": 780,
    ]

    /// Abbreviations of zones that follow daylight saving time: `ET` is EST in winter and
    /// EDT in summer.
    static let regionAbbreviations: [String: String] = [
        "ET": "America/New_York", "PT": "America/Los_Angeles", "CT": "America/Chicago", "MT": "America/Denver",
    ]

    /// Names written out, lowercased, by their words.
    static let writtenNames: [String: Zone] = {
        let fixed: [String: Int] = [
            "coordinated universal time": 0, "greenwich mean time": 0, "universal time": 0,
            "west africa time": 60, "west african time": 60, "central european time": 60, "british summer time": 60,
            "central africa time": 120, "central african time": 120, "central european summer time": 120,
            "south africa standard time": 120, "south african standard time": 120, "eastern european time": 120,
            "east africa time": 180, "east african time": 180, "eastern africa time": 180, "eastern african time": 180, "moscow time": 180, "gulf standard time": 240,
            "india standard time": 330, "indian standard time": 330, "japan standard time": 540,
            "eastern standard time": -300, "eastern daylight time": -240, "central standard time": -360,
            "central daylight time": -300, "mountain standard time": -420, "pacific standard time": -480,
            "pacific daylight time": -420,
        ]
        let regions: [String: String] = [
            "eastern": "America/New_York", "eastern time": "America/New_York", "us eastern": "America/New_York",
            "pacific": "America/Los_Angeles", "pacific time": "America/Los_Angeles", "us pacific": "America/Los_Angeles",
            "san francisco time": "America/Los_Angeles", "new york time": "America/New_York",
            "central": "America/Chicago", "central time": "America/Chicago",
            "mountain": "America/Denver", "mountain time": "America/Denver",
        ]
        var names = fixed.mapValues { Zone.fixed(seconds: $0 * 60) }
        for (name, identifier) in regions {
            if let zone = TimeZone(identifier: identifier) { names[name] = .region(zone) }
        }
        return names
    }()

    /// The words of the zones this table knows, lowercased: abbreviations ("eat", "pdt")
    /// and the words of names written out ("pacific", "daylight"), but "time". They say
    /// when an incident happened, never what it was (`TopicWords`).
    static let words: [String] = {
        let abbreviated = (Array(abbreviations.keys) + Array(regionAbbreviations.keys)).map { $0.lowercased() }
        let written = writtenNames.keys.flatMap { $0.split(separator: " ").map(String.init) }
        return Array(Set(abbreviated + written).subtracting(["time"])).sorted()
    }()

    /// The most words a written-out name has.
    static let longestWrittenName = 4

    /// The zone a name stands for, or nil when the name is not known.
    package static func zone(named name: String) -> Zone? {
        // Written-out names have seven letters or more ("Pacific"); abbreviations fewer.
        if name.utf8.count >= 7 {
            let words = name.lowercased().split { !$0.isLetter }.joined(separator: " ")
            if let written = writtenNames[words] { return written }
        }
        var compact = String(name.filter { !$0.isWhitespace })
        if compact.contains("−") { compact = compact.replacingOccurrences(of: "−", with: "-") }
        if compact.contains("/") {
            return TimeZone(identifier: compact).map(Zone.region)
        }
        let upper = compact.uppercased()
        if let minutes = abbreviations[upper] { return .fixed(seconds: minutes * 60) }
        if let identifier = regionAbbreviations[upper] { return TimeZone(identifier: identifier).map(Zone.region) }
        for base in ["UTC", "GMT"] where upper.hasPrefix(base) {
            return offset(upper.dropFirst(base.count)).map { .fixed(seconds: $0 * 60) }
        }
        return offset(Substring(upper)).map { .fixed(seconds: $0 * 60) }
    }

    /// True for an abbreviation this table knows (`UTC`, `EAT`, `ET`).
    static func isAbbreviation(_ upper: String) -> Bool {
        abbreviations[upper] != nil || regionAbbreviations[upper] != nil
    }

    /// `+2`, `-05`, `+05:30`, `+0530` → minutes.
    static func offset(_ text: Substring) -> Int? {
        guard let sign = text.first, sign == "+" || sign == "-" else { return nil }
        let digits = text.dropFirst().filter { $0 != ":" }
        guard !digits.isEmpty, digits.count <= 4, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        let (hours, minutes) = digits.count <= 2 ? (Int(digits)!, 0) : (Int(digits.dropLast(2))!, Int(digits.suffix(2))!)
        guard hours <= 14, minutes < 60 else { return nil }
        return (sign == "-" ? -1 : 1) * (hours * 60 + minutes)
    }
}
