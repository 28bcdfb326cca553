/// What a tag names: a dotted path (`incident.title`), the implicit iterator (`.`), and the
/// transforms applied to it, innermost last as written (`equalzero(minusone(count))`).
struct TemplateName: Sendable, Equatable {
    /// The path's keys; empty for `.` and for a transform of the list position (`last()`).
    var keys: [String]
    /// A leading `.` (`.name`): look in the innermost context only.
    var isAnchored: Bool
    /// Applied from the last to the first, as calls nest.
    var transforms: [String]

    /// `last()`, `first()`, `index()`: the position in the list being iterated.
    var isListPosition: Bool { keys.isEmpty && !isAnchored && !transforms.isEmpty }

    /// Reads `text`, already trimmed; nil when it is not a name.
    init?(_ text: String) {
        var inner = Substring(text)
        var transforms: [String] = []
        while inner.last == ")", let open = inner.firstIndex(of: "(") {
            let transform = inner[..<open]
            guard !transform.isEmpty, transform.allSatisfy(Self.isNameCharacter) else { return nil }
            transforms.append(String(transform))
            inner = inner[inner.index(after: open)..<inner.index(before: inner.endIndex)]
        }
        guard inner.allSatisfy(Self.isNameCharacter), !(inner.isEmpty && transforms.isEmpty) else { return nil }
        self.transforms = transforms
        if inner == "." || inner.isEmpty {
            keys = []
            isAnchored = inner == "."
        } else {
            isAnchored = inner.first == "."
            keys = inner.split(separator: ".", omittingEmptySubsequences: false).dropFirst(isAnchored ? 1 : 0).map(String.init)
            guard !keys.contains(where: \.isEmpty) else { return nil }
        }
    }

    /// Anything but space, braces, parentheses and the characters that end a tag.
    private static func isNameCharacter(_ character: Character) -> Bool {
        !character.isWhitespace && !"(){}=!#^/>&%<$".contains(character)
    }
}
