import HindsightCore

/// Where a listed incident (`Incident.forListings`) is made whole again when its page or
/// listing fragments must be made: from the spill when it was analysed in this build, by
/// analysing its document again when it came from the cache (usually the few neighbours of
/// a changed document, or every document when no spill could be made).
struct WholeIncidents: Sendable {
    let spill: BuildSpill?
    /// Where each document analysed in this build lies in the spill, by path.
    let spilled: [String: Range<Int>]
    let files: [String: SourceFile]
    let analyser: DocumentAnalyser

    /// The whole incident, with the slug and relations the archive gave `listed` (and its
    /// topic words, which the spill does not keep).
    func whole(_ listed: Incident) -> Incident {
        guard var incident = spilled[listed.source].flatMap({ spill?.load($0) })
                ?? files[listed.source].flatMap({ analyser.analyse($0).incident })
        else { return listed }
        incident.slug = listed.slug
        incident.relatedClues = listed.relatedClues
        incident.related = listed.related
        incident.recurrenceOf = listed.recurrenceOf
        return incident
    }
}
