import Foundation
import XCTest

/// The one kind of timing a test asserts: the same work at size n and at 4n, in the same run.
///
/// Linear work takes about 4 times as long at 4n, quadratic about 16; the bound of 8 leaves room
/// for noise without letting a cliff through. With a fixed cost F, a linear cost L per item and
/// a quadratic cost Q per pair, the ratio is (F + 4Ln + 16Qn²) / (F + Ln + Qn²), which reaches 8
/// exactly when 8Qn² ≥ 7F + 4Ln: a test's n must be large enough that the quadratic term it
/// guards against outweighs the rest there, and no larger (each test states its figures).
/// No absolute time is asserted (timing lives in bench/).
public enum Scaling {
    /// The best of `rounds` runs of each, in seconds of this process's CPU time (all its threads):
    /// small and large alternate, and the best run is the least disturbed one. CPU time, not the
    /// clock on the wall, because the suite runs test classes in processes side by side
    /// (`scripts/test`) on a machine shared with other work: what another process does is not in
    /// this one's CPU time, and a cliff is work, which is.
    public static func bestTimes(rounds: Int = 3, small: () throws -> Void, large: () throws -> Void) rethrows
        -> (small: Double, large: Double) {
        func seconds(_ work: () throws -> Void) rethrows -> Double {
            let start = processCPUSeconds()
            try work()
            return processCPUSeconds() - start
        }
        var best = (small: Double.infinity, large: Double.infinity)
        for _ in 0..<rounds {
            best.small = min(best.small, try seconds(small))
            best.large = min(best.large, try seconds(large))
        }
        return best
    }

    /// Fails when 4n (`large`) takes 8 times as long as n (`small`) or more. Prints the figures
    /// (`swift test --filter X 2>&1 | grep "^scaling"`), which the tests' comments quote.
    public static func assertLinear(_ what: String, rounds: Int = 3, small: () throws -> Void, large: () throws -> Void,
                                    file: StaticString = #filePath, line: UInt = #line) rethrows {
        let best = try bestTimes(rounds: rounds, small: small, large: large)
        let ratio = best.large / max(best.small, 1e-9)
        print("scaling \(what): n \(milliseconds(best.small)) ms, 4n \(milliseconds(best.large)) ms, ratio \(String(format: "%.1f", ratio))")
        XCTAssertLessThan(ratio, 8, "\(what): 4n took \(ratio)× as long as n (\(best.small) s → \(best.large) s): worse than linear",
                          file: file, line: line)
    }

    /// CPU time used so far by every thread of this process.
    static func processCPUSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }

    private static func milliseconds(_ seconds: Double) -> String { String(format: "%.1f", seconds * 1000) }
}
