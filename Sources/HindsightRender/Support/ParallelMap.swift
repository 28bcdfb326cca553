import Foundation
import Dispatch
import HindsightCore

extension Array where Element: Sendable {
    /// `map` spread over `jobs` threads (one per core when 0), keeping the order of the input.
    /// For CPU-bound stages: each document is parsed, extracted and rendered independently.
    package func parallelMap<T: Sendable>(jobs: Int, _ transform: @Sendable (Element) -> T) -> [T] {
        let workers = Swift.max(1, Swift.min(jobs > 0 ? jobs : System.coreCount, count))
        guard workers > 1 else { return map(transform) }
        let next = WorkCounter()
        return withUnsafeBufferPointer { items in
            let items = UnsafeSendable(items)
            // Each result is made in its place: every index is taken by exactly one worker,
            // and all of them have finished when `concurrentPerform` returns. Results are
            // often large structs (analyses), and copying them out of slots was measurable.
            return [T](unsafeUninitializedCapacity: items.value.count) { results, initialized in
                let results = UnsafeSendable(results)
                DispatchQueue.concurrentPerform(iterations: workers) { _ in
                    while let index = next.take(below: items.value.count) {
                        (results.value.baseAddress! + index).initialize(to: transform(items.value[index]))
                    }
                }
                initialized = items.value.count
            }
        }
    }
}

enum System {
    /// Read once: Foundation reads the control group's quota files every time it is asked.
    static let coreCount = ProcessInfo.processInfo.activeProcessorCount
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

private struct UnsafeSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
