/// A follow-up that is not done and names nobody to do it: work nobody owns is work nobody does.
struct FollowUpOwnerRule: LintRule {
    let id = "follow-up-no-owner"

    func findings(in document: LintedDocument) -> [Finding] {
        document.incident.followUps.filter { $0.status != .done && $0.owner == nil }.map { item in
            Finding(line: item.line, message: "follow-up has no owner: “\(FollowUpMessages.quoted(item.text))”; "
                + "add an Owner column, `(owner: NAME)` or `@name`")
        }
    }
}

/// How findings quote a follow-up: its first words, enough to find it.
enum FollowUpMessages {
    static func quoted(_ text: String) -> String {
        text.count <= 60 ? text : text.prefix(59).trimmed + "…"
    }
}
