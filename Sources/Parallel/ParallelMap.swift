import Dispatch
import Foundation
import Synchronization

/// Maps items on a bounded number of workers and returns the results in input order.
///
/// Used wherever independent pieces of work add up: books in a build or a check, chapters of
/// one book while rendering, documents while validating, entries while deflating. Results sit
/// in their own index, so the output is the serial one whatever the timing: the same input
/// still gives the same bytes. A bounded worker count bounds memory (one item in flight per
/// worker); nested maps share Dispatch's pool instead of multiplying threads.
public enum ParallelMap {
    /// The cores this process may use: the default worker count.
    ///
    /// On Linux the CPU affinity mask decides (`taskset`, a container's cpuset), which
    /// `activeProcessorCount` ignores: more workers than cores only adds switching.
    public static let cores: Int = {
        #if os(Linux)
        // "Cpus_allowed:\t00000000,00000003": a hex mask of the cores the kernel schedules us on
        // (sched_getaffinity is a GNU extension Glibc's module does not expose).
        if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
           let line = status.split(separator: "\n").first(where: { $0.hasPrefix("Cpus_allowed:") }) {
            let count = line.dropFirst("Cpus_allowed:".count).compactMap { $0.hexDigitValue?.nonzeroBitCount }.reduce(0, +)
            if count > 0 { return min(count, ProcessInfo.processInfo.activeProcessorCount) }
        }
        #endif
        return ProcessInfo.processInfo.activeProcessorCount
    }()

    /// `transform` applied to every item, in input order, on up to `workers` threads.
    ///
    /// `progress` is called after each item with the number done, from whichever thread
    /// finished it. With one worker or one item everything runs on the calling thread.
    public static func map<Input, Output: Sendable>(_ items: [Input], workers: Int = cores,
                                                    progress: (@Sendable (Int) -> Void)? = nil,
                                                    _ transform: (Input) -> Output) -> [Output] {
        let count = min(max(1, workers), items.count)
        guard count > 1 else {
            var results: [Output] = []
            results.reserveCapacity(items.count)
            for item in items {
                results.append(transform(item))
                progress?(results.count)
            }
            return results
        }
        // Each result is written once, by the worker that took its index, straight into its
        // place in the array; `concurrentPerform` joins before the array is handed out. No lock:
        // Synchronization's Mutex waits on raw futexes on Linux, which ThreadSanitizer cannot
        // see, so every store under it looked like a race (scripts/sanitize thread).
        let next = Atomic<Int>(0)
        let done = Atomic<Int>(0)
        return withoutActuallyEscaping(transform) { transform in
            Array(unsafeUninitializedCapacity: items.count) { buffer, initialized in
                let work = UncheckedBox((items, transform, buffer.baseAddress!))
                DispatchQueue.concurrentPerform(iterations: count) { _ in
                    let (items, transform, results) = work.value
                    while case let index = next.wrappingAdd(1, ordering: .relaxed).oldValue, index < items.count {
                        (results + index).initialize(to: transform(items[index]))
                        let finished = done.wrappingAdd(1, ordering: .relaxed).newValue
                        progress?(finished)
                    }
                }
                initialized = items.count
            }
        }
    }
}

extension ParallelMap {
    /// Runs `first` and `second` side by side (`first` on another thread, `second` on the
    /// calling one; one after the other on a single core) and returns both results once both
    /// are done.
    ///
    /// For two stages that do not depend on each other and each have serial stretches that
    /// leave a core idle: side by side, each fills the other's gaps. Not `concurrentPerform`:
    /// libdispatch runs an apply nested in another apply on fewer threads (on two cores, on
    /// one), so each closure's own maps would lose their width; here they keep every core.
    public static func both<A: Sendable, B: Sendable>(_ first: () -> A, _ second: () -> B) -> (A, B) {
        guard cores > 1 else { return (first(), second()) }
        let a = UnsafeMutablePointer<A>.allocate(capacity: 1)
        defer { a.deallocate() }
        let group = DispatchGroup()
        let b = withoutActuallyEscaping(first) { first -> B in
            // `first` does not outlive this closure: the group is waited for before it returns.
            let work = UncheckedBox((first, a))
            DispatchQueue.global(qos: .userInitiated).async(group: group) {
                let (first, a) = work.value
                a.initialize(to: first())
            }
            let b = second()
            group.wait()
            return b
        }
        return (a.move(), b)
    }
}

/// Lets the items, a non-Sendable closure and the results' memory cross into
/// `concurrentPerform`, which joins before returning; the closure only reads what it captured,
/// and each index of the results is written by one worker only.
private struct UncheckedBox<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}
