import Testing
@testable import HindsightCore

@Suite struct TopicWordsTests {
    @Test func wordsOfAnyPostmortemAndEnglishAreLeftOut() {
        #expect(TopicWords.words(of: "The incident caused an outage for users of the service") == [])
    }

    /// Adjacent words make a pair; punctuation between them does not.
    @Test func adjacentWordsArePairedWithinAPhrase() {
        #expect(TopicWords.words(of: "Connection pool exhausted. Pgbouncer, restarted")
            == ["connection", "connection pool", "pool", "pool exhausted", "exhausted", "pgbouncer", "restarted"])
        #expect(TopicWords.words(of: "checkout-api timeouts") == ["checkout", "checkout api", "api", "api timeout", "timeout"])
    }

    /// Plurals match their singular, which is what is shown.
    @Test func wordsAreInTheSingular() {
        #expect(TopicWords.words(of: "Queries, processes, replicas; status") == ["query", "process", "replica", "status"])
    }

    @Test func numbersAndShortRunsAreNotTopics() {
        #expect(TopicWords.words(of: "At 10 45 db on us") == [])
    }
}
