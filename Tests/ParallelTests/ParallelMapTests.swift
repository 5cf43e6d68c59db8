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

    func testEveryItemRunsOnceAndProgressCountsToTheEnd() {
        let runs = Mutex([Int](repeating: 0, count: 300))
        let highest = Mutex(0)
        _ = ParallelMap.map(Array(0..<300), workers: 4, progress: { done in highest.withLock { $0 = max($0, done) } }) { i in
            runs.withLock { $0[i] += 1 }
        }
        XCTAssertEqual(runs.withLock { $0 }, [Int](repeating: 1, count: 300))
        XCTAssertEqual(highest.withLock { $0 }, 300)
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
}
