extension Incident {
    /// What the archive-wide listings (index, term pages, feeds, sitemap, charts) read of
    /// an incident: everything but the body, sections, tables, timeline entries, search
    /// text and diagnostics, which only its own page and `ListingFragments` show, and of the
    /// timeline's analysis only the duration and the metrics (the archive charts draw them).
    /// A large archive holds every incident at once for its listings, and keeps them in the
    /// cache: the analysis's key moments were nearly half the time spent reading it back.
    package var forListings: Incident {
        var listed = self
        var analysis = TimelineAnalysis()
        analysis.durationMinutes = timelineAnalysis.durationMinutes
        analysis.metrics = timelineAnalysis.metrics
        listed.timelineAnalysis = analysis
        listed.bodyHTML = ""
        listed.sections = []
        listed.tables = []
        listed.timeline = []
        listed.searchText = SearchText()
        listed.diagnostics = []
        listed.evidence = ExtractionEvidence()
        return listed
    }
}
