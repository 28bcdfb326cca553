/// Reads the part of TOML that front matter uses (as Hugo and Zola write it): `key = value`
/// lines with strings, numbers, booleans, dates and one-line arrays, and `[table]` headers.
enum TOMLFrontMatter {
    static func parse(_ toml: String, firstLine: Int) throws(YAMLFrontMatter.Failure) -> [String: FrontMatter.Field] {
        var fields: [String: FrontMatter.Field] = [:]
        var table: (name: String, line: Int, values: [String: FrontMatterValue])?

        func closeTable() {
            if let table { fields[table.name] = .init(value: .table(table.values), line: table.line) }
            table = nil
        }

        for (offset, rawLine) in toml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lineNumber = firstLine + offset
            let line = rawLine.trimmed
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("["), line.hasSuffix("]") {
                closeTable()
                table = (String(line.dropFirst().dropLast()).trimmed, lineNumber, [:])
                continue
            }
            guard let equals = line.firstIndex(of: "=") else {
                throw .init(line: lineNumber, message: "front matter is not valid TOML: expected `key = value`")
            }
            let key = unquote(String(line[..<equals]).trimmed)
            guard let value = parseValue(String(line[line.index(after: equals)...]).trimmed) else {
                throw .init(line: lineNumber, message: "front matter is not valid TOML: cannot read the value of `\(key)`")
            }
            if table != nil {
                table?.values[key] = value
            } else {
                fields[key] = .init(value: value, line: lineNumber)
            }
        }
        closeTable()
        return fields
    }

    private static func parseValue(_ text: String) -> FrontMatterValue? {
        if text.hasPrefix("[") {
            guard text.hasSuffix("]") else { return nil }
            let inner = text.dropFirst().dropLast()
            let items = splitArray(String(inner)).map(\.trimmed).filter { !$0.isEmpty }
            return .list(items.compactMap(parseValue))
        }
        if text.hasPrefix("\"") || text.hasPrefix("'") {
            guard text.count >= 2, text.last == text.first else { return nil }
            return .scalar(unquote(text))
        }
        let bare = text.split(separator: "#", maxSplits: 1).first.map(String.init)?.trimmed ?? ""
        return bare.isEmpty ? nil : .scalar(bare)
    }

    /// Splits an array's inside on commas that are not inside quotes.
    private static func splitArray(_ text: String) -> [String] {
        var items: [String] = []
        var current = ""
        var quote: Character?
        for character in text {
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "," {
                items.append(current)
                current = ""
                continue
            }
            current.append(character)
        }
        items.append(current)
        return items
    }

    private static func unquote(_ text: String) -> String {
        guard text.count >= 2, let first = text.first, first == "\"" || first == "'", text.last == first else { return text }
        let inner = String(text.dropFirst().dropLast())
        guard first == "\"" else { return inner }
        return inner
            .replacingOccurrences(of: "\\\"", with: "\"")
            .replacingOccurrences(of: "\\n", with: "\n")
            .replacingOccurrences(of: "\\\\", with: "\\")
    }
}
