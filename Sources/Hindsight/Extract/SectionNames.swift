/// The names authors give the usual sections of a postmortem, to tell a heading that names
/// a section ("Root cause") from one that names the incident.
enum SectionNames {
    static func normalized(_ heading: String) -> String {
        let letters = heading.lowercased().map { $0.isLetter || $0.isNumber ? $0 : " " }
        return String(letters).split(separator: " ").joined(separator: " ")
    }

    private static let known: [String] = [
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
        let name = normalized(heading)
        return known.contains(name) || known.contains { name.hasPrefix($0 + " ") && name.count < $0.count + 12 }
    }

    static func isSummary(_ heading: String) -> Bool {
        let name = normalized(heading)
        return ["summary", "issue summary", "incident summary", "executive summary", "overview", "tl dr", "tldr", "abstract"]
            .contains { name == $0 || name.hasPrefix($0 + " ") }
    }

    static func isTimeline(_ heading: String) -> Bool {
        let name = normalized(heading)
        return name.contains("timeline") || name.contains("time line") || name == "chronology" || name.hasPrefix("sequence of events")
    }

    static func isAuthors(_ heading: String) -> Bool {
        let name = normalized(heading)
        return ["author", "authors", "written by", "by", "author s"].contains(name)
    }
}
