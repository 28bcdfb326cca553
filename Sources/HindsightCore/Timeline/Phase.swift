/// The part of an incident an event marks, in the order incidents unfold.
public enum Phase: String, Sendable, Hashable, CaseIterable, Comparable, Codable {
    /// A change or trigger: a deploy, an upgrade, a configuration push.
    case start
    /// Users start to be hurt: the outage begins.
    case impact
    /// Someone or something notices: an alert, a page, a report.
    case detect
    /// The on-call responds.
    case acknowledge
    /// A rollback, a failover, a fix applied.
    case mitigate
    /// Service restored, traffic back.
    case resolve
    case other

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// For legends and descriptions.
    package var title: String {
        switch self {
        case .start: "Trigger"
        case .impact: "Impact"
        case .detect: "Detected"
        case .acknowledge: "Acknowledged"
        case .mitigate: "Mitigation"
        case .resolve: "Resolved"
        case .other: "Other"
        }
    }
}
