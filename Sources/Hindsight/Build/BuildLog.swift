import HindsightCache
import HindsightCore
import HindsightRender

/// What a build has to say so far: its diagnostics and how long it has run, made into its
/// report at whichever stage it ends.
struct BuildLog {
    private let started = ContinuousClock.now
    private let rules: RuleSettings
    var diagnostics: [Diagnostic] = []

    init(rules: RuleSettings) {
        self.rules = rules
    }

    func report(_ incidents: [Incident] = [], wroteSite: Bool) -> BuildReport {
        BuildReport(incidents: incidents, incidentCount: incidents.count, diagnostics: sorted(diagnostics),
                    seconds: seconds, wroteSite: wroteSite)
    }

    /// Nothing changed: the last build's report again, its diagnostics as they were recorded.
    func upToDate(_ record: BuildRecord) -> BuildReport {
        BuildReport(incidents: [], incidentCount: record.incidentCount, upToDate: true, diagnostics: record.diagnostics,
                    seconds: seconds, wroteSite: true)
    }

    var seconds: Double {
        let elapsed = ContinuousClock.now - started
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    /// The site's rule levels applied, then by file and line.
    func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        rules.apply(to: diagnostics).sorted {
            ($0.file, $0.line, $0.column ?? 0, $0.rule) < ($1.file, $1.line, $1.column ?? 0, $1.rule)
        }
    }
}
