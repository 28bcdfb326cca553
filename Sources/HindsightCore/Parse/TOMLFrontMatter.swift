import TOMLKit

/// Reads TOML front matter (as Hugo and Zola write it) with TOMLKit, whose toml++ reads the
/// whole of TOML 1.0, into `FrontMatterValue`s.
enum TOMLFrontMatter {
    /// - Parameter firstLine: the file line of the TOML's first line.
    static func parse(_ toml: String, firstLine: Int) throws(FrontMatterFailure) -> [String: FrontMatter.Field] {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: toml)
        } catch let error as TOMLParseError {
            // toml++ counts lines from 1 within the block; 0 would mean it named none.
            let line = firstLine + max(error.source.begin.line, 1) - 1
            throw FrontMatterFailure(line: line, message: "front matter is not valid TOML: \(error.description)")
        } catch {
            throw FrontMatterFailure(line: firstLine, message: "front matter is not valid TOML: \(error)")
        }
        let keyLines = TOMLKeyLines(toml)
        var fields: [String: FrontMatter.Field] = [:]
        for (key, value) in table.members {
            fields[key] = FrontMatter.Field(value: FrontMatterValue(toml: value), line: firstLine + (keyLines[key] ?? 1) - 1)
        }
        return fields
    }
}
