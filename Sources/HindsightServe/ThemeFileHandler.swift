import FlyingFox
import Foundation
import HindsightRender

/// The preview's own files (`/__hindsight/live-reload.js`…), read from the theme's `serve/`
/// folder: they exist only while serving and never reach the built site.
struct ThemeFileHandler: HTTPHandler {
    let options: PreviewServer.Options

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        let name = String(request.path.dropFirst("/__hindsight/".count))
        let theme = ((try? options.loadConfig()) ?? SiteConfig()).theme
        guard Self.servedFiles.contains(name),
              let file = (try? ThemeLocator.files(theme: theme, siteRoot: options.siteRoot))?.file("serve/" + name)
        else { return HTTPResponse(statusCode: .notFound) }
        return HTTPResponse(statusCode: .ok, headers: [.contentType: ContentType.of(name), .cacheControl: "no-store"],
                            body: Data(file.bytes))
    }

    private static let servedFiles: Set<String> = ["live-reload.js", "live-reload.css"]
}
