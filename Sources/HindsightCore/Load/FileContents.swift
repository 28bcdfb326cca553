import Foundation

/// Reads whole files. Foundation's reader leaks a buffer when a file is empty (seen under
/// LeakSanitizer with swift-corelibs-foundation), so an empty file is answered without it.
public enum FileContents {
    /// The file's bytes; nil when it cannot be read.
    public static func data(atPath path: String) -> Data? {
        // `lstat`, as FileManager's attributes do (a link's own size), in one system call
        // without their dictionary, which showed in the profile of reading every document.
        var status = stat()
        let size = lstat(path, &status) == 0 ? Int(status.st_size) : nil
        if size == 0, FileManager.default.isReadableFile(atPath: path) { return Data() }
        return FileManager.default.contents(atPath: path)
    }

    /// The file as UTF-8 text; nil when it cannot be read or is not UTF-8.
    public static func text(atPath path: String) -> String? {
        data(atPath: path).flatMap { String(data: $0, encoding: .utf8) }
    }
}
