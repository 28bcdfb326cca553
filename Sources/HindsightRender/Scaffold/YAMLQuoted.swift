/// A string as a double-quoted YAML scalar, so that a title like `DB down: again` or
/// `"Quoted" #1` stays one value in the front matter.
enum YAMLQuoted {
    static func scalar(_ text: String) -> String {
        var quoted = "\""
        for character in text {
            switch character {
            case "\\": quoted += "\\\\"
            case "\"": quoted += "\\\""
            case "\n", "\r": quoted += " "
            case "\t": quoted += "\\t"
            default: quoted.append(character)
            }
        }
        return quoted + "\""
    }

    static func list(_ items: [String]) -> String {
        "[" + items.map(scalar).joined(separator: ", ") + "]"
    }
}
