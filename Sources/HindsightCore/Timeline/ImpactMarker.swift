/// An entry that marks where the outage begins or ends in so many words, as the Google SRE
/// book's postmortem template does (`OUTAGE BEGINS`, `OUTAGE MITIGATED`, `OUTAGE ENDS`) and
/// many teams after it (`<START OF OUTAGE>`, `<END OF SEMVER OUTAGE>`, "impact began").
/// The author drew the window there: the mark says more than any keyword of the entry.
enum ImpactMarker {
    /// The phase the words mark, if they mark one.
    static func phase(in words: [String]) -> Phase? {
        for index in words.indices {
            let word = words[index]
            // `start of outage`, `end of the gradle error outage`
            if let phase = sides[word], index + 1 < words.count, words[index + 1] == "of",
               words[(index + 2)...].prefix(nounReach).contains(where: nouns.contains) {
                return phase
            }
            // `outage begins`, `impact ended`, `outage mitigated`
            if nouns.contains(word), index + 1 < words.count, let phase = verbs[words[index + 1]] {
                return phase
            }
        }
        return nil
    }

    /// What the window is of: users hurt, not the incident as a piece of work ("INCIDENT
    /// ENDS" is its closing, after the outage ended).
    private static let nouns: Set<String> = ["outage", "impact", "downtime", "disruption", "degradation"]

    /// How many words may name the outage after "of": `end of the semver outage`.
    private static let nounReach = 4

    private static let sides: [String: Phase] = ["start": .impact, "beginning": .impact, "end": .resolve]

    private static let verbs: [String: Phase] = [
        "begins": .impact, "began": .impact, "begin": .impact, "starts": .impact, "started": .impact, "start": .impact,
        "ends": .resolve, "ended": .resolve, "end": .resolve, "over": .resolve,
        "mitigated": .mitigate,
    ]
}
