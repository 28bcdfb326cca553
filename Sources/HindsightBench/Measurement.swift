import Foundation

/// One timed run of a command: wall-clock seconds and peak resident memory, as GNU time
/// (`/usr/bin/time -v`) reports them.
struct Measurement {
    var seconds: Double
    var peakKilobytes: Int

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func run(_ arguments: [String], in folder: String? = nil) throws -> Measurement {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/time")
        process.arguments = ["-v"] + arguments
        if let folder { process.currentDirectoryURL = URL(fileURLWithPath: folder) }
        let report = Pipe()
        process.standardError = report
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: report.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 || arguments.first?.hasSuffix("hindsight") == true,
              let wall = field("Elapsed (wall clock) time", in: text), let rss = field("Maximum resident set size", in: text)
        else { throw Failure(description: "\(arguments.joined(separator: " ")) failed:\n\(text.suffix(2000))") }
        return Measurement(seconds: seconds(wall), peakKilobytes: Int(rss) ?? 0)
    }

    /// The median of three runs, by time; `prepare` runs before each (not timed).
    static func median(of runs: Int = 3, prepare: () throws -> Void = {}, _ arguments: [String], in folder: String? = nil) throws -> Measurement {
        var results: [Measurement] = []
        for _ in 0..<runs {
            try prepare()
            results.append(try run(arguments, in: folder))
        }
        return results.sorted { $0.seconds < $1.seconds }[runs / 2]
    }

    private static func field(_ name: String, in text: String) -> String? {
        text.split(separator: "\n").first { $0.contains(name) }.flatMap { $0.split(separator: ": ").last.map(String.init) }
    }

    /// "m:ss.cc" or "h:mm:ss".
    private static func seconds(_ clock: String) -> Double {
        clock.split(separator: ":").reduce(0) { $0 * 60 + (Double($1) ?? 0) }
    }
}
