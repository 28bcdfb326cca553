import Foundation

/// A folder's entries with their kind as the directory itself records it (`readdir`'s
/// `d_type`), so that scanning 10,000 documents costs no `stat` per file: the scan runs on
/// every build, and a build where nothing changed is mostly the scan.
struct FolderEntry {
    enum Kind { case file, folder, other }

    var name: String
    /// `other` for symbolic links and for file systems that do not record kinds: the caller
    /// looks at those itself.
    var kind: Kind

    static func entries(of folder: String) -> [FolderEntry]? {
        guard let stream = opendir(folder) else { return nil }
        defer { closedir(stream) }
        var entries: [FolderEntry] = []
        while let entry = readdir(stream) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) {
                String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
            }
            guard name != ".", name != ".." else { continue }
            let kind: Kind = switch Int32(entry.pointee.d_type) {
            case Int32(DT_REG): .file
            case Int32(DT_DIR): .folder
            default: .other
            }
            entries.append(FolderEntry(name: name, kind: kind))
        }
        return entries
    }
}
