import Foundation
import HindsightCore

/// A postmortem about to be started: what `hindsight new "Title"` knows before anyone writes.
public struct NewPostmortem: Sendable {
    public var title: String
    public var date: CalendarDate
    /// `Name <email>`, from git when it knows.
    public var author: String?
    public var severity: String?
    public var services: [String]

    public init(title: String, date: CalendarDate, author: String? = nil, severity: String? = nil, services: [String] = []) {
        self.title = title
        self.date = date
        self.author = author
        self.severity = severity
        self.services = services
    }

    /// `YYYY-MM-DD-slug.md`: sorted by date in a file listing, named like its page.
    public var fileName: String { "\(date)-\(Slug.make(title)).md" }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Writes the document into `contentFolder` (created if need be), never over an existing
    /// file; returns the path written.
    @discardableResult
    public func write(into contentFolder: String, from archetype: Archetype) throws(Failure) -> String {
        let path = Path.join(contentFolder, fileName)
        do {
            try FileManager.default.createDirectory(atPath: contentFolder, withIntermediateDirectories: true)
        } catch {
            throw Failure(description: "cannot create \(contentFolder): \(error.localizedDescription)")
        }
        guard !FileManager.default.fileExists(atPath: path) else {
            throw Failure(description: "\(path) already exists; not overwriting it")
        }
        do {
            // `withoutOverwriting` also refuses a file created since the check above.
            try Data(archetype.render(self).utf8).write(to: URL(fileURLWithPath: path), options: .withoutOverwriting)
        } catch {
            throw Failure(description: "cannot write \(path): \(error.localizedDescription)")
        }
        return path
    }
}
