import HindsightCore
import HindsightTemplates

/// What templates see of one follow-up, on its incident's page and on the follow-ups pages.
enum FollowUpContext {
    static func item(_ item: FollowUp) -> [String: TemplateValue] {
        [
            "text": .string(item.text),
            "owner": .string(item.owner ?? ""),
            "status": .string(item.status.rawValue),
            "statusLabel": .string(statusLabel(item.status)),
            "kind": .string(item.kind?.rawValue ?? ""),
            "due": .string(item.due?.description ?? ""),
            "link": .string(item.link ?? ""),
            // Only a web address becomes a link: `#123` or `JIRA-9` are ids, not places on this site.
            "linkURL": .string(webURL(item.link) ?? ""),
        ]
    }

    static func statusLabel(_ status: FollowUp.Status) -> String {
        switch status {
        case .open: "Open"
        case .done: "Done"
        case .unknown: "Not stated"
        }
    }

    private static func webURL(_ link: String?) -> String? {
        guard let url = SafeURL.sanitize(link), url.lowercased().hasPrefix("http://") || url.lowercased().hasPrefix("https://")
        else { return nil }
        return url
    }
}
