/// The words by which two postmortems can be told to be about the same thing: lowercased
/// runs of letters and digits in the singular (`WordStem`), without the words every English
/// text uses nor those every postmortem uses ("incident", "outage", "users"), and each pair
/// of such words written side by side ("connection pool"), which names a thing more
/// precisely than either word. Simple and general on purpose: no rule is made for one
/// archive or one writer.
///
/// When and where an incident happened says nothing of how: dates (months, weekdays), time
/// zones (`ZoneNames`: "EAT", "Pacific time") and places ("Kenya", "United States", "US
/// East") are not topic words, nor the words of section names ("Timeline", "Lessons
/// learned", `SectionNames`), which every postmortem has.
package enum TopicWords {
    /// Shorter runs ("db", "at") are abbreviations too ambiguous to relate incidents by.
    static let minimumLength = 3

    /// A topic word or pair: in the singular, to match, and as written (lowercased), to
    /// show ("postgres" is no plural).
    struct Word: Equatable {
        var stem: String
        var written: String
    }

    /// The topic words of the text and its pairs, in order of appearance.
    static func words(of text: String) -> [Word] {
        var words: [Word] = []
        var unlimited = Int.max
        forEachWord(in: text, wordLimit: &unlimited) { words.append($0) }
        return words
    }

    /// Calls `body` with each topic word and pair of the text, in order of appearance, reading
    /// at most `wordLimit` words (runs of non-white space) of it; takes from `wordLimit` those
    /// read. Runs are found and judged on the UTF-8 bytes: a `String` is made only for a
    /// word kept.
    static func forEachWord(in text: String, wordLimit: inout Int, _ body: (Word) -> Void) {
        guard wordLimit > 0 else { return }
        var runs = RunBuffer()
        if !runs.readASCII(text, wordLimit: &wordLimit) {
            runs = RunBuffer()
            runs.readUnicode(text, wordLimit: &wordLimit)
        }
        let list = runs.runs
        runs.bytes.withUnsafeBufferPointer { bytes in
            var previous: Word?
            var index = 0
            while index < list.count {
                let run = list[index]
                let text = bytes[run.range]
                if index + 1 < list.count, list[index + 1].joinsPrevious, excluded.contains(text, bytes[list[index + 1].range]) {
                    // A place of two words ("united states", "hong kong"): neither is a topic.
                    previous = nil
                    index += 2
                    continue
                }
                index += 1
                guard isTopical(text) else {
                    previous = nil
                    continue
                }
                let written = String(decoding: text, as: UTF8.self)
                let word = Word(stem: WordStem.of(written), written: written)
                if run.joinsPrevious, let previous {
                    body(Word(stem: previous.stem + " " + word.stem, written: previous.written + " " + word.written))
                }
                body(word)
                previous = word
            }
        }
    }

    private static func isTopical(_ run: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        // Letters, not bytes: a UTF-8 continuation byte is part of the letter before it.
        var length = 0, isNumber = true
        for byte in run where byte & 0xC0 != 0x80 {
            length += 1
            if !(48...57).contains(byte) { isNumber = false }
        }
        guard length >= minimumLength, !excluded.contains(run) else { return false }
        if isNumber { return false }
        // Digits of other scripts ("٣٤٥") are numbers too; rare enough to ask Unicode.
        guard run.contains(where: { $0 >= 0x80 }) else { return true }
        return !String(decoding: run, as: UTF8.self).unicodeScalars.allSatisfy { $0.properties.numericType != nil }
    }

    /// The lowercased runs of letters and digits of a text, as ranges of their bytes, each
    /// with whether only white space or a hyphen separates it from the one before (a pair
    /// across a full stop or a comma is not a phrase).
    private struct RunBuffer {
        struct Run {
            let range: Range<Int>
            let joinsPrevious: Bool
        }

        var bytes: [UInt8] = []
        var runs: [Run] = []

        /// Reads ASCII text, as most postmortems are, over its bytes; false for other text.
        /// Reading characters' Unicode properties was most of the cost of relating.
        mutating func readASCII(_ text: String, wordLimit: inout Int) -> Bool {
            var text = text
            var limit = wordLimit
            let isASCII = text.withUTF8 { utf8 -> Bool in
                bytes.reserveCapacity(utf8.count)
                var start: Int?, joins = false, inWord = false
                for byte in utf8 {
                    guard byte < 0x80 else { return false }
                    let isSpace = ASCIIText.isWhitespace(byte)
                    if !isSpace, !inWord {
                        guard limit > 0 else { break }
                        limit -= 1
                    }
                    inWord = !isSpace
                    if ASCIIText.isAlphanumeric(byte) {
                        if start == nil { start = bytes.count }
                        bytes.append(ASCIIText.lowercased(byte))
                        continue
                    }
                    if let first = start {
                        runs.append(Run(range: first..<bytes.count, joinsPrevious: joins))
                        start = nil
                        joins = true
                    }
                    if !(isSpace || byte == UInt8(ascii: "-")) { joins = false }
                }
                if let first = start { runs.append(Run(range: first..<bytes.count, joinsPrevious: joins)) }
                return true
            }
            if isASCII { wordLimit = limit }
            return isASCII
        }

        mutating func readUnicode(_ text: String, wordLimit: inout Int) {
            let words = WhiteSpaceWords.words(of: text).prefix(wordLimit)
            wordLimit -= words.count
            var start: Int?, joins = false
            for character in words.joined(separator: " ").lowercased() {
                if character.isLetter || character.isNumber {
                    if start == nil { start = bytes.count }
                    bytes += character.utf8
                    continue
                }
                if let first = start {
                    runs.append(Run(range: first..<bytes.count, joinsPrevious: joins))
                    start = nil
                    joins = true
                }
                if !(character.isWhitespace || character == "-") { joins = false }
            }
            if let first = start { runs.append(Run(range: first..<bytes.count, joinsPrevious: joins)) }
        }
    }

    /// Common English words, and the words of any postmortem, which relate every incident
    /// to every other.
    private static let stopWords: [String] = [
        "the", "and", "for", "are", "but", "not", "you", "all", "any", "can", "had", "her", "was", "one", "our",
        "out", "has", "have", "him", "his", "how", "its", "may", "new", "now", "old", "see", "two", "way", "who",
        "did", "get", "let", "say", "she", "too", "use", "used", "using", "with", "this", "that", "from", "they",
        "them", "then", "than", "there", "their", "these", "those", "what", "when", "where", "which", "while",
        "will", "would", "could", "should", "been", "being", "were", "into", "onto", "over", "under", "after",
        "before", "about", "above", "below", "between", "during", "through", "also", "only", "some", "such",
        "more", "most", "other", "each", "both", "very", "just", "because", "due", "same", "again",
        "once", "here", "does", "doing", "done", "make", "made", "many", "much", "well", "until", "within",
        "without", "across", "against", "upon", "per", "via", "however", "therefore", "thus", "able", "unable",
        "including", "includes", "include", "following", "several", "first", "second", "third", "last", "next",
        "still", "even", "like", "take", "took", "taken", "began", "begin", "started", "start", "got", "set",
        "incident", "incidents", "outage", "outages", "postmortem", "postmortems", "post", "mortem", "issue",
        "issues", "problem", "problems", "user", "users", "customer", "customers", "service", "services",
        "impact", "impacted", "affected", "affecting", "caused", "cause", "causes", "causing", "root", "result",
        "resulted", "resulting", "team", "teams", "engineers", "engineer", "time", "times", "minutes", "minute",
        "hours", "hour", "day", "days", "summary", "resolved", "resolution", "fixed", "occurred", "experienced",
        "period", "approximately", "around", "led", "leading", "happened", "identified", "investigation",
        "failure", "failures", "failed", "fail", "fails", "multiple", "event", "events", "degradation", "degraded",
        "disruption", "unavailable", "availability", "available", "report", "reported", "suffered", "responsible",
        "duration", "lasted", "lasting", "likely", "related", "response", "responded", "down", "utc", "gmt",
        "additionally", "significant", "contained", "ended", "extra", "located", "accessing", "bad",
        // Generic words of postmortems and their headings.
        "end", "ends", "ending", "starting", "starts", "begins", "beginning", "widespread", "update", "updated",
        "reports", "writeup", "write", "retrospective", "review", "analysis", "pm", "am", "date", "dates",
        "detected", "restored", "mitigated", "ongoing", "week", "weeks", "month", "months", "year", "years",
        "morning", "afternoon", "evening", "night", "tonight", "weekend", "hrs", "mins", "min", "sec", "secs",
        // What is left of a contraction split at its apostrophe ("wasn't").
        "wasn", "isn", "didn", "doesn", "don", "weren", "aren", "hasn", "haven", "couldn", "wouldn", "shouldn", "won",
        // Dates relate incidents that happened at the same time, not the same way.
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
        "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "tomorrow",
    ]

    /// Places: where an incident happened, not how. Continents, regions, countries, the
    /// states of the US and the cities data centres are named after; places of two words as
    /// a pair, whose words alone may name other things ("united", "state").
    private static let places: [String] = [
        "africa", "african", "america", "americas", "american", "asia", "asian", "europe", "european", "oceania",
        "antarctica", "australia", "australian", "eurasia", "scandinavia", "nordic", "balkans", "caribbean",
        "emea", "apac", "latam", "north", "south", "east", "west", "northern", "southern", "eastern",
        "western", "northeast", "northwest", "southeast", "southwest", "central", "midwest",
        "united states", "united kingdom", "north america", "south america", "latin america", "central america",
        "middle east", "south africa", "south korea", "north korea", "new zealand", "hong kong", "sri lanka",
        "saudi arabia", "costa rica", "puerto rico", "el salvador", "czech republic", "dominican republic",
        "new york", "new jersey", "new mexico", "new hampshire", "north carolina", "south carolina",
        "north dakota", "south dakota", "west virginia", "rhode island", "san francisco", "los angeles",
        "las vegas", "san jose", "san diego", "sao paulo", "rio de", "janeiro", "washington", "salt lake",
        "tel aviv", "buenos aires",
        "kuala lumpur", "cape town", "mexico city", "washington dc", "bay area", "silicon valley",
        "usa", "uk", "britain", "british", "england", "english", "scotland", "wales", "ireland", "irish",
        "canada", "canadian", "mexico", "brazil", "brazilian", "argentina", "chile", "colombia", "peru",
        "venezuela", "ecuador", "bolivia", "uruguay", "paraguay", "cuba", "jamaica", "guatemala", "honduras",
        "nicaragua", "panama", "haiti", "france", "french", "germany", "german", "spain", "spanish", "portugal",
        "italy", "italian", "netherlands", "dutch", "holland", "belgium", "luxembourg", "switzerland", "swiss",
        "austria", "denmark", "danish", "norway", "norwegian", "sweden", "swedish", "finland", "finnish",
        "iceland", "poland", "polish", "czechia", "slovakia", "hungary", "romania", "bulgaria", "greece", "greek",
        "turkey", "turkish", "russia", "russian", "ukraine", "ukrainian", "belarus", "lithuania", "latvia",
        "estonia", "serbia", "croatia", "slovenia", "bosnia", "albania", "macedonia", "moldova", "georgia",
        "armenia", "azerbaijan", "kazakhstan", "uzbekistan", "israel", "israeli", "palestine", "lebanon",
        "jordan", "syria", "iraq", "iran", "kuwait", "qatar", "bahrain", "oman", "yemen", "emirates", "uae",
        "egypt", "libya", "tunisia", "algeria", "morocco", "sudan", "ethiopia", "kenya", "kenyan", "uganda",
        "tanzania", "rwanda", "somalia", "nigeria", "nigerian", "ghana", "senegal", "cameroon", "ivory",
        "congo", "angola", "zambia", "zimbabwe", "mozambique", "namibia", "botswana", "madagascar", "india",
        "indian", "pakistan", "bangladesh", "nepal", "bhutan", "afghanistan", "china", "chinese", "japan",
        "japanese", "korea", "korean", "taiwan", "mongolia", "vietnam", "thailand", "cambodia", "laos",
        "myanmar", "malaysia", "singapore", "indonesia", "philippines", "brunei", "zealand", "fiji",
        "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware",
        "florida", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana",
        "maine", "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana",
        "nebraska", "nevada", "ohio", "oklahoma", "oregon", "pennsylvania", "tennessee", "texas", "utah",
        "vermont", "virginia", "wisconsin", "wyoming", "london", "paris", "berlin", "frankfurt", "amsterdam",
        "dublin", "madrid", "milan", "stockholm", "zurich", "warsaw", "moscow", "tokyo", "osaka", "seoul",
        "beijing", "shanghai", "shenzhen", "mumbai", "bangalore", "bengaluru", "delhi", "chennai", "hyderabad",
        "sydney", "melbourne", "toronto", "montreal", "vancouver", "seattle", "chicago", "dallas", "houston",
        "atlanta", "miami", "boston", "denver", "ashburn", "nairobi", "lagos", "johannesburg",
        "cairo", "dubai", "jakarta", "manila", "bangkok",
    ]

    /// Everything that is no topic word: stop words, places, and the words of time zones'
    /// names and of section names.
    private static let excluded = ByteWordSet(
        stopWords + places + ZoneNames.words + SectionNames.genericWords)

    /// True for a word (or tag) too common in postmortems to relate two of them by, or one
    /// that says when or where rather than what (a month, a zone, a place).
    /// A label of several words is one when a word of it is and the others are too short to
    /// name anything ("us east", "us-east-1").
    package static func isStopWord(_ word: String) -> Bool {
        let parts = word.split { $0 == " " || $0 == "-" }
        if parts.count == 2, excluded.contains(parts[0].utf8, parts[1].utf8) { return true }
        guard parts.count > 1 else { return excluded.contains(word.utf8) }
        return parts.contains { excluded.contains($0.utf8) }
            && parts.allSatisfy { excluded.contains($0.utf8) || $0.unicodeScalars.count < minimumLength }
    }
}
