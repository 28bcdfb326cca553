/// Extracts an `Incident` from a parsed document by running each extraction rule.
/// The slug it sets is the one the document asks for; the build makes slugs unique.
public enum IncidentExtractor {
    /// - Parameter timezone: the site's default zone, for timelines that name none.
    public static func extract(_ document: ParsedDocument, timezone: String = "UTC") -> Incident {
        let context = ExtractionContext(document: document)
        let frontMatter = document.frontMatter
        let summary = SummaryExtractor.summary(in: context)
        let titles = TitleExtractor.candidates(in: context) + [FallbackTitle.make(
            summary: summary?.value ?? "", company: frontMatter?.text("company"), fileBaseName: document.file.baseName)]
        let title = titles[0].value
        let dateReading = DateExtractor.reading(in: context, title: titles.first)
        var dates = dateReading.candidates
        let date = dates.first?.value
        let tables = TableExtractor.tables(in: context)
        let timelineFound = TimelineExtractor.timeline(in: context, tables: tables, incidentDay: date)
        let timeline = timelineFound?.value ?? []
        let authors = AuthorExtractor.authors(in: context)
        let followUps = FollowUpExtractor.followUps(in: context)
        var reference = ReferenceFields()
        reference.uuid = frontMatter?.text("uuid")
        reference.url = frontMatter?.text("url")
        reference.company = frontMatter?.text("company")
        reference.product = frontMatter?.text("product")
        reference.categories = frontMatter?.texts("categories") ?? []
        reference.keywords = frontMatter?.texts("keywords") ?? []
        var incident = Incident(
            source: document.file.relativePath,
            slug: Slug.preferred(frontMatter: frontMatter, date: date, title: title),
            title: title,
            date: date,
            severity: frontMatter?.text("severity"),
            services: frontMatter.map { $0.texts("services") + $0.texts("service") } ?? [],
            tags: frontMatter?.texts("tags") ?? [],
            authors: authors?.value ?? [],
            summary: summary?.value ?? "",
            sections: TableExtractor.sections(in: context),
            tables: tables,
            timeline: Array(timeline.prefix(TimelineExtractor.entryLimit)),
            followUps: followUps?.items ?? [],
            reference: reference,
            bodyHTML: BodyHTML.make(document, title: title),
            assets: document.assets,
            diagnostics: document.diagnostics
        )
        if timeline.count > TimelineExtractor.entryLimit {
            incident.diagnostics.append(Diagnostic(
                file: document.file.displayPath, line: timeline[TimelineExtractor.entryLimit].line, severity: .warning,
                rule: "timeline-long", message: "timeline has \(timeline.count) entries; only the first \(TimelineExtractor.entryLimit) are kept"))
        }
        if !context.readsEveryBlock {
            incident.diagnostics.append(Diagnostic(
                file: document.file.displayPath, line: document.bodyFirstLine, severity: .warning, rule: "document-huge",
                message: "document has more than \(ExtractionContext.blockLimit) blocks; its metadata were looked for in the first and last ones"))
        }
        incident.evidence.record(.title, titles) { $0 }
        incident.searchText = SearchText(body: document.markdown.root)
        incident.relatedClues = RelatedCluesExtractor.clues(in: context, title: title, summary: incident.summary)
        TimelineAnalyser(context: context, siteZoneName: timezone, dayMonthOrder: dateReading.dayMonthOrder).analyse(&incident)
        if let impactDay = ImpactDay.correction(of: dateReading, in: incident) {
            dates.insert(impactDay, at: 0)
            incident.date = impactDay.value
            incident.slug = Slug.preferred(frontMatter: frontMatter, date: impactDay.value, title: title)
        }
        incident.evidence.record(.date, dates) { $0.description }
        if let ambiguity = dateReading.ambiguity { incident.diagnostics.append(ambiguity) }
        incident.evidence.record(.authors, authors?.provenance)
        incident.evidence.record(.summary, summary?.provenance)
        incident.evidence.record(.timeline, timelineFound?.provenance)
        incident.evidence.record(.followUps, followUps?.provenance)
        return incident
    }
}
