import TOMLKit

extension FrontMatterValue {
    /// A TOML value as front matter holds it. Typed scalars become text, as Yams hands YAML's
    /// over: everything downstream (the date and time grammars, the front-matter-types rule)
    /// reads text, so `date = 2023-02-08` must give what `date: 2023-02-08` gives.
    init(toml value: any TOMLValueConvertible) {
        if let table = value.table {
            self = .table(Dictionary(table.members.map { key, item in (key, FrontMatterValue(toml: item)) },
                                     uniquingKeysWith: { first, _ in first }))
        } else if let array = value.array {
            self = .list(array.map(FrontMatterValue.init(toml:)))
        } else {
            self = .scalar(Self.text(ofTOMLScalar: value))
        }
    }

    private static func text(ofTOMLScalar value: any TOMLValueConvertible) -> String {
        if let string = value.string { return string }
        if let integer = value.int { return String(integer) }
        if let number = value.double { return String(number) }
        if let bool = value.bool { return String(bool) }
        if let dateTime = value.dateTime { return dateTime.rfc3339 }
        if let date = value.date { return date.rfc3339 }
        if let time = value.time { return time.rfc3339 }
        return ""
    }
}
