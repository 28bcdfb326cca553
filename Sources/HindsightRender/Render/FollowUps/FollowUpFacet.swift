import HindsightCore

/// A way to narrow the follow-ups down, each value with its own list:
/// `follow-ups/owner/ada/`, `follow-ups/service/checkout-api/`, `follow-ups/status/open/`.
enum FollowUpFacet: String, CaseIterable, Sendable {
    case owner, service, status

    var folder: String { FollowUpPages.folder + rawValue + "/" }

    /// The label before a value's name: "Owner: Ada".
    var title: String {
        switch self {
        case .owner: "Owner"
        case .service: "Service"
        case .status: "Status"
        }
    }

    /// The names an item is listed under: its owner, its incident's services (as the
    /// taxonomy files the incident), its status; each list has a name for items without.
    func names(of open: OpenFollowUp, in incidents: [Incident]) -> [String] {
        switch self {
        case .owner:
            return [open.item.owner ?? "No owner"]
        case .service:
            let services = TaxonomyKind.service.names(ofIncidentAt: open.incident, in: incidents).filter { !$0.trimmed.isEmpty }
            return services.isEmpty ? ["No service"] : services
        case .status:
            return [FollowUpContext.statusLabel(open.item.status)]
        }
    }

    /// The values in reading order: statuses as `FollowUp.Status` lists them (open first),
    /// other names alphabetically.
    func sorted(_ groups: [SluggedGroup]) -> [SluggedGroup] {
        guard self == .status else { return groups.sorted(by: SluggedGroup.alphabetically) }
        let order = FollowUp.Status.allCases.map(FollowUpContext.statusLabel)
        return groups.sorted { (order.firstIndex(of: $0.name) ?? order.count) < (order.firstIndex(of: $1.name) ?? order.count) }
    }
}
