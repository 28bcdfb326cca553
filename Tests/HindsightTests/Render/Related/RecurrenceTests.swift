import Testing
@testable import HindsightCore
@testable import HindsightRender

/// An incident that repeats one of the previous 90 days (same service, same main words)
/// is flagged, with a link to the one it repeats.
@Suite struct RecurrenceTests {
    private static func pool(_ slug: String, date: String, service: String = "checkout-api") -> Incident {
        RelatedFixtures.document(slug, title: "Connection pool exhausted in checkout", date: date, services: [service],
                                 summary: "The connection pool to Postgres was exhausted; pgbouncer queued every client.")
    }

    @Test func theSameFailureWithin90DaysIsARecurrenceOfTheLatest() throws {
        let archive = RelatedFixtures.related(
            [Self.pool("first", date: "2024-01-01"), Self.pool("second", date: "2024-02-01"), Self.pool("third", date: "2024-03-15")]
            + RelatedFixtures.archive.filter { $0.slug == "dns" }).incidents
        #expect(RelatedFixtures.named("third", in: archive)?.recurrenceOf?.url == "incidents/second/")
        #expect(RelatedFixtures.named("second", in: archive)?.recurrenceOf?.url == "incidents/first/")
        #expect(RelatedFixtures.named("first", in: archive)?.recurrenceOf == nil)
        let why = try #require(RelatedFixtures.named("third", in: archive)?.recurrenceOf?.why)
        #expect(why.hasPrefix("same service: checkout-api"))
    }

    @Test func olderThan90DaysOrAnotherServiceIsNone() {
        let archive = RelatedFixtures.related([
            Self.pool("spring", date: "2024-03-01"), Self.pool("summer", date: "2024-07-01"),
            Self.pool("elsewhere", date: "2024-07-10", service: "search-api"),
        ] + RelatedFixtures.others).incidents
        #expect(archive.allSatisfy { $0.recurrenceOf == nil })
        // Still related: only recurrence asks for the window and the service.
        #expect(RelatedFixtures.named("summer", in: archive)?.related.isEmpty == false)
    }

    /// Public archives name a product with or without its company's name: Google's "Cloud
    /// Load Balancing" on the 12th and "Google Cloud Load Balancing" on the 16th are one service.
    @Test func aProductNamedWithOrWithoutItsCompanyIsOneService() throws {
        func outage(_ slug: String, date: String, product: String) -> Incident {
            Fixtures.incident("""
                ---
                title: "\(product) 502 errors from a bad configuration push"
                date: \(date)
                slug: \(slug)
                company: Google
                product: \(product)
                summary: "A configuration push to the load balancer fleet caused 502 errors for HTTPS traffic."
                ---

                ## Root cause

                The configuration push reached every region at once.
                """, name: slug + ".md")
        }
        let archive = RelatedFixtures.related([
            outage("first", date: "2021-11-12", product: "Cloud Load Balancing"),
            outage("second", date: "2021-11-16", product: "Google Cloud Load Balancing"),
        ] + RelatedFixtures.others).incidents
        let second = try #require(RelatedFixtures.named("second", in: archive))
        #expect(second.recurrenceOf?.url == "incidents/first/")
        #expect(RelatedVocabulary.serviceKey("Google Cloud Load Balancing", company: "Google") == "cloud load balancing")
        #expect(RelatedVocabulary.serviceKey("Googlebot", company: "Google") == "googlebot", "a word that only starts so keeps its name")
    }

    /// The same service failing another way is not a recurrence.
    @Test func theSameServiceWithOtherMainWordsIsNone() {
        let archive = RelatedFixtures.related([
            Self.pool("pool", date: "2024-03-01"),
            RelatedFixtures.document("flag", title: "Checkout feature flag shipped enabled", date: "2024-03-20",
                                     services: ["checkout-api"], summary: "A half-built discount page went live to every shopper."),
        ] + RelatedFixtures.others).incidents
        #expect(archive.allSatisfy { $0.recurrenceOf == nil })
    }
}
