import Foundation

/// Finds the postmortems under a content folder: every `*.md` and `*.markdown`, recursively,
/// in a stable (byte-wise sorted) order.
///
/// Hidden files and folders are skipped; symbolic links to folders are not followed (a link
/// loop cannot trap the walk) and links to files are read only when they stay inside the
/// content folder. Folders listed in `excluding` (such as an output folder placed inside the
/// content folder) are skipped.
public struct ContentScanner: Sendable {
    public static let extensions: Set<String> = ["md", "markdown"]

    public var root: String
    public var displayRoot: String
    public var excluding: Set<String>

    public init(root: String, displayRoot: String, excluding: Set<String> = []) {
        self.root = Path.absolute(root)
        self.displayRoot = displayRoot
        self.excluding = Set(excluding.map(Path.absolute))
    }

    public struct Result: Sendable {
        public var files: [SourceFile]
        public var diagnostics: [Diagnostic]
        /// Every other (non-hidden) file, relative: images and attachments documents may link to.
        public var otherFiles: [String] = []

        public init(files: [SourceFile], diagnostics: [Diagnostic], otherFiles: [String] = []) {
            self.files = files
            self.diagnostics = diagnostics
            self.otherFiles = otherFiles
        }
    }

    public func scan() -> Result {
        var result = Result(files: [], diagnostics: [])
        var pending = [""]
        while let relativeFolder = pending.popLast() {
            let folder = Path.join(root, relativeFolder)
            guard let entries = FolderEntry.entries(of: folder) else {
                result.diagnostics.append(problem(relativeFolder, "cannot read folder"))
                continue
            }
            for entry in entries.sorted(by: { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }) where !entry.name.hasPrefix(".") {
                let relative = relativeFolder.isEmpty ? entry.name : relativeFolder + "/" + entry.name
                visit(relative, kind: entry.kind, into: &result, pending: &pending)
            }
        }
        result.files.sort { $0.relativePath.utf8.lexicographicallyPrecedes($1.relativePath.utf8) }
        result.otherFiles.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        return result
    }

    private func visit(_ relative: String, kind: FolderEntry.Kind, into result: inout Result, pending: inout [String]) {
        let path = Path.join(root, relative)
        guard !excluding.contains(path) else { return }
        switch kind {
        case .folder: pending.append(relative)
        case .file: add(relative, path: path, into: &result)
        case .other: visitLinkOrUnknown(relative, path: path, into: &result, pending: &pending)
        }
    }

    private func visitLinkOrUnknown(_ relative: String, path: String, into result: inout Result, pending: inout [String]) {
        var isDirectory: ObjCBool = false
        let isLink = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            if isLink { result.diagnostics.append(problem(relative, "broken symbolic link", severity: .warning)) }
            return
        }
        if isDirectory.boolValue {
            if !isLink { pending.append(relative) }
            return
        }
        if isLink, Self.isDocument(relative), !Path.isInside(Path.resolvingLinks(path), Path.resolvingLinks(root)) {
            result.diagnostics.append(problem(relative, "symbolic link points outside the content folder; skipped", severity: .warning))
            return
        }
        add(relative, path: path, into: &result)
    }

    private func add(_ relative: String, path: String, into result: inout Result) {
        guard Self.isDocument(relative) else {
            result.otherFiles.append(relative)
            return
        }
        result.files.append(SourceFile(path: path, relativePath: relative, displayPath: Path.join(displayRoot, relative)))
    }

    private static func isDocument(_ relative: String) -> Bool {
        extensions.contains(Path.extensionOf(relative).lowercased())
    }

    private func problem(_ relative: String, _ message: String, severity: Diagnostic.Severity = .error) -> Diagnostic {
        Diagnostic(file: Path.join(displayRoot, relative), line: 1, severity: severity, rule: "content-unreadable", message: message)
    }
}
