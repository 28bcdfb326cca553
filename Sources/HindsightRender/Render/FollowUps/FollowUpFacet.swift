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

    static let noOwner = "No owner"
    static let noService = "No service"

    /// The name of the list of items without an owner or a service; every item has a status.
    var missingName: String? {
        switch self {
        case .owner: Self.noOwner
        case .service: Self.noService
        case .status: nil
        }
    }

    /// The names an item is listed under: its owner, its incident's services (as the
    /// taxonomy files the incident), its status; each list has a name for items without.
    func names(of open: OpenFollowUp, in incidents: [Incident]) -> [String] {
        switch self {
        case .owner:
            return [open.item.owner ?? Self.noOwner]
        case .service:
            let services = TaxonomyKind.service.names(ofIncidentAt: open.incident, in: incidents).filter { !$0.trimmed.isEmpty }
            return services.isEmpty ? [Self.noService] : services
        case .status:
            return [FollowUpContext.statusLabel(open.item.status)]
        }
    }

    /// The values in reading order: statuses as `FollowUp.Status` lists them (open first),
    /// other names alphabetically, and the items without a name last ("No owner" is no
    /// owner's name, to be found between "Nina" and "Omar").
    func sorted(_ groups: [SluggedGroup]) -> [SluggedGroup] {
        guard self == .status else {
            let named = groups.filter { $0.name != missingName }.sorted(by: SluggedGroup.alphabetically)
            return named + groups.filter { $0.name == missingName }
        }
        let order = FollowUp.Status.allCases.map(FollowUpContext.statusLabel)
        return groups.sorted { (order.firstIndex(of: $0.name) ?? order.count) < (order.firstIndex(of: $1.name) ?? order.count) }
    }
}
