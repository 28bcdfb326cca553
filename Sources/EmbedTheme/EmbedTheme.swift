import Foundation

/// Writes the Swift source that carries the default theme inside Hindsight (run by the
/// `EmbedDefaultTheme` build plugin): `EmbedTheme OUTPUT THEME-FOLDER RELATIVE-PATH…`.
///
/// Each file becomes a string literal: its UTF-8 text escaped where Swift needs it, or, for
/// bytes that are not UTF-8, base64. String literals compile fast; an array literal of
/// 70,000 bytes would keep the type checker busy for minutes. The paths arrive sorted, so the
/// output is the same for the same files, byte for byte.
@main
enum EmbedTheme {
    static func main() throws {
        let arguments = CommandLine.arguments.dropFirst()
        guard arguments.count >= 2 else {
            FileHandle.standardError.write(Data("usage: EmbedTheme OUTPUT THEME-FOLDER RELATIVE-PATH…\n".utf8))
            exit(2)
        }
        let output = arguments[arguments.startIndex]
        let folder = URL(fileURLWithPath: arguments[arguments.startIndex + 1])
        var source = """
            // Generated at build time by EmbedTheme from themes/default/: do not edit.

            extension EmbeddedTheme {
                static let encodedFiles: [String: EncodedFile] = [

            """
        for relative in arguments.dropFirst(2) {
            let bytes = try Data(contentsOf: folder.appending(path: relative))
            source += "        \(literal(relative)): \(encoded(bytes)),\n"
        }
        source += "    ]\n}\n"
        // An unchanged file keeps its modification time, so Hindsight is not compiled again
        // when only this tool was (switching between debug and release builds relinks it).
        let outputURL = URL(fileURLWithPath: output)
        guard (try? Data(contentsOf: outputURL)) != Data(source.utf8) else { return }
        try Data(source.utf8).write(to: outputURL, options: .atomic)
    }

    private static func encoded(_ bytes: Data) -> String {
        if let text = String(data: bytes, encoding: .utf8), Data(text.utf8) == bytes {
            return ".text(\(literal(text)))"
        }
        return ".base64(\(literal(bytes.base64EncodedString())))"
    }

    /// A one-line Swift string literal holding exactly `text`: a multi-line literal would
    /// turn line endings into `\n` and could not hold a line of only `"""`.
    private static func literal(_ text: String) -> String {
        var literal = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": literal += "\\\\"
            case "\"": literal += "\\\""
            case "\n": literal += "\\n"
            case "\t": literal += "\\t"
            case "\r": literal += "\\r"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F || scalar.properties.generalCategory == .format:
                literal += "\\u{\(String(scalar.value, radix: 16))}"
            default: literal.unicodeScalars.append(scalar)
            }
        }
        return literal + "\""
    }
}

#if FUZZING
/// `Scripts/fuzz` compiles every target with `-sanitize=fuzzer -DFUZZING`, this build tool
/// included, and libFuzzer's runtime does not link without a fuzz target. The tool keeps
/// its own `main` and never fuzzes: this only lets it link.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt { 0 }
#endif
