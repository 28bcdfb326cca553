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
        let words = TopicWords.words(of: "Queries, processes, replicas; status. Postgres")
        #expect(words.map(\.stem) == ["query", "process", "replica", "status", "postgre"])
        #expect(words.map(\.written) == ["queries", "processes", "replicas", "status", "postgres"])
    }

    @Test func numbersAndShortRunsAreNotTopics() {
        #expect(TopicWords.words(of: "At 10 45 db on us").map(\.stem) == [])
    }
}
