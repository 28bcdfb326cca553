import Foundation

/// Small helpers for `/`-separated paths, kept as strings (what diagnostics print).
package enum Path {
    package static func join(_ base: String, _ relative: String) -> String {
        if relative.isEmpty { return base }
        if base.isEmpty || base == "." { return relative }
        return base.hasSuffix("/") ? base + relative : base + "/" + relative
    }

    package static func absolute(_ path: String) -> String {
        let url = URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        return url.standardizedFileURL.path
    }

    static func resolvingLinks(_ path: String) -> String {
        URL(fileURLWithPath: path).resolvingSymlinksInPath().path
    }

    package static func isInside(_ path: String, _ folder: String) -> Bool {
        path == folder || path.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/")
    }

    static func extensionOf(_ path: String) -> String {
        let name = path.split(separator: "/").last ?? ""
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return String(name[name.index(after: dot)...])
    }

    /// The folder holding `path`: everything before its last `/` (`/` for a top-level path).
    package static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// Joins `relative` onto `folder` and removes `.` and `..` segments; nil if the result
    /// would climb above the filesystem root.
    package static func normalize(_ relative: String, in folder: String) -> String? {
        // The writer calls this for every file of the site: a relative path of names onto a
        // normal folder is joined as it is, and the folder is only taken apart when
        // `relative` climbs out of it.
        if isNormal(folder), namesOnly(relative.utf8) { return join(folder, relative) }
        let inside = segments(of: relative)
        guard inside.climbs == 0, isNormal(folder) else {
            let whole = segments(of: folder + "/" + relative)
            guard whole.climbs == 0 else { return nil }
            return "/" + whole.kept.joined(separator: "/")
        }
        return inside.kept.isEmpty ? folder : join(folder, inside.kept.joined(separator: "/"))
    }

    /// The segments left once `.` and `..` are applied, and how many `..` climbed above the start.
    private static func segments(of path: String) -> (kept: [Substring], climbs: Int) {
        var kept: [Substring] = []
        var climbs = 0
        for segment in path.split(separator: "/") {
            switch segment {
            case ".": continue
            case "..": if kept.popLast() == nil { climbs += 1 }
            default: kept.append(segment)
            }
        }
        return (kept, climbs)
    }

    /// Absolute, with no empty, `.` or `..` segment and no trailing `/`.
    private static func isNormal(_ folder: String) -> Bool {
        folder == "/" || (folder.utf8.first == UInt8(ascii: "/") && namesOnly(folder.utf8.dropFirst()))
    }

    /// Whether every `/`-separated segment is a name: none empty, `.` or `..`. A byte scan:
    /// this runs for every file written, and Foundation's substring search (or splitting
    /// into substrings) cost more than the write.
    private static func namesOnly(_ path: some Collection<UInt8>) -> Bool {
        let slash = UInt8(ascii: "/"), dot = UInt8(ascii: ".")
        var length = 0, dots = 0
        func segmentIsName() -> Bool { length > 0 && !(dots == length && length <= 2) }
        for byte in path {
            if byte == slash {
                guard segmentIsName() else { return false }
                (length, dots) = (0, 0)
            } else {
                length += 1
                if byte == dot { dots += 1 }
            }
        }
        return segmentIsName()
    }
}
