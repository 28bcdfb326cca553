import FlyingSocks

/// Server-sent events, as a byte sequence FlyingFox streams to the client chunk by chunk:
/// one `build` event per site generation.
struct EventStream: AsyncBufferedSequence {
    typealias Element = UInt8
    let generations: AsyncStream<Int>

    func makeAsyncIterator() -> Iterator {
        Iterator(generations: generations.makeAsyncIterator())
    }

    static func event(for generation: Int) -> String {
        "event: build\ndata: \(generation)\n\n"
    }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var generations: AsyncStream<Int>.AsyncIterator
        var pending: ArraySlice<UInt8> = []

        mutating func next() async -> UInt8? {
            await nextBuffer(suggested: 1)?.first
        }

        mutating func nextBuffer(suggested count: Int) async -> ArraySlice<UInt8>? {
            if pending.isEmpty {
                guard let generation = await generations.next() else { return nil }
                pending = ArraySlice(EventStream.event(for: generation).utf8)
            }
            let chunk = pending.prefix(Swift.max(1, count))
            pending = pending.dropFirst(chunk.count)
            return chunk
        }
    }
}
