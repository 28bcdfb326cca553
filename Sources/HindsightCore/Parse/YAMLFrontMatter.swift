import Yams

/// Reads YAML front matter with Yams, into `FrontMatterValue`s.
package enum YAMLFrontMatter {
    /// The most values one front matter may expand to. YAML aliases can make a few lines
    /// stand for billions of values ("billion laughs"); past this budget the block is rejected.
    static let valueBudget = 100_000

    /// - Parameter firstLine: the file line of the YAML's first line.
    package static func parse(_ yaml: String, firstLine: Int) throws(FrontMatterFailure) -> [String: FrontMatter.Field] {
        let root: Node?
        do {
            // Swift strings are UTF-8: said here, Yams does not read the environment for
            // every document to decide (`Parser.Encoding.default`), which showed in the profile.
            root = try Yams.compose(yaml: yaml, .default, .default, .utf8)
        } catch let error as YamlError {
            throw FrontMatterFailure(line: firstLine + (line(of: error) ?? 1) - 1, message: "front matter is not valid YAML: \(problem(of: error))")
        } catch {
            throw FrontMatterFailure(line: firstLine, message: "front matter is not valid YAML: \(error)")
        }
        guard let root else { return [:] }
        guard let mapping = root.mapping else {
            throw FrontMatterFailure(line: firstLine, message: "front matter must be a mapping of keys to values")
        }
        var budget = valueBudget
        var fields: [String: FrontMatter.Field] = [:]
        for (key, node) in mapping {
            guard let name = key.string else { continue }
            guard let value = convert(node, budget: &budget) else {
                throw FrontMatterFailure(line: firstLine + (key.mark?.line ?? 1) - 1,
                              message: "front matter expands to more than \(valueBudget) values (alias bomb?)")
            }
            fields[name] = FrontMatter.Field(value: value, line: firstLine + (key.mark?.line ?? 1) - 1)
        }
        return fields
    }

    /// Converts iteratively bounded by `budget`; nil once the budget is spent.
    private static func convert(_ node: Node, budget: inout Int) -> FrontMatterValue? {
        budget -= 1
        guard budget >= 0 else { return nil }
        switch node {
        case .scalar(let scalar):
            return .scalar(scalar.string)
        case .sequence(let sequence):
            var items: [FrontMatterValue] = []
            for item in sequence {
                guard let value = convert(item, budget: &budget) else { return nil }
                items.append(value)
            }
            return .list(items)
        case .mapping(let mapping):
            var table: [String: FrontMatterValue] = [:]
            for (key, item) in mapping {
                guard let value = convert(item, budget: &budget) else { return nil }
                if let name = key.string { table[name] = value }
            }
            return .table(table)
        case .alias:
            return .scalar("")
        }
    }

    private static func line(of error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            mark.line
        default:
            nil
        }
    }

    private static func problem(of error: YamlError) -> String {
        switch error {
        case .scanner(let context, let problem, _, _), .parser(let context, let problem, _, _),
             .composer(let context, let problem, _, _):
            [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
        default:
            "\(error)"
        }
    }
}
