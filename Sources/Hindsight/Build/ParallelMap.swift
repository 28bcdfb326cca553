import Foundation
import Dispatch

extension Array where Element: Sendable {
    /// `map` spread over `jobs` threads (one per core when 0), keeping the order of the input.
    /// For CPU-bound stages: each document is parsed, extracted and rendered independently.
    func parallelMap<T: Sendable>(jobs: Int, _ transform: @Sendable (Element) -> T) -> [T] {
        let workers = Swift.max(1, Swift.min(jobs > 0 ? jobs : System.coreCount, count))
        guard workers > 1 else { return map(transform) }
        let results = ResultSlots<T>(count: count)
        let next = WorkCounter()
        self.withUnsafeBufferPointer { items in
            let items = UnsafeSendable(items)
            DispatchQueue.concurrentPerform(iterations: workers) { _ in
                while let index = next.take(below: items.value.count) {
                    results.store(transform(items.value[index]), at: index)
                }
            }
        }
        return results.values
    }
}

enum System {
    static var coreCount: Int { ProcessInfo.processInfo.activeProcessorCount }
}

/// Hands out indices one at a time, so that a slow document does not hold up a whole chunk.
private final class WorkCounter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()

    func take(below limit: Int) -> Int? {
        lock.withLock {
            guard value < limit else { return nil }
            defer { value += 1 }
            return value
        }
    }
}

/// One slot per input; each index is written by exactly one worker, read after all finish.
private final class ResultSlots<T>: @unchecked Sendable {
    private var slots: [T?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func store(_ value: T, at index: Int) { lock.withLock { slots[index] = value } }

    var values: [T] { slots.map { $0! } }
}

private struct UnsafeSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
