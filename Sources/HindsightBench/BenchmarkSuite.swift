import Foundation

/// The measurements for one archive size: Hindsight cold (tmpfs and disk), no-change and
/// one-file-changed rebuilds, Hugo with a minimal theme, and cmark-gfm converting every file.
struct BenchmarkSuite {
    let size: Int
    let runs: Int
    let hindsight: String
    let memoryFolder: String
    let diskFolder: String
    let includeHugo: Bool

    private var root: String { "\(memoryFolder)/\(size)" }
    private var content: String { root + "/content" }

    func run() throws -> [BenchmarkRow] {
        try? FileManager.default.removeItem(atPath: root)
        try SyntheticArchive(count: size).write(to: content)
        var rows = [try hindsightRow()]
        if includeHugo { rows.append(try hugoRow()) }
        rows.append(try cmarkRow())
        return rows
    }

    private func hindsightRow() throws -> BenchmarkRow {
        let memoryOutput = root + "/public", diskOutput = "\(diskFolder)/\(size)/public"
        // Hindsight runs in `root`, so its cache is `root/.hindsight-cache`: kept between the
        // rebuilds, deleted before every cold build. Cold on disk comes last, as deleting the
        // cache for it would make the first rebuild a cold one.
        let build = { (output: String) in [hindsight, "build", "--content", content, "--output", output] }
        let coldStart = { (output: String) in { try clean(output); try clean(root + "/.hindsight-cache") } }
        let cold = try Measurement.median(of: runs, prepare: coldStart(memoryOutput), build(memoryOutput), in: root)
        let unchanged = try Measurement.median(of: runs, build(memoryOutput), in: root)
        let edited = content + "/00000.md"
        let oneChanged = try Measurement.median(of: runs, prepare: { try append("\nEdited.\n", to: edited) }, build(memoryOutput), in: root)
        let coldDisk = try Measurement.median(of: runs, prepare: coldStart(diskOutput), build(diskOutput), in: root)
        return BenchmarkRow(tool: "Hindsight", size: size, cold: cold, coldOnDisk: coldDisk, noChange: unchanged, oneChanged: oneChanged)
    }

    private func hugoRow() throws -> BenchmarkRow {
        let site = root + "/hugo"
        try HugoSite(content: content).write(to: site)
        let output = root + "/hugo-public"
        let cold = try Measurement.median(of: runs, prepare: { try clean(output) }, ["/usr/bin/hugo", "--quiet", "-s", site, "-d", output])
        let diskOutput = "\(diskFolder)/\(size)/hugo-public"
        let coldDisk = try Measurement.median(of: runs, prepare: { try clean(diskOutput) }, ["/usr/bin/hugo", "--quiet", "-s", site, "-d", diskOutput])
        return BenchmarkRow(tool: "Hugo \(HugoSite.version)", size: size, cold: cold, coldOnDisk: coldDisk)
    }

    /// The parsing lower bound: cmark-gfm with the same extensions over every file, two
    /// processes at a time (one per core), output discarded.
    private func cmarkRow() throws -> BenchmarkRow {
        // `find`, not a shell glob: 50,000 names overflow the argument list, and `ls` then
        // fails silently, leaving xargs nothing to convert.
        let script = "find \(content) -name '*.md' -print0 | xargs -0 -P \(ProcessInfo.processInfo.activeProcessorCount) -n 500 cmark-gfm -e table -e strikethrough -e autolink -e tagfilter > /dev/null"
        let cold = try Measurement.median(of: runs, ["/bin/sh", "-c", script])
        return BenchmarkRow(tool: "cmark-gfm (parse only)", size: size, cold: cold)
    }

    private func clean(_ folder: String) throws {
        if FileManager.default.fileExists(atPath: folder) { try FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: (folder as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    }

    private func append(_ text: String, to path: String) throws {
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
        try handle.close()
    }
}
