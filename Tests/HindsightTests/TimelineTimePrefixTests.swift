import Testing
@testable import HindsightCore

/// The recogniser of the time at the start of an entry: raw text kept as written.
struct TimelineTimePrefixTests {
    @Test(arguments: [
        ("10:35 PM: Start upgrading", "10:35 PM", "Start upgrading"),
        ("**10:00 AM:** Server down", "10:00 AM", "Server down"),
        ("[08:33] PR merged", "08:33", "PR merged"),
        ("-10:00 AM (UTC): Issue detected", "10:00 AM (UTC)", "Issue detected"),
        ("10.12:30 PM UTC: Service fully restored.", "12:30 PM UTC", "Service fully restored."),
        ("24-10-2024 - 08:15 - Reported verbally", "24-10-2024 - 08:15", "Reported verbally"),
        ("January 10, 7:00 AM: Breakdown begins", "January 10, 7:00 AM", "Breakdown begins"),
        ("September 28th (Afternoon): Troubleshooting", "September 28th (Afternoon)", "Troubleshooting"),
        ("1506 UTC - patch released", "1506 UTC", "patch released"),
        ("4 p.m. ET: call started", "4 p.m. ET", "call started"),
        ("5:12 am GMT+2: outage discovered", "5:12 am GMT+2", "outage discovered"),
        ("9/25/20 - issue filed", "9/25/20", "issue filed"),
        ("13:14 EDT (17:14 UTC): email received", "13:14 EDT (17:14 UTC)", "email received"),
    ])
    func readsTheTimeAndTheEvent(entry: String, rawTime: String, text: String) throws {
        let match = try #require(TimePrefix.match(entry))
        #expect(match.rawTime == rawTime)
        #expect(match.text == text)
    }

    @Test(arguments: ["Root cause: a typo", "500 errors everywhere", "3 servers failed", "We restarted at 10:00"])
    func untimedTextIsNotAnEntry(entry: String) {
        #expect(TimePrefix.match(entry) == nil)
    }

    @Test func aDayAloneHasNoClock() throws {
        let match = try #require(TimePrefix.match("2019-01-22"))
        #expect(match.hasClock == false)
        #expect(match.text.isEmpty)
    }
}
