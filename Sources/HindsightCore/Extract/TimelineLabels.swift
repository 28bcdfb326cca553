/// Tells the short label lines that open and close a timeline section in free-form
/// postmortems, where sections are often bold or plain lines rather than headings.
enum TimelineLabels {
    /// "Timeline", "**Incident Timeline:**", "TIMELINE.", "Timeline (all times in WAT):",
    /// "The Timeline: A Journey Through the Chaos" — a short line naming the timeline, not a
    /// sentence that mentions one ("A timeline of the events.").
    static func startsTimeline(_ line: String) -> Bool {
        // Every line of every paragraph comes here: let long lines go before reading words.
        guard line.utf8.count <= 120 else { return false }
        let words = SectionNames.normalized(line).split(separator: " ")
        let isSentence = line.hasSuffix(".") && words.count > 2
        return words.count <= 8 && !isSentence && SectionNames.isTimeline(line)
    }

    /// "Root Cause and Resolution:", "**Corrective and Preventative Measures**", "Impact" —
    /// a line that is only the name of a section that follows a timeline. "Resolution: the
    /// service was restored at 06:00" is an entry of a labelled timeline, not a new section.
    static func endsTimeline(_ line: String) -> Bool {
        guard line.utf8.count <= 80 else { return false }
        let label = line.trimmed.trimmingSuffix { ":*_ ".contains($0) }
        guard !label.contains(":") else { return false }
        let name = SectionNames.normalized(label)
        let words = name.split(separator: " ")
        guard !words.isEmpty, words.count <= 6, !SectionNames.isTimeline(label) else { return false }
        let namesSection = SectionNames.isSummary(label) || followingSections.contains { name == $0 || name.hasPrefix($0 + " ") }
        return namesSection && !isTimed(label)
    }

    /// A fast test that lets through every text holding a timeline label, and few others.
    /// The labels' stems are searched first: most texts hold none of the three, and three
    /// searches of the bytes cost half of six.
    static func mayNameTimeline(_ text: String) -> Bool {
        (ASCIIText.contains("time", ignoringCaseIn: text) && timeLabels.contains { ASCIIText.contains($0, ignoringCaseIn: text) })
            || ASCIIText.contains("chronolog", ignoringCaseIn: text)
            || (ASCIIText.contains("events", ignoringCaseIn: text) && eventLabels.contains { ASCIIText.contains($0, ignoringCaseIn: text) })
    }

    /// The words of the labels a paragraph may hold ("timeline", "chronology", "key events"),
    /// by their stem; "What happened when", "Incident log" and the like are read as headings
    /// only, which is how authors write them.
    private static let timeLabels: [StaticString] = ["timeline", "time line"]
    private static let eventLabels: [StaticString] = ["sequence of events", "key events", "following events"]

    /// True when the text starts with a time or a day (a timed heading is an entry, and a
    /// dated one is a day header, so neither ends the timeline).
    static func isTimed(_ text: String) -> Bool {
        TimePrefix.match(text) != nil
    }

    /// Names of the sections that come after a timeline; detection, actions, escalation and
    /// resolution are left out because timelines use them as labels for their own entries.
    private static let followingSections = [
        "root cause", "root causes", "cause", "causes", "contributing factors", "corrective", "preventive",
        "preventative", "prevention", "remediation", "lessons", "lessons learned", "lessons learnt",
        "action items", "follow up", "follow ups", "next steps", "recommendations", "conclusion",
        "impact", "what went well", "what went wrong", "where we got lucky", "appendix", "references",
        "supporting information", "background", "debugging process",
    ]
}

private extension String {
    func trimmingSuffix(while isTrimmed: (Character) -> Bool) -> String {
        var text = Substring(self)
        while let last = text.last, isTrimmed(last) { text = text.dropLast() }
        return String(text)
    }
}
