import Foundation
import HindsightCore

/// What the preview adds to every HTML page it serves (never to the files on disk): the
/// live-reload script and, when the last build failed, its errors.
enum PageInjection {
    static let scriptPath = "/__hindsight/live-reload.js"
    static let stylePath = "/__hindsight/live-reload.css"

    static func inject(into html: String, errors: [Diagnostic]) -> String {
        // A file, not inline code: the theme's Content-Security-Policy allows `script-src 'self'`.
        let additions = """
            <link rel="stylesheet" href="\(stylePath)">\(errorPanel(errors))
            <script src="\(scriptPath)"></script>

            """
        guard let end = html.range(of: "</body>", options: [.caseInsensitive, .backwards]) else { return html + additions }
        return html.replacingCharacters(in: end.lowerBound..<end.lowerBound, with: additions)
    }

    /// A bar at the bottom of the window, one finding a line, that scrolls past a few and
    /// closes with its button (live-reload.js: the page's Content-Security-Policy allows no
    /// inline script, so the button carries no handler of its own).
    private static func errorPanel(_ errors: [Diagnostic]) -> String {
        guard !errors.isEmpty else { return "" }
        let heading = errors.count == 1 ? "The last build had 1 error" : "The last build had \(errors.count) errors"
        let items = errors.map { "<li>\(escape($0.formatted))</li>" }.joined()
        return """

            <aside class="hindsight-build-errors" role="alert" aria-label="\(heading)">\
            <div class="hindsight-build-errors-bar"><h2>\(heading)</h2>\
            <button type="button" class="hindsight-build-errors-close" aria-label="Close" title="Close">×</button></div>\
            <ol>\(items)</ol></aside>
            """
    }

    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
