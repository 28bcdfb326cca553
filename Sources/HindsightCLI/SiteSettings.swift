import ArgumentParser
import Foundation
import Hindsight
import HindsightRender

/// The site the commands work on: the current folder, with its `hindsight.yml`.
enum SiteSettings {
    static var root: String { FileManager.default.currentDirectoryPath }

    /// The configuration, or exit 1 after printing why `hindsight.yml` could not be read.
    static func load() throws -> SiteConfig {
        do {
            return try SiteConfig.load(siteRoot: root)
        } catch {
            printError(error.diagnostic.formatted)
            throw ExitCode.failure
        }
    }
}
