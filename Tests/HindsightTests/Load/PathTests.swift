import Testing
@testable import HindsightCore

/// `Path.normalize` decides what the writer may touch and which local links resolve.
@Suite struct PathTests {
    @Test(arguments: [
        ("index.html", "/site/public", "/site/public/index.html"),
        ("incidents/a/./index.html", "/site/public", "/site/public/incidents/a/index.html"),
        ("incidents//a/", "/site/public", "/site/public/incidents/a"),
        ("a/../b.png", "/site/content", "/site/content/b.png"),
        ("../images/b.png", "/site/content/posts", "/site/content/images/b.png"),
        ("a/../../../x", "/site/content", "/x"),
        ("", "/site/public", "/site/public"),
        ("x", "/", "/x"),
        ("c", "/site//public/./a/..", "/site/public/c"),
        ("c", "/site/public/", "/site/public/c"),
        ("c", "/site/..hidden/...", "/site/..hidden/.../c"),
        ("c", "/site/.hidden/a/.", "/site/.hidden/a/c"),
    ])
    func normalizes(relative: String, folder: String, expected: String) {
        #expect(Path.normalize(relative, in: folder) == expected)
    }

    @Test func refusesToClimbAboveTheRoot() {
        #expect(Path.normalize("../../../etc/passwd", in: "/site/public") == nil)
        #expect(Path.normalize("../etc", in: "/") == nil)
    }

    @Test func climbingOutOfTheFolderIsSeenByIsInside() throws {
        let path = try #require(Path.normalize("../public-other/x", in: "/site/public"))
        #expect(path == "/site/public-other/x")
        #expect(!Path.isInside(path, "/site/public"))
    }

    @Test func parentIsTheFolderBeforeTheLastSlash() {
        #expect(Path.parent(of: "/site/public/index.html") == "/site/public")
        #expect(Path.parent(of: "/index.html") == "/")
        #expect(Path.parent(of: "index.html") == ".")
    }
}
