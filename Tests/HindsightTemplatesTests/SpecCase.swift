import Foundation
import HindsightTemplates
import Testing

/// One test of the official Mustache specification (github.com/mustache/spec), read from
/// `../shared/mustache-spec` beside the package: the data is the specification's, never
/// copied into the project.
struct SpecCase: Sendable, CustomTestStringConvertible {
    var module: String
    var name: String
    var template: String
    var data: TemplateValue
    var partials: [String: String]
    var expected: String

    /// Reported as `interpolation: Dotted Names - Arbitrary Depth`.
    var testDescription: String { "\(module): \(name)" }

    static let folder: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/mustache-spec").standardizedFileURL

    static var isAvailable: Bool { FileManager.default.fileExists(atPath: folder.path) }

    /// Every test of `module` (`sections` reads `sections.json`); none when the folder is absent.
    static func cases(_ module: String) -> [SpecCase] {
        guard let data = try? Data(contentsOf: folder.appendingPathComponent(module + ".json")),
              let file = try? JSONDecoder().decode(SpecFile.self, from: data) else { return [] }
        return file.tests.map {
            SpecCase(module: module, name: $0.name, template: $0.template, data: $0.data.templateValue ?? false,
                     partials: $0.partials ?? [:], expected: $0.expected)
        }
    }
}

private struct SpecFile: Decodable {
    struct Test: Decodable {
        var name: String
        var template: String
        var data: JSONValue
        var partials: [String: String]?
        var expected: String
    }

    var tests: [Test]
}
