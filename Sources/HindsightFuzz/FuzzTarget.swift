import Foundation
import HindsightCore

/// libFuzzer's entry point: any bytes, read as a postmortem, through front matter, cmark-gfm,
/// every extraction rule and the timeline interpretation. A crash or a hang is a bug.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    FuzzHarness.analyse(Data(bytes: bytes, count: count))
    return 0
}

enum FuzzHarness {
    static let file = SourceFile(path: "/fuzz/content/input.md", relativePath: "input.md", displayPath: "input.md")
    static let parser = DocumentParser(contentRoot: "/fuzz/content")

    static func analyse(_ data: Data) {
        let text = String(decoding: data, as: UTF8.self)
        let incident = IncidentExtractor.extract(parser.parse(text, file: file))
        precondition(!incident.slug.isEmpty && !incident.slug.contains("/") && !incident.slug.contains(".."))
    }
}

/// With `-DFUZZING` (and `-sanitize=fuzzer`) the program is libFuzzer's driver; without it,
/// `swift run HindsightFuzz FILE…` replays inputs, such as a crash a fuzzing run saved,
/// through the same harness.
@main
enum FuzzMain {
    static func main() throws {
        #if FUZZING
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzOneInput))
        #else
        for path in CommandLine.arguments.dropFirst() {
            FuzzHarness.analyse(try Data(contentsOf: URL(fileURLWithPath: path)))
            print("ok \(path)")
        }
        #endif
    }
}

#if FUZZING
/// libFuzzer's documented entry for programs that have their own `main`.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt
#endif
