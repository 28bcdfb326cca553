import Foundation

/// The zone names postmortems use, read without a network or a guess: an explicit table of
/// common abbreviations, `UTC`/`GMT` with an offset (`GMT + 2`, `UTC-5`, `UTC+05:30`), a
/// bare offset (`+02:00`), and IANA names (`Europe/Paris`) through Foundation.
enum ZoneNames {
    /// Fixed offsets in minutes. Abbreviations are ambiguous in general (IST, CST); this
    /// table picks the reading postmortems mean most often, and says so by being explicit.
    static let abbreviations: [String: Int] = [
        "UTC": 0, "GMT": 0, "Z": 0, "WET": 0,
        "PST": -480, "PDT": -420, "PT": -480,
        "MST": -420, "MDT": -360,
        "CST": -360, "CDT": -300, "CT": -360,
        "EST": -300, "EDT": -240, "ET": -300,
        "BST": 60, "CET": 60, "CEST": 120, "WAT": 60, "WEST": 60,
        "EET": 120, "EEST": 180, "CAT": 120, "SAST": 120,
        "EAT": 180, "MSK": 180, "IST": 330, "WIB": 420,
        "JST": 540, "KST": 540, "AEST": 600, "AEDT": 660,
    ]

    /// The zone a name stands for, or nil when the name is not known.
    static func zone(named name: String) -> Zone? {
        let compact = String(name.filter { !$0.isWhitespace }).replacingOccurrences(of: "−", with: "-")
        if compact.contains("/") {
            return TimeZone(identifier: compact).map(Zone.region)
        }
        let upper = compact.uppercased()
        if let minutes = abbreviations[upper] { return .fixed(seconds: minutes * 60) }
        for base in ["UTC", "GMT"] where upper.hasPrefix(base) {
            return offset(upper.dropFirst(base.count)).map { .fixed(seconds: $0 * 60) }
        }
        return offset(Substring(upper)).map { .fixed(seconds: $0 * 60) }
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
