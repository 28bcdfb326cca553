/// The incident rows listing pages show, made once and read by the parallel renderers.
/// Each row is an incident's `PageContext.summary` plus `row`, the HTML of the theme's
/// `incident-row` template for it: the index and every term page an incident belongs to
/// place that HTML rather than render the same row again, and rows are most of what a
/// listing page costs.
///
/// Unchecked because swift-mustache wants `Any`: the rows hold only strings, numbers,
/// booleans and collections of them, all Sendable, and nothing changes them.
struct SharedRows: @unchecked Sendable {
    let rows: [[String: Any]]

    /// - Parameter root: the way back to the site root from the pages that show the rows.
    init(_ incidents: [Incident], root: String, theme: Theme, jobs: Int) {
        rows = incidents.parallelMap(jobs: jobs) { incident in
            var row = PageContext.summary(incident, root: root)
            row["row"] = theme.render("incident-row", row)
            return Row(fields: row)
        }.map(\.fields)
    }

    private struct Row: @unchecked Sendable {
        let fields: [String: Any]
    }
}
