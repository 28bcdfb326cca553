import HindsightTemplates

/// A list too long for one page cut into pages of `size`, as Hugo and Zola paginate: the
/// first page at the list's folder (`follow-ups/`), the others below it (`follow-ups/page/2/`).
/// An empty list still has its first page, which says so.
struct Pagination: Sendable {
    /// Where the first page sits, relative to the site root, ending in `/`.
    let folder: String
    /// How many items the whole list has.
    let count: Int
    let size: Int

    init(folder: String, count: Int, size: Int) {
        precondition(size > 0, "a page holds at least one item")
        self.folder = folder
        self.count = count
        self.size = size
    }

    var pageCount: Int { max(1, (count + size - 1) / size) }

    /// Page numbers, from 1.
    var pages: ClosedRange<Int> { 1...pageCount }

    /// The folder of page `number`, relative to the site root.
    func path(ofPage number: Int) -> String {
        number == 1 ? folder : folder + "page/\(number)/"
    }

    /// The positions in the list that page `number` shows.
    func range(ofPage number: Int) -> Range<Int> {
        min(count, (number - 1) * size)..<min(count, number * size)
    }

    /// The way from page `number` back to the site root: `../` per folder it is in.
    func root(ofPage number: Int) -> String {
        String(repeating: "../", count: path(ofPage: number).count { $0 == "/" })
    }

    /// What the templates see of page `number`'s place in the list (`pager`): the items it
    /// shows, counted from 1, and the pages before and after it: `previousURL` and `nextURL`,
    /// their folders relative to this page, and `previousRange`, `nextRange`, their items.
    func context(ofPage number: Int) -> [String: TemplateValue] {
        let root = root(ofPage: number)
        let shown = range(ofPage: number)
        var context: [String: TemplateValue] = [
            "page": .int(number), "pages": .int(pageCount), "several": .bool(pageCount > 1), "later": .bool(number > 1),
            "first": .int(shown.isEmpty ? 0 : shown.lowerBound + 1), "last": .int(shown.upperBound), "total": .int(count),
        ]
        // Absent rather than empty: an empty string is true to a Mustache section.
        for (key, neighbour) in [("previous", number - 1), ("next", number + 1)] where pages.contains(neighbour) {
            let items = range(ofPage: neighbour)
            context[key + "URL"] = .string(root + path(ofPage: neighbour))
            context[key + "Range"] = .string("\(items.lowerBound + 1)–\(items.upperBound)")
        }
        return context
    }
}
