import HindsightCore

/// A way to group the archive, each with its folder of pages: `authors/priya-raman/`,
/// `services/checkout-api/`, `tags/latency/`, `years/2025/`, `severities/sev2/`.
enum TaxonomyKind: String, CaseIterable, Sendable {
    case year, severity, service, tag, author

    var folder: String {
        switch self {
        case .year: "years"
        case .severity: "severities"
        case .service: "services"
        case .tag: "tags"
        case .author: "authors"
        }
    }

    /// The heading of the kind's list of terms.
    var pluralTitle: String {
        switch self {
        case .year: "Years"
        case .severity: "Severities"
        case .service: "Services"
        case .tag: "Tags"
        case .author: "Authors"
        }
    }

    /// The label before a term's name: "Service: checkout-api".
    var singularTitle: String {
        switch self {
        case .year: "Year"
        case .severity: "Severity"
        case .service: "Service"
        case .tag: "Tag"
        case .author: "Author"
        }
    }

    /// An incident is filed under at most this many names of a kind: a front matter that
    /// lists thousands of services is data, not metadata, and listing the incident on every
    /// one of their pages, each showing all of them, would grow the site quadratically.
    static let namesLimit = 50

    /// The names an incident is filed under for this kind.
    func names(of incident: Incident) -> [String] {
        names(ofIncidentAt: 0, in: CollectionOfOne(incident))
    }

    /// The names the incident at `position` is filed under, reading only the field they
    /// come from, in place: passing an incident out of an array copies it whole (a retain
    /// per field), and the taxonomy asks this of every incident five times a build.
    func names<Incidents: RandomAccessCollection<Incident>>(ofIncidentAt position: Incidents.Index,
                                                               in incidents: Incidents) -> [String] {
        let names: [String] = switch self {
        case .year: incidents[position].date.map { [String($0.year)] } ?? []
        case .severity: incidents[position].severity.map { [$0] } ?? []
        case .service: incidents[position].services
        case .tag: incidents[position].tags
        case .author: incidents[position].authors.map(\.name)
        }
        return Array(names.prefix(Self.namesLimit))
    }

    /// The page of one term, relative to the site root. Names that differ only in case or
    /// punctuation ("SEV2", "sev2") share a slug, and so a page.
    func url(of name: String) -> String {
        "\(folder)/\(Slug.make(name))/"
    }
}
