import Testing
@testable import HindsightServe

struct RequestPathTests {
    @Test(arguments: [
        ("/", []), ("/index.html", ["index.html"]), ("/incidents/a%20b/", ["incidents", "a b"]), ("/./style.css", ["style.css"]),
    ])
    func pathsBelowTheSiteAreFiles(raw: String, segments: [String]) {
        #expect(RequestPath(raw: raw) == .file(segments))
    }

    @Test(arguments: ["/..", "/a/../../b", "/%2e%2e/x", "/%2E%2E%2Fx", "/%252e%252e/x", "/a\\..\\b", "/a%00b", "relative", "/%zz"])
    func climbingOutOrHidingSeparatorsIsRefused(raw: String) {
        #expect(RequestPath(raw: raw) == .refused)
    }
}
