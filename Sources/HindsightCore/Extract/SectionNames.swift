/// The names authors give the usual sections of a postmortem, to tell a heading that names
/// a section ("Root cause") from one that names the incident.
enum SectionNames {
    /// The heading's words (see `words`), one space apart.
    static func normalized(_ heading: String) -> String {
        words(heading).joined(separator: " ")
    }

    /// The heading's words: its runs of letters and digits, lowercased.
    static func words(_ heading: String) -> [String] {
        if let words = ASCIIText.lowercasedAlphanumericRuns(of: heading) { return words }
        let letters = heading.lowercased().map { $0.isLetter || $0.isNumber ? $0 : " " }
        return String(letters).split(separator: " ").map(String.init)
    }

    private static let knownNames: Set<String> = [
        "summary", "issue summary", "incident summary", "executive summary", "overview", "description",
        "timeline", "time line", "timeline of events", "root cause", "root causes", "root cause analysis",
        "resolution", "resolution and recovery", "corrective and preventative measures",
        "corrective and preventive measures", "preventive measures", "preventative measures",
        "action items", "actions", "impact", "lessons learned", "what went well", "what went wrong",
        "where we got lucky", "detection", "trigger", "background", "introduction", "conclusion",
        "author", "authors", "appendix", "supporting information", "follow up", "next steps",
        "mitigation", "recovery", "status", "date", "table of contents", "references",
    ]

    /// True when the heading is one of the usual section names (ignoring case, punctuation
    /// and a trailing colon).
    static func isSectionName(_ heading: String) -> Bool {
        isSectionName(SectionName(heading))
    }

    static func isSectionName(_ heading: SectionName) -> Bool {
        let name = heading.normalized
        return knownNames.contains(name) || startsWithKnownName(heading) || isMadeOfSectionWords(heading.words)
            || isTimeline(name: name)
    }

    /// A usual name with a few more characters after it: "Timeline of the outage", "Impact on users".
    private static func startsWithKnownName(_ heading: SectionName) -> Bool {
        var prefix = ""
        for word in heading.words.dropLast() {
            prefix += prefix.isEmpty ? word : " " + word
            if knownNames.contains(prefix), heading.normalized.count < prefix.count + 12 { return true }
        }
        return false
    }

    /// Words that section headings are made of, in any combination: "Root Cause and
    /// Resolution", "Corrective/Preventative measures", "What happened?", "Debugging process".
    /// "Outage" is one of them ("Duration of the outage"); words that name what failed
    /// ("database", "nginx", "web") are deliberately absent.
    private static let sectionWords: Set<String> = [
        "summary", "issue", "issues", "incident", "overview", "description", "details", "background", "context",
        "objective", "objectives", "purpose", "scope",
        "timeline", "time", "line", "events", "event", "chronology", "root", "cause", "causes", "analysis",
        "resolution", "resolve", "resolved", "recovery", "fix", "fixes", "fixed", "outage", "disruption", "downtime", "corrective", "preventative", "preventive",
        "prevention", "measures", "action", "actions", "items", "impact", "lessons", "learned", "learnt", "went",
        "well", "wrong", "lucky", "happened", "detection", "detected", "trigger", "introduction", "conclusion",
        "appendix", "debugging", "process", "steps", "step", "summation", "tasks", "task", "follow", "up", "next",
        "mitigation", "status", "date", "duration", "references", "contributing", "factors", "response",
        "takeaways", "thanks", "acknowledgements", "supporting", "information", "metrics", "solving", "later",
        "investigation", "alert", "diagram", "tl", "dr", "tldr", "abstract", "executive", "author", "authors",
        "contents", "table", "ownership", "owner", "owners", "glossary", "questions", "improvements", "plan",
    ]
    /// The words of section names that name no thing that can fail: no topic of a
    /// postmortem (`TopicWords`), since every postmortem has its sections. "Table",
    /// "process", "alert", "metrics", "debugging" and the like also name what broke.
    static let genericWords: [String] = sectionWords.subtracting([
        "table", "contents", "process", "alert", "metrics", "diagram", "debugging", "information", "owner",
        "owners", "ownership", "plan", "fix", "fixes", "line", "questions", "glossary", "tasks", "task",
    ]).sorted()

    /// Words that join section words without naming anything: "What went well", "How did we fix it".
    private static let joiningWords: Set<String> = [
        "and", "or", "of", "the", "a", "an", "in", "on", "to", "for", "by", "we", "it", "did", "do", "was", "is",
        "are", "how", "what", "why", "when", "where", "our", "s", "during", "this",
    ]

    private static func isMadeOfSectionWords(_ words: [String]) -> Bool {
        return words.contains(where: sectionWords.contains)
            && words.allSatisfy { sectionWords.contains($0) || joiningWords.contains($0) || $0.allSatisfy(\.isNumber) }
    }

    /// The heading's name without its outline number: "3. Authors" → "authors".
    static func unnumbered(_ heading: String) -> String {
        words(heading).drop { $0.allSatisfy(\.isNumber) }.joined(separator: " ")
    }

    static func isSummary(_ heading: String) -> Bool {
        let name = unnumbered(heading)
        return ["summary", "issue summary", "incident summary", "executive summary", "overview", "tl dr", "tldr", "abstract"]
            .contains { name == $0 || name.hasPrefix($0 + " ") }
    }

    /// "Impact", "Customer impact", "Impact on users": where a report says who was hurt
    /// and since when.
    static func isImpact(_ heading: String) -> Bool {
        // Most headings are not: they are passed over before their words are made.
        guard ASCIIText.contains("impact", ignoringCaseIn: heading) else { return false }
        let name = unnumbered(heading)
        return name == "impact" || name.hasPrefix("impact ") || name.hasSuffix(" impact")
    }

    /// "Timeline", "Chronology", "Sequence of events", "Key events", "The following events
    /// took place October 4, 2021:", "What happened when".
    static func isTimeline(_ heading: String) -> Bool {
        isTimeline(name: normalized(heading))
    }

    private static func isTimeline(name: String) -> Bool {
        // Searched on the bytes: every heading and label of every document is asked.
        return ASCIIText.contains("timeline", ignoringCaseIn: name) || ASCIIText.contains("time line", ignoringCaseIn: name)
            || name.hasPrefix("chronolog") || name.hasPrefix("sequence of events")
            || ASCIIText.contains("following events", ignoringCaseIn: name) || timelineNames.contains(name)
    }

    private static let timelineNames: Set<String> = ["events", "key events", "what happened when", "incident log", "event log"]

    static func isAuthors(_ heading: String) -> Bool {
        let name = unnumbered(heading)
        return ["author", "authors", "written by", "by", "author s"].contains(name)
    }
}
