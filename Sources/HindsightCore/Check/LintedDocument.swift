/// What the lint rules read about one document: its parse and what was extracted from it.
struct LintedDocument {
    let parsed: ParsedDocument
    let incident: Incident
    let context: ExtractionContext
    /// The words of each heading and label (see `SectionLabels`), found once for every
    /// missing-section rule that looks for its name among them.
    let sectionLabelWords: [[String]]

    init(parsed: ParsedDocument, incident: Incident) {
        self.parsed = parsed
        self.incident = incident
        context = ExtractionContext(document: parsed)
        sectionLabelWords = SectionLabels.words(incident: incident, context: context)
    }

    /// The line findings about the document as a whole point at: the top of the file.
    let firstLine = 1
}
