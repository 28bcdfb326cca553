import Foundation
import Testing
@testable import Hindsight
@testable import HindsightRender
@testable import HindsightWrite

/// The previous site is removed on several threads, and never through a link.
@Suite struct FolderRemovalTests {
    private let folder: String
    private var site: String { folder + "/site" }

    init() throws {
        folder = try Fixtures.temporaryFolder()
        for index in 0..<50 {
            try Fixtures.write("page \(index)", to: "\(site)/incidents/i\(index)/index.html")
        }
        try Fixtures.write("{}", to: site + "/incidents.json")
        try Fixtures.write("deep", to: site + "/tags/a/b/c/index.html")
    }

    @Test(arguments: [1, 4])
    func removesTheWholeTree(jobs: Int) throws {
        try FolderRemoval.remove(site, jobs: jobs, last: "incidents.json")
        #expect(!FileManager.default.fileExists(atPath: site))
        try FileManager.default.removeItem(atPath: folder)
    }

    @Test func removesLinksButNotWhatTheyPointTo() throws {
        let outside = folder + "/outside"
        try Fixtures.write("keep me", to: outside + "/precious.txt")
        try FileManager.default.createSymbolicLink(atPath: site + "/linked", withDestinationPath: outside)
        try FileManager.default.createSymbolicLink(atPath: site + "/incidents/i0/linked", withDestinationPath: outside)
        try FolderRemoval.remove(site, jobs: 4, last: "incidents.json")
        #expect(!FileManager.default.fileExists(atPath: site))
        #expect(FileManager.default.contents(atPath: outside + "/precious.txt") == Data("keep me".utf8))
        try FileManager.default.removeItem(atPath: folder)
    }
}
