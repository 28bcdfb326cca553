import HindsightCore
import HindsightTemplates

/// The follow-ups page, `follow-ups/index.html`: every follow-up not done across the archive,
/// oldest first, each with its age and whether it is overdue; the same items grouped by
/// owner, service and status (in `<details>`, so filtering needs no JavaScript); totals; and
/// a small chart of the items still open per quarter of their incidents.
enum FollowUpsPageContext {
    static let folder = "follow-ups/"
    static let root = "../"

    static func context(_ incidents: [Incident], config: SiteConfig) -> [String: TemplateValue] {
        let policy = config.followUps
        let open = OpenFollowUp.all(in: incidents, policy: policy)
        let all = incidents.flatMap(\.followUps)
        return PageContext.page(config, path: folder, root: root).merging([
            "items": .list(open.map(row)),
            "hasItems": .bool(!open.isEmpty),
            "referenceDay": .string(policy.referenceDay.description),
            "followUpDays": .int(policy.followUpDays),
            "totals": [
                "all": .int(all.count),
                "notDone": .int(open.count),
                "open": .int(all.count { $0.status == .open }),
                "unknown": .int(all.count { $0.status == .unknown }),
                "done": .int(all.count { $0.status == .done }),
                "overdue": .int(open.count(where: \.isOverdue)),
                "withoutOwner": .int(open.count { $0.item.owner == nil }),
            ],
            "byOwner": .list(groups(open) { [$0.item.owner ?? "No owner"] }),
            "byService": .list(groups(open) { $0.incident.services.isEmpty ? ["No service"] : $0.incident.services }),
            "byStatus": .list(groups(open) { [FollowUpContext.statusLabel($0.item.status)] }),
            "trend": FollowUpTrend(open).context.map(TemplateValue.object) ?? false,
        ]) { _, new in new }
    }

    private static func row(_ open: OpenFollowUp) -> TemplateValue {
        let incident = open.incident
        return .object(FollowUpContext.item(open.item).merging([
            "incidentTitle": .string(incident.title),
            "incidentURL": .string(root + incident.url),
            "incidentDate": .string(incident.date?.description ?? ""),
            "services": .list(incident.services.map(TemplateValue.string)),
            "age": .string(open.ageDays.map { $0 == 1 ? "1 day" : "\($0) days" } ?? ""),
            "dueDay": .string(open.dueDay?.description ?? ""),
            "overdue": .bool(open.isOverdue),
        ]) { _, new in new })
    }

    /// The items under each name `names` gives them, names in alphabetical order (by their
    /// bytes, so that every machine sorts alike), items in the page's order.
    private static func groups(_ open: [OpenFollowUp], names: (OpenFollowUp) -> [String]) -> [TemplateValue] {
        var members: [String: [OpenFollowUp]] = [:]
        for item in open {
            for name in Set(names(item)) { members[name, default: []].append(item) }
        }
        return members.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.map { name in
            ["name": .string(name), "count": .int(members[name]!.count), "items": .list(members[name]!.map(row))]
        }
    }
}
