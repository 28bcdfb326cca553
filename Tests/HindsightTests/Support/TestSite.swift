import Foundation
@testable import Hindsight

/// A site folder in a temporary directory: write documents into `content/`, then build.
struct TestSite {
    let root: String
    var config = SiteConfig()

    init() throws {
        root = try Fixtures.temporaryFolder()
        try FileManager.default.createDirectory(atPath: root + "/content", withIntermediateDirectories: true)
    }

    func add(_ relative: String, _ text: String) throws {
        try Fixtures.write(text, to: root + "/content/" + relative)
    }

    func addBytes(_ relative: String, _ bytes: [UInt8]) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: root + "/content/" + relative))
    }

    func build() -> BuildReport {
        SiteBuilder(config: config, siteRoot: root).build()
    }

    func output(_ relative: String) -> String? {
        try? String(contentsOfFile: root + "/" + config.outputFolder + "/" + relative, encoding: .utf8)
    }

    func exists(_ relative: String) -> Bool {
        FileManager.default.fileExists(atPath: root + "/" + relative)
    }

    /// Every file of the output folder with its bytes, for comparing builds.
    func snapshot() throws -> [String: Data] {
        let folder = root + "/" + config.outputFolder
        var files: [String: Data] = [:]
        for case let relative as String in FileManager.default.enumerator(atPath: folder)! {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: folder + "/" + relative, isDirectory: &isDirectory)
            if exists, !isDirectory.boolValue { files[relative] = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + relative)) }
        }
        return files
    }

    func remove() { try? FileManager.default.removeItem(atPath: root) }
}
