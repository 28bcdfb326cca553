/// Key moments the front matter states (`detected_at: 2024-04-20 12:03`,
/// `end_time: 2007-12-06T06:08:00Z`), read like timeline times: without a day they fall
/// on the incident's, without a zone they are in the timeline's.
struct ExplicitMoments {
    let frontMatter: FrontMatter?
    let clues: TimelineClues
    let zone: Zone

    /// Sets the moments front matter states; returns the key that set each.
    @discardableResult
    func apply(to moments: inout KeyMoments) -> [PartialKeyPath<KeyMoments>: String] {
        guard let frontMatter else { return [:] }
        var keysUsed: [PartialKeyPath<KeyMoments>: String] = [:]
        for (keyPath, keys) in KeyMoments.frontMatterKeys {
            for key in keys {
                guard let text = frontMatter.text(key), let instant = instant(text) else { continue }
                moments[keyPath: keyPath] = instant
                keysUsed[keyPath] = key
                break
            }
        }
        return keysUsed
    }

    /// Whether a front-matter value reads as a moment: a time, a day, or both.
    static func reads(_ text: String) -> Bool {
        !TimeGrammar.reading(of: text).isEmpty
    }

    private func instant(_ text: String) -> Instant? {
        let written = TimeGrammar.reading(of: text)
        guard let time = PlaceableTime(written, zone: written.zone?.zone ?? zone) else { return nil }
        return time.instant(reading: time.readings.first, day: clues.day, notBefore: nil)
    }
}
