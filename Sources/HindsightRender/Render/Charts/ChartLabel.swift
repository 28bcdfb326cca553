import HindsightCore

/// Label text for charts: shortened to fit, with an estimate of its width (SVG cannot
/// measure text at build time; 0.55 em per character is a fair average for UI fonts).
enum ChartLabel {
    /// The timeline chart's labels, in its viewBox's units (see `TimelineChart`).
    static let fontSize = 14.0
    /// The archive charts' axis labels, in pixels (their text is never scaled).
    static let axisFontSize = 11.0

    static func shortened(_ text: String, limit: Int = 42) -> String {
        let oneLine = text.collapsingWhitespace
        guard oneLine.count > limit else { return oneLine }
        return String(oneLine.prefix(limit - 1)).trimmed + "…"
    }

    static func width(_ text: String, fontSize: Double = fontSize) -> Double {
        (Double(text.count) * fontSize * 0.55).rounded2
    }

    /// A generous estimate for labels made mostly of digits (dates, clocks, years): digits
    /// are wider than the average letter (0.64 em in DejaVu Sans), plus a pixel of slack.
    static func numericWidth(_ text: String, fontSize: Double = fontSize) -> Double {
        (Double(text.count) * fontSize * 0.66 + 1).rounded2
    }
}
