import Dispatch
import Foundation

/// Maps items on a fixed number of workers and returns results in input order.
///
/// Build and check both process many independent books: a bounded worker count bounds memory
/// (one book in flight per worker) while keeping every core busy. `progress` is called after
/// each item with the number done, from whichever thread finished it.
enum ParallelMap {
    static func map<Input, Output>(_ items: [Input], workers: Int,
                                   progress: (@Sendable (Int) -> Void)? = nil,
                                   _ transform: (Input) -> Output) -> [Output] {
        let slots = Slots<Output>(count: items.count)
        let count = min(max(1, workers), items.count)
        if count > 0 {
            withoutActuallyEscaping(transform) { transform in
                let box = UncheckedBox(transform)
                DispatchQueue.concurrentPerform(iterations: count) { _ in
                    while let index = slots.claim() {
                        let done = slots.store(box.value(items[index]), at: index)
                        progress?(done)
                    }
                }
            }
        }
        return slots.results
    }
}

/// Lets a non-Sendable closure cross into `concurrentPerform`, which joins before returning.
private struct UncheckedBox<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}

private final class Slots<Output>: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private var done = 0
    private var slots: [Output?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func claim() -> Int? {
        lock.lock(); defer { lock.unlock() }
        guard next < slots.count else { return nil }
        defer { next += 1 }
        return next
    }

    /// Stores a result and returns how many are done.
    func store(_ output: Output, at index: Int) -> Int {
        lock.lock(); defer { lock.unlock() }
        slots[index] = output
        done += 1
        return done
    }

    var results: [Output] {
        lock.lock(); defer { lock.unlock() }
        return slots.compactMap { $0 }
    }
}
