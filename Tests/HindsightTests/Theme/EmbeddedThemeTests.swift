import Foundation
import Testing
@testable import HindsightRender

/// The default theme compiled into Hindsight is `themes/default/` as it is in the checkout.
struct EmbeddedThemeTests {
    /// The checkout's theme folder: reading it through `#filePath` is fine in a test, which
    /// always runs from the checkout; Hindsight itself never looks there.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("themes/default").path

    @Test func holdsEveryFileOfTheFolderByteForByte() throws {
        let onDisk = ThemeSource.folder(Self.folder)
        let paths = onDisk.files()
        #expect(paths.contains("index.mustache") && paths.contains(Archetype.relativePath) && paths.contains("serve/live-reload.js"))
        #expect(EmbeddedTheme.paths == paths)
        for path in paths {
            // A Bool, so that a failure names the file rather than printing both byte arrays.
            let same = EmbeddedTheme.files[path] == onDisk.bytes(of: path)
            #expect(same, "\(path) differs from themes/default/\(path)")
        }
    }

    @Test func pathsAreSortedAndRelative() {
        #expect(EmbeddedTheme.paths == EmbeddedTheme.paths.sorted())
        #expect(!EmbeddedTheme.paths.contains { $0.hasPrefix("/") || $0.hasPrefix(".") })
    }
}
