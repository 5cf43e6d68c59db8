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
    /// Below this ratio after one round the verdict is clear and no further round is run: a
    /// linear cost measures 4 (3 to 5 on a loaded machine), while each test picks its n so that
    /// the quadratic cost it guards against measures 10 or more, in every round.
    public static let clearlyLinear = 6.0

    /// The best of up to `rounds` runs of each, in seconds of this process's CPU time (all its
    /// threads). The first round runs the large size first, so whatever the first run of the
    /// work pays once (lazy tables, caches, the allocator's first pages) lands on 4n and can
    /// only raise the ratio; when that round's ratio is under `clearlyLinear` it is the answer
    /// (5n of work, where three rounds cost 15n). Otherwise small and large alternate for the
    /// remaining rounds and the best run of each is kept: the least disturbed one. A quadratic
    /// cost is over the bound in every round, so it still fails. CPU time, not the clock on
    /// the wall, because the suite runs test classes in processes side by side (`scripts/test`)
    /// on a machine shared with other work: what another process does is not in this one's CPU
    /// time, and a cliff is work, which is.
    public static func bestTimes(rounds: Int = 3, small: () throws -> Void, large: () throws -> Void) rethrows
        -> (small: Double, large: Double, rounds: Int) {
        func seconds(_ work: () throws -> Void) rethrows -> Double {
            let start = processCPUSeconds()
            try work()
            return processCPUSeconds() - start
        }
        var best = (small: Double.infinity, large: Double.infinity)
        best.large = try seconds(large)
        best.small = try seconds(small)
        var done = 1
        while done < rounds, best.large / max(best.small, 1e-9) >= clearlyLinear {
            best.small = min(best.small, try seconds(small))
            best.large = min(best.large, try seconds(large))
            done += 1
        }
        return (best.small, best.large, done)
    }

    /// Fails when 4n (`large`) takes 8 times as long as n (`small`) or more. Prints the figures
    /// (`swift test --filter X 2>&1 | grep "^scaling"`), which the tests' comments quote.
    public static func assertLinear(_ what: String, rounds: Int = 3, small: () throws -> Void, large: () throws -> Void,
                                    file: StaticString = #filePath, line: UInt = #line) rethrows {
        let best = try bestTimes(rounds: rounds, small: small, large: large)
        let ratio = best.large / max(best.small, 1e-9)
        print("scaling \(what): n \(milliseconds(best.small)) ms, 4n \(milliseconds(best.large)) ms, ratio \(String(format: "%.1f", ratio))"
              + (best.rounds > 1 ? " (best of \(best.rounds) rounds)" : ""))
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
