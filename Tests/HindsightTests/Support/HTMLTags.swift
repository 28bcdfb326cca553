/// A deliberately simple reader of the start tags in generated HTML or SVG, for security
/// tests: every `<name attr=value …>`, with attribute values entity-decoded the way a
/// browser would before deciding what a URL means.
struct HTMLTag {
    var name: String
    var attributes: [(name: String, value: String)]

    static func all(in html: String) -> [HTMLTag] {
        var tags: [HTMLTag] = []
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            rest = rest[rest.index(after: open)...]
            if rest.hasPrefix("!--") {
                guard let close = rest.range(of: "-->") else { break }
                rest = rest[close.upperBound...]
                continue
            }
            let name = rest.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == ":" }
            guard !name.isEmpty else { continue }
            rest = rest[name.endIndex...]
            var tag = HTMLTag(name: name.lowercased(), attributes: [])
            while true {
                rest = rest.drop { $0.isWhitespace || $0 == "/" }
                guard let first = rest.first, first != ">" else { break }
                let attribute = rest.prefix { !$0.isWhitespace && $0 != "=" && $0 != ">" && $0 != "/" }
                rest = rest[attribute.endIndex...].drop(while: \.isWhitespace)
                var value = ""
                if rest.first == "=" {
                    rest = rest.dropFirst().drop(while: \.isWhitespace)
                    if let quote = rest.first, quote == "\"" || quote == "'" {
                        let body = rest.dropFirst().prefix { $0 != quote }
                        value = String(body)
                        rest = rest.dropFirst(body.count + 2)
                    } else {
                        let body = rest.prefix { !$0.isWhitespace && $0 != ">" }
                        value = String(body)
                        rest = rest[body.endIndex...]
                    }
                }
                if attribute.isEmpty { rest = rest.dropFirst(); continue }
                tag.attributes.append((attribute.lowercased(), decodeEntities(value)))
            }
            tags.append(tag)
        }
        return tags
    }

    /// Numeric and the few named entities that can spell a scheme (`&colon;`, `&Tab;`).
    static func decodeEntities(_ text: String) -> String {
        var output = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            output += rest[..<amp]
            rest = rest[amp...]
            guard let semicolon = rest.prefix(12).firstIndex(of: ";") else {
                output.append("&")
                rest = rest.dropFirst()
                continue
            }
            let entity = rest[rest.index(after: rest.startIndex)..<semicolon].lowercased()
            let named = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "colon": ":", "tab": "\t", "newline": "\n"]
            if let decoded = named[entity] {
                output += decoded
            } else if entity.hasPrefix("#x"), let code = UInt32(entity.dropFirst(2), radix: 16), let scalar = Unicode.Scalar(code) {
                output.unicodeScalars.append(scalar)
            } else if entity.hasPrefix("#"), let code = UInt32(entity.dropFirst()), let scalar = Unicode.Scalar(code) {
                output.unicodeScalars.append(scalar)
            } else {
                output += rest[...semicolon]
            }
            rest = rest[rest.index(after: semicolon)...]
        }
        return output + rest
    }

    /// What a browser would take as the scheme of a URL: control characters and white space
    /// are ignored inside it.
    static func scheme(of url: String) -> String? {
        let cleaned = url.unicodeScalars.filter { $0.value > 32 }.map(Character.init)
        let text = String(cleaned).lowercased()
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let scheme = text[..<colon]
        return scheme.allSatisfy { $0.isLetter || $0.isNumber || "+-.".contains($0) } ? String(scheme) : nil
    }
}
