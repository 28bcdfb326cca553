/// The front-matter keys Hindsight documents, with the shape each takes. Keys of the
/// public archives (icco/postmortems) and of Hugo and Jekyll sites are known too, so a
/// migrated archive is not flagged key by key.
enum FrontMatterKeys {
    enum Shape: Sendable {
        /// One value: `title: Database outage`.
        case scalar
        /// A date or a date and time.
        case date
        /// A key moment (`detected_at`): a time, a day or both, as `ExplicitMoments` reads them.
        case moment
        /// A whole number of minutes (`duration_minutes`).
        case minutes
        /// One value or a list: `tags: [db, network]`.
        case scalarOrList
        /// People: a name, a list of names, or tables with `name`, `email`, `url`.
        case people
        /// Anything (tables of links, theme parameters).
        case any
    }

    /// The keys below, the key moments' (`KeyMoments.frontMatterKeys`) and `duration_minutes`.
    static let shapes: [String: Shape] = documented
        .merging(KeyMoments.frontMatterKeys.flatMap(\.1).map { ($0, Shape.moment) }) { _, moment in moment }
        .merging([DeclaredDuration.key: .minutes, FollowUpFrontMatter.key: .any]) { _, stated in stated }

    private static let documented: [String: Shape] = [
        "title": .scalar, "slug": .scalar, "severity": .scalar, "summary": .scalar, "description": .scalar,
        "timezone": .scalar, "uuid": .scalar, "url": .scalar, "company": .scalar, "product": .scalar,
        "status": .scalar, "impact": .scalar, "duration": .scalar, "archive_url": .scalar,
        "date": .date, "incident_date": .date,
        "source_fetched_at": .date, "source_published_at": .date, "lastmod": .date, "publishdate": .date,
        "authors": .people, "author": .people,
        "services": .scalarOrList, "service": .scalarOrList, "tags": .scalarOrList, "categories": .scalarOrList,
        "keywords": .scalarOrList, "related": .scalarOrList, "team": .scalarOrList, "teams": .scalarOrList, "aliases": .scalarOrList,
        "layout": .scalar, "draft": .scalar, "weight": .scalar, "type": .scalar, "permalink": .scalar,
        "published": .scalar, "toc": .scalar,
        "links": .any, "params": .any, "extra": .any, "taxonomies": .any,
    ]
}
