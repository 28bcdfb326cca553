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
        try write(PiecewiseText([.text(text)]), to: relative)
    }

    func write(_ text: PiecewiseText, to relative: String) throws(Failure) {
        let path = try destination(relative)
        if let old = previousFile(relative), Self.file(old, holds: text), link(old, path) == 0 {
            return
        }
        do {
            let sink = try FileSink(path: path)
            guard try text.forEachUTF8({ try sink.append($0); return true }) else {
                throw Failure(path: relative, reason: "cannot read a part of it back from the cache or the spill")
            }
            try sink.flush()
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(path: relative, reason: "cannot write: \(error)")
        }
    }

    func copy(_ source: String, to relative: String) throws(Failure) {
        let path = try destination(relative)
        unlink(path)
        if let old = previousFile(relative), let bytes = RawFile.bytes(atPath: source),
           Self.file(old, holds: bytes), link(old, path) == 0 {
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

    /// Sizes first, then the bytes a block at a time (comparing byte by byte took a tenth of
    /// a one-file rebuild on the archive's big listings; reading them whole, their size again).
    private static func file(_ path: String, holds text: PiecewiseText) -> Bool {
        guard var matcher = FileMatcher(path: path, size: text.utf8Count) else { return false }
        return text.forEachUTF8 { matcher.matches($0) }
    }

    private static func file(_ path: String, holds bytes: [UInt8]) -> Bool {
        guard var matcher = FileMatcher(path: path, size: bytes.count) else { return false }
        return bytes.withUnsafeBufferPointer { matcher.matches($0) }
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
        let folder = Path.parent(of: path)
        guard Folders.make(folder) else {
            throw Failure(path: relative, reason: "cannot create folder: \(String(cString: strerror(errno)))")
        }
        return path
    }
}
