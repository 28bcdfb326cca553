/// What a build did: for the summary line, the exit code and tests.
public struct BuildReport: Sendable {
    /// The incidents this build listed, as the listings read them (`Incident.forListings`:
    /// no body, sections, tables, timeline entries or search text; their pages show those).
    /// Empty when the build found nothing changed since the last one (`upToDate`);
    /// `incidentCount` is right either way.
    public var incidents: [Incident]
    public var incidentCount: Int
    /// Nothing changed since the last build: the site was left exactly as it was.
    public var upToDate = false
    /// Every diagnostic, sorted by file and line.
    public var diagnostics: [Diagnostic]
    public var seconds: Double
    /// False when the site was not written at all (the output folder was refused, the theme
    /// did not load, the content held no postmortem to replace a published site with); the
    /// previous site is then untouched.
    public var wroteSite: Bool

    public var errorCount: Int { diagnostics.count { $0.severity == .error } }
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }

    public func failed(strict: Bool) -> Bool {
        !wroteSite || errorCount > 0 || (strict && warningCount > 0)
    }

    public var summaryLine: String {
        let pages = incidentCount == 1 ? "1 incident" : "\(incidentCount) incidents"
        let time = String(format: "%.2f", seconds)
        return "Built \(pages): \(warningCount) warning\(warningCount == 1 ? "" : "s"), \(errorCount) error\(errorCount == 1 ? "" : "s") in \(time) s"
    }
}

import Foundation
import HindsightCore
