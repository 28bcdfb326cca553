import Foundation

/// Writes files into the staging folder. Every path is relative to the site root and is
/// checked to stay inside it.
struct SiteWriter: Sendable {
    let root: String

    struct Failure: Error, CustomStringConvertible {
        var path: String
        var reason: String
        var description: String { "\(path): \(reason)" }
    }

    func write(_ text: String, to relative: String) throws(Failure) {
        try write(Data(text.utf8), to: relative)
    }

    func write(_ data: Data, to relative: String) throws(Failure) {
        let path = try destination(relative)
        do {
            try data.write(to: URL(fileURLWithPath: path))
        } catch {
            throw Failure(path: relative, reason: "cannot write: \(error.localizedDescription)")
        }
    }

    func copy(_ source: String, to relative: String) throws(Failure) {
        let path = try destination(relative)
        do {
            if FileManager.default.fileExists(atPath: path) { try FileManager.default.removeItem(atPath: path) }
            try FileManager.default.copyItem(atPath: source, toPath: path)
        } catch {
            throw Failure(path: relative, reason: "cannot copy \(source): \(error.localizedDescription)")
        }
    }

    /// The absolute path for `relative`, with its folder created.
    private func destination(_ relative: String) throws(Failure) -> String {
        guard let path = Path.normalize(relative, in: root), Path.isInside(path, root), path != root else {
            throw Failure(path: relative, reason: "refusing to write outside the output folder")
        }
        let folder = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw Failure(path: relative, reason: "cannot create folder: \(error.localizedDescription)")
        }
        return path
    }
}
