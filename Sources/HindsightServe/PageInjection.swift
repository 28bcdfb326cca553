import Foundation
import Hindsight

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

    private static func errorPanel(_ errors: [Diagnostic]) -> String {
        guard !errors.isEmpty else { return "" }
        let lines = errors.map { escape($0.formatted) }.joined(separator: "\n")
        return "\n<aside class=\"hindsight-build-errors\" role=\"alert\"><h2>The last build had errors</h2><pre>\(lines)</pre></aside>"
    }

    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
