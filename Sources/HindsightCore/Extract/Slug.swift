import Foundation

/// URL-safe names for incident pages: lowercase ASCII letters, digits and single dashes,
/// never empty, never `.`/`..`, never a name Windows reserves for devices.
package enum Slug {
    static let maximumLength = 80

    package static func make(_ text: String) -> String {
        // ASCII has no diacritics or widths to fold, only case, and lowercasing it is much
        // cheaper than Foundation's folding.
        let folded = ASCIIText.isASCII(text) ? text.lowercased()
            : text.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
        var slug = ""
        // Counted as it grows (every character is one ASCII byte): `slug.count` walked it all
        // for every character added.
        var length = 0
        for scalar in folded.unicodeScalars {
            if scalar.isASCII, ASCIIText.isAlphanumeric(UInt8(scalar.value)) {
                slug.unicodeScalars.append(scalar)
                length += 1
            } else if !slug.isEmpty, slug.last != "-" {
                slug.append("-")
                length += 1
            }
            if length >= maximumLength { break }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        if slug.isEmpty { return "incident" }
        let reserved: Set<String> = ["con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "lpt1", "lpt2", "lpt3", "index", "assets"]
        return reserved.contains(slug) ? slug + "-incident" : slug
    }

    /// The slug a document asks for: front matter `slug`, else its date and title.
    static func preferred(frontMatter: FrontMatter?, date: CalendarDate?, title: String) -> String {
        if let declared = frontMatter?.text("slug") { return make(declared) }
        return make([date?.description, title].compactMap { $0 }.joined(separator: " "))
    }

    /// Makes every slug unique, in the given (stable) order: the second `x` becomes `x-2`.
    package static func uniqued(_ slugs: [String]) -> [String] {
        var taken: Set<String> = []
        return slugs.map { slug in
            var candidate = slug
            var counter = 2
            while !taken.insert(candidate).inserted {
                candidate = "\(slug)-\(counter)"
                counter += 1
            }
            return candidate
        }
    }
}
