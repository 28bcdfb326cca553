import FlyingFox
import Foundation
import HindsightCore

/// Serves the built site from the output folder: the right content type, `index.html` for
/// a folder, a 404 page for anything missing, and nothing outside the folder.
struct SiteFileHandler: HTTPHandler {
    /// The output folder, absolute and with symbolic links resolved.
    let root: String
    let state: PreviewState

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        // The target as sent: FlyingFox's `path` is standardised, without its trailing slash.
        let target = request.target.path(percentEncoded: true)
        guard case .file(let segments) = RequestPath(raw: target) else {
            return HTTPResponse(statusCode: .forbidden, headers: [.contentType: "text/plain; charset=utf-8"], body: Data("Forbidden\n".utf8))
        }
        let path = ([root] + segments).joined(separator: "/")
        switch kind(of: path) {
        case .directory where !target.hasSuffix("/"):
            // Relative links on the page resolve against the folder only with the slash.
            return HTTPResponse(statusCode: .movedPermanently, headers: HTTPHeaders([.location: target + "/"]))
        case .directory:
            return await fileOrNotFound(path + "/index.html")
        case .file:
            return await fileOrNotFound(path)
        case .missing:
            return await notFound()
        }
    }

    private enum Kind { case file, directory, missing }

    private func kind(of path: String) -> Kind {
        var isDirectory: ObjCBool = false
        // A symbolic link in the output folder must not lead out of it.
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
              Self.isInside(URL(fileURLWithPath: path).resolvingSymlinksInPath().path, root)
        else { return .missing }
        return isDirectory.boolValue ? .directory : .file
    }

    private func fileOrNotFound(_ path: String) async -> HTTPResponse {
        guard kind(of: path) == .file, let data = FileContents.data(atPath: path) else { return await notFound() }
        let type = ContentType.of(path)
        guard type == ContentType.html else {
            return HTTPResponse(statusCode: .ok, headers: [.contentType: type, .cacheControl: "no-store"], body: data)
        }
        let page = PageInjection.inject(into: String(decoding: data, as: UTF8.self), errors: await state.errors)
        return HTTPResponse(statusCode: .ok, headers: [.contentType: type, .cacheControl: "no-store"], body: Data(page.utf8))
    }

    private func notFound() async -> HTTPResponse {
        let page = "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not found</title></head>\n"
            + "<body><h1>Not found</h1><p>No page here. <a href=\"/\">Back to the archive</a>.</p></body></html>\n"
        return HTTPResponse(statusCode: .notFound, headers: [.contentType: ContentType.html, .cacheControl: "no-store"],
                            body: Data(PageInjection.inject(into: page, errors: await state.errors).utf8))
    }

    private static func isInside(_ path: String, _ folder: String) -> Bool {
        path == folder || path.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/")
    }
}
