/// A section a postmortem should have, recognised under the names authors give it:
/// "action items" is also "Corrective and preventive measures" or "Follow-up".
struct RequiredSection: Sendable, Hashable {
    let name: String

    init(_ name: String) {
        self.name = SectionNames.normalized(name)
    }

    func isNamed(by heading: String) -> Bool {
        let heading = SectionNames.normalized(heading)
        return ([name] + (Self.synonyms[name] ?? [])).contains { heading.contains($0) }
    }

    private static let synonyms: [String: [String]] = [
        "summary": ["overview", "tl dr", "tldr", "abstract"],
        "timeline": ["time line", "chronology", "sequence of events"],
        "root cause": ["root causes", "cause", "contributing factors", "what went wrong", "what happened"],
        "action items": ["actions", "corrective", "preventive", "preventative", "prevention", "follow up",
                         "next steps", "remediation", "improvements"],
        "resolution": ["recovery", "mitigation", "fix"],
        "lessons learned": ["lessons", "takeaways"],
    ]
}
