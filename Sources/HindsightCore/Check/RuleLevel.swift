/// What a team decided a rule is worth, in `hindsight.yml`: `rules: {no-author: error}`.
public enum RuleLevel: String, Sendable, Hashable, CaseIterable {
    case off
    case warning
    case error

    var severity: Diagnostic.Severity? {
        switch self {
        case .off: nil
        case .warning: .warning
        case .error: .error
        }
    }
}
