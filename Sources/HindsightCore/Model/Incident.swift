/// Everything Hindsight knows about one postmortem: what was extracted from the document,
/// the HTML of its body, and what went wrong while reading it.
public struct Incident: Sendable, Codable {
    /// The document's path relative to the content folder, with `/` separators.
    public var source: String
    public var slug: String
    public var title: String
    public var date: CalendarDate?
    public var severity: String?
    public var services: [String]
    public var tags: [String]
    public var authors: [Author]
    public var summary: String
    public var sections: [Section]
    public var tables: [DataTable]
    public var timeline: [TimelineEntry]
    /// The actions the postmortem commits to, in document order.
    public var followUps: [FollowUp] = []
    /// The timeline understood: times, key moments, metrics, duration.
    public var timelineAnalysis = TimelineAnalysis()
    /// Fields of public archives (uuid, url, company, product, categories, keywords).
    public var reference: ReferenceFields
    /// The document body as cmark-gfm renders it.
    public var bodyHTML: String
    /// The body's text for full-text search, kept when listings drop `bodyHTML`.
    public var searchText = SearchText()
    /// Local files the body links to, copied beside the page.
    public var assets: [Asset]
    public var diagnostics: [Diagnostic]
    /// Where each extracted field came from, and what else it could have been.
    public var evidence = ExtractionEvidence()
    /// What the archive relates this incident to others by.
    public var relatedClues = RelatedClues()
    /// The incidents of the archive most like this one, those named in front matter first
    /// (set once the whole archive is read; empty for a document alone).
    public var related: [RelatedIncident] = []
    /// The incident of the previous 90 days this one repeats, if any (set with `related`).
    public var recurrenceOf: RelatedIncident?

    /// The folder of the site that holds one folder per incident page.
    public static let pagesFolder = "incidents"

    /// The page's location relative to the site root.
    public var url: String { "\(Self.pagesFolder)/\(slug)/" }

    /// The memberwise initialiser, for the build's cache in the module above.
    package init(source: String, slug: String, title: String, date: CalendarDate?, severity: String?,
                 services: [String], tags: [String], authors: [Author], summary: String, sections: [Section],
                 tables: [DataTable], timeline: [TimelineEntry], timelineAnalysis: TimelineAnalysis = TimelineAnalysis(),
                 followUps: [FollowUp] = [], reference: ReferenceFields, bodyHTML: String, searchText: SearchText = SearchText(), assets: [Asset],
                 diagnostics: [Diagnostic], evidence: ExtractionEvidence = ExtractionEvidence(),
                 relatedClues: RelatedClues = RelatedClues()) {
        self.source = source
        self.slug = slug
        self.title = title
        self.date = date
        self.severity = severity
        self.services = services
        self.tags = tags
        self.authors = authors
        self.summary = summary
        self.sections = sections
        self.tables = tables
        self.timeline = timeline
        self.timelineAnalysis = timelineAnalysis
        self.followUps = followUps
        self.reference = reference
        self.bodyHTML = bodyHTML
        self.searchText = searchText
        self.assets = assets
        self.diagnostics = diagnostics
        self.evidence = evidence
        self.relatedClues = relatedClues
    }
}
