import Foundation
import Testing
@testable import Hindsight
@testable import HindsightCore
@testable import HindsightRender

/// `JSONWriter` writes the bytes `JSONEncoder` writes with the options `incidents.json`
/// used, each case checked against JSONEncoder itself rather than against what it is
/// thought to write.
@Suite struct JSONWriterTests {
    static let strings = [
        "", "plain words", "say \"hi\"", #"back\slash \\ \""#, "a/b </script> https://example.com/x",
        "tab\tnew\nline\rback\u{8}feed\u{C}", String(decoding: (0..<0x20).map { UInt8($0) }, as: UTF8.self),
        "\u{7F} delete", "émoji 🔥 👩‍👩‍👧 née", "line\u{2028}paragraph\u{2029}", "\u{FEFF}mark \u{85}\u{A0}",
    ]

    @Test(arguments: strings)
    func stringsAreEscapedAsByJSONEncoder(text: String) throws {
        #expect(written(text) == (try encoded(text)))
        #expect(written([text, text]) == (try encoded([text, text])))
    }

    @Test func integersAndNullAreWrittenAsByJSONEncoder() throws {
        let numbers: [Int?] = [Int.min, -1, 0, 7, 1440, Int.max, nil]
        #expect(written(numbers) == (try encoded(numbers)))
    }

    @Test(arguments: [[], [[]], [["a"], [], ["b", "c"]]] as [[[String]]])
    func emptyArraysAreWrittenAsByJSONEncoder(rows: [[String]]) throws {
        #expect(written(rows) == (try encoded(rows)))
        #expect(written(rows, indentation: 4) == (try encoded(rows, indentation: 4)))
    }

    @Test(arguments: [[], [("a", [])], [("a", ["x"]), ("b", []), ("c", ["y", "z"])]] as [[(String, [String])]])
    func objectsAreWrittenAsByJSONEncoder(members: [(String, [String])]) throws {
        let object = Object(members: members)
        #expect(written(object) == (try encoded(object)))
        #expect(written([object, object], indentation: 4) == (try encoded([object, object], indentation: 4)))
    }

    /// Absent optionals are left out, as the synthesized conformances leave them out.
    @Test func modelValuesAreWrittenAsTheirCodableConformancesEncodeThem() throws {
        let authors = [Author(name: "Ana"), Author(name: "Bo \"B\"", email: "bo@example.com", url: "https://example.com/bo")]
        #expect(written(authors) == (try encoded(authors)))
        let tables = [DataTable(header: ["Time", "Event"], rows: [["10:00", "a\tb"], []], line: 3), DataTable(header: [], rows: [])]
        #expect(written(tables, indentation: 4) == (try encoded(tables, indentation: 4)))
    }

    private func written(_ value: some JSONWritable, indentation: Int = 0) -> String {
        var json = JSONWriter(indentation: indentation)
        value.write(to: &json)
        return String(decoding: json.bytes, as: UTF8.self)
    }

    private func encoded(_ value: some Encodable, indentation: Int = 0) throws -> String {
        EncoderIncidentsJSON.indented(try EncoderIncidentsJSON.encoder.encode(value), by: indentation)
    }
}

/// An object with the members given, in the order given (which must be sorted).
private struct Object: Encodable, JSONWritable {
    let members: [(String, [String])]

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: NamedCodingKey.self)
        for (key, value) in members { try container.encode(value, forKey: NamedCodingKey(stringValue: key)) }
    }

    func write(to json: inout JSONWriter) {
        json.object { json in
            for (key, value) in members { json.member(key, value) }
        }
    }
}
