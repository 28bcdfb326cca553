import Foundation

/// Reads a source file as text, leniently: what cannot be read as a postmortem is an error,
/// what can be repaired is repaired with a warning.
package enum SourceText {
    /// Files larger than this are not read (a postmortem is a few kilobytes).
    package static let maximumBytes = 64 << 20

    enum Outcome {
        case text(String, warnings: [Diagnostic])
        case unusable(Diagnostic)
    }

    static func read(_ file: SourceFile) -> Outcome {
        // `stat` follows links, as reading does; one system call where FileManager's
        // attributes of the resolved path cost several, and showed in the profile.
        var status = stat()
        // `hindsight explain` is given a path by hand; the build only reads files it found.
        guard stat(file.path, &status) == 0 || errno != ENOENT else {
            return .unusable(diagnostic(file, "no such file", rule: "file-unreadable"))
        }
        // A FIFO or device named `*.md` would block the reader forever.
        guard status.st_mode & S_IFMT == S_IFREG else {
            return .unusable(diagnostic(file, "not a regular file", rule: "file-unreadable"))
        }
        if Int(status.st_size) > maximumBytes {
            return .unusable(diagnostic(file, "file is larger than \(maximumBytes >> 20) MB", rule: "file-too-large"))
        }
        guard let data = FileContents.data(atPath: file.path) else {
            return .unusable(diagnostic(file, "cannot read file (permission denied or not a regular file)", rule: "file-unreadable"))
        }
        return decode(data, file: file)
    }

    static func decode(_ data: Data, file: SourceFile) -> Outcome {
        if looksBinary(data) {
            return .unusable(diagnostic(file, "file looks binary, not Markdown text", rule: "file-binary"))
        }
        // Looked for in the raw bytes rather than through the text's UTF-8 view, which was
        // slower; decoding keeps every ASCII byte as it is, so the answers are the same.
        let (hasNUL, hasCR) = data.withUnsafeBytes { ($0.contains(0), $0.contains(13)) }
        var warnings: [Diagnostic] = []
        var text: String
        if let valid = String(validating: data, as: UTF8.self) {
            text = valid
        } else {
            text = String(decoding: data, as: UTF8.self)
            let line = firstInvalidLine(data)
            // An error: the page is published with U+FFFD where the author's words were.
            warnings.append(diagnostic(file, "file is not valid UTF-8; invalid bytes were replaced with U+FFFD",
                                       rule: "invalid-utf8", severity: .error, line: line))
        }
        if hasNUL {
            warnings.append(diagnostic(file, "file contains NUL bytes; they were replaced with U+FFFD",
                                       rule: "nul-bytes", severity: .warning))
            text = text.replacingOccurrences(of: "\0", with: "\u{FFFD}")
        }
        if hasCR {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        return .text(text, warnings: warnings)
    }

    /// A file is binary when control bytes (other than tab, newline, carriage return and form
    /// feed) make up more than a tenth of its first 8 KB.
    private static func looksBinary(_ data: Data) -> Bool {
        let head = data.prefix(8192)
        guard !head.isEmpty else { return false }
        let controls = head.withUnsafeBytes { $0.count(where: isControl) }
        return controls * 10 > head.count
    }

    /// A control byte, other than white space (tab, newline, carriage return, form feed).
    private static func isControl(_ byte: UInt8) -> Bool {
        switch byte {
        case 9, 10, 12, 13: false
        default: byte < 32
        }
    }

    private static func firstInvalidLine(_ data: Data) -> Int {
        var line = 1
        var start = data.startIndex
        for index in data.indices where data[index] == 10 {
            if String(validating: data[start..<index], as: UTF8.self) == nil { return line }
            line += 1
            start = index + 1
        }
        return line
    }

    private static func diagnostic(_ file: SourceFile, _ message: String, rule: String,
                                   severity: Diagnostic.Severity = .error, line: Int = 1) -> Diagnostic {
        Diagnostic(file: file.displayPath, line: line, severity: severity, rule: rule, message: message)
    }
}
