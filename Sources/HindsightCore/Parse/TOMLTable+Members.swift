import TOMLKit

extension TOMLTable {
    /// The table's keys with their values. Not TOMLKit's own iteration: it looks each key up
    /// again through a C string and force-unwraps the result, and a key with an escaped NUL
    /// in it (`"a\u0000b" = 1`) comes back cut at the NUL, names nothing, and would crash it.
    /// Such a key is left out here.
    var members: [(key: String, value: any TOMLValueConvertible)] {
        keys.compactMap { key in self[key].map { (key, $0) } }
    }
}
