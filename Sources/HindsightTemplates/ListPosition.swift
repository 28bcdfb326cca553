/// Where the innermost list being iterated is: what `first()`, `last()`, `index()`,
/// `even()` and `odd()` read (swift-mustache's transforms, which themes use to put
/// separators between items).
struct ListPosition {
    var index: Int
    var count: Int

    func value(_ transform: String) -> TemplateValue? {
        switch transform {
        case "first": .bool(index == 0)
        case "last": .bool(index == count - 1)
        case "index": .int(index)
        case "even": .bool(index & 1 == 0)
        case "odd": .bool(index & 1 == 1)
        default: nil
        }
    }
}
