import HindsightCore
import HindsightTemplates

/// The incidents on either side of one in the archive's newest-first order, for the
/// "older" and "newer" links at the foot of its page.
package struct IncidentNeighbours {
    let older: Incident?
    let newer: Incident?

    package init(of position: Int, in incidents: [Incident]) {
        older = position + 1 < incidents.count ? incidents[position + 1] : nil
        newer = position > 0 ? incidents[position - 1] : nil
    }

    /// Nil for an archive of one incident, so that the template shows no empty navigation.
    func context(root: String) -> TemplateValue? {
        guard older != nil || newer != nil else { return nil }
        var context: [String: TemplateValue] = [:]
        context["older"] = older.map { Self.link(to: $0, root: root) }
        context["newer"] = newer.map { Self.link(to: $0, root: root) }
        return .object(context)
    }

    private static func link(to incident: Incident, root: String) -> TemplateValue {
        ["title": .string(incident.title), "url": .string(root + incident.url), "date": .string(incident.date?.description ?? ""),
         "hasDate": .bool(incident.date != nil)]
    }
}
