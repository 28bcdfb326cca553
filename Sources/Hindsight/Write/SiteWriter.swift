import Foundation

/// Writes files into the staging folder. Every path is relative to the site root and is
/// checked to stay inside it.
///
/// With a `previous` site (the output folder being replaced), a file whose new bytes equal
/// the previous file's is hard-linked from it instead of written: the published file keeps
/// its inode and modification time, so rsync, caches and file watchers see it unchanged.
/// The previous site is never written to, so linking is safe until it is removed.
struct SiteWriter: Sendable {
    let root: String
    var previous: String?

    init(root: String, previous: String? = nil) {
        self.root = root
        self.previous = previous
    }

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
        if let old = previousFile(relative), Self.file(old, holds: data), link(old, path) == 0 {
            return
        }
        do {
            try data.write(to: URL(fileURLWithPath: path))
        } catch {
            throw Failure(path: relative, reason: "cannot write: \(error.localizedDescription)")
        }
    }

    func copy(_ source: String, to relative: String) throws(Failure) {
        let path = try destination(relative)
        unlink(path)
        if let old = previousFile(relative), let bytes = RawFile.bytes(atPath: source),
           Self.file(old, holds: Data(bytes)), link(old, path) == 0 {
            return
        }
        do {
            try FileManager.default.copyItem(atPath: source, toPath: path)
        } catch {
            throw Failure(path: relative, reason: "cannot copy \(source): \(error.localizedDescription)")
        }
    }

    /// Links the previous site's file in unchanged, without reading it; false when there is
    /// none (deleted by hand, or no previous site), and the caller renders it instead.
    func reuse(_ relative: String) -> Bool {
        guard let old = previousFile(relative), let path = try? destination(relative) else { return false }
        return link(old, path) == 0
    }

    /// Sizes first, then the bytes compared whole (`Data ==` is a memcmp; comparing element
    /// by element took a tenth of a one-file rebuild on the archive's big listings).
    private static func file(_ path: String, holds data: Data) -> Bool {
        guard RawFile.stat(atPath: path)?.size == data.count, let bytes = RawFile.bytes(atPath: path) else { return false }
        return Data(bytes) == data
    }

    private func previousFile(_ relative: String) -> String? {
        guard let previous, let path = Path.normalize(relative, in: previous), Path.isInside(path, previous) else { return nil }
        return path
    }

    /// The absolute path for `relative`, with its folder created.
    private func destination(_ relative: String) throws(Failure) -> String {
        guard let path = Path.normalize(relative, in: root), Path.isInside(path, root), path != root else {
            throw Failure(path: relative, reason: "refusing to write outside the output folder")
        }
        let folder = (path as NSString).deletingLastPathComponent
        guard Folders.make(folder) else {
            throw Failure(path: relative, reason: "cannot create folder: \(String(cString: strerror(errno)))")
        }
        return path
    }
}
