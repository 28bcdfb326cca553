/// The incident rows listing pages show, made once and read by the parallel renderers.
/// Each row is an incident's `PageContext.summary` plus `row`, its HTML from
/// `ListingFragments` (the theme's `incident-row` template): the index and every term page
/// an incident belongs to place that HTML rather than render the same row again, and rows
/// are most of what a listing page costs.
///
/// Unchecked because swift-mustache wants `Any`: the rows hold only strings, numbers,
/// booleans and collections of them, all Sendable, and nothing changes them.
struct SharedRows: @unchecked Sendable {
    let rows: [[String: Any]]

    /// - Parameters:
    ///   - root: the way back to the site root from the pages that show the rows.
    ///   - html: each incident's row as rendered for that root.
    init(_ incidents: [Incident], root: String, html: [String], jobs: Int) {
        rows = Array(incidents.indices).parallelMap(jobs: jobs) { position in
            var row = PageContext.summary(incidents[position], root: root)
            row["row"] = html[position]
            return Row(fields: row)
        }.map(\.fields)
    }

    private struct Row: @unchecked Sendable {
        let fields: [String: Any]
    }
}
