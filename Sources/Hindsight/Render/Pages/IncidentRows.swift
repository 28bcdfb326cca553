/// An incident's row of the incident table, as the index shows it and as the term pages do.
/// The two differ only in the way back to the site root that starts their links, so the
/// row is rendered once with a stand-in for the root, which each copy then replaces: rows
/// were a fifth of what a cold build spent in templates. A document whose own text holds
/// the stand-in's first byte (a control character) has its two rows rendered one by one.
struct IncidentRows {
    let index: String
    let term: String

    static let rootStandIn = "\u{1}hindsight:root\u{1}"

    init(_ incident: Incident, theme: Theme) {
        let atRoot = PageContext.summary(incident, root: "")
        guard !Self.holdsStandIn(atRoot) else {
            index = theme.render("incident-row", atRoot)
            term = theme.render("incident-row", PageContext.summary(incident, root: TaxonomyPageContext.termRoot))
            return
        }
        let row = theme.render("incident-row", PageContext.summary(incident, root: Self.rootStandIn))
        let parts = MarkerSearch.parts(of: row, around: Self.rootStandIn)
        index = parts.joined()
        term = parts.joined(separator: TaxonomyPageContext.termRoot)
    }

    /// Whether a value of a context holds the stand-in (or anything starting like it).
    static func holdsStandIn(_ value: Any) -> Bool {
        switch value {
        case let text as String: text.utf8.contains(rootStandIn.utf8.first!)
        case let values as [String: Any]: values.values.contains(where: holdsStandIn)
        case let values as [Any]: values.contains(where: holdsStandIn)
        default: false
        }
    }
}
