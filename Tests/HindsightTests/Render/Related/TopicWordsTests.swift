import Testing
@testable import HindsightCore

@Suite struct TopicWordsTests {
    @Test func wordsOfAnyPostmortemAndEnglishAreLeftOut() {
        #expect(TopicWords.words(of: "The incident caused an outage for users of the service").map(\.stem) == [])
    }

    /// Adjacent words make a pair; punctuation between them does not.
    @Test func adjacentWordsArePairedWithinAPhrase() {
        #expect(TopicWords.words(of: "Connection pool exhausted. Pgbouncer, restarted").map(\.stem)
            == ["connection", "connection pool", "pool", "pool exhausted", "exhausted", "pgbouncer", "restarted"])
        #expect(TopicWords.words(of: "checkout-api timeouts").map(\.stem) == ["checkout", "checkout api", "api", "api timeout", "timeout"])
    }

    /// Plurals match their singular; words are shown as written.
    @Test func wordsMatchInTheSingular() {
        let words = TopicWords.words(of: "Queries, processes, replicas; corpus. Postgres")
        #expect(words.map(\.stem) == ["query", "process", "replica", "corpus", "postgre"])
        #expect(words.map(\.written) == ["queries", "processes", "replicas", "corpus", "postgres"])
    }

    @Test func numbersAndShortRunsAreNotTopics() {
        #expect(TopicWords.words(of: "At 10 45 db on us").map(\.stem) == [])
    }

    /// When an incident happened says nothing of what it was: time zones (abbreviations and
    /// names written out), months and weekdays, also abbreviated.
    @Test func zonesAndDatesAreNotTopics() {
        #expect(TopicWords.words(of: "Start: August 15, 2024, 10:00 AM EAT End: 12:30 PM EAT").map(\.stem) == [])
        #expect(TopicWords.words(of: "Thu, Aug 15 at 17:30 PST; Pacific daylight, East Africa").map(\.stem) == [])
        #expect(TopicWords.words(of: "Sept 3 (CEST), Tues Dec 1 IST").map(\.stem) == [])
    }

    /// Every postmortem has a timeline and lessons learned, and says when things started
    /// and ended.
    @Test func sectionAndReportWordsAreNotTopics() {
        #expect(TopicWords.words(of: "Postmortem report: timeline, lessons learned, action items; start and end").map(\.stem) == [])
        // Section words that also name what broke stay.
        #expect(TopicWords.words(of: "alert").map(\.stem) == ["alert"])
    }

    /// Where an incident happened says nothing of how; a place of two words goes as a whole,
    /// and its words stay topics elsewhere ("state").
    @Test func placesAreNotTopics() {
        #expect(TopicWords.words(of: "SMS filtering towards the network in United States").map(\.stem)
            == ["sms", "sms filtering", "filtering", "filtering toward", "toward", "network"])
        #expect(TopicWords.words(of: "Kenya, Europe, Frankfurt, Hong Kong").map(\.stem) == [])
        #expect(TopicWords.words(of: "terraform states").map(\.stem) == ["terraform", "terraform state", "state"])
        #expect(TopicWords.isStopWord("us east") && TopicWords.isStopWord("us-east-1") && TopicWords.isStopWord("united states"))
        #expect(!TopicWords.isStopWord("data center") && !TopicWords.isStopWord("db"))
    }

    /// Text that is not ASCII is read by its characters, to the same words.
    @Test func unicodeTextGivesTheSameWords() {
        #expect(TopicWords.words(of: "Café crème — naïve Résumés, ٣٤٥ πίνακες").map(\.stem)
            == ["café", "café crème", "crème", "naïve", "naïve résumé", "résumé", "πίνακες"])
        // A dash that is not a hyphen ends a phrase, as a comma does.
        #expect(TopicWords.words(of: "Redis cluster—failover").map(\.stem) == ["redis", "redis cluster", "cluster", "failover"])
    }

    /// Only the words asked for are read (the root cause's opening).
    @Test func readingStopsAtTheWordLimit() {
        var limit = 3
        var stems: [String] = []
        TopicWords.forEachWord(in: "alpha beta, gamma delta epsilon", wordLimit: &limit) { stems.append($0.stem) }
        #expect(stems == ["alpha", "alpha beta", "beta", "gamma"])
        #expect(limit == 0)
    }
}
