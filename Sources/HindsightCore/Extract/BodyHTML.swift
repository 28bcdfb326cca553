import Foundation

/// The document's HTML as the page shows it, under a header that already carries the title:
/// a first heading that only repeats the title is left out, so the page does not say it twice.
enum BodyHTML {
    static func make(_ document: ParsedDocument, title: String) -> String {
        let html = document.markdown.html
        guard let first = document.markdown.root.children.first(where: { _ in true }),
              case .heading(let level) = first.kind,
              SectionNames.normalized(first.plainText) == SectionNames.normalized(title)
        else { return html }
        // cmark-gfm renders a heading as `<hN>…</hN>\n`, with nothing before the first block.
        let close = "</h\(level)>\n"
        guard html.hasPrefix("<h\(level)>"), let end = html.range(of: close) else { return html }
        return String(html[end.upperBound...])
    }
}
