/// Follow-ups set in front matter, which replace the ones read from the body:
///
/// ```yaml
/// follow_ups:
///   - text: Alert on replication lag
///     owner: dba-team
///     kind: detect
///     status: open
///     link: https://tracker.example.com/OPS-12
///     due: 2025-04-01
///   - Document the failover runbook
/// ```
enum FollowUpFrontMatter {
    static let key = "follow_ups"

    static func followUps(in frontMatter: FrontMatter?) -> (items: [FollowUp], provenance: Provenance)? {
        guard let frontMatter, let value = frontMatter[key] else { return nil }
        let line = frontMatter.line(of: key)
        let entries: [FrontMatterValue] = if case .list(let entries) = value { entries } else { [value] }
        let items = entries.compactMap { followUp($0, line: line) }
        return (items, Provenance(.frontMatter, line: line, detail: "front matter key “\(key)”"))
    }

    private static func followUp(_ value: FrontMatterValue, line: Int) -> FollowUp? {
        switch value {
        case .scalar(let text):
            return text.trimmed.isEmpty ? nil : FollowUp(text: text.trimmed, line: line)
        case .table(let fields):
            func text(_ key: String) -> String? {
                guard let text = fields[key]?.text?.trimmed, !text.isEmpty else { return nil }
                return text
            }
            guard let action = text("text") else { return nil }
            return FollowUp(
                text: action, owner: text("owner"), kind: text("kind").flatMap(FollowUpKindName.kind(of:)),
                status: text("status").flatMap(FollowUpText.status(stated:)) ?? .unknown, link: text("link"),
                due: text("due").flatMap { DayGrammar.firstDate(in: $0) }, line: line)
        case .list:
            return nil
        }
    }
}
