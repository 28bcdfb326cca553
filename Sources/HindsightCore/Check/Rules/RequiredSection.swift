/// A section a postmortem should have, recognised under the names authors give it:
/// "action items" is also "Corrective and preventive measures" or "Follow-up".
struct RequiredSection: Sendable, Hashable {
    let name: String
    /// The words of the name and of each synonym, split once rather than for every heading.
    private let candidates: [[String]]

    init(_ name: String) {
        self.name = SectionNames.normalized(name)
        candidates = ([self.name] + (Self.synonyms[self.name] ?? [])).map(SectionNames.words)
    }

    /// True when the heading holds the name or a synonym as whole words: "Root cause and
    /// resolution" names the root cause, "Because of this" does not.
    func isNamed(by heading: String) -> Bool {
        isNamed(byWords: SectionNames.words(heading))
    }

    /// `isNamed(by:)` for a heading already split into words (`SectionNames.words`).
    func isNamed(byWords words: [String]) -> Bool {
        candidates.contains { wanted in
            words.count >= wanted.count && (0...(words.count - wanted.count)).contains { start in
                words[start..<start + wanted.count].elementsEqual(wanted)
            }
        }
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
