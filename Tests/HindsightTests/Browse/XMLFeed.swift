import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A parsed XML document, queried by `parent/child` element names.
struct XMLFeed {
    private(set) var root = ""
    private var texts: [String: [String]] = [:]
    private var attributes: [String: [[String: String]]] = [:]

    init(_ xml: String) throws {
        let collector = Collector()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = collector
        guard parser.parse() else { throw parser.parserError ?? CocoaError(.coderReadCorrupt) }
        root = collector.root
        texts = collector.texts
        attributes = collector.attributes
    }

    func texts(_ path: String) -> [String] { texts[path] ?? [] }
    func attributes(_ path: String, _ name: String) -> [String] { (attributes[path] ?? []).compactMap { $0[name] } }

    private final class Collector: NSObject, XMLParserDelegate {
        var root = ""
        var stack: [String] = []
        var text = ""
        var texts: [String: [String]] = [:]
        var attributes: [String: [[String: String]]] = [:]

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            if stack.isEmpty { root = name }
            stack.append(name)
            text = ""
            self.attributes[path, default: []].append(attributes)
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            texts[path, default: []].append(text.trimmingCharacters(in: .whitespacesAndNewlines))
            stack.removeLast()
            text = ""
        }

        private var path: String { stack.suffix(2).joined(separator: "/") }
    }
}
