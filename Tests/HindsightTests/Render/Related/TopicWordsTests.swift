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
        #expect(TopicWords.words(of: "checkout-api 502s") == ["checkout", "checkout api", "api", "api 502s", "502s"])
    }

    @Test func numbersAndShortRunsAreNotTopics() {
        #expect(TopicWords.words(of: "At 10 45 db on us") == [])
    }
}
