import Foundation
import Parallel
import Synchronization
import XCTest

/// Results come back in input order whatever the timing, so parallel stages give the bytes a
/// serial run gives.
final class ParallelMapTests: XCTestCase {
    func testResultsKeepInputOrderWhateverFinishesFirst() {
        let items = Array(0..<500)
        for workers in [1, 2, 3, 8] {
            let results = ParallelMap.map(items, workers: workers) { i -> String in
                if i % 17 == 0 { usleep(200) }  // some items finish late
                return "item \(i)"
            }
            XCTAssertEqual(results, items.map { "item \($0)" }, "workers: \(workers)")
        }
    }

    /// Counters the workers share, as atomics: Synchronization's `Mutex` waits on raw futexes on
    /// Linux, which ThreadSanitizer cannot see, so counting under it reads as a race in the
    /// threaded pass (`scripts/sanitize thread`, which CI runs).
    private final class Counters: Sendable {
        let runs = Atomic<Int>(0)
        let highest = Atomic<Int>(0)
    }

    func testEveryItemRunsOnceAndProgressCountsToTheEnd() {
        let counters = Counters()
        let results = ParallelMap.map(Array(0..<300), workers: 4, progress: { done in
            var seen = counters.highest.load(ordering: .relaxed)
            while done > seen {
                let (exchanged, original) = counters.highest.compareExchange(expected: seen, desired: done, ordering: .relaxed)
                if exchanged { break }
                seen = original
            }
        }) { i -> Int in
            counters.runs.wrappingAdd(1, ordering: .relaxed)
            return i
        }
        // 300 runs in all and every slot holding its own item: each item ran exactly once.
        XCTAssertEqual(counters.runs.load(ordering: .relaxed), 300)
        XCTAssertEqual(results, Array(0..<300))
        XCTAssertEqual(counters.highest.load(ordering: .relaxed), 300)
    }

    func testNestedMapsFinish() {
        // A book's chapters inside a build's books: the inner maps share the pool.
        let results = ParallelMap.map(Array(0..<6), workers: 3) { book in
            ParallelMap.map(Array(0..<50)) { chapter in book * 100 + chapter }.reduce(0, +)
        }
        XCTAssertEqual(results, (0..<6).map { book in (0..<50).reduce(0) { $0 + book * 100 + $1 } })
    }

    func testNoItemsAndOneItem() {
        XCTAssertEqual(ParallelMap.map([Int](), workers: 4) { $0 }, [])
        XCTAssertEqual(ParallelMap.map([7], workers: 4) { $0 * 2 }, [14])
    }

    func testBothReturnsEachClosuresOwnResultWithMapsInside() {
        let (squares, words) = ParallelMap.both(
            { ParallelMap.map(Array(0..<500)) { $0 * $0 } },
            { ParallelMap.map(Array(0..<300)) { "w\($0)" } })
        XCTAssertEqual(squares, (0..<500).map { $0 * $0 })
        XCTAssertEqual(words, (0..<300).map { "w\($0)" })
    }
}
