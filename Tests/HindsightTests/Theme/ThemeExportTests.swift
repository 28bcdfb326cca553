import Testing
@testable import HindsightRender

/// The theme name `hindsight theme export` suggests for the folder it wrote.
struct ThemeExportTests {
    @Test(arguments: [("themes/custom", "custom"), ("themes/acme/", "acme"), ("looks", "./looks"),
                      ("./looks", "./looks"), ("/srv/looks", "/srv/looks"), ("themes/a/b", "themes/a/b")])
    func suggestsTheNameThatFindsTheFolder(folder: String, name: String) {
        #expect(ThemeExport(folder: folder).themeName == name)
    }
}
