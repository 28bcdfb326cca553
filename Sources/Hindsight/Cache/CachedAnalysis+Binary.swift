import HindsightCore
import HindsightRender

/// `CachedAnalysis` as the `analyses` file holds it, written and read field by field rather
/// than through `Codable`. A one-file rebuild reads every document's analysis back, and
/// `Codable` (a boxed container per value, a generic call per field, some 80 calls per
/// incident) made that 0.15 s at 10,000 documents.
///
/// The incident is in its listing form (`Incident.forListings`): the fields that form leaves
/// empty are not written, and come back empty. A round-trip test over the corpus compares
/// the result with `BinaryEncoder`'s encoding of the original, so a field added to the
/// listing form but not here fails it.
extension CachedAnalysis {
    func encoded() -> [UInt8] {
        let sink = BinarySink()
        sink.string(stamp.relativePath)
        sink.signed(Int64(stamp.size))
        sink.number(stamp.hash)
        sink.flag(outcome.declaresSlug)
        sink.list(outcome.diagnostics, sink.diagnostic)
        sink.optional(outcome.incident, sink.listedIncident)
        return sink.bytes
    }

    init(decoding bytes: ArraySlice<UInt8>) throws {
        let analysis = try bytes.withUnsafeBufferPointer { buffer in
            let source = BinarySource(buffer)
            let stamp = DocumentStamp(relativePath: try source.string(), size: Int(try source.signed()), hash: try source.number())
            let declaresSlug = try source.flag()
            let diagnostics = try source.list(source.diagnostic)
            let incident = try source.optional(source.listedIncident)
            guard source.isAtEnd else { throw BinarySource.malformed }
            return CachedAnalysis(stamp: stamp, listed: DocumentAnalyser.Outcome(
                incident: incident, diagnostics: diagnostics, declaresSlug: declaresSlug))
        }
        self = analysis
    }
}

extension BinarySink {
    func list<Element>(_ values: [Element], _ write: (Element) -> Void) {
        number(UInt64(values.count))
        values.forEach(write)
    }

    func optional<Value>(_ value: Value?, _ write: (Value) -> Void) {
        flag(value != nil)
        value.map(write)
    }

    func optionalString(_ value: String?) { optional(value, string) }

    func diagnostic(_ diagnostic: Diagnostic) {
        string(diagnostic.file)
        signed(Int64(diagnostic.line))
        optional(diagnostic.column) { self.signed(Int64($0)) }
        string(diagnostic.severity.rawValue)
        string(diagnostic.rule)
        string(diagnostic.message)
    }

    /// The fields `Incident.forListings` keeps.
    func listedIncident(_ incident: Incident) {
        string(incident.source)
        string(incident.slug)
        string(incident.title)
        optional(incident.date) { self.signed(Int64($0.year)); self.signed(Int64($0.month)); self.signed(Int64($0.day)) }
        optionalString(incident.severity)
        list(incident.services, string)
        list(incident.tags, string)
        list(incident.authors) { self.string($0.name); self.optionalString($0.email); self.optionalString($0.url) }
        string(incident.summary)
        optional(incident.timelineAnalysis.durationMinutes) { self.signed(Int64($0)) }
        let reference = incident.reference
        [reference.uuid, reference.url, reference.company, reference.product].forEach(optionalString)
        list(reference.categories, string)
        list(reference.keywords, string)
        list(incident.assets) { self.string($0.sourcePath); self.string($0.pagePath) }
        list(incident.relatedClues.named, string)
        signed(Int64(incident.relatedClues.namedLine))
        list(incident.relatedClues.words) { word in
            self.string(word.text)
            self.signed(Int64(word.count))
            self.optionalString(word.writtenAs == word.text ? nil : word.writtenAs)
        }
    }
}

extension BinarySource {
    /// A count, then as many values; a count the remaining bytes cannot hold is malformed.
    func list<Element>(_ read: () throws -> Element) throws -> [Element] {
        let count = try number()
        guard count <= UInt64(remaining) else { throw Self.malformed }
        return try (0..<Int(count)).map { _ in try read() }
    }

    func optional<Value>(_ read: () throws -> Value) throws -> Value? {
        try flag() ? read() : nil
    }

    func optionalString() throws -> String? { try optional(string) }

    func int() throws -> Int {
        guard let value = Int(exactly: try signed()) else { throw Self.malformed }
        return value
    }

    func diagnostic() throws -> Diagnostic {
        let file = try string(), line = try int(), column = try optional(int)
        guard let severity = Diagnostic.Severity(rawValue: try string()) else { throw Self.malformed }
        return Diagnostic(file: file, line: line, column: column, severity: severity, rule: try string(), message: try string())
    }

    func listedIncident() throws -> Incident {
        let source = try string(), slug = try string(), title = try string()
        let date = try optional {
            guard let date = CalendarDate(year: try int(), month: try int(), day: try int()) else { throw Self.malformed }
            return date
        }
        let severity = try optionalString(), services = try list(string), tags = try list(string)
        let authors = try list { Author(name: try string(), email: try optionalString(), url: try optionalString()) }
        let summary = try string()
        var analysis = TimelineAnalysis()
        analysis.durationMinutes = try optional(int)
        var reference = ReferenceFields()
        reference.uuid = try optionalString()
        reference.url = try optionalString()
        reference.company = try optionalString()
        reference.product = try optionalString()
        reference.categories = try list(string)
        reference.keywords = try list(string)
        let assets = try list { Asset(sourcePath: try string(), pagePath: try string()) }
        let clues = RelatedClues(named: try list(string), namedLine: try int(),
                                 words: try list { CountedWord(text: try string(), count: try int(), writtenAs: try optionalString()) })
        return Incident(source: source, slug: slug, title: title, date: date, severity: severity, services: services, tags: tags,
                        authors: authors, summary: summary, sections: [], tables: [], timeline: [], timelineAnalysis: analysis,
                        reference: reference, bodyHTML: "", assets: assets, diagnostics: [], relatedClues: clues)
    }
}
