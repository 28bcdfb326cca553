/// One action a postmortem commits to after the incident: a row of its action-items table,
/// an item of its follow-ups list, or an entry of the `follow_ups:` front-matter key.
public struct FollowUp: Sendable, Hashable, Codable {
    /// Whether the action is done, as the document marks it (a checked box, a status cell,
    /// struck-through text); `unknown` when nothing says, for tense alone is no status.
    public enum Status: String, Sendable, Hashable, Codable, CaseIterable {
        case open, done, unknown
    }

    /// What the action is for, when the document says it (a Type column, a Prevention or
    /// Detection sub-heading).
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case prevent, mitigate, detect, process
    }

    /// The action as plain text, without its bullet, number, checkbox or status marker.
    public var text: String
    public var owner: String?
    public var kind: Kind?
    public var status: Status
    /// The tracker link: an issue or pull-request URL, or an id such as `JIRA-123` or `#123`.
    public var link: String?
    public var due: CalendarDate?
    /// The line in the source file.
    public var line: Int

    public init(text: String, owner: String? = nil, kind: Kind? = nil, status: Status = .unknown, link: String? = nil,
                due: CalendarDate? = nil, line: Int) {
        self.text = text
        self.owner = owner
        self.kind = kind
        self.status = status
        self.link = link
        self.due = due
        self.line = line
    }
}
