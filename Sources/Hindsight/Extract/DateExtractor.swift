/// The day the incident happened: front matter `date` (or `start_time`, as public archives
/// write it), else the first full date in the document's text.
enum DateExtractor {
    static let frontMatterKeys = ["date", "start_time", "started_at", "incident_date"]

    static func date(in context: ExtractionContext) -> CalendarDate? {
        if let frontMatter = context.frontMatter {
            for key in frontMatterKeys {
                if let text = frontMatter.text(key), let date = DateScanner.firstDate(in: text) { return date }
            }
        }
        for block in context.root.descendants {
            switch block.kind {
            case .paragraph, .heading, .tableCell, .codeBlock, .htmlBlock:
                let text = block.kind == .htmlBlock ? HTMLText.plainText(block.literal) : block.plainText
                if let date = DateScanner.firstDate(in: text) { return date }
            default:
                continue
            }
        }
        return nil
    }
}
