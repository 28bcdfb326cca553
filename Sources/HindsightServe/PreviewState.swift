import HindsightCore

/// What the preview knows about the latest build: a generation number that changes on
/// every rebuild (pages reload when it does) and the errors to show on every page.
actor PreviewState {
    private(set) var generation = 0
    private(set) var errors: [Diagnostic] = []
    private var listeners: [Int: AsyncStream<Int>.Continuation] = [:]
    private var nextListener = 0

    func rebuilt(errors: [Diagnostic]) {
        generation += 1
        self.errors = errors
        for listener in listeners.values { listener.yield(generation) }
    }

    /// The current generation, then each new one, until the preview stops or the client leaves.
    func generations() -> AsyncStream<Int> {
        let (stream, continuation) = AsyncStream.makeStream(of: Int.self, bufferingPolicy: .bufferingNewest(1))
        let id = nextListener
        nextListener += 1
        listeners[id] = continuation
        continuation.yield(generation)
        continuation.onTermination = { _ in Task { await self.removeListener(id) } }
        return stream
    }

    /// Ends every event stream, so that no connection holds the server open.
    func finish() {
        for listener in listeners.values { listener.finish() }
        listeners = [:]
    }

    private func removeListener(_ id: Int) {
        listeners[id] = nil
    }
}
