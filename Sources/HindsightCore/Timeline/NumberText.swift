/// Locale-independent number formatting for output that must be byte-identical between
/// builds and machines (Foundation's formatters follow the locale).
package enum NumberText {
    /// `7` → `07`.
    package static func pad(_ number: Int, width: Int = 2) -> String {
        let digits = String(abs(number))
        return (number < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// At most two decimals, without trailing zeros: `12.5`, `3`, `-0.25`.
    package static func decimal(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        let whole = abs(hundredths) / 100
        let fraction = abs(hundredths) % 100
        guard fraction != 0 else { return sign + String(whole) }
        let digits = fraction % 10 == 0 ? String(fraction / 10) : pad(fraction)
        return sign + "\(whole).\(digits)"
    }
}
