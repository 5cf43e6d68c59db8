import Dispatch
import Foundation
import Synchronization

/// Maps items on all cores and returns the results in input order.
///
/// The documents of one book are independent until the cross-document rules, so parsing and
/// walking them spreads over the cores; results land in per-index slots, so what comes out is
/// the same as a serial map, whatever the scheduling.
enum ConcurrentMap {
    static func map<Input: Sendable, Output: Sendable>(_ items: [Input], _ transform: @Sendable (Input) -> Output) -> [Output] {
        guard items.count > 1 else { return items.map(transform) }
        let slots = Mutex<[Output?]>(Array(repeating: nil, count: items.count))
        let next = Atomic<Int>(0)
        let workers = min(items.count, ProcessInfo.processInfo.activeProcessorCount)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while true {
                let index = next.add(1, ordering: .relaxed).oldValue
                guard index < items.count else { return }
                let output = transform(items[index])
                slots.withLock { $0[index] = output }
            }
        }
        return slots.withLock { $0.map { $0! } }
    }
}
