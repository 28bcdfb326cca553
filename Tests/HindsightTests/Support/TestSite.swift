import Foundation
@testable import Hindsight
@testable import HindsightRender

/// A site folder in a temporary directory: write documents into `content/`, then build.
struct TestSite {
    let root: String
    var config = Fixtures.config()

    init() throws {
        root = try Fixtures.temporaryFolder()
        try FileManager.default.createDirectory(atPath: root + "/content", withIntermediateDirectories: true)
    }

    /// Five incidents a day apart, so that each page has known neighbours.
    static func fiveDays() throws -> TestSite {
        let site = try TestSite()
        for day in 1...5 {
            try site.add("day\(day).md", "# Outage on day \(day)\n\nOn 2024-03-0\(day) the api failed.\n\n## Timeline\n\n- 10:00 Alert fires\n- 10:30 Fixed\n")
        }
        return site
    }

    /// The page of the incident of `fiveDays()` on `day`, while its title is unchanged.
    static func page(day: Int) -> String { "incidents/2024-03-0\(day)-outage-on-day-\(day)/index.html" }

    func add(_ relative: String, _ text: String) throws {
        try Fixtures.write(text, to: root + "/content/" + relative)
    }

    func addBytes(_ relative: String, _ bytes: [UInt8]) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: root + "/content/" + relative))
    }

    func build() -> BuildReport {
        SiteBuilder(config: config, siteRoot: root).build()
    }

    /// The output folder's path.
    var outputPath: String { root + "/" + config.outputFolder }

    func output(_ relative: String) -> String? {
        try? String(contentsOfFile: root + "/" + config.outputFolder + "/" + relative, encoding: .utf8)
    }

    func exists(_ relative: String) -> Bool {
        FileManager.default.fileExists(atPath: root + "/" + relative)
    }

    /// Every file of the output folder with its bytes, for comparing builds.
    func snapshot() throws -> [String: Data] {
        try Self.files(in: root + "/" + config.outputFolder)
    }

    /// Every file below `folder` with its bytes, by relative path.
    static func files(in folder: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for case let relative as String in FileManager.default.enumerator(atPath: folder)! {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: folder + "/" + relative, isDirectory: &isDirectory)
            if exists, !isDirectory.boolValue { files[relative] = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + relative)) }
        }
        return files
    }

    /// The same site built from scratch, without the cache, into a folder of its own.
    func coldSnapshot() throws -> [String: Data] {
        var cold = self
        cold.config.outputFolder = "cold"
        defer { try? FileManager.default.removeItem(atPath: root + "/cold") }
        guard SiteBuilder(config: cold.config, siteRoot: root, useCache: false).build().wroteSite else { return [:] }
        return try cold.snapshot()
    }

    func remove() { try? FileManager.default.removeItem(atPath: root) }
}
