import Foundation
import HindsightCore
import HindsightRender

/// Writes files into the staging folder. Every path is relative to the site root and is
/// checked to stay inside it.
///
/// With a `previous` site (the output folder being replaced), a file whose new bytes equal
/// the previous file's is hard-linked from it instead of written: the published file keeps
/// its inode and modification time, so rsync, caches and file watchers see it unchanged.
/// The previous site is never written to, so linking is safe until it is removed.
///
/// The staging folder may start with the spare site's files (see `OutputDirectory`): every
/// file is then replaced, never written through, since it may be a link to a published one.
/// The writer records what it writes, so that the spare's other files can be deleted.
///
/// A listing whose previous digest the previous site's manifest recorded is not compared
/// at all: an equal digest is the same text, linked; another is other text, written.
package struct SiteWriter: Sendable {
    package let root: String
    package var previous: String?
    /// The digests the previous build recorded of the previous site's files (`WrittenFiles`), by path.
    package var previousDigests: [String: UInt64]
    package let written = WrittenFiles()

    package init(root: String, previous: String? = nil, previousDigests: [String: UInt64] = [:]) {
        self.root = root
        self.previous = previous
        self.previousDigests = previousDigests
    }

    package struct Failure: Error, CustomStringConvertible {
        package var path: String
        package var reason: String
        package var description: String { "\(path): \(reason)" }

        package init(path: String, reason: String) {
            self.path = path
            self.reason = reason
        }
    }

    package func write(_ text: PiecewiseText, to relative: String) throws(Failure) {
        let (path, key) = try destination(relative)
        let digest = text.digest
        if let digest { written.record(digest, of: key) }
        if let old = previousFile(relative), Self.file(old, holds: text, digest: digest, previousDigest: previousDigests[key]),
           Self.link(old, replacing: path) {
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

    /// Writes `bytes`, or links the previous site's file in when it holds them already.
    package func write(_ bytes: [UInt8], to relative: String) throws(Failure) {
        let path = try destination(relative).path
        if let old = previousFile(relative), Self.file(old, holds: bytes), Self.link(old, replacing: path) {
            return
        }
        do {
            let sink = try FileSink(path: path)
            try sink.append(bytes)
            try sink.flush()
        } catch {
            throw Failure(path: relative, reason: "cannot write: \(error)")
        }
    }

    package func copy(_ source: String, to relative: String) throws(Failure) {
        let path = try destination(relative).path
        if let old = previousFile(relative), let bytes = RawFile.bytes(atPath: source),
           Self.file(old, holds: bytes), Self.link(old, replacing: path) {
            return
        }
        unlink(path)
        do {
            try FileManager.default.copyItem(atPath: source, toPath: path)
        } catch {
            throw Failure(path: relative, reason: "cannot copy \(source): \(error.localizedDescription)")
        }
    }

    /// Links the previous site's file in unchanged, without reading it; false when there is
    /// none (deleted by hand, or no previous site), and the caller renders it instead.
    package func reuse(_ relative: String) -> Bool {
        guard let old = previousFile(relative), let path = try? destination(relative).path else { return false }
        return Self.link(old, replacing: path)
    }

    /// Keeps the file the staging folder already holds, known to be current; false when it
    /// is not there.
    package func keep(_ relative: String) -> Bool {
        guard let path = inside(relative), RawFile.isRegularFile(atPath: path) else { return false }
        written.insert(Self.relative(path, in: root))
        return true
    }

    /// Deletes the files among `files` (what the staging folder started with) that this build
    /// did not write, then the folders that leaves empty.
    package func removeFiles(notWrittenAmong files: [String]) {
        var emptied = Set<String>()
        for relative in files where !written.contains(relative) {
            guard let path = inside(relative) else { continue }
            if unlink(path) == 0 { emptied.insert(Path.parent(of: path)) }
        }
        for folder in emptied.sorted() {
            var folder = folder
            while folder != root, Path.isInside(folder, root), rmdir(folder) == 0 { folder = Path.parent(of: folder) }
        }
    }

    /// Replaces whatever is at `path` by a link to `old`.
    private static func link(_ old: String, replacing path: String) -> Bool {
        if Foundation.link(old, path) == 0 { return true }
        guard errno == EEXIST else { return false }
        unlink(path)
        return Foundation.link(old, path) == 0
    }

    private static func relative(_ path: String, in root: String) -> String {
        String(path.dropFirst(root.count + 1))
    }

    /// By digests when both are known (reading the archive's big listings to compare them
    /// was a tenth of a one-file rebuild); otherwise sizes first, then the bytes a block at
    /// a time.
    private static func file(_ path: String, holds text: PiecewiseText, digest: UInt64?, previousDigest: UInt64?) -> Bool {
        if let digest, let previousDigest { return digest == previousDigest }
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

    /// The absolute path of `relative` in the staging folder; nil when it would leave it.
    private func inside(_ relative: String) -> String? {
        guard let path = Path.normalize(relative, in: root), Path.isInside(path, root), path != root else { return nil }
        return path
    }

    /// The absolute path for `relative`, with its folder created, and the normalised
    /// relative path it is recorded as written under.
    private func destination(_ relative: String) throws(Failure) -> (path: String, key: String) {
        guard let path = inside(relative) else {
            throw Failure(path: relative, reason: "refusing to write outside the output folder")
        }
        let key = Self.relative(path, in: root)
        written.insert(key)
        let folder = Path.parent(of: path)
        guard Folders.make(folder) else {
            throw Failure(path: relative, reason: "cannot create folder: \(String(cString: strerror(errno)))")
        }
        return (path, key)
    }
}
