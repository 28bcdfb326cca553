import HindsightCore
import HindsightRender

/// `CachedAnalysis` as the `analyses` file holds it, described once for `FieldCoder`.
///
/// The incident is in its listing form (`Incident.forListings`): the fields that form leaves
/// empty are not stored, and come back empty. `CachedIncidentFieldsTests` fails when a
/// property of `Incident` is neither stored here nor listed there as deliberately left out.
extension CachedAnalysis: FieldCodable {
    static var blank: CachedAnalysis {
        CachedAnalysis(stamp: .blank,
                       outcome: DocumentAnalyser.Outcome(incident: nil, diagnostics: []))
    }

    mutating func code<Coder: FieldCoder>(with coder: Coder) throws(Coder.Failure) {
        try stamp.code(with: coder)
        try coder.flag(&outcome.declaresSlug)
        try coder.list(&outcome.diagnostics)
        try coder.optional(&outcome.incident)
    }
}

extension DocumentStamp: FieldCodable {
    static var blank: DocumentStamp { DocumentStamp(relativePath: "", size: 0, hash: 0) }

    mutating func code<Coder: FieldCoder>(with coder: Coder) throws(Coder.Failure) {
        try coder.string(&relativePath)
        try coder.int(&size)
        try coder.number(&hash)
    }
}

extension Incident: FieldCodable {
    static var blank: Incident {
        Incident(source: "", slug: "", title: "", date: nil, severity: nil, services: [], tags: [], authors: [], summary: "",
                 sections: [], tables: [], timeline: [], reference: ReferenceFields(), bodyHTML: "", assets: [], diagnostics: [])
    }

    /// The fields `Incident.forListings` keeps.
    mutating func code<Coder: FieldCoder>(with coder: Coder) throws(Coder.Failure) {
        try coder.string(&source)
        try coder.string(&slug)
        try coder.string(&title)
        try coder.optional(&date)
        try coder.optional(&severity)
        try coder.list(&services)
        try coder.list(&tags)
        try coder.list(&authors)
        try coder.string(&summary)
        try coder.optional(&timelineAnalysis.durationMinutes)
        try coder.optional(&timelineAnalysis.metrics.timeToDetect)
        try coder.optional(&timelineAnalysis.metrics.timeToAcknowledge)
        try coder.optional(&timelineAnalysis.metrics.timeToMitigate)
        try coder.optional(&timelineAnalysis.metrics.timeToResolve)
        try coder.optional(&reference.uuid)
        try coder.optional(&reference.url)
        try coder.optional(&reference.company)
        try coder.optional(&reference.product)
        try coder.list(&reference.categories)
        try coder.list(&reference.keywords)
        try coder.list(&assets)
        try coder.list(&followUps)
        try relatedClues.code(with: coder)
    }
}

/// Kept so that the archive is related again from the cache, without reading a document.
extension RelatedClues: FieldCodable {
    static var blank: RelatedClues { RelatedClues() }

    mutating func code<Coder: FieldCoder>(with coder: Coder) throws(Coder.Failure) {
        try coder.list(&named)
        try coder.int(&namedLine)
        try coder.list(&words)
    }
}

extension CountedWord: FieldCodable {
    static var blank: CountedWord { CountedWord(text: "", count: 0) }

    /// The word as written only when it differs from its singular (most do not).
    mutating func code<Coder: FieldCoder>(with coder: Coder) throws(Coder.Failure) {
        try coder.string(&text)
        try coder.int(&count)
        var differing = writtenAs == text ? nil : writtenAs
        try coder.optional(&differing)
        writtenAs = differing ?? text
    }
}

extension FollowUp: FieldCodable {
    static var blank: FollowUp { FollowUp(text: "", line: 0) }

    mutating func code<Coder: FieldCoder>(with coder: Coder) throws(Coder.Failure) {
        try coder.string(&text)
        try coder.optional(&owner)
        try coder.optional(&kind)
        try coder.rawValue(&status)
        try coder.optional(&link)
        try coder.optional(&due)
        try coder.int(&line)
    }
}

extension FollowUp.Kind: FieldCodable {
    static var blank: FollowUp.Kind { .prevent }

    mutating func code<Coder: FieldCoder>(with coder: Coder) throws(Coder.Failure) {
        try coder.rawValue(&self)
    }
}

extension CalendarDate: FieldCodable {
    static var blank: CalendarDate { CalendarDate(year: 1970, month: 1, day: 1)! }

    /// Read as three numbers and checked, as `CalendarDate(year:month:day:)` checks them.
    mutating func code<Coder: FieldCoder>(with coder: Coder) throws(Coder.Failure) {
        try coder.int(&year)
        try coder.int(&month)
        try coder.int(&day)
        try coder.valid(CalendarDate(year: year, month: month, day: day) != nil)
    }
}

extension Author: FieldCodable {
    static var blank: Author { Author(name: "") }

    mutating func code<Coder: FieldCoder>(with coder: Coder) throws(Coder.Failure) {
        try coder.string(&name)
        try coder.optional(&email)
        try coder.optional(&url)
    }
}

extension Asset: FieldCodable {
    static var blank: Asset { Asset(sourcePath: "", pagePath: "") }

    mutating func code<Coder: FieldCoder>(with coder: Coder) throws(Coder.Failure) {
        try coder.string(&sourcePath)
        try coder.string(&pagePath)
    }
}

extension Diagnostic: FieldCodable {
    static var blank: Diagnostic { Diagnostic(file: "", line: 0, severity: .warning, rule: "", message: "") }

    mutating func code<Coder: FieldCoder>(with coder: Coder) throws(Coder.Failure) {
        try coder.string(&file)
        try coder.int(&line)
        try coder.optional(&column)
        try coder.rawValue(&severity)
        try coder.string(&rule)
        try coder.string(&message)
    }
}
