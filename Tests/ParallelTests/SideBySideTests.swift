import Foundation
import Parallel
import Synchronization
import XCTest

/// Two pieces of work run side by side give what running them one after the other gives.
final class SideBySideTests: XCTestCase {
    private final class Flags: Sendable {
        let first = Atomic<Int>(0)
        let second = Atomic<Int>(0)
    }

    func testBothRunOnceAndKeepTheirOwnResults() {
        for round in 0..<50 {
            let flags = Flags()
            // Either may finish first: a sleep on one side, alternating.
            let (a, b) = SideBySide.run({ () -> [String] in
                if round % 2 == 0 { usleep(300) }
                flags.first.wrappingAdd(1, ordering: .relaxed)
                return (0..<100).map { "a\($0)" }
            }, { () -> Result<Int, any Error> in
                if round % 2 == 1 { usleep(300) }
                flags.second.wrappingAdd(1, ordering: .relaxed)
                return .success(round)
            })
            XCTAssertEqual(a, (0..<100).map { "a\($0)" })
            XCTAssertEqual(try b.get(), round)
            XCTAssertEqual(flags.first.load(ordering: .relaxed), 1)
            XCTAssertEqual(flags.second.load(ordering: .relaxed), 1)
        }
    }

    /// Each side may itself spread work over the cores (the check inside a build does).
    func testNestedParallelMapsFinish() {
        let (a, b) = SideBySide.run({ ParallelMap.map(Array(0..<200)) { $0 * 2 } },
                                    { ParallelMap.map(Array(0..<200)) { $0 + 1 } })
        XCTAssertEqual(a, (0..<200).map { $0 * 2 })
        XCTAssertEqual(b, (0..<200).map { $0 + 1 })
    }
}
